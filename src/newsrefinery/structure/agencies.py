"""News agencies: canonical names, and the places in an article that credit one.

An agency is credited by the dateline ("WASHINGTON (AP) —"), by photo credits
("AFP/File", "AP Photo/Evan Vucci", "REUTERS/Kevin Lamarque"), by a byline
("By JANE DOE, Associated Press"), by a wire sign-off that names one ("Reporting by
Reuters"), and by closing lines ("The Associated Press contributed to this report.",
"With AFP", "- Reuters"). `find_agencies` collects them in the order a reader meets
them, once each, by canonical name. A Reuters-style sign-off that names only people
credits no agency: the format is a hint, not a credit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..records import Article, Caption
from .patterns import (
    AGENCIES,
    CREDIT_DECOR_WORDS,
    NON_PLACE_LABELS,
    SIGNOFF_DESK_WORDS,
    SIGNOFF_ROLES,
    SOURCE_LABELS,
)


def _variant_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, variants in AGENCIES:
        for variant in (canonical, *variants):
            table.setdefault(variant, canonical)
            table.setdefault(variant.upper(), canonical)
    return table


_VARIANTS = _variant_table()
# Long names are unambiguous in any case ("associated press" in a lower-case credit).
_FOLDED = {k.casefold(): v for k, v in _VARIANTS.items() if len(k) >= 5}
# Longest first, so "Associated Press of Pakistan" wins over "Associated Press".
_AGENCY_RE = re.compile(
    r"(?<![\w/-])(?:"
    + "|".join(re.escape(v) for v in sorted(_VARIANTS, key=len, reverse=True))
    + r")(?![\w-])"
)
_SPACES = re.compile(r"\s+")
_EDGE_PUNCT = " \t.,;:()[]{}'\"‘’“”-–—|•·"


def canonical_agency(name: str) -> str | None:
    """The canonical name of an agency written `name`, or None if it is not one.

    The whole string must name the agency ("The Associated Press", "REUTERS",
    "AP Photo"); a sentence that mentions one is not an agency name.
    """
    key = _SPACES.sub(" ", name).strip(_EDGE_PUNCT)
    if key.startswith(("The ", "THE ", "the ")) and key[4:] in _VARIANTS:
        return _VARIANTS[key[4:]]
    return _VARIANTS.get(key) or _FOLDED.get(key.casefold())


def agencies_in(text: str) -> list[str]:
    """Every agency named as a whole word in `text`, canonical, first seen first."""
    return _unique(_VARIANTS[m.group()] for m in _AGENCY_RE.finditer(text))


def _unique(names: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for name in names:
        seen.setdefault(name, None)
    return list(seen)


def looks_like_source(inner: str) -> bool:
    """An unknown credit in a dateline's parentheses, such as "(KXAN)" or "(The Hill)";
    not "(I-Vt.)", "(R-S.C.)" or "(File)"."""
    words = inner.split()
    return (
        0 < len(words) <= 3
        and inner[0].isupper()
        and not any(c.isdigit() or c in "-.:" for c in inner)
        and inner.upper() not in NON_PLACE_LABELS
    )


# --- photo credits ----------------------------------------------------------------------
# A credit is a list of names joined by slashes, commas and "via": "Saul Loeb/AFP via
# Getty Images", "(AP Photo/Susan Walsh, File)". Each piece must be an agency name on
# its own once the decorations are stripped; "Reuters/Ipsos poll" in a caption's
# running text is never looked at, only the credit segments are.
_CREDIT_SPLIT = re.compile(r"\s*(?:/|,|;|\||\bvia\b|\band\b|&)\s*")
# Where a credit sits inside a caption's text: parentheses, after "Credit"/"Photo:",
# or as the last sentence ("... on March 2, 2023. AFP/File").
_CAPTION_CREDIT = re.compile(
    r"\(([^()]{2,120})\)|(?:Credit|Courtesy of|Photo:|Photo by|Photograph:)\s*([^().]{2,120})"
)
_LAST_SENTENCE = re.compile(r"(?:^|[.!?]\s)([^.!?]{2,80})\.?\s*$")


def agencies_in_credit(credit: str) -> list[str]:
    """Agencies in a photo credit such as "AFP/File" or "Eric Gay/Associated Press"."""
    found: list[str] = []
    for piece in _CREDIT_SPLIT.split(credit):
        words = piece.strip(_EDGE_PUNCT).replace(":", " ").split()
        while words and words[0].lower() in CREDIT_DECOR_WORDS:
            words.pop(0)
        while words and words[-1].lower().strip(_EDGE_PUNCT) in CREDIT_DECOR_WORDS:
            words.pop()
        agency = canonical_agency(" ".join(words)) if words else None
        if agency:
            found.append(agency)
    return _unique(found)


def agencies_in_caption(caption: Caption) -> list[str]:
    """Agencies credited by a caption: its `credit`, or credit-like parts of its text."""
    if caption.credit:
        return agencies_in_credit(caption.credit)
    segments = [m.group(1) or m.group(2) for m in _CAPTION_CREDIT.finditer(caption.text)]
    last = _LAST_SENTENCE.search(caption.text)
    if last and ("/" in last.group(1) or canonical_agency(last.group(1))):
        segments.append(last.group(1))
    return _unique(a for seg in segments for a in agencies_in_credit(seg))


# --- wire sign-offs ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SignOff:
    """Credits in a wire sign-off: "(Reporting by A in B; Editing by C and D)"."""

    reporters: tuple[str, ...] = ()
    writers: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()


_SIGNOFF_PART = re.compile(
    r"^(?P<role>"
    + "|".join(sorted(SIGNOFF_ROLES, key=len, reverse=True))
    + r") by\s+(?P<names>.+)$",
    re.IGNORECASE,
)
_NAME_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")
# "Dan Burns in New York", "Jim Finkle in Boston": the place is not part of the name.
_NAME_PLACE = re.compile(r"\s+(?:in|from|at)\s+[A-Z].*$")


def parse_signoff(text: str) -> SignOff | None:
    """The credits of a wire sign-off, or None when `text` is not one."""
    body = text.strip().strip("()[]. ").strip()
    roles: dict[str, list[str]] = {"reporter": [], "writer": [], "editor": [], "agency": []}
    matched = False
    for part in re.split(r"\s*[;]\s*|,\s*(?=(?:additional )?\w+ by\b)", body):
        m = _SIGNOFF_PART.match(part.strip(" .,"))
        if not m:
            continue
        matched = True
        role = SIGNOFF_ROLES[m.group("role").lower()]
        for raw in _NAME_SPLIT.split(m.group("names").strip(" .")):
            # Split first, then drop each "in <place>": the list goes on after a place.
            name = _NAME_PLACE.sub("", raw).strip(" .")
            agency = canonical_agency(name)
            if agency:
                roles["agency"].append(agency)
            elif _is_credited_person(name):
                roles[role].append(name)
    if not matched:
        return None
    return SignOff(
        reporters=tuple(_unique(roles["reporter"])),
        writers=tuple(_unique(roles["writer"])),
        editors=tuple(_unique(roles["editor"])),
        agencies=tuple(_unique(roles["agency"])),
    )


def _is_credited_person(name: str) -> bool:
    """A person's name in a sign-off list; not a desk ("Washington newsroom") and not
    the tail of a place ("..., Florida" after "in West Palm Beach")."""
    words = name.split()
    return len(words) >= 2 and not SIGNOFF_DESK_WORDS & {w.lower() for w in words}


# --- closing lines ----------------------------------------------------------------------
# Each pattern captures where agency names sit in a line of closing-credit shape, so
# "She told The Associated Press on Monday ..." credits nothing. All are flat (no
# quantified group holds another quantifier) and run on lines of bounded length.
_ONLY_NAMES = tuple(
    re.compile(p)
    for p in (
        r"^[-–—]+\s*(?P<a>[^-–—]{2,60})$",  # "- Reuters", "—AP"
        r"^[Ww]ith (?P<a>.{2,60})$",  # "With AFP", "With AFP and Reuters"
        r"^\(?(?P<a>[^()]{2,60})\)?$",  # "(AFP)", "Reuters"
    )
)
_ANY_NAME = tuple(
    re.compile(p)
    for p in (
        r"^(?:" + "|".join(SOURCE_LABELS) + r")\s*:\s*(?P<a>.{2,240})$",
        r"^(?:Some |Additional )?(?:[Ii]nformation|[Mm]aterial|[Rr]eporting)\b[^.]{0,40}"
        r"\b(?:provided|supplied|contributed|compiled) by (?P<a>[^.]{2,80})\.?$",
        r"^\(?(?:Additional )?[Rr]eporting by (?P<a>[^;()]{2,80})",
        r"(?:©|Copyright|\(c\))(?:\s|©|Copyright|\(c\))*(?:\d{4}\s)?(?P<a>[A-Z][^.]{1,40})",
        r"\bthis (?P<a>[A-Z][\w.'’-]{1,30}) (?:article|report|story)\b",
    )
)
_CONTRIBUTED = re.compile(r"^(?P<a>[^.]{2,80}?) contributed(?P<rest>[^.]*)\.?$")
# What may follow "contributed" in a credit: "... to this report", "... reporting".
_CONTRIBUTED_REST = ("", " to ", " reporting", " from ", " in ", " this ")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_CLOSING_LINES = 3
_MAX_CLOSING_CHARS = 240


def agencies_in_closing(line: str) -> list[str]:
    """Agencies credited by a closing line, or none if it is not a credit line."""
    text = _SPACES.sub(" ", line).strip()
    if len(text) > _MAX_CLOSING_CHARS:
        return []
    for pattern in _ONLY_NAMES:
        m = pattern.match(text)
        if m:
            names = _split_names(m.group("a"))
            agencies = [canonical_agency(x) for x in names]
            if names and all(agencies):
                return _unique(a for a in agencies if a)
    for pattern in _ANY_NAME:
        m = pattern.search(text)
        if m:
            found = [a for a in (canonical_agency(x) for x in _split_names(m.group("a"))) if a]
            if found:
                return _unique(found)
    for sentence in _SENTENCE.split(text):
        m = _CONTRIBUTED.match(sentence)
        rest = m.group("rest") + " " if m else ""
        if m and len(m.group("a").split()) <= 10 and rest.startswith(_CONTRIBUTED_REST):
            return agencies_in(m.group("a"))
    return []


def _split_names(text: str) -> list[str]:
    return [x for x in re.split(r"\s*(?:[,;/&]|\band\b)\s*", text.strip(" .\u200b")) if x]


def find_agencies(article: Article) -> tuple[str, ...]:
    """Agencies credited anywhere in `article`, canonical, deduplicated, first seen first.

    Sources, in reading order: the dateline (the article's, or one parsed from the first
    paragraph when unset), the byline, caption credits, removed lines of the clean
    step ("wire_signoff", "copyright", "photo_credit"), then the last paragraphs of the
    body. Agencies already on the article come first.
    """
    # Imported here: the dateline parser itself depends on the agency table above.
    from .byline import parse_byline
    from .dateline import parse_dateline

    found = list(article.agencies)
    dateline = article.dateline
    if dateline is None and article.body:
        dateline = parse_dateline(article.body[0])
    if dateline is not None and dateline.agency and canonical_agency(dateline.agency):
        found.append(dateline.agency)
    if article.byline:
        found.extend(a for a in parse_byline(article.byline)[1] if canonical_agency(a))
    for caption in article.captions:
        found.extend(agencies_in_caption(caption))
    for removed in article.removed:
        if removed.reason == "wire_signoff":
            signoff = parse_signoff(removed.text)
            found.extend(signoff.agencies if signoff else agencies_in_closing(removed.text))
        elif removed.reason == "copyright":  # "Copyright 2016 The Associated Press."
            found.extend(agencies_in_closing(removed.text))
        elif removed.reason == "photo_credit":  # a credit left without its caption
            found.extend(agencies_in_credit(removed.text))
    for paragraph in article.body[-_CLOSING_LINES:]:
        found.extend(agencies_in_closing(paragraph))
    return tuple(_unique(found))
