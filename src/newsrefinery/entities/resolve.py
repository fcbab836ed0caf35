"""The article-level pass: type what one run could not by what the article says elsewhere.

"Kirby" alone is a person because the article names "John Kirby"; "WHO" is an
organisation because it names the World Health Organization; "Putin-Xi" is two
people it names. An unknown run of two or three name-shaped words is a person
("Dmytro Kuleba"), a weak one without a cue, title or given name. An unknown single
word is a person after a cue ("Mohib said"), an organisation after "the" ("the
Independent") or when the article keeps using it ("LibriVox"), and dropped
otherwise. In a match report ("1 – 0"), countries are the teams.
"""

from __future__ import annotations

import re

from ..records import EntityType
from .gazetteer import Gazetteer
from .patterns import (
    DIRECTIONS,
    NAME_CONNECTORS,
    NON_ENTITY_WORDS,
    OFFICE_TITLES,
    PERSON_PARTICLES,
    ROLE_NOUNS,
    SPORTS_WORDS,
)
from .spans import Field, Span, set_cues
from .tokens import Token

# Unknown runs longer than this are titles of works, events or slogans, not people.
MAX_PERSON_WORDS = 3
# An open single word used this often inside sentences is a name.
REPEATED = 2
# A sports report names its teams by their countries.
SCORE = re.compile(r"\b\d{1,2} ?[–-] ?\d{1,2}\b(?![–-]\d)")
MIN_SCORES = 2
MIN_SPORTS_WORDS = 3
# What an unknown run of name-shaped words is without any evidence of a person:
# still most often a person in news ("Dmytro Kuleba"), and pronouns need them.
UNSUPPORTED: EntityType = "PERSON"
# What a repeated open single word is: most often a company or publication.
REPEATED_TYPE: EntityType = "ORG"


