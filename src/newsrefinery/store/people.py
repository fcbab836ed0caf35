"""The corpus-level people table: one person per canonical name, across articles.

Each article names its people once (`Entity.name`, PERSON); this module joins them
across the corpus. "John Kirby" and "John F. Kirby" are one person (same first and
last name, no conflicting middle initials). A bare surname ("Johnson", from an
article that never gave a first name) joins a full name only with evidence: exactly
one full-named person with that last name who shares a title with it. Otherwise it
stays a person of its own, so two Johnsons are never merged on a guess.

The table is derived data: `rebuild_people` recomputes it whole from the stored
records, so its content depends only on the records, never on write order.

    rebuild_people(conn)                   # after a run
    find_people(conn, "Kirby")             # -> [Person("John Kirby", ...)]
    person_articles(conn, "John Kirby")    # -> [(article_id, name in that article)]
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..entities.patterns import PERSON_PARTICLES
from ..records import Entity, Mention
from .writer import transaction


@dataclass(frozen=True, slots=True)
class Person:
    """One person of the corpus."""

    name: str
    aliases: tuple[str, ...]
    titles: tuple[str, ...]
    articles: int


@dataclass(slots=True)
class _Draft:
    forms: Counter[str] = field(default_factory=Counter)  # article-level names, per article
    aliases: set[str] = field(default_factory=set)
    titles: dict[str, None] = field(default_factory=dict)
    members: list[tuple[str, str]] = field(default_factory=list)  # (article id, entity name)
    initials: set[tuple[str, ...]] = field(default_factory=set)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def name_key(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(identifying words, middle initials) of a person's name, folded: initials and
    particles decide nothing about who "John F. Kirby" is."""
    words = [w.strip(".,") for w in name.replace("-", " - ").split()]
    core = tuple(
        _fold(w) for w in words if len(w) > 1 and w != "-" and _fold(w) not in PERSON_PARTICLES
    )
    initials = tuple(_fold(w) for w in words[1:-1] if len(w) == 1)
    return core, initials


def build_people(
    items: Iterable[tuple[str, Entity]],
) -> tuple[list[Person], dict[tuple[str, str], str]]:
    """People from (article id, PERSON entity) pairs, and which entity is whom.

    Pure and order-independent: the same pairs in any order give the same result.
    """
    pairs = sorted(
        ((aid, e) for aid, e in items if e.type == "PERSON"), key=lambda p: (p[0], p[1].name)
    )
    full: dict[tuple[str, str], _Draft] = {}
    singles: list[tuple[str, Entity]] = []
    for aid, entity in pairs:
        core, initials = name_key(entity.name)
        if len(core) < 2:
            singles.append((aid, entity))
            continue
        draft = full.setdefault((core[0], core[-1]), _Draft())
        _add(draft, aid, entity)
        if initials:
            draft.initials.add(initials)
    drafts = _split_conflicts(full)
    for aid, entity in singles:
        _add(_single_target(drafts, aid, entity), aid, entity)
    return _finish(drafts)


def _add(draft: _Draft, aid: str, entity: Entity) -> None:
    draft.forms[entity.name] += 1
    draft.aliases.add(entity.name)
    draft.aliases.update(m.text for m in entity.mentions if m.text[:1].isupper())
    for title in entity.titles:
        draft.titles.setdefault(title, None)
    draft.members.append((aid, entity.name))


def _split_conflicts(full: dict[tuple[str, str], _Draft]) -> dict[str, _Draft]:
    """Key each full-named person by a display key; "George H. W." and "George W."
    Bush stay apart, and a "George Bush" between them is kept apart from both."""
    out: dict[str, _Draft] = {}
    for (first, last), draft in sorted(full.items()):
        if len(draft.initials) <= 1:
            out[f"{first} {last}"] = draft
            continue
        for aid, name in draft.members:
            initials = name_key(name)[1]
            key = f"{first} {' '.join(initials)} {last}" if initials else f"{first} ? {last}"
            part = out.setdefault(key, _Draft())
            part.forms[name] += 1
            part.aliases.add(name)
            part.titles.update(draft.titles)
            part.members.append((aid, name))
    return out


