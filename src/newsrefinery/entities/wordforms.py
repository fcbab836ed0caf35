"""Names inside other word forms: "US-led", "Mets-inspired", "the Republican party".

A name joined to a lower-case word by a hyphen is no run of capitalised words, and
a party named with "party" in lower case ends in a word the runs do not hold; both
are found here, beside the test of whether a hyphenated word can be part of a name.
"""

from __future__ import annotations

from ..records import EntityType
from .cue_patterns import (
    HYPHEN_TAILS,
    PARTY_NAMES,
)
from .gazetteer import Gazetteer
from .spans import Field, Span, make_span
from .tokens import Token


def name_token(tok: Token, gaz: Gazetteer) -> bool:
    """Whether `tok` can be a word of a name ("Chinese-ally" and "US-led" cannot)."""
    if not tok.cap or "-" not in tok.text:
        return tok.cap
    last = tok.text.rsplit("-", 1)[-1]
    return not (last[:1].islower() and last not in gaz.given)


def lower_parties(fld: Field, caps: list[int], spans: list[Span]) -> list[Span]:
    """ "the Republican party": a party named with its head word in lower case (the
    runs leave "Republican" alone out, as a word of belief; `caps` are the indexes
    of the field's capitalised words)."""
    parties: list[Span] = []
    for k in caps:
        tok = fld.tokens[k]
        if tok.text in PARTY_NAMES and fld.text.startswith(" party", tok.end):
            span = make_span(fld, k, k + 1, "ORG")
            span.end += len(" party")
            span.text = fld.text[span.start : span.end]
            span.canonical = f"{tok.text} Party"
            parties.append(span)
    starts = {p.start for p in parties}
    return [s for s in spans if s.start not in starts] + parties


def hyphen_heads(fld: Field, caps: list[int], gaz: Gazetteer) -> list[Span]:
    """ "US-led" and "Kabul-based" name a place in their first part; "Mets-inspired"
    and "Scientology-related" a name the article decides (left open)."""
    out: list[Span] = []
    for k in caps:
        tok = fld.tokens[k]
        if "-" not in tok.text or name_token(tok, gaz):
            continue
        head, tail = tok.text.split("-", 1)
        if not head[:1].isupper() or not head.isalpha():
            continue
        place = head in gaz.places
        if not place and (tok.sentence_start or not tail.endswith(HYPHEN_TAILS)):
            continue  # "Lesser-known", "Prize-winner": no name of their own
        kind: EntityType | None = "PLACE" if place else None
        span = Span(fld.index, k, k + 1, tok.start, tok.start + len(head), head, kind)
        span.canonical = gaz.places.get(head)
        out.append(span)
    return out
