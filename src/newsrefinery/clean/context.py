"""Rules that need a line's neighbours: repetition, blocks, lists and position.

Each pass reads the labels set so far and only decides lines still undecided (or
refines a duplicate into a more telling reason). Every pass is linear: a document of
100,000 lines must not turn a lookup into a quadratic scan.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from . import patterns as P
from .lines import LEAD_CHARS, REMOVED, Line, lead, line_key, openings

# Form fields under a comment form or ad-blocker appeal: short lines, no sentence.
MAX_FORM_WORDS = 12
MAX_FORM_LINES = 8
MAX_RELATED_ITEMS = 12
MAX_RELATED_WORDS = 25
# A pull-quote is a full sentence; shorter repeats are transcript turns ("Thank you.").
MIN_PULL_QUOTE_WORDS = 10
# Lines a pull-quote lookup may compare with, per sentence opening (keeps it linear).
MAX_QUOTE_CANDIDATES = 8
_RELATED_HEADERS = frozenset(line_key(p) for p in P.EXACT["related_links"])
_AUTHOR_BIO = re.compile(P.AUTHOR_BIO)
_SENTENCE_BREAK = re.compile(r"\. ")
_CLOSERS = "'\"”’“‘)]»«›‹* "


def _ends_sentence(ln: Line) -> bool:
    return ln.text.rstrip(_CLOSERS).endswith((".", ":", ";", ","))


def tweet_blocks(lines: Sequence[Line]) -> None:
    """The text above a "— Name (@handle) Date" signature belongs to the tweet."""
    for i, ln in enumerate(lines):
        if ln.reason != "social_embed" or ln.text[0] not in "—–-":
            continue
        j, taken = i - 1, 0
        while j >= 0 and taken < 5:
            above = lines[j]
            if above.label is None and (taken == 0 or _tweet_fragment(above)):
                above.remove("social_embed")
            elif above.reason != "social_embed":
                break
            j, taken = j - 1, taken + 1


def _tweet_fragment(ln: Line) -> bool:
    """Short verse-like lines or hashtags of a tweet flattened over several lines."""
    if ln.words > 12:
        return False
    return (ln.words <= 6 and not ln.terminated) or "#" in ln.text or "@" in ln.text


def _following(lines: Sequence[Line], i: int, limit: int) -> Sequence[Line]:
    """The next `limit` lines after `i`: block rules look a bounded way ahead, so a
    page of 100,000 "Related" lines stays linear."""
    return lines[i + 1 : i + 1 + limit]


def related_lists(lines: Sequence[Line]) -> None:
    """Headlines of other stories listed under "ALSO", "Related", "Most read" ..."""
    for i, ln in enumerate(lines):
        if ln.reason != "related_links" or ln.key not in _RELATED_HEADERS:
            continue
        for item in _following(lines, i, 2 * MAX_RELATED_ITEMS):
            if item.label is not None:
                continue
            if item.words > MAX_RELATED_WORDS or _ends_sentence(item):
                break
            item.remove("related_links")


def absorb_forms(lines: Sequence[Line]) -> None:
    """Field labels and buttons under a comment form or an ad-blocker appeal."""
    half = len(lines) // 2
    for i, ln in enumerate(lines):
        if i < half or ln.reason not in ("comment_widget", "adblock_appeal"):
            continue
        for field in _following(lines, i, 2 * MAX_FORM_LINES):
            if field.label not in (None, REMOVED):
                break
            if field.label is None:
                if field.words > MAX_FORM_WORDS or field.text.rstrip(_CLOSERS).endswith("."):
                    break
                field.remove(ln.reason)


def poll_questions(lines: Sequence[Line]) -> None:
    """The question printed (often twice) above a "Now share your opinion" prompt."""
    for i, ln in enumerate(lines):
        if ln.reason != "poll_widget":
            continue
        for above in reversed(lines[max(0, i - 3) : i]):
            undecided = above.label is None or above.reason == "duplicate_line"
            if not undecided or not above.text.endswith("?") or above.words > 25:
                break
            above.remove("poll_widget")


def tail_source(lines: Sequence[Line], words: frozenset[str]) -> None:
    """A bare "Source" with nothing but leftovers after it points to the original."""
    for ln in reversed(lines):
        if ln.label == REMOVED:
            continue
        if ln.label is not None or ln.key not in words:
            break
        ln.remove("source_link")


def tail_links(lines: Sequence[Line]) -> None:
    """A list of short link labels after the last paragraph: the site's menu."""
    links: list[Line] = []
    for ln in reversed(lines):
        if ln.label == REMOVED:
            continue
        if ln.label is not None or ln.words > 6 or ln.terminated:
            break
        links.append(ln)
    if len(links) >= 3:
        for ln in links:
            ln.remove("navigation")