def resolve_spans(fields: list[Field], spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """Decide every open span; return the typed ones, in (field, start) order."""
    _type_runs(fields, spans, gaz)
    words = person_words(fields, spans)
    acronyms = _acronyms(fields, spans)
    repeated = _repeated_singles(fields, spans)
    out: list[Span] = []
    for span in spans:
        if span.type is None and span.j - span.i == 1:
            out.extend(_single(fields, gaz, span, words, acronyms, repeated))
        elif span.type == "PLACE" and span.text in words and _city_only(gaz, span.text):
            span.type, span.canonical = "PERSON", None  # "Jackson" after "Jesse Jackson"
            out.append(span)
        elif span.type is not None:
            out.append(span)
    if _sports_report(fields[0]):
        for span in out:
            if span.type == "PLACE" and span.canonical in gaz.countries:
                span.type = "ORG"  # "Sweden defeated South Korea 1 – 0": the teams
    out.sort(key=lambda s: (s.field, s.start, -s.end))
    return out


def _type_runs(fields: list[Field], spans: list[Span], gaz: Gazetteer) -> None:
    """Open runs of two or more name-shaped words are people, weakly without evidence."""
    for span in spans:
        if span.type is None:
            set_cues(fields[span.field], span)  # only open spans need their context
    cued = {s.text for s in spans if s.j - s.i == 1 and s.person_cue}
    for span in spans:
        if span.type is None and span.j - span.i >= 2 and _person_like(fields, gaz, span):
            if _supported(fields, gaz, span, cued):
                span.type = "PERSON"
            else:
                span.type, span.weak = UNSUPPORTED, True


def _sports_report(body: Field) -> bool:
    """A match report: several scores ("1 – 0") and the words of a game."""
    if len(SCORE.findall(body.text)) < MIN_SCORES:
        return False
    return sum(1 for t in body.tokens if t.lower in SPORTS_WORDS) >= MIN_SPORTS_WORDS


def name_words(fld: Field, span: Span) -> list[Token]:
    """The words of a person's name that identify it: no particles, no initials."""
    toks = fld.tokens[span.i : span.j]
    if toks[0].start != span.start or toks[-1].end != span.end:
        # A part of one word ("Xi" of "Putin-Xi") is a name of one word.
        return [Token(span.text, span.start, span.end, span.text.lower(), True, False, False)]
    out = []
    for tok in toks:
        letters = tok.text.rstrip(".")
        if tok.lower in PERSON_PARTICLES or len(letters) <= 1:
            continue
        out.append(tok)
    return out


def person_words(fields: list[Field], spans: list[Span]) -> set[str]:
    """Every word of a multi-word or titled person's name in the article."""
    words: set[str] = set()
    for span in spans:
        if span.type == "PERSON" and (span.j - span.i >= 2 or span.title) and not span.weak:
            for tok in name_words(fields[span.field], span):
                words.add(tok.text)
                words.update(tok.text.split("-"))
    return words


def _person_like(fields: list[Field], gaz: Gazetteer, span: Span) -> bool:
    toks = fields[span.field].tokens[span.i : span.j]
    if span.j - span.i > MAX_PERSON_WORDS and not span.person_cue:
        return False
    for tok in toks:
        if tok.lower in NAME_CONNECTORS and tok.lower in PERSON_PARTICLES:
            continue
        letters = tok.text.replace(".", "").replace("-", "")
        if not letters.isalpha() or (letters.isupper() and len(letters) > 1):
            return False
        if tok.lower in NON_ENTITY_WORDS or tok.text in gaz.demonyms:
            return False
    return True


def _supported(fields: list[Field], gaz: Gazetteer, span: Span, cued: set[str]) -> bool:
    """Evidence that an unknown run is a person: a cue, a title, a given name, or its
    last word used alone as a person elsewhere ("Mohib said")."""
    if span.person_cue or span.title:
        return True
    toks = fields[span.field].tokens[span.i : span.j]
    return toks[0].text in gaz.given or toks[-1].text in cued


def _repeated_singles(fields: list[Field], spans: list[Span]) -> set[str]:
    """Open single words used more than once inside sentences ("LibriVox", "Scientology")."""
    seen: dict[str, int] = {}
    for span in spans:
        single = span.type is None and span.j - span.i == 1
        if single and not fields[span.field].tokens[span.i].sentence_start:
            seen[span.text] = seen.get(span.text, 0) + 1
    return {text for text, n in seen.items() if n >= REPEATED}


def _acronyms(fields: list[Field], spans: list[Span]) -> dict[str, str]:
    """Initials of the article's multi-word organisations: "WHO" -> its long name."""
    out: dict[str, str] = {}
    for span in spans:
        if span.type != "ORG" or span.j - span.i < 2:
            continue
        toks = fields[span.field].tokens[span.i : span.j]
        initials = "".join(t.text[0] for t in toks if t.cap).upper()
        out.setdefault(initials, span.canonical or span.text)
    return out


def _single(
    fields: list[Field],
    gaz: Gazetteer,
    span: Span,
    words: set[str],
    acronyms: dict[str, str],
    repeated: set[str],
) -> list[Span]:
    """An open single word: typed by the article, split, or dropped."""
    text = span.text
    if text in acronyms:
        span.type, span.canonical = "ORG", acronyms[text]
    elif text not in words and "-" in text:
        return _hyphen_people(fields[span.field], span, words)
    else:
        span.type = _single_type(fields[span.field], gaz, span, words, repeated)
    return [span] if span.type is not None else []


def _single_type(
    fld: Field, gaz: Gazetteer, span: Span, words: set[str], repeated: set[str]
) -> EntityType | None:
    text = span.text
    tok = fld.tokens[span.i]
    if text in words:
        return "PERSON"
    if tok.lower in NON_ENTITY_WORDS or text in gaz.demonyms:
        return None
    known_word = fld.writes_lower(tok.lower)
    if span.person_cue and not (known_word and tok.sentence_start):
        return "PERSON"
    if _after_the(fld, span) and not tok.sentence_start:
        # "the Independent", "the Mets", "the West": a name the article gives an article.
        return "PLACE" if tok.lower in DIRECTIONS else "ORG"
    if text in repeated and not known_word:
        # A name the article keeps using that no list knows and no one is called:
        # a company, a publication, a movement.
        return REPEATED_TYPE
    return None


def _after_the(fld: Field, span: Span) -> bool:
    return span.i > 0 and fld.tokens[span.i - 1].lower == "the" and not is_title(fld, span)


def is_title(fld: Field, span: Span) -> bool:
    """ "the President", "the Senator": an office, not a name."""
    word = fld.tokens[span.i].lower
    return word in ROLE_NOUNS or word in OFFICE_TITLES


def _hyphen_people(fld: Field, span: Span, words: set[str]) -> list[Span]:
    """ "Putin-Xi summit": two people the article names, one mention each."""
    parts = span.text.split("-")
    if not all(part in words for part in parts):
        return []
    out: list[Span] = []
    offset = span.start
    for part in parts:
        piece = Span(fld.index, span.i, span.j, offset, offset + len(part), part, "PERSON")
        out.append(piece)
        offset += len(part) + 1
    return out


def _city_only(gaz: Gazetteer, text: str) -> bool:
    """A name the lists know only as a city, so a person's name wins over it."""
    return text in gaz.cities and text not in gaz.major