def _single_target(drafts: dict[str, _Draft], aid: str, entity: Entity) -> _Draft:
    """The person a bare surname joins, or a person of its own."""
    word = _fold(entity.name.strip())
    candidates = [d for key, d in sorted(drafts.items()) if key.rsplit(" ", 1)[-1] == word]
    titles = {_fold(t) for t in entity.titles}
    with_evidence = [d for d in candidates if titles & {_fold(t) for t in d.titles}]
    if len(with_evidence) == 1:
        return with_evidence[0]
    return drafts.setdefault(f"{word} (alone)", _Draft())


def _finish(drafts: dict[str, _Draft]) -> tuple[list[Person], dict[tuple[str, str], str]]:
    people: dict[str, Person] = {}
    members: dict[tuple[str, str], str] = {}
    for _key, draft in sorted(drafts.items()):
        # The full form most articles use (a bare surname only when there is no full
        # form); ties go to the fuller form, then the first in order.
        full = [f for f in draft.forms if len(f.split()) > 1] or list(draft.forms)
        name = min(full, key=lambda f: (-draft.forms[f], -len(f), f))
        while name in people:  # two unrelated people written alike: keep them apart
            name = f"{name} ({len(people)})"
        surnames = {a.split()[-1] for a in draft.aliases if len(a.split()) > 1}
        aliases = tuple(sorted((draft.aliases | surnames) - {name}))
        articles = len({aid for aid, _ in draft.members})
        people[name] = Person(name, aliases, tuple(draft.titles), articles)
        for member in draft.members:
            members[member] = name
    return sorted(people.values(), key=lambda p: p.name), members


def rebuild_people(conn: sqlite3.Connection) -> int:
    """Recompute the people tables from every stored record; returns how many people."""
    rows = conn.execute(
        "SELECT id, record FROM articles WHERE status != 'rejected' ORDER BY id"
    ).fetchall()
    items: list[tuple[str, Entity]] = []
    for aid, record in rows:
        for data in json.loads(record).get("entities") or ():
            if data.get("type") == "PERSON":
                items.append((aid, _entity(data)))
    people, members = build_people(items)
    with transaction(conn):
        conn.execute("DELETE FROM people_articles")
        conn.execute("DELETE FROM people_names")
        conn.execute("DELETE FROM people")
        conn.executemany(
            "INSERT INTO people (name, aliases, titles, articles) VALUES (?, ?, ?, ?)",
            [(p.name, json.dumps(p.aliases), json.dumps(p.titles), p.articles) for p in people],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO people_names (alias, name) VALUES (?, ?)",
            [(alias, p.name) for p in people for alias in (p.name, *p.aliases)],
        )
        conn.executemany(
            "INSERT INTO people_articles (article_id, entity, name) VALUES (?, ?, ?)",
            [(aid, entity, name) for (aid, entity), name in sorted(members.items())],
        )
    return len(people)


def _entity(data: dict[str, Any]) -> Entity:
    """A PERSON entity from its JSON form (only what the people table reads)."""
    mentions = tuple(Mention(m["text"], m["start"], m["end"]) for m in data.get("mentions") or ())
    return Entity(str(data["name"]), "PERSON", tuple(data.get("titles") or ()), mentions)


def find_people(conn: sqlite3.Connection, query: str) -> list[Person]:
    """Everyone whose canonical name or an alias is `query` (any case), by name."""
    rows = conn.execute(
        """
        SELECT p.name, p.aliases, p.titles, p.articles FROM people AS p
        WHERE p.name IN (SELECT name FROM people_names WHERE alias = ?)
        ORDER BY p.name
        """,
        (query.strip(),),
    ).fetchall()
    return [Person(n, tuple(json.loads(a)), tuple(json.loads(t)), int(c)) for n, a, t, c in rows]


def person_articles(conn: sqlite3.Connection, name: str) -> list[tuple[str, str]]:
    """(article id, the person's name in that article) for every article naming `name`."""
    rows = conn.execute(
        "SELECT article_id, entity FROM people_articles WHERE name = ? ORDER BY article_id, entity",
        (name,),
    ).fetchall()
    return [(str(a), str(e)) for a, e in rows]
