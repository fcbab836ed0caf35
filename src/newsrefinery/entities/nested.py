"""Names inside names, as GUM annotates them.

GUM marks a place or a person named inside an organisation's or a place's name as
a mention of its own: "Helsinki" in "University of Helsinki", "Toronto" in "Metro
Toronto Convention Centre", "Volgograd" in "Volgograd Arena", "Ross" in "Ross
Sea". A place is nested where the lists know it; a person where a given name
opens the name of a building, site or water ("Ross Sea", "Johnson Space Center").
"""

from __future__ import annotations

from .gazetteer import Gazetteer
from .patterns import FACILITY_HEADS, NAME_CONNECTORS
from .spans import Field, Span, make_span
from .tokens import bare

# Longest place name looked for inside a longer name, in words.
MAX_NESTED_WORDS = 3


def with_nested(fld: Field, gaz: Gazetteer, span: Span) -> list[Span]:
    """The span, and the places and people named inside it."""
    if span.j - span.i < 2 or not (span.type == "ORG" or _facility(fld, span)):
        return [span]
    out = [span]
    k = span.i
    while k < span.j:
        hit = _place_at(fld, gaz, span, k)
        if hit is None:
            k += 1
            continue
        inner = make_span(fld, k, hit, "PLACE")
        inner.canonical = gaz.places[inner.text]
        out.append(inner)
        k = hit
    person = _person_lead(fld, gaz, span)
    if person is not None:
        out.append(person)
    return out


def _facility(fld: Field, span: Span) -> bool:
    """A place named as a building, site or water: "Volgograd Arena", "Ross Sea"."""
    return span.type == "PLACE" and bare(fld.tokens[span.j - 1].text) in FACILITY_HEADS


def _place_at(fld: Field, gaz: Gazetteer, span: Span, k: int) -> int | None:
    """Where a known place starting at word k of the span ends, or None."""
    toks = fld.tokens
    if not toks[k].cap:
        return None
    after_connector = k > span.i and toks[k - 1].lower in NAME_CONNECTORS
    for m in range(min(span.j, k + MAX_NESTED_WORDS), k, -1):
        if k == span.i and m == span.j:
            continue  # the whole span is no name inside itself
        text = fld.text[toks[k].start : toks[m - 1].end]
        if text not in gaz.places:
            continue
        # "University of Helsinki", "US National Science Foundation", "Metro Toronto
        # Convention Centre"; not the "Wall Street" of "Wall Street Journal", nor,
        # inside a name, a town that is also a word ("Mobile").
        if after_connector or (text in gaz.geo and k == span.i):
            return m
        if text in gaz.geo and not gaz.common_word(text.lower()):
            return m
    return None


def _person_lead(fld: Field, gaz: Gazetteer, span: Span) -> Span | None:
    """ "Ross Sea", "Johnson Space Center": a given name alone before the head words."""
    toks = fld.tokens
    first = toks[span.i]
    if first.text not in gaz.given or first.text in gaz.places:
        return None
    if not _facility(fld, span):
        return None
    return make_span(fld, span.i, span.i + 1, "PERSON")
