"""Bylines: "By Jane Doe and John Roe", "By JANE DOE, Associated Press", "Jane Doe | Reuters".

A byline is cut where its date or contact details start, split into segments at
commas, bars, slashes and "and", and each segment is classified: an agency (canonical
name), another organisation (kept as written, "USA TODAY"), a person (recased when
written in capitals), or a job title, which is dropped.
"""

from __future__ import annotations

import re

from .agencies import canonical_agency
from .patterns import (
    BYLINE_CREDENTIALS,
    BYLINE_PREFIXES,
    BYLINE_STOP_WORDS,
    BYLINE_TITLE_WORDS,
    MONTHS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ORGANISATION_WORDS,
    WEEKDAYS,
)

_MAX_BYLINE_WORDS = 16
_MAX_NAME_WORDS = 5
_SPLIT = re.compile(r"\s*(?:[|;,/•·:]|\s[-–—]\s|\band\b|&|\n)\s*")
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+$")
_DESK_TITLE = re.compile(
    r"\bWhite House(?= [A-Za-z]* ?(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Bb]ureau))"
)


def parse_byline(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(authors, agencies) of a byline line.

    Authors are properly cased names. Agencies are the organisations credited, in
    the order written: news agencies by canonical name ("AP"), others as written
    ("USA TODAY"); `find_agencies` keeps only the news agencies. Titles ("Staff
    Writer"), credentials ("MA"), dates, e-mail addresses and handles are dropped.
    """
    line = _cut_chrome(_strip_prefix(" ".join(text.split())))
    line = _DESK_TITLE.sub("", line)
    authors: list[str] = []
    agencies: list[str] = []
    for segment in _SPLIT.split(line):
        for kind, value in _split_brand(segment):
            target = authors if kind == "person" else agencies if kind else None
            if target is not None and value not in target:
                target.append(value)
    return tuple(authors), tuple(agencies)


def _split_brand(segment: str) -> list[tuple[str, str]]:
    """Classify a segment, first splitting "Mark Di Stefano BuzzFeed News Reporter"
    where a name runs into a brand written in camel case ("BuzzFeed", "LifeBuzz")."""
    words = segment.split()
    for k in range(2, len(words)):
        word = words[k]
        if word in ORGANISATION_WORDS and any(c.isupper() for c in word[1:]):
            head = classify_segment(" ".join(words[:k]))
            if head[0] == "person":
                return [head, classify_segment(" ".join(words[k:]))]
            break
    return [classify_segment(segment)]


def is_byline(text: str) -> bool:
    """Whether a whole paragraph is a byline ("By Greg Hanlon"), not prose that
    starts with "By" ("By contrast, ...", "By Wednesday afternoon, ...")."""
    line = " ".join(text.split())
    rest = _strip_prefix(line)
    if rest == line or len(line.split()) > _MAX_BYLINE_WORDS:
        return False
    head = _SPLIT.split(_cut_chrome(rest))[0]
    return classify_segment(head)[0] in ("person", "agency")


def _strip_prefix(line: str) -> str:
    for prefix in BYLINE_PREFIXES:
        if line.startswith(prefix) and line[len(prefix) : len(prefix) + 1] in (" ", ":"):
            return line[len(prefix) :].lstrip(" :")
    return line


def _cut_chrome(line: str) -> str:
    """Drop everything from the first date, time, handle or sharing word on."""
    words = line.split(" ")
    for index, word in enumerate(words):
        bare = word.strip(",.;|()")
        following = words[index + 1] if index + 1 < len(words) else ""
        if (
            any(c.isdigit() for c in word)
            or "@" in word
            or bare in BYLINE_STOP_WORDS
            or bare.lower() in WEEKDAYS
            or (bare.lower() in MONTHS and any(c.isdigit() for c in following))
        ):
            kept = words[:index]
            while kept and kept[-1].lower().strip(",|") in ("on", "at", "", "|", "-", "–", "—"):
                kept.pop()
            return " ".join(kept)
    return line


def classify_segment(segment: str) -> tuple[str, str]:
    """("agency" | "organisation" | "person" | "", value) for one byline segment."""
    words = segment.strip(" ,;:()[]'\"").split()
    if words and words[-1].endswith(".") and not _is_abbreviation(words[-1]):
        words[-1] = words[-1].rstrip(".")  # a full stop, not "Jr." or an initial
    agency = canonical_agency(" ".join(words)) if words else None
    core = _strip_titles(words)
    if agency is None and core:
        agency = canonical_agency(" ".join(core))
    if agency:
        return "agency", agency
    while core and core[-1].rstrip(",") in BYLINE_CREDENTIALS:
        core.pop()
    if not core:
        return "", ""
    if any(w.strip(".,'’") in ORGANISATION_WORDS for w in core):
        return "organisation", " ".join(core)
    if _is_name(core):
        return "person", recase_name(core)
    return "", ""


def _is_abbreviation(word: str) -> bool:
    return word in NAME_SUFFIXES or bool(_INITIALS.match(word)) or word in BYLINE_CREDENTIALS


def _strip_titles(words: list[str]) -> list[str]:
    core = list(words)
    while core and core[0].lower().strip(".,") in BYLINE_TITLE_WORDS | {"to"}:
        core.pop(0)
    while core and core[-1].lower().strip(".,") in BYLINE_TITLE_WORDS:
        core.pop()
    return core


def _is_name(words: list[str]) -> bool:
    if not 2 <= len(words) <= _MAX_NAME_WORDS:
        return False
    if words[0].lower() in NAME_PARTICLES or words[-1].lower() in NAME_PARTICLES:
        return False
    return all(_is_name_word(w) for w in words)


def _is_name_word(word: str) -> bool:
    if word in NAME_SUFFIXES or _INITIALS.match(word) or word.lower() in NAME_PARTICLES:
        return True
    letters = word.replace("-", "").replace("'", "").replace("’", "").rstrip(".")
    return bool(letters) and letters.isalpha() and word[0].isupper()


def recase_name(words: list[str]) -> str:
    """ "JANE DOE" -> "Jane Doe", "SUSIE O’BRIEN" -> "Susie O’Brien"; mixed case is kept."""
    return " ".join(_recase_word(w, first=i == 0) for i, w in enumerate(words))


def _recase_word(word: str, *, first: bool) -> str:
    if not word.isupper() or word in NAME_SUFFIXES or _INITIALS.match(word):
        return word
    if not first and word.lower() in NAME_PARTICLES:
        return word.lower()
    return "-".join(_recase_part(p) for p in word.split("-"))


def _recase_part(part: str) -> str:
    low = part.lower()
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + low[2:].capitalize()
    return re.sub(r"(?<=['’])\w", lambda m: m.group().upper(), low.capitalize())
