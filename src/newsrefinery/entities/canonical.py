"""One entity per person, organisation and place of an article, with one canonical name.

People: full names that agree on first and last name are one person ("John Kirby",
"John F. Kirby"); a single name joins the person whose name holds it ("Kirby",
"Xi"), the nearest one named before it when several do. The canonical name is the
fullest form seen. Organisations and places take the name lists' canonical form
("UN" -> "United Nations", "U.S." -> "United States"), and an acronym joins the
organisation whose initials it spells.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import EntityType
from .gazetteer import fold
from .resolve import name_words
from .spans import Field, Span


@dataclass(slots=True)
class Group:
    """The spans of one entity, gathered across the article's fields."""

    type: EntityType
    name: str
    spans: list[Span] = field(default_factory=list)
    words: list[str] = field(default_factory=list)  # folded name words of a person
    initials: tuple[str, ...] = ()  # middle initials of its fullest name
    titles: list[str] = field(default_factory=list)


def field_order(span: Span) -> tuple[int, int]:
    """Reading order: headline (1), captions (2...), then the body (0)."""
    return (span.field if span.field else 10**6, span.start)


def cluster(fields: list[Field], spans: list[Span]) -> list[Group]:
    """Group typed spans into entities; groups come in reading order of first mention."""
    ordered = sorted(spans, key=field_order)
    groups: list[Group] = []
    _people(fields, [s for s in ordered if s.type == "PERSON"], groups)
    _by_key([s for s in ordered if s.type == "PLACE"], "PLACE", groups)
    _orgs(fields, [s for s in ordered if s.type == "ORG"], groups)
    groups.sort(key=lambda g: field_order(g.spans[0]))
    return groups


def _people(fields: list[Field], spans: list[Span], groups: list[Group]) -> None:
    singles: list[tuple[Span, list[str]]] = []
    people: list[Group] = []
    for span in spans:
        toks = name_words(fields[span.field], span)
        words = [fold(t.text) for t in toks]
        if len(words) < 2:
            singles.append((span, words))
            continue
        initials = _initials(fields[span.field], span)
        match = next((g for g in people if _same_person(g, words, initials)), None)
        if match is None:
            match = Group("PERSON", span.text, words=words, initials=initials)
            people.append(match)
        elif len(span.text) > len(match.name) and len(words) >= len(match.words):
            match.name, match.initials = span.text, initials or match.initials
        match.spans.append(span)
    by_name: dict[str, Group] = {}
    for span, words in singles:
        key = words[0] if words else fold(span.text)
        target = _nearest_holder(people, key, span)
        if target is None:
            target = by_name.get(key)
            if target is None:
                target = by_name[key] = Group("PERSON", span.text, words=[key])
                people.append(target)
        target.spans.append(span)
    groups.extend(people)


def _initials(fld: Field, span: Span) -> tuple[str, ...]:
    toks = fld.tokens[span.i : span.j]
    return tuple(t.text[0].upper() for t in toks[1:-1] if len(t.text.rstrip(".")) == 1)


def _same_person(group: Group, words: list[str], initials: tuple[str, ...]) -> bool:
    """ "John F. Kirby" and "John Kirby" agree; "George H. W. Bush" and "George W. Bush" do not."""
    if group.words[0] != words[0] or group.words[-1] != words[-1]:
        return False
    if group.initials and initials and group.initials != initials:
        return False
    small, big = sorted((group.words, words), key=len)
    return set(small) <= set(big)


def _nearest_holder(people: list[Group], word: str, span: Span) -> Group | None:
    """The multi-word person whose name holds `word`, named nearest before `span`."""
    holders = [g for g in people if len(g.words) >= 2 and word in _word_parts(g.words)]
    if len(holders) <= 1:
        return holders[0] if holders else None
    here = field_order(span)

    def last_before(g: Group) -> tuple[int, int]:
        before = [field_order(s) for s in g.spans if field_order(s) <= here]
        return max(before) if before else (-1, -1)

    # Prefer a holder named before the mention, then the one whose last name it is.
    return max(holders, key=lambda g: (last_before(g), g.words[-1] == word))


def _word_parts(words: list[str]) -> set[str]:
    out = set(words)
    for word in words:
        out.update(word.split("-"))
    return out


def _by_key(spans: list[Span], kind: EntityType, groups: list[Group]) -> dict[str, Group]:
    table: dict[str, Group] = {}
    for span in spans:
        name = span.canonical or span.text
        key = fold(name)
        group = table.get(key)
        if group is None:
            group = table[key] = Group(kind, name)
            groups.append(group)
        group.spans.append(span)
    return table


def _orgs(fields: list[Field], spans: list[Span], groups: list[Group]) -> None:
    """Organisations by canonical name; an acronym joins the name it abbreviates."""
    long_names = [s for s in spans if s.j - s.i >= 2]
    initials: dict[str, str] = {}
    for span in long_names:
        toks = fields[span.field].tokens[span.i : span.j]
        letters = "".join(t.text[0] for t in toks if t.cap).upper()
        initials.setdefault(letters, span.canonical or span.text)
    for span in spans:
        short = span.text.replace(".", "")
        if span.canonical is None and short.isupper() and short in initials:
            span.canonical = initials[short]
    _by_key(spans, "ORG", groups)
