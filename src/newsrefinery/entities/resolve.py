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
from dataclasses import dataclass

from ..records import EntityType
from .cue_patterns import (
    CAMEL_NAME_PREFIXES,
)
from .gazetteer import Gazetteer
from .modifiers import drop_modifiers
from .patterns import (
    DIRECTIONS,
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    NAME_CONNECTORS,
    NON_ENTITY_WORDS,
    OFFICE_TITLES,
    ORG_HEADS,
    ORG_OPENERS,
    PERSON_PARTICLES,
    ROLE_NOUNS,
)
from .spans import Field, Span, set_cues
from .surroundings import countries_as_teams, drop_things, match_report, towns_before_regions
from .tokens import Token, bare
from .typer import MAX_ACRONYM, shouted

# A name's run-together initials ("O.J."), not an acronym.
INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
# Unknown runs longer than this are titles of works, events or slogans, not people.
MAX_PERSON_WORDS = 3
# An open single word used this often inside sentences is a name.
REPEATED = 2
# What an unknown run of name-shaped words is without any evidence of a person:
# still most often a person in news ("Dmytro Kuleba"), and pronouns need them.
UNSUPPORTED: EntityType = "PERSON"
# How many words after an open single name a "he" or "she" may come to make it a
# person; the search also stops at the end of the next sentence.
PRONOUN_REACH = 30
# ... and at least one use in this many must have one.
PRONOUN_SHARE = 3
PERSON_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
SENTENCE_ENDS = frozenset(".!?")
# Words that head an organisation's name, either way round ("Supreme Court",
# "Church of Scientology").
_HEAD_WORDS = ORG_HEADS | ORG_OPENERS
# What a repeated open single word is: most often a company or publication.
REPEATED_TYPE: EntityType = "ORG"


