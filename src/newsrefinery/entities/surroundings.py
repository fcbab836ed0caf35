"""What the article's setting says about its names: storms and things, places
written with their region, and countries that are teams.

"Cyclone Phailin" and "Stardust is a NASA space capsule" name no one; "born in
Kibbutz Kinneret, Tiberias" and "Buxton, England" name places the lists may not
know; in a match report ("Sweden 1 – 0 Korea Republic") countries are the teams.
"""

from __future__ import annotations

import re

from .cue_patterns import (
    PRODUCT_NAMES,
    THING_NOUNS,
    US_STATE_ABBREVIATIONS,
)
from .gazetteer import Gazetteer
from .patterns import (
    HOME_NATIONS,
    PLACE_PREPOSITIONS,
    SPORTS_WORDS,
)
from .spans import Field, Span
from .tokens import Token

# A named storm: its name after the word for its kind.
STORM_WORDS = ("Hurricane", "Typhoon", "Cyclone", "Storm")
STORM = re.compile(r"\b(?:Hurricane|Typhoon|Cyclone|Storm) ([A-Z][^\W\d_]+)")
# "X is a NASA space capsule that ...": a name, a copula, an article and the words
# up to the first joining word; the last of them says what X is. The regex is tried
# only where a literal copula is found (a search from every position costs more).
COPULAS = (" is a", " was a")
DEFINED = re.compile(
    r"([A-Z][\w-]+) (?:is|was) an? ((?:(?!(?:of|for|that|which|who|with|in|on|and|to|"
    r"from|by|at)\b)[\w-]+ ?){1,4})"
)
# A sports report names its teams by their countries.
SCORE = re.compile(r"\b\d{1,2} ?[–-] ?\d{1,2}\b(?![–-]\d)")
# What every score holds; a search that opens on a character class is the quick
# test before the full pattern, which a leading word boundary makes slow.
SCORE_HINT = re.compile(r"[–-] ?\d")
MIN_SCORES = 2
MIN_SPORTS_WORDS = 3


def towns_before_regions(fields: list[Field], spans: list[Span], gaz: Gazetteer) -> None:
    """ "Buxton, England", "Mountain View, California": a town the lists know (too
    small to be a place on its own), written before a comma and a place, is a place;
    so is an unknown name after "in" and before a comma and a place or town."""
    places = {(s.field, s.i) for s in spans if s.type == "PLACE"}
    towns = {(s.field, s.i): s for s in spans if s.type is None and s.text in gaz.towns}
    opened = {(s.field, s.i): s for s in spans if s.j - s.i == 1}
    for span in reversed(spans):  # right to left: "Tiberias, Northern District, Israel"
        if span.type not in (None, "PERSON"):
            continue
        toks = fields[span.field].tokens
        if span.j >= len(toks) or toks[span.j].text != ",":
            continue
        after = (span.field, span.j + 1)
        state = _state_abbreviation(toks, span.j + 1)
        if state is not None and span.title is None and not _given_led(toks, span, gaz):
            # "Edward Goldblatt of Melville, N.Y.", "Gary Lakey of Anderson, Ind.":
            # a town and its state as news agencies abbreviate it.
            span.type, span.canonical = "PLACE", span.text
            places.add((span.field, span.i))
            if after in opened:
                opened[after].type, opened[after].canonical = "PLACE", state
        elif span.text in gaz.towns:
            nearby = after in places
            if nearby and (span.type is None or not _given_led(toks, span, gaz)):
                span.type, span.canonical = "PLACE", span.text
                places.add((span.field, span.i))
        elif span.type is None and located(fields[span.field], span):
            # "born in Kibbutz Kinneret, Tiberias": an unknown name in a place
            # and before a town the lists know is a place, and so is the town.
            town = towns.get(after)
            if after in places or town is not None:
                span.type = "PLACE"
                places.add((span.field, span.i))
            if town is not None:
                town.type, town.canonical = "PLACE", town.text


def _state_abbreviation(toks: list[Token], k: int) -> str | None:
    """The US state that token k abbreviates in agency style ("Ind.", "N.Y."), or None."""
    if k >= len(toks):
        return None
    text = toks[k].text
    dotted = text.endswith(".") or (k + 1 < len(toks) and toks[k + 1].text == ".")
    return US_STATE_ABBREVIATIONS.get(text.rstrip(".")) if dotted else None


def _given_led(toks: list[Token], span: Span, gaz: Gazetteer) -> bool:
    return span.j - span.i >= 2 and toks[span.i].text in gaz.given


def drop_things(fields: list[Field], spans: list[Span]) -> list[Span]:
    """The spans less those naming a storm ("Cyclone Phailin", then "Phailin's winds"),
    a thing the article defines ("Stardust is a NASA space capsule") or a well-known
    product ("Xbox")."""
    # Products are looked up among the spans' last words: a scan of the text for
    # each listed product would cost more than all the rest of this step.
    products = PRODUCT_NAMES.intersection(fields[s.field].tokens[s.j - 1].text for s in spans)
    things = _things(fields) | products
    return [s for s in spans if not _names_thing(fields, s, things)] if things else spans


def _things(fields: list[Field]) -> set[str]:
    """Names the article gives a storm ("Cyclone Phailin") or defines as a thing
    ("Stardust is a NASA space capsule")."""
    things: set[str] = set()
    for fld in fields:
        text = fld.text
        if any(word in text for word in STORM_WORDS):
            things.update(m.group(1) for m in STORM.finditer(text))
        for copula in COPULAS:
            at = text.find(copula)
            while at >= 0:
                found = DEFINED.match(
                    text, max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
                )
                if found and found.group(2).split()[-1].lower() in THING_NOUNS:
                    things.add(found.group(1))
                at = text.find(copula, at + 1)
    return things


def _names_thing(fields: list[Field], span: Span, things: set[str]) -> bool:
    """An open span ending in a thing's name, or any span that is only that name."""
    last = fields[span.field].tokens[span.j - 1].text
    return last in things and (span.type is None or span.text == last)


def located(fld: Field, span: Span) -> bool:
    """ "in the Netherlands", "at Brazil": a preposition of place before the name."""
    k = span.i - 1
    if k >= 0 and fld.tokens[k].lower == "the":
        k -= 1
    return k >= 0 and fld.tokens[k].lower in PLACE_PREPOSITIONS


def countries_as_teams(fields: list[Field], spans: list[Span], gaz: Gazetteer) -> None:
    """In a match report (`match_report`) the countries are the teams ("Sweden
    defeated South Korea 1 – 0"); "in the Netherlands" is still where the cup was
    played."""
    for span in spans:
        nation = span.canonical in gaz.countries or span.canonical in HOME_NATIONS
        if span.type == "PLACE" and nation:
            span.type = "PLACE" if located(fields[span.field], span) else "ORG"


def match_report(body: Field) -> bool:
    """A match report: several scores ("1 – 0") and the words of a game."""
    if not SCORE_HINT.search(body.text) or len(SCORE.findall(body.text)) < MIN_SCORES:
        return False
    return sum(1 for t in body.tokens if t.lower in SPORTS_WORDS) >= MIN_SPORTS_WORDS
