"""The headline: picked from a text dump's first line, or given by HTML metadata.

Text dumps print the headline first, often with the publisher's name appended
("... – USA TODAY", "... | CNN"), and often print it again below. The suffix is
dropped from the `headline` field; every later copy is removed as repeated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import patterns as P
from .lines import HEADLINE, Line, line_key, normalise

# A headline longer than this is a paragraph: the dump has no headline line.
MAX_HEADLINE_WORDS = 40
# Only the first few undecided lines may hold the headline.
HEADLINE_WINDOW = 3
_ALNUM = re.compile(r"[\W_]+")


def strip_publisher(text: str) -> str:
    """`text` without a trailing publisher name such as " – USA TODAY" or " | CNN"."""
    best = -1
    for sep in P.HEADLINE_SEPARATORS:
        pos = text.rfind(sep)
        if pos > best and _is_publisher(text[pos + len(sep) :]):
            best = pos
    if best <= 0 or text[:best].count(" ") < 2:
        return text
    return text[:best].rstrip()


def _is_publisher(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 5 or len(name) > 40 or name.rstrip().endswith((".", "?", "!")):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in P.HEADLINE_LOWER_WORDS for w in words)


def _loose(text: str) -> str:
    """Letters and digits only: "Kidman's" and "Kidmans" compare equal."""
    return _ALNUM.sub("", text.casefold())


def choose_headline(lines: Sequence[Line], given: str | None) -> str | None:
    """Set the headline line (text dumps) and return the headline text."""
    if given is not None:
        return normalise(given) or None
    seen = 0
    for ln in lines:
        if ln.label is not None:
            continue
        seen += 1
        if ln.words <= MAX_HEADLINE_WORDS:
            ln.label = HEADLINE
            return strip_publisher(ln.text)
        if seen >= HEADLINE_WINDOW:
            break
    return None


def remove_repeats(lines: Sequence[Line], headline: str | None) -> None:
    """Every copy of the headline that is not the headline line itself."""
    if not headline:
        return
    own = line_key(headline)
    # A copy has the headline's words, give or take a publisher suffix.
    size = headline.count(" ") + 1
    low, high = size - 6, size + 6
    opening = own[:6]
    keys: set[str] | None = None  # built for the first line that could be a copy
    for ln in lines:
        if not low <= ln.words <= high or not ln.key.startswith(opening):
            continue
        if ln.label is not None and ln.reason != "duplicate_line":
            continue
        if keys is None:
            keys = {own, line_key(strip_publisher(headline))}
        if ln.key in keys or line_key(strip_publisher(ln.text)) in keys or _same(ln.text, headline):
            ln.remove("repeated_headline")


def _same(text: str, headline: str) -> bool:
    return _loose(text) == _loose(headline)