def author_bios(lines: Sequence[Line]) -> None:
    """ "Jane Doe is a reporter for ..." in the last part of the article."""
    start = len(lines) - max(5, len(lines) // 4)
    for ln in lines[max(start, 0) :]:
        if ln.label is None and ln.words <= 40 and _AUTHOR_BIO.match(ln.text):
            ln.remove("author_bio")


def _openings(lines: list[Line]) -> list[str]:
    """Every sentence opening of `lines`, as `lines.openings` lists them.

    One split of the keys joined by ". " gives each key's sentences in turn: a key never
    ends or starts with "." or a space (`lines.line_key` strips them), so the joints
    split exactly where one key ends and the next begins. (A regex split on the literal
    beats `str.split` here, on the long joined text.)
    """
    pieces = _SENTENCE_BREAK.split(". ".join([ln.key for ln in lines]))
    return [p[:LEAD_CHARS] for p in pieces if len(p) >= LEAD_CHARS]


class SentenceIndex:
    """Which undecided lines hold a sentence opening like a given line (`lines.lead`).

    Shared by two passes: inline captions look for the paragraph a caption restates,
    pull-quotes for the paragraph they were lifted from. Openings are collected in bulk,
    and most documents repeat none, which a set tells at once; owners are listed only
    for openings seen twice, in one pass and capped, so even a document of identical
    openings stays linear.
    """

    def __init__(self, lines: Sequence[Line]) -> None:
        self._lines = [ln for ln in lines if ln.label is None and ln.words >= 6]
        openings = _openings(self._lines)
        unique = set(openings)
        self.repeats: frozenset[str] = frozenset()
        if len(unique) < len(openings):
            counts = Counter(openings)
            self.repeats = frozenset(o for o in unique if counts[o] > 1)
        self._owners: dict[str, list[Line]] | None = None

    def repeated(self, ln: Line) -> bool:
        """Cheap test: some sentence elsewhere may open like `ln` (see `others`)."""
        return lead(ln.key) in self.repeats

    def others(self, ln: Line) -> list[Line]:
        """Lines other than `ln` with a sentence that opens like `ln`."""
        repeats = self.repeats
        opening = lead(ln.key)
        if opening not in repeats:
            return []
        if self._owners is None:
            self._owners = {}
            for line in self._lines:
                key = line.key
                # A line holds a repeated opening only if its key contains one: a few
                # `in` tests spare most lines the split into sentences.
                if not any(r in key for r in repeats):
                    continue
                for o in openings(key):
                    if o in repeats:
                        bucket = self._owners.setdefault(o, [])
                        if len(bucket) < MAX_QUOTE_CANDIDATES:
                            bucket.append(line)
        return [p for p in self._owners.get(opening, ()) if p is not ln]


def pull_quotes(lines: Sequence[Line], index: SentenceIndex) -> None:
    """A sentence printed again, alone, from a longer body paragraph."""
    if not index.repeats:
        return  # no sentence opens twice: most documents
    for ln in lines:
        if ln.label is not None or not ln.terminated or not MIN_PULL_QUOTE_WORDS <= ln.words <= 60:
            continue
        if not index.repeated(ln):
            continue
        key = ln.key
        for para in index.others(ln):
            if para.label is None and len(para.key) > len(key) and key in para.key:
                ln.remove("pull_quote")
                break
