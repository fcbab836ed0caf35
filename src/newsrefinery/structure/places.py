"""Place names in datelines: the known dateline cities, and recasing for display.

"ST. LOUIS" reads "St. Louis", "PORT-AU-PRINCE" reads "Port-au-Prince", "MCALLEN"
reads "McAllen"; words already in mixed case ("Lebanon", "N.H.") are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .agencies import canonical_agency
from .patterns import (
    DATELINE_CITIES_TEXT,
    NON_PLACE_ACRONYMS,
    NON_PLACE_LABELS,
    NON_PLACE_WORDS,
    PLACE_ABBREVIATIONS,
    PLACE_PARTICLES,
    REGION_ABBREVIATIONS,
    REGION_ACRONYMS,
)

_WORD = re.compile(r"[^\W\d_](?:[^\W_]|['’])*\.?")
MAX_PLACE_WORDS = 4
DOTTED = re.compile(r"^(?:[^\W\d_]\.)+$")
CITIES = frozenset(
    name.strip()
    for line in DATELINE_CITIES_TEXT.splitlines()
    if not line.startswith("#")
    for name in line.split(",")
    if name.strip()
)


def plausible_place(words: list[str]) -> bool:
    """Whether a run of capitalised words can be a place: not a label ("UPDATE"), an
    acronym ("NATO"), an agency ("REUTERS"), a speaker ("THE PRESIDENT") or a shouted
    sentence."""
    texts = [w.upper().replace("’", "'") for w in words]
    key = " ".join(texts)
    if len(texts) > MAX_PLACE_WORDS or key in NON_PLACE_LABELS or key in NON_PLACE_ACRONYMS:
        return False
    if canonical_agency(" ".join(words)):
        return False  # "REUTERS — ..." opens with the credit, not a place
    return not any(t in NON_PLACE_WORDS or t in NON_PLACE_ACRONYMS for t in texts)


def is_known_city(parts: Iterable[str]) -> bool:
    """Whether every name in `parts` (upper case) is a known dateline city."""
    names = list(parts)
    return bool(names) and all(name in CITIES for name in names)


def drop_final_period(place: str) -> str:
    """ "Almeria, Spain." -> "Almeria, Spain"; "N.Y.", "W.Va." and "Calif." keep theirs."""
    if not place.endswith("."):
        return place
    last = place.rsplit(None, 1)[-1].rsplit(",", 1)[-1]
    if "." in last[:-1] or last in REGION_ABBREVIATIONS or last.upper() in PLACE_ABBREVIATIONS:
        return place
    return place[:-1]


def readable_place(text: str) -> str:
    """Recase a place written in capitals: "ST. LOUIS" -> "St. Louis".

    Words already in mixed case ("Lebanon", "N.H.") are kept as written.
    """
    out: list[str] = []
    pos = 0
    for index, m in enumerate(_WORD.finditer(text)):
        out.append(text[pos : m.start()])
        out.append(_recase(m.group(), first=index == 0))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _recase(word: str, *, first: bool) -> str:
    if not word.isupper() or DOTTED.match(word) or word in REGION_ACRONYMS:
        return word
    low = word.lower()
    if not first and low in PLACE_PARTICLES:
        return low
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + low[2:].capitalize()
    return re.sub(r"(?<=['’])\w", lambda m: m.group().upper(), low.capitalize())