def resolve_spans(fields: list[Field], spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """Decide every open span; return the typed ones, in (field, start) order."""
    spans = drop_things(fields, spans)
    towns_before_regions(fields, spans, gaz)
    _type_runs(fields, spans, gaz)
    seen = Evidence(
        words=person_words(fields, spans) | _pronoun_named(fields, spans, gaz),
        acronyms=_acronyms(fields, spans),
        repeated=_repeated_singles(fields, spans),
        heads=_org_heads(fields, spans),
        org_cued={s.text for s in spans if s.org_cue},
        surnames={fields[s.field].tokens[s.j - 1].text for s in spans if s.weak},
        match=match_report(fields[0]),
    )
    words = seen.words
    places = {(s.field, s.i) for s in spans if s.type == "PLACE"}
    out: list[Span] = []
    for span in spans:
        if span.type is None and span.j - span.i == 1:
            out.extend(_single(fields, gaz, span, seen))
        elif span.type == "PLACE" and span.text in words and _city_only(gaz, span.text):
            if _with_region(fields[span.field], span, places):
                out.append(span)  # "Jackson, Mississippi" stays a place
                continue
            span.type, span.canonical = "PERSON", None  # "Jackson" after "Jesse Jackson"
            out.append(span)
        elif span.type is not None:
            out.append(span)
    if seen.match:
        countries_as_teams(fields, out, gaz)
    out = drop_modifiers(fields, out, gaz)
    out.sort(key=lambda s: (s.field, s.start, -s.end))
    return out


def _type_runs(fields: list[Field], spans: list[Span], gaz: Gazetteer) -> None:
    """Open runs of two or more name-shaped words are people, weakly without evidence."""
    for span in spans:
        if span.type is None:
            set_cues(fields[span.field], span)  # only open spans need their context
    cued = {s.text for s in spans if s.j - s.i == 1 and s.person_cue}
    phrases = _repeated_phrases(fields, spans, gaz)
    for span in spans:
        if span.type is None and span.j - span.i >= 2 and span.org_cue:
            span.type = "ORG"  # "the journal Nature Climate Change"
        elif span.type is None and span.j - span.i >= 2 and _person_like(fields, gaz, span):
            if _supported(fields, gaz, span, cued):
                span.type = "PERSON"
            elif _all_words(fields, gaz, span) or _determined_span(fields, span):
                # "Living Wage", "Free Culture": capitalised words, a title or a
                # slogan; "the Sea Org": no one's name takes "the". A name only
                # when the article keeps using it.
                span.type = REPEATED_TYPE if span.text in phrases else None
            else:
                span.type, span.weak = UNSUPPORTED, True


def _all_words(fields: list[Field], gaz: Gazetteer, span: Span) -> bool:
    """Every word of the span is a word of English (or a single letter: "Group G")."""
    toks = fields[span.field].tokens[span.i : span.j]
    return all(len(t.text) == 1 or gaz.common_word(t.lower) for t in toks)


def _determined_span(fields: list[Field], span: Span) -> bool:
    """ "the Sea Org", and "The Sea Org" opening a sentence: no one's name takes "the"."""
    if span.i == 0:
        return False
    before = fields[span.field].tokens[span.i - 1]
    return _determined(before) or (before.text == "The" and before.sentence_start)


def _repeated_phrases(fields: list[Field], spans: list[Span], gaz: Gazetteer) -> set[str]:
    """Open multi-word spans of English words, or opened by "the", used more than once."""
    seen: dict[str, int] = {}
    for span in spans:
        multi = span.type is None and span.j - span.i >= 2
        if multi and (_all_words(fields, gaz, span) or _determined_span(fields, span)):
            seen[span.text] = seen.get(span.text, 0) + 1
    return {text for text, n in seen.items() if n >= REPEATED}


def _pronoun_named(fields: list[Field], spans: list[Span], gaz: Gazetteer) -> set[str]:
    """Open single names that a "he" or "she" soon follows, with no other name between:
    "Clinton came into office; what did he do?" names a person."""
    starts = {(s.field, s.i) for s in spans if s.type in (None, "PERSON")}
    # "the Scientology organization", "a Santorum": a name a determiner opens is a
    # thing's, whatever pronoun follows.
    things = {s.text for s in spans if s.i > 0 and _determined(fields[s.field].tokens[s.i - 1])}
    uses: dict[str, int] = {}
    backed: dict[str, int] = {}
    for span in spans:
        uses[span.text] = uses.get(span.text, 0) + 1
        if span.text in things:
            continue
        if span.type is not None or span.j - span.i != 1:
            continue
        toks = fields[span.field].tokens
        low = toks[span.i].lower
        if gaz.common_word(low) or low in NON_ENTITY_WORDS or not span.text.isalpha():
            continue
        if span.text.isupper() or span.text in gaz.demonyms:
            continue
        ends = 0
        for k in range(span.j, min(len(toks), span.j + PRONOUN_REACH)):
            tok = toks[k]
            if (span.field, k) in starts or tok.gap_newline:
                break
            if tok.lower in PERSON_PRONOUNS:
                backed[span.text] = backed.get(span.text, 0) + 1
                break
            ends += tok.text in SENTENCE_ENDS
            if ends > 1:
                break
    # A name used often with a pronoun after it only once is a thing ("Stardust").
    return {text for text, n in backed.items() if n * PRONOUN_SHARE >= uses[text]}


def _determined(tok: Token) -> bool:
    return tok.lower in ("the", "a", "an") and not tok.cap


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
        if INITIALS.fullmatch(tok.text) and tok is not toks[-1]:
            continue  # "O.J. Simpson"
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
    """Initials of the article's multi-word organisations: "WHO" -> its long name;
    and acronyms written in brackets beside one: "CEI (Italian Episcopal Conference)"."""
    out: dict[str, str] = {}
    for span in spans:
        if span.type != "ORG" or span.j - span.i < 2:
            continue
        toks = fields[span.field].tokens
        initials = "".join(t.text[0] for t in toks[span.i : span.j] if t.cap).upper()
        name = span.canonical or span.text
        out.setdefault(initials, name)
        for k in (span.j + 1, span.i - 2):  # "Name (ACR)", "ACR (Name)"
            if 0 <= k < len(toks) and _bracketed(toks, k) and _is_acronym(toks[k].text):
                out.setdefault(toks[k].text, name)
    return out


def _bracketed(toks: list[Token], k: int) -> bool:
    opened = k > 0 and toks[k - 1].text == "("
    return k + 1 < len(toks) and (opened or toks[k + 1].text == "(")


def _is_acronym(text: str) -> bool:
    """ "NATO", "AT&T", "U.N.": capitals of an organisation's initials, at most six."""
    letters = text.replace(".", "").replace("&", "")
    return 1 < len(letters) <= MAX_ACRONYM and letters.isalpha() and letters.isupper()


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the whole article says about its open single words."""

    words: set[str]  # words of its people's names ("Kirby" of "John Kirby")
    acronyms: dict[str, str]  # initials of its organisations -> their names
    repeated: set[str]  # open single words it keeps using inside sentences
    heads: dict[str, str | None]  # "Court" of "Supreme Court" -> that name (None: several)
    org_cued: set[str]  # names an organisation noun announces somewhere ("group Yukos")
    surnames: set[str]  # last words of unsupported two- or three-word people ("Thanou")
    match: bool  # the article is a match report: its countries and peoples are teams


def _org_heads(fields: list[Field], spans: list[Span]) -> dict[str, str | None]:
    """The head words of the article's organisations ("Court", "Church"), each with
    the one organisation it heads, or None when it heads several."""
    out: dict[str, str | None] = {}
    for span in spans:
        if span.type != "ORG" or span.j - span.i < 2:
            continue
        name = span.canonical or span.text
        for tok in fields[span.field].tokens[span.i : span.j]:
            if tok.cap and bare(tok.text) in _HEAD_WORDS:
                out[tok.text] = name if out.get(tok.text, name) == name else None
    return out


def _single(fields: list[Field], gaz: Gazetteer, span: Span, seen: Evidence) -> list[Span]:
    """An open single word: typed by the article, split, or dropped."""
    text, words = span.text, seen.words
    if text in seen.acronyms:
        span.type, span.canonical = "ORG", seen.acronyms[text]
    elif text in seen.org_cued and text not in words:
        # "US team Cloud9", "the magazine MicroMega"; and "Yukos claims" after "oil
        # group Yukos": one name, one type in an article.
        span.type = "ORG"
    elif text in seen.heads and _after_the(fields[span.field], span):
        # "the Court" after "the Supreme Court", "The Church's website".
        span.type, span.canonical = "ORG", seen.heads[text]
    elif _is_acronym(text):
        # "the NFU said", "a NASB spokesman": an organisation's initials; "the ROV",
        # "the MMPI" and "IE6" without such a cue are as often things and terms.
        span.type = "ORG" if span.person_cue and not shouted(gaz, text) else None
    elif text not in words and "-" in text:
        return _hyphen_people(fields[span.field], span, words)
    else:
        span.type = _single_type(fields[span.field], gaz, span, seen)
    return [span] if span.type is not None else []


def _single_type(fld: Field, gaz: Gazetteer, span: Span, seen: Evidence) -> EntityType | None:
    text = span.text
    tok = fld.tokens[span.i]
    if text in seen.words:
        return "PERSON"
    if tok.lower in NON_ENTITY_WORDS or text in gaz.demonyms or text[:-1] in gaz.demonyms:
        # "Chinese", "Americans": peoples, not names; but in a match report "the
        # Belgians" are the team.
        team = seen.match and text[:-1] in gaz.demonyms and _after_the(fld, span)
        return "ORG" if team else None
    if (text.isupper() and shouted(gaz, text)) or _acronym_plural(text):
        return None  # "ALL", "DNA": words and abbreviations; "MPs": a group
    known_word = fld.writes_lower(tok.lower)
    group = tok.lower.endswith("s") and gaz.common_word(tok.lower)
    if span.person_cue and not (tok.sentence_start and (known_word or group)):
        # "Mohib said"; not "Analysts said" opening a sentence. A brand written in
        # camel case ("TimeWarner said") is no one's name.
        return "ORG" if _camel_case(text) else "PERSON"
    # "Rebecca and I"; not "an Oscar", a thing named like a person.
    determined = span.i > 0 and _determined(fld.tokens[span.i - 1])
    given = text in gaz.given and not gaz.common_word(tok.lower) and not determined
    if (given or text in gaz.lone or text in seen.surnames) and not known_word:
        # "Rebecca and I", "my name is John": a first name alone; "Obama",
        # "Einstein", "Cleopatra": a well-known person's name alone; "Thanou" after
        # "Katerina Thanou": the surname of a name the article gave in full.
        return "PERSON"
    return _thing_type(fld, gaz, span, known_word, seen.repeated)


def _acronym_plural(text: str) -> bool:
    """ "MPs", "CEOs": the plural of an abbreviation names a group, not one body."""
    return len(text) > 2 and text.endswith("s") and text[:-1].isupper() and text[:-1].isalpha()


def _camel_case(text: str) -> bool:
    """ "TimeWarner", "PlayStation": a capital inside the word, not after a name's
    prefix ("McDonald", "MacArthur", "DeSantis", "LeBron")."""
    inner = [k for k in range(1, len(text)) if text[k].isupper()]
    return bool(inner) and not text.startswith(CAMEL_NAME_PREFIXES) and text.isalpha()


def _thing_type(
    fld: Field, gaz: Gazetteer, span: Span, known_word: bool, repeated: set[str]
) -> EntityType | None:
    """An open single word no one is called: a place or organisation, or nothing."""
    tok = fld.tokens[span.i]
    if tok.lower in DIRECTIONS and _after_the(fld, span):
        return "PLACE"  # "the West"
    # A name the article keeps using that no list knows and no one is called is a
    # company, a publication, a movement, even where a sloppy line writes it in
    # lower case ("the word scientology means").
    plural = _team_plural(tok) and not known_word  # "a Mets fan", "Immortals player"
    # Letters and digits ("IE6", "A380") name versions and models more often.
    kept = span.text in repeated and (plural or not gaz.common_word(tok.lower))
    kept = kept and not any(c.isdigit() for c in span.text)
    if _after_the(fld, span) and not tok.sentence_start:
        # "the Mets", "the Cardinals", "in The Onion": a name the article gives an
        # article; not "the People" of a text that also writes "people", nor "the
        # Left" or "the Constitution".
        if kept or not (known_word or gaz.common_word(tok.lower)):
            return "ORG"
        named = _team_plural(tok) or fld.tokens[span.i - 1].text == "The"
        return "ORG" if named and not known_word else None
    return REPEATED_TYPE if kept else None


def _team_plural(tok: Token) -> bool:
    """ "the Cardinals", "the Gliders": a plural of a word, as teams and bands are named."""
    return tok.lower.endswith("s") and not tok.lower.endswith("ss")


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


def _with_region(fld: Field, span: Span, places: set[tuple[int, int]]) -> bool:
    """A place written before a comma and another place ("Jackson, Mississippi")."""
    toks = fld.tokens
    comma = span.j < len(toks) and toks[span.j].text == ","
    return comma and (span.field, span.j + 1) in places


def _city_only(gaz: Gazetteer, text: str) -> bool:
    """A name the lists know only as a city, so a person's name wins over it."""
    return text in gaz.cities and text not in gaz.major
