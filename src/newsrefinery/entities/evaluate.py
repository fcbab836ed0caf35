"""Scoring entities against GUM's Wikinews documents (`../shared/benchdata/gum/`).

Each document's `text` becomes an article whose body paragraphs are its "\\n\\n"
parts, so `body_text` is the text itself and offsets compare directly. Two figures:

- Mention F1 per type over GUM's named PERSON / ORG / PLACE mentions. A gold span
  is the bare `name` inside the mention ("U.S. President Donald Trump's" -> "Donald
  Trump"), found in the mention's text. *Strict*: same span, same type. *Lenient*:
  overlapping spans of the same type, each gold and predicted span used once.
- Pronoun resolution: third-person pronouns whose GUM chain is a named person. One
  is right when the predicted entity holding it is that chain: the chain its named
  mentions overlap most. Accuracy is over all such pronouns (unresolved ones count
  as wrong); precision is over those the system resolved.

Two scopes. `gum` scores every GUM named mention of the three types. `issue` is
what issue 7 asks for: named people, organisations and places. It leaves out, as
spans neither credited nor charged, two kinds of GUM PERSON mention: a bare name
made only of title words ("The President", "Home Secretary"; the issue counts these
nominal mentions, resolved by coreference), and a group named by its nationality,
religion or party ("Americans", "Muslims", "Republicans"), which GUM types person
but which is no person; pronouns whose chain has only such names go too.

Baselines: capitalised-word runs typed by the place and organisation lists
(a country or city is a PLACE, an acronym an ORG, the rest PERSON), and for
pronouns the nearest person mention before the pronoun.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..records import Article, Entity, Mention, Source
from .gazetteer import gazetteer
from .patterns import (
    FEMALE_PRONOUNS,
    GROUP_NOUNS,
    HONORIFICS,
    MALE_PRONOUNS,
    NON_NAME_WORDS,
    OFFICE_TITLES,
    ROLE_NOUNS,
    TITLE_MODIFIERS,
)

TYPES = ("PERSON", "ORG", "PLACE")
THIRD_PERSON = MALE_PRONOUNS | FEMALE_PRONOUNS | frozenset({"they", "them", "their", "themselves"})
Mention3 = tuple[int, int, str]  # start, end, type
SCOPES = ("issue", "gum")
_TITLE_WORDS = HONORIFICS | OFFICE_TITLES | ROLE_NOUNS | TITLE_MODIFIERS | frozenset({"of", "the"})


@dataclass(frozen=True, slots=True)
class GumDoc:
    name: str
    partition: str
    text: str
    named: frozenset[Mention3]
    chain_spans: dict[str, list[tuple[int, int]]]  # named person chains: their named spans
    pronouns: tuple[tuple[int, int, str], ...]  # start, end, chain
    ignored: frozenset[tuple[int, int]] = frozenset()  # out-of-scope gold spans


def load_gum(path: Path, scope: str = "gum") -> list[GumDoc]:
    """The documents of `gum_news.jsonl`, with the gold this module scores in `scope`."""
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            docs.append(_gum_doc(json.loads(line), scope))
    return docs


def _gum_doc(data: dict[str, Any], scope: str) -> GumDoc:
    text = data["text"]
    named: set[Mention3] = set()
    ignored: set[tuple[int, int]] = set()
    chains: dict[str, list[tuple[int, int]]] = {}
    person_chains = {k for k, c in data["chains"].items() if c["ner"] == "PERSON" and c["name"]}
    for ent in data["entities"]:
        if not (ent["is_named"] and ent["ner"] in TYPES):
            continue
        start, end = _name_span(text, ent)
        if scope == "issue" and out_of_scope(text[start:end], ent["ner"]):
            ignored.add((start, end))
            continue
        named.add((start, end, ent["ner"]))
        if ent["chain"] in person_chains:
            chains.setdefault(ent["chain"], []).append((start, end))
    if scope == "issue":
        person_chains &= set(chains)
    pronouns = []
    for ent in data["entities"]:
        third = ent.get("person") == "3" and ent["text"].lower() in THIRD_PERSON
        if ent["pronoun"] and third and ent["chain"] in person_chains:
            pronouns.append((ent["start"], ent["end"], ent["chain"]))
    named_ = frozenset(named - {(s, e, k) for s, e, k in named if (s, e) in ignored})
    return GumDoc(
        data["doc"], data["partition"], text, named_, chains, tuple(pronouns), frozenset(ignored)
    )


def out_of_scope(name: str, kind: str) -> bool:
    """A GUM PERSON name the issue does not count as a named person: only title
    words ("President", "Home Secretary"), or a group ("Americans", "Muslims")."""
    if kind != "PERSON":
        return False
    words = name.split()
    if all(w.rstrip(".").lower() in _TITLE_WORDS for w in words):
        return True
    single = name[:-1] if len(words) == 1 and name.endswith("s") else ""
    return single in GROUP_NOUNS or single in gazetteer().demonyms


def _name_span(text: str, ent: dict[str, Any]) -> tuple[int, int]:
    """The bare name inside a named mention; the whole mention when it is not found."""
    name = ent.get("name") or ent["text"]
    found = text.find(name, ent["start"], ent["end"])
    return (found, found + len(name)) if found >= 0 else (ent["start"], ent["end"])


def gum_article(doc: GumDoc) -> Article:
    source = Source(uri=f"gum/{doc.name}", format="text")
    return Article(id=doc.name, source=source, body=tuple(doc.text.split("\n\n")))


def is_named(text: str) -> bool:
    """A named mention, as opposed to a pronoun or a nominal ("the spokesman"); an
    editor's bracket may open it ("[George W.] Bush")."""
    low = text.lower()
    first = text[1:2] if text[:1] == "[" else text[:1]
    return low not in THIRD_PERSON and not low.startswith("the ") and first.isupper()


