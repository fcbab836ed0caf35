"""Datelines: "WASHINGTON (AP) —", "BEIRUT, Lebanon, June 2 (Reuters) -", "Paris (AFP) -".

A dateline is read by a small tokenizer and a hand-written parser rather than one
large regular expression: each token pattern is flat, so the cost is linear in the
(bounded) head of the paragraph, and the decision rules below stay readable.

    dateline := [place {"," region}] ["," date] [agency] [separator]
              | date agency [separator]          "Dec 29 (Reuters) -"
              | agency [separator]               "(CNN)Donald Trump ..."

The shape alone is proof only when it is unambiguous. A place in capitals followed by
a spaced dash, or anything followed by a known agency in parentheses, is a dateline.
A colon ("WASHINGTON:", but also "TRUMP:" in a transcript), a missing separator
("WASHINGTON Most Americans ...", where a scraper dropped "(Reuters) -") or a
title-case place ("Washington — ...") also need the place to be a known dateline city.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Dateline
from .agencies import canonical_agency, looks_like_source
from .patterns import (
    DATELINE_DASHES,
    MONTHS,
    NON_PLACE_WORDS,
    PLACE_ABBREVIATIONS,
    PLACE_CONTINUATIONS,
    PLACE_PARTICLES,
    REGION_ABBREVIATIONS,
    WEEKDAYS,
)
from .places import DOTTED, drop_final_period, is_known_city, plausible_place, readable_place

# A dateline is never longer than this; the rest of the paragraph is not read.
_HEAD_CHARS = 200
_MAX_TOKENS = 40
_MAX_PLACE_WORDS = 4
_MAX_REGION_WORDS = 4

_TOKEN = re.compile(
    r"(?P<space>\s+)"
    r"|(?P<paren>\([^()\n]{1,60}\))"
    r"|(?P<dash>--+|[—–―‒−]+|-)"
    r"|(?P<colon>:)|(?P<comma>,)|(?P<slash>/)"
    r"|(?P<num>\d+(?:st|nd|rd|th)?)"
    r"|(?P<word>[^\W\d_](?:[^\W_]|[.'’&]|-(?=[^\W\d_]))*)"
    r"|(?P<other>.)",
)
_CONNECTORS = frozenset({"AND", "&"})


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str
    text: str
    start: int
    end: int
    gap: bool  # whitespace before this token


@dataclass(slots=True)
class _Parse:
    """What the parser found, as token index ranges and flags."""

    place: list[_Tok]
    mode: str  # "upper", "title" or "" (no place)
    region_end: int = -1  # character offset where the last region ends
    abbreviated_region: bool = False  # a region such as "Ill." or "N.H."
    date: tuple[int, int] | None = None
    year: bool = False
    agency: str | None = None
    known_agency: bool = False
    place_after_date: tuple[int, int] | None = None  # "November 17, Brisbane, Australia -"
    sep: _Tok | None = None
    sep_spaced: bool = False
    end: int = 0  # character offset where the dateline ends
    next_tok: _Tok | None = None


def parse_dateline(paragraph: str) -> Dateline | None:
    """The dateline at the start of `paragraph`, or None if it has none.

    `text` is the dateline exactly as written, with its trailing separator; `place` is
    in readable case ("Beirut, Lebanon"); `date` is as written ("June 2"); `agency` is
    canonical ("AP") or, for an unknown credit in parentheses, as written.
    """
    lead = len(paragraph) - len(paragraph.lstrip())
    head = paragraph[lead : lead + _HEAD_CHARS]
    toks = _tokenize(head)
    found = _parse(toks)
    if found is None or not _accept(found):
        return None
    place = None
    if found.place:
        stop = max(found.place[-1].end, found.region_end)
        place = drop_final_period(readable_place(head[found.place[0].start : stop]))
    elif found.place_after_date:
        place = drop_final_period(
            readable_place(head[found.place_after_date[0] : found.place_after_date[1]])
        )
    date = head[found.date[0] : found.date[1]] if found.date else None
    return Dateline(text=head[: found.end], place=place, date=date, agency=found.agency)


def _tokenize(head: str) -> list[_Tok]:
    toks: list[_Tok] = []
    gap = False
    for m in _TOKEN.finditer(head):
        kind = m.lastgroup or "other"
        if kind == "space":
            gap = True
            continue
        toks.append(_Tok(kind, m.group(), m.start(), m.end(), gap))
        gap = False
        if len(toks) >= _MAX_TOKENS:
            break
    return toks


def _parse(toks: list[_Tok]) -> _Parse | None:
    if not toks:
        return None
    place, i = _take_place(toks)
    if place is None:
        return None
    found = _Parse(place=place[0], mode=place[1])
    if not found.place:
        i = _take_date(toks, 0, found, first=True)
        if found.date is not None:
            i = _take_place_after_date(toks, i, found)
    while found.date is None and found.place and _kind(toks, i) == "comma":
        j = _take_date(toks, i + 1, found, first=False)
        if found.date is not None:
            i = j
            break
        j = _take_region(toks, i + 1)
        if j == i + 1:
            break
        found.region_end = toks[j - 1].end
        last = toks[j - 1].text
        found.abbreviated_region = "." in last[:-1] or last in REGION_ABBREVIATIONS
        i = j
    i = _take_agency(toks, i, found)
    if found.agency and _is_period_dash(toks, i):
        i += 1  # the period of Spanish-language wires: "(EFE).-"
    if _kind(toks, i) == "colon" or (_kind(toks, i) == "dash" and toks[i].text in DATELINE_DASHES):
        found.sep = toks[i]
        found.sep_spaced = toks[i].gap or i + 1 >= len(toks) or toks[i + 1].gap
        i += 1
    found.end = toks[i - 1].end if i > 0 else 0
    found.next_tok = toks[i] if i < len(toks) else None
    return found


def _is_period_dash(toks: list[_Tok], i: int) -> bool:
    """A period glued to the agency and followed by a dash: "(EFE).-"."""
    return (
        _kind(toks, i) == "other"
        and toks[i].text == "."
        and not toks[i].gap
        and _kind(toks, i + 1) == "dash"
    )


def _kind(toks: list[_Tok], i: int) -> str:
    return toks[i].kind if i < len(toks) else ""


def _take_place(toks: list[_Tok]) -> tuple[tuple[list[_Tok], str] | None, int]:
    """The run of place words at the start, in one case; ([], "") when there is none."""
    first = toks[0]
    if first.kind != "word" or _starts_date(toks):
        return ([], ""), 0
    mode = "upper" if _is_upper(first.text) else "title" if _is_title(first.text) else ""
    if not mode:
        return None, 0
    words: list[_Tok] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.kind == "word" and (_is_upper(tok.text) if mode == "upper" else _is_title(tok.text)):
            words.append(tok)
        elif not _joins(toks, i, mode, bool(words)):
            break
        i += 1
    # A connector or slash cannot end a place.
    while words and words[-1] is not toks[i - 1]:
        i -= 1
    if sum(1 for w in words if w.text.upper() not in _CONNECTORS) > _MAX_PLACE_WORDS * 2:
        return None, 0
    return (words, mode), i


def _starts_date(toks: list[_Tok]) -> bool:
    return toks[0].text.rstrip(".").lower() in MONTHS and _kind(toks, 1) == "num"


def _joins(toks: list[_Tok], i: int, mode: str, have_words: bool) -> bool:
    """Whether toks[i] joins two place words: "/" , "AND", or a particle ("de")."""
    if not have_words or i + 1 >= len(toks) or toks[i + 1].kind != "word":
        return False
    tok = toks[i]
    if tok.kind == "slash":
        return True
    if tok.kind == "word" and mode == "title":
        return tok.text in PLACE_PARTICLES
    return tok.kind == "other" and tok.text == "&"


def _is_upper(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return False
    if word.endswith(".") and not (DOTTED.match(word) or word in PLACE_ABBREVIATIONS):
        return False  # "ABSTRACT." ends a sentence; "ST." and "N.Y." do not
    return len(letters) >= 2 or word in PLACE_ABBREVIATIONS


def _is_title(word: str) -> bool:
    return word[0].isupper() and any(c.islower() for c in word)


def _take_date(toks: list[_Tok], i: int, found: _Parse, *, first: bool) -> int:
    """Read "Nov. 19", "June 2, 2016" or (after a comma) "Monday" at toks[i]."""
    day_only = not first and _kind(toks, i) == "num" and _kind(toks, i + 1) == "paren"
    if day_only and _is_day(toks[i].text):  # EFE and ANSA: "MADRID, 3 (EFE).-"
        found.date = (toks[i].start, toks[i].end)
        return i + 1
    if _kind(toks, i) != "word":
        return i
    key = toks[i].text.rstrip(".").lower()
    if key in MONTHS and _kind(toks, i + 1) == "num" and _is_day(toks[i + 1].text):
        end = i + 2
        if _kind(toks, end) == "comma" and _is_year(toks, end + 1):
            end += 2
        elif _is_year(toks, end):
            end += 1
        found.year = end - i > 2
        found.date = (toks[i].start, toks[end - 1].end)
        return end
    if not first and key in WEEKDAYS:
        found.date = (toks[i].start, toks[i].end)
        return i + 1
    return i


def _is_day(text: str) -> bool:
    digits = text.rstrip("stndrh")
    return digits.isdigit() and 1 <= int(digits) <= 31


def _is_year(toks: list[_Tok], i: int) -> bool:
    return _kind(toks, i) == "num" and len(toks[i].text) == 4


def _take_place_after_date(toks: list[_Tok], i: int, found: _Parse) -> int:
    """Read ", Brisbane, Australia" after a leading date."""
    while _kind(toks, i) == "comma":
        j = _take_region(toks, i + 1)
        if j == i + 1:
            break
        start = found.place_after_date[0] if found.place_after_date else toks[i + 1].start
        found.place_after_date = (start, toks[j - 1].end)
        i = j
    return i


def _take_region(toks: list[_Tok], i: int) -> int:
    """Read a region after a comma ("Lebanon", "N.H.", "Bosnia and Herzegovina")."""
    j = i
    words = 0
    while j < len(toks) and toks[j].kind == "word" and words < _MAX_REGION_WORDS:
        word = toks[j].text
        if word[0].isupper() and word.upper() not in NON_PLACE_WORDS:
            words += 1
        elif not (words and word.lower() in PLACE_PARTICLES):
            break
        j += 1
    while j > i and not toks[j - 1].text[0].isupper():
        j -= 1
    return j


def _take_agency(toks: list[_Tok], i: int, found: _Parse) -> int:
    """Read "(AP)", "(Reuters)" or "/PRNewswire/" at toks[i]."""
    if _kind(toks, i) == "paren":
        inner = toks[i].text[1:-1].strip()
        for piece in re.split(r"\s*[/,]\s*", inner):
            agency = canonical_agency(piece)
            if agency:
                found.agency, found.known_agency = agency, True
                return i + 1
        if found.mode == "upper" and looks_like_source(inner):
            found.agency = inner
            return i + 1
        return i
    if _kind(toks, i) == "slash" and _kind(toks, i + 2) == "slash" and _kind(toks, i + 1) == "word":
        agency = canonical_agency(toks[i + 1].text)
        if agency:
            found.agency, found.known_agency = agency, True
            return i + 3
    return i


def _accept(found: _Parse) -> bool:
    """The decision rules of the module docstring."""
    if not found.place:
        dated = found.year or found.place_after_date is not None
        return found.known_agency or (dated and _is_dash(found))
    regional = found.region_end >= 0 or found.date is not None
    if found.agency is None and found.sep is None:
        # Trim first: in "WASHINGTON U.S. President ..." the place is one word.
        return (
            found.mode == "upper"
            and not regional
            and _no_separator_dateline(found)
            and _plausible_place(found.place)
        )
    if not _plausible_place(found.place):
        return False
    if found.agency is not None:
        return found.known_agency or found.sep is not None
    return _separator_accepts(found, regional)


def _separator_accepts(found: _Parse, regional: bool) -> bool:
    """A place with a separator and no agency: how much proof the separator needs."""
    known = _known_city(found.place)
    spaced_dash = _is_dash(found) and found.sep_spaced
    if found.mode == "upper":
        # "BOSTON —Standing", "WASHINGTON- Rite Aid"; an unspaced "SIEGEL--Jerome" or a
        # colon ("TRUMP:") needs a known city or a region.
        return spaced_dash or known or regional
    # Title case: a known "Washington — ", or "Springfield, Ill. —" with a state
    # abbreviation; "On Monday, Graham— who ..." and "Still, Sanders - who" are prose.
    return spaced_dash and (known or found.abbreviated_region or found.date is not None)


def _is_dash(found: _Parse) -> bool:
    return found.sep is not None and found.sep.kind == "dash"


def _plausible_place(words: list[_Tok]) -> bool:
    return plausible_place([w.text for w in words])


def _place_parts(words: list[_Tok]) -> list[str]:
    """Upper-case names of the places in a run: "WASHINGTON/NEW YORK" gives two."""
    parts: list[list[str]] = [[]]
    for prev, word in zip([None, *words[:-1]], words, strict=True):
        if prev is not None and word.start - prev.end == 1 and not word.gap:
            parts.append([])  # a slash sat between them
        if word.text.upper() in _CONNECTORS:
            parts.append([])
            continue
        parts[-1].append(word.text.upper())
    return [" ".join(p) for p in parts if p]


def _known_city(words: list[_Tok]) -> bool:
    return is_known_city(_place_parts(words))


def _starts_sentence(word: str) -> bool:
    """ "Most", "U.S." or an opening quote; not "ENDS" or "MOURNS" in a shouted heading."""
    if word[0] in "“\"‘'":
        return True
    return word[0].isupper() and (any(c.islower() for c in word) or bool(DOTTED.match(word)))


def _no_separator_dateline(found: _Parse) -> bool:
    """ "WASHINGTON Most Americans ...": the longest known city, then a capital letter."""
    for size in range(len(found.place), 0, -1):
        words = found.place[:size]
        if not _known_city(words):
            continue
        following = found.place[size] if size < len(found.place) else found.next_tok
        if following is None or following.text.rstrip(".,").capitalize() in PLACE_CONTINUATIONS:
            return False
        if not _starts_sentence(following.text):
            return False
        found.place = words
        found.end = words[-1].end
        return True
    return False
