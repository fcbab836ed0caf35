"""Typing one run of capitalised words by the name lists, its head word and its shape.

"Johnson Space Center" is a place by its head, "Massachusetts Institute of
Technology" an organisation by "Institute of", "Christopher Hill" a person by his
given name; a run none of these decide is left open (type None) for the
article-level pass in `resolve.py`.
"""

from __future__ import annotations

from ..records import EntityType
from .cue_patterns import (
    SURNAME_HEADS,
)
from .gazetteer import Gazetteer, fold
from .patterns import (
    HONORIFICS,
    LOCATIVES,
    NAME_CONNECTORS,
    NON_NAME_WORDS,
    NON_ORG_ACRONYMS,
    OFFICE_TITLES,
    ORG_HEADS,
    ORG_OPENERS,
    ORG_WHEN_FOLLOWED,
    PERSON_PARTICLES,
    PLACE_HEADS,
    ROLE_NOUNS,
)
from .spans import Field, Span, make_span
from .tokens import Token, bare

# Longest person name kept after a title; longer tails are titles of their own.
MAX_NAME_WORDS = 4
# Longest all-capitals word read as an acronym ("NATO", "UNESCO"); longer ones are
# shouted words ("WASHINGTON").
MAX_ACRONYM = 6
# Longest person name split off the end of a longer run.
MAX_PERSON_TAIL = 3
# Words that title a person: honorifics, offices and role nouns.
_TITLE_WORDS = HONORIFICS | OFFICE_TITLES | ROLE_NOUNS


def is_title_word(tok: Token) -> bool:
    low = tok.lower
    return (low[:-1] if low[-1:] == "." else low) in _TITLE_WORDS


def person_shaped(fld: Field, gaz: Gazetteer, i: int, j: int) -> bool:
    """Words that can be a person's name: no country, state or listed place (a city
    may be a surname: "President Bush", "Mayor Jackson"), no organisation, no head."""
    text = fld.text[fld.tokens[i].start : fld.tokens[j - 1].end]
    if text in gaz.major or text in gaz.orgs:
        return False
    last = bare(fld.tokens[j - 1].text)
    return last not in ORG_HEADS and last not in PLACE_HEADS


def type_span(fld: Field, gaz: Gazetteer, i: int, j: int) -> Span:
    """Type tokens [i, j) by the name lists, head words and shape; None if unsure."""
    span = make_span(fld, i, j, None)
    text = span.text
    words = fld.tokens[i:j]
    if text in gaz.orgs:
        span.type, span.canonical = "ORG", gaz.orgs[text]
    elif text in gaz.places:
        span.type, span.canonical = "PLACE", gaz.places[text]
    elif len(words) > 1 and text in gaz.people:
        span.type, span.canonical = "PERSON", gaz.people[text]
    elif len(words) == 1:
        _type_single(gaz, span)
    else:
        lead = words[0].text
        # "U.S. Immigration and Customs Enforcement", "British Red Cross": a known
        # organisation after its country, whatever its last word.
        known = (
            _known_org_tail(fld, gaz, i, j) if lead in gaz.places or lead in gaz.demonyms else None
        )
        span.type = "ORG" if known is not None else _type_by_head(fld, gaz, i, j)
        span.canonical = known
    return span


def _type_single(gaz: Gazetteer, span: Span) -> None:
    text = span.text
    letters = text.replace(".", "").replace("&", "")
    if len(letters) > 1 and letters.isupper():
        key = fold(text)
        if key in gaz.folded_places and len(letters) > MAX_ACRONYM - 1:
            span.type, span.canonical = "PLACE", gaz.folded_places[key]
        # An acronym no list knows ("ROV", "MMPI", "TAOM") is left open: the article
        # says whether it is an organisation's (`resolve.py`).


def shouted(gaz: Gazetteer, text: str) -> bool:
    """An all-capitals word that is no organisation's initials: "DNA", "HUGE", "UNLESS"."""
    low = text.lower()
    return text in NON_ORG_ACRONYMS or low in NON_NAME_WORDS or gaz.common_word(low)


def _type_by_head(fld: Field, gaz: Gazetteer, i: int, j: int) -> EntityType | None:
    """Type a run of two or more words by its telling words, or None."""
    toks = fld.tokens
    last = bare(toks[j - 1].text)
    kind: EntityType | None = None
    if org_opened(fld, i, j):
        kind = "ORG"
    elif _surname_head(fld, gaz, i, j):
        kind = "PERSON"
    elif last in PLACE_HEADS and not (last in ORG_WHEN_FOLLOWED and _followed_by_of(toks, j)):
        kind = "PLACE"
    elif last in ORG_HEADS:
        kind = "ORG"
    elif toks[i].text in gaz.given:
        plain = all(t.cap or t.lower in PERSON_PARTICLES for t in toks[i:j])
        if plain and j - i <= MAX_NAME_WORDS and person_shaped(fld, gaz, i, j):
            kind = "PERSON"
    elif _place_led(fld, gaz, i, j):
        kind = "ORG"  # "LA Weekly", "Brooklyn Paper": a place's newspaper, team, office
    return kind


def _surname_head(fld: Field, gaz: Gazetteer, i: int, j: int) -> bool:
    """ "Christopher Hill": a given name, then a place head that is a surname too."""
    toks = fld.tokens
    if toks[i].text not in gaz.given or bare(toks[j - 1].text) not in SURNAME_HEADS:
        return False
    if j - i > MAX_PERSON_TAIL or (i > 0 and toks[i - 1].lower in LOCATIVES):
        return False
    return all(t.cap and t.text.isalpha() for t in toks[i:j])


def org_opened(fld: Field, i: int, j: int) -> bool:
    """ "Bank of England", "Massachusetts Institute of Technology", "Centre for ..."."""
    toks = fld.tokens
    if toks[i + 1].lower in ("of", "for", "on") and bare(toks[i].text) in ORG_OPENERS:
        return True
    return any(
        toks[k + 1].lower in ("of", "for", "on") and bare(toks[k].text) in ORG_HEADS
        for k in range(i, j - 1)
    )


def _followed_by_of(toks: list[Token], j: int) -> bool:
    return j < len(toks) and toks[j].lower in ("for", "of")


def _place_led(fld: Field, gaz: Gazetteer, i: int, j: int) -> bool:
    """A place and one or two more words, none a title: "LA Weekly", "Korea Republic"."""
    toks = fld.tokens
    if any(is_title_word(t) for t in toks[i:j]):
        return False
    for k in range(max(i + 1, j - 2), j):
        lead = fld.text[toks[i].start : toks[k - 1].end]
        if lead in gaz.geo and toks[k].lower not in NAME_CONNECTORS:
            return True
    return False


def _known_org_tail(fld: Field, gaz: Gazetteer, i: int, j: int) -> str | None:
    """ "US National Security Council" is the known "National Security Council"."""
    for k in range(i + 1, j):
        tail = fld.text[fld.tokens[k].start : fld.tokens[j - 1].end]
        if tail in gaz.orgs:
            lead = fld.text[fld.tokens[i].start : fld.tokens[k - 1].end]
            if lead in gaz.places or lead in gaz.demonyms:
                return gaz.orgs[tail]
    return None