def predicted_named(
    entities: Iterable[Entity], ignored: frozenset[tuple[int, int]] = frozenset()
) -> set[Mention3]:
    """Named mentions of the entities, less those on out-of-scope gold spans."""
    return {
        (m.start, m.end, e.type)
        for e in entities
        for m in e.mentions
        if is_named(m.text) and (m.start, m.end) not in ignored
    }


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "gold": n_gold}


def score_mentions(
    pairs: Iterable[tuple[set[Mention3], frozenset[Mention3]]],
) -> dict[str, dict[str, dict[str, float]]]:
    """Strict and lenient P/R/F1 per type over (predicted, gold) mention sets."""
    counts: Counter[tuple[str, str]] = Counter()
    for pred, gold in pairs:
        for kind in TYPES:
            p = sorted(m for m in pred if m[2] == kind)
            g = sorted(m for m in gold if m[2] == kind)
            counts["strict", kind] += len(set(p) & set(g))
            counts["lenient", kind] += _overlap_matches(p, g)
            counts["pred", kind] += len(p)
            counts["gold", kind] += len(g)
    return {
        mode: {
            kind: prf(counts[mode, kind], counts["pred", kind], counts["gold", kind])
            for kind in TYPES
        }
        for mode in ("strict", "lenient")
    }


def _overlap_matches(pred: list[Mention3], gold: list[Mention3]) -> int:
    used: set[int] = set()
    hits = 0
    for start, end, _kind in pred:
        for n, (gs, ge, _k) in enumerate(gold):
            if n not in used and gs < end and start < ge:
                used.add(n)
                hits += 1
                break
    return hits


def entity_chain(doc: GumDoc, entity: Entity) -> str | None:
    """The gold person chain an entity's named mentions overlap most."""
    votes: Counter[str] = Counter()
    for m in entity.mentions:
        if not is_named(m.text):
            continue
        for chain, spans in doc.chain_spans.items():
            if any(s < m.end and m.start < e for s, e in spans):
                votes[chain] += 1
    return min(votes, key=lambda c: (-votes[c], c)) if votes else None


def score_pronouns(doc: GumDoc, entities: Iterable[Entity]) -> Counter[str]:
    """Counts of gold pronouns: right, wrong (resolved to someone else), missed."""
    owner: dict[tuple[int, int], str | None] = {}
    for entity in entities:
        if entity.type != "PERSON":
            continue
        chain = entity_chain(doc, entity)
        for m in entity.mentions:
            if m.text.lower() in THIRD_PERSON:
                owner[m.start, m.end] = chain
    out: Counter[str] = Counter()
    for start, end, chain in doc.pronouns:
        if (start, end) not in owner:
            out["missed"] += 1
        else:
            out["right" if owner[start, end] == chain else "wrong"] += 1
    return out


def nearest_person_baseline(doc: GumDoc, entities: Iterable[Entity]) -> list[Entity]:
    """The same named people, each pronoun given to the nearest named person before it."""
    people = [e for e in entities if e.type == "PERSON"]
    named = sorted(
        (m.start, n) for n, e in enumerate(people) for m in e.mentions if is_named(m.text)
    )
    extra: dict[int, list[Any]] = {}
    for m in re.finditer(r"\b\w+\b", doc.text):
        if m.group().lower() not in MALE_PRONOUNS | FEMALE_PRONOUNS:
            continue
        before = [n for start, n in named if start < m.start()]
        if before:
            extra.setdefault(before[-1], []).append(m)
    out = []
    for n, e in enumerate(people):
        added = tuple(Mention(m.group(), m.start(), m.end()) for m in extra.get(n, []))
        kept = tuple(x for x in e.mentions if is_named(x.text))
        out.append(Entity(e.name, e.type, e.titles, kept + added))
    return out


_CAP_RUN = re.compile(r"(?:[A-Z][\w'’.-]*)(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*")


def baseline_mentions(text: str) -> set[Mention3]:
    """Capitalised-word runs typed by the lists: PLACE, ORG (acronym or listed), else PERSON."""
    gaz = gazetteer()
    out: set[Mention3] = set()
    for m in _CAP_RUN.finditer(text):
        words = m.group().split()
        start = m.start()
        if words[0].lower() in NON_NAME_WORDS:
            if len(words) == 1:
                continue
            start = m.start() + m.group().index(words[1])
        span = text[start : m.end()].rstrip(".’'")
        if span.endswith(("’s", "'s")):
            span = span[:-2]
        if span in gaz.places:
            kind = "PLACE"
        elif span in gaz.orgs or (span.isupper() and len(span) > 1):
            kind = "ORG"
        else:
            kind = "PERSON"
        out.add((start, start + len(span), kind))
    return out
