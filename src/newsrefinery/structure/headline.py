"""Headlines of text dumps: the first line, its repeated copies, its publisher suffix.

Scraped pages and auto-blog copies carry the page title, which appends the publisher
(" - Reuters", " | CNN", " – New York Daily News"), and often print the headline twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .agencies import canonical_agency
from .patterns import HEADLINE_SEPARATORS, PUBLISHER_SUFFIXES, PUBLISHER_WORDS

_MAX_SUFFIX_WORDS = 5
_MIN_HEADLINE_CHARS = 8
_KNOWN = frozenset(s.casefold() for s in PUBLISHER_SUFFIXES)


def strip_publisher_suffix(headline: str, extra: Iterable[str] = ()) -> str:
    """`headline` without a trailing publisher name.

    A suffix comes off when it follows a spaced separator and is a known publisher, a
    news agency, one of `extra` (the page's own site name, say), or reads like a
    publisher name ("Springfield News-Leader"). "Game|Life Podcast" and "ROUND-UP"
    have no spaced separator and stay whole; a colon is never a separator, so
    "...: US" keeps its attribution.
    """
    known = _KNOWN | {e.casefold() for e in extra if e}
    text = " ".join(headline.split())
    while True:  # "Title | Politics | Reuters": peel until no publisher is left
        cut = _last_separator(text)
        if cut is None:
            break
        head, suffix = text[: cut[0]].rstrip(), text[cut[1] :].strip()
        if len(head) < _MIN_HEADLINE_CHARS or not _is_publisher(suffix, known):
            break
        text = head
    return text


def _last_separator(text: str) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    for sep in HEADLINE_SEPARATORS:
        at = text.rfind(sep)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, at + len(sep))
    return best


def _is_publisher(suffix: str, known: frozenset[str] | set[str]) -> bool:
    if suffix.casefold() in known or canonical_agency(suffix):
        return True
    words = suffix.split()
    if not 0 < len(words) <= _MAX_SUFFIX_WORDS:
        return False
    if len(words) == 1 and "." in suffix and suffix.rsplit(".", 1)[-1].isalpha():
        return True  # a domain name: "nytimes.com"
    capitalised = all(w[0].isupper() or w in ("of", "the", "&", "and") for w in words)
    return capitalised and words[-1] in PUBLISHER_WORDS


def pick_headline(lines: Sequence[str]) -> tuple[str | None, tuple[int, ...]]:
    """The headline of a text dump and the indices of its repeated copies.

    The headline is the first non-blank line; a later line equal to it (ignoring
    spacing and case) is a copy, as auto-blogs print the title twice. The caller
    decides what to do with the copies (the clean step records them as removed).
    """
    headline: str | None = None
    key = ""
    copies: list[int] = []
    for index, line in enumerate(lines):
        text = " ".join(line.split())
        if not text:
            continue
        if headline is None:
            headline, key = text, text.casefold()
        elif text.casefold() == key:
            copies.append(index)
    return headline, tuple(copies)
