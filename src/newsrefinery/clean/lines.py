"""Line features: normalised text, a matching key and cheap shape measures.

Every non-blank input line becomes one `Line`. The passes of the cleaning step only
read these features and set `label` (headline, body, caption, removed) with a reason,
so a line is decided once and never lost. Features are computed in one linear pass:
the step must run at thousands of documents per second.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

HEADLINE = "headline"
BODY = "body"
CAPTION = "caption"
REMOVED = "removed"

# Characters dropped around a key so "Comments:", "• COMMENTS" and "(Comments)" agree.
_KEY_EDGES = " .:!?*•·-–—|>»«()[]\"'“”‘’\x95…~#=+,;_/\\"
# Closing marks that may follow the sentence-final punctuation ("...he said.”), in
# English, German („…“, ‚…‘), French/Swiss (« … ») and CJK (「…。」, （…。）) styles.
_CLOSERS = "'\"”’“‘)]»«›‹* 」』）"
# A dash ends an interrupted utterance ("Q Mr. President --"), as good as a full stop.
# Chinese and Japanese end sentences with full-width marks: without them every CJK
# paragraph reads as unterminated (a menu item, a caption, a sub-head).
_TERMINAL = frozenset(".!?…:;,—–-。．！？")
# Characters of a sentence's opening that identify it (about six words).
LEAD_CHARS = 32
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)]{0,2} (?=[\"'“‘(]?[A-Z0-9])")


def _is_clean(raw: str) -> bool:
    """True when `normalise` would return `raw` unchanged (most lines): `isprintable` is
    False for every whitespace but the ASCII space and for NUL, and costs far less than
    a split-and-join."""
    return bool(raw) and raw.isprintable() and "  " not in raw and raw[0] != " " != raw[-1]


def normalise(raw: str) -> str:
    """Collapse whitespace runs (no-break spaces included) and drop NUL bytes."""
    if _is_clean(raw):
        return raw
    return _collapse(raw)


def _collapse(raw: str) -> str:
    # No-break spaces are what most unclean lines hold, often at the end or beside a
    # space. Once they are swapped, a printable line holds no whitespace but the ASCII
    # space, so halving its runs and stripping its edges gives the split-and-join's
    # text at a fraction of the cost (a split builds a string per word).
    swapped = raw.replace("\xa0", " ") if "\xa0" in raw else raw
    if swapped.isprintable():
        if "  " in swapped:
            swapped = swapped.replace("  ", " ")
        if "  " not in swapped:
            return swapped.strip(" ")
    if "\x00" in raw:
        raw = raw.replace("\x00", "")
    return " ".join(raw.split())


def _fold(key: str) -> str:
    """Straighten curly quotes by `replace`, and only when present: `str.translate` with a
    table costs ten times more, and this runs on every line that is not ASCII."""
    if "’" in key or "‘" in key:
        key = key.replace("’", "'").replace("‘", "'")
    if "“" in key or "”" in key:
        key = key.replace("“", '"').replace("”", '"')
    return key


def line_key(text: str) -> str:
    """Lower-cased, quote-straightened text without edge punctuation: the lookup key."""
    key = text.lower()
    return (key if key.isascii() else _fold(key)).strip(_KEY_EDGES)


def terminated(text: str) -> bool:
    """Whether `text` ends like a sentence, closing quotes and brackets aside."""
    last = text[-1:]
    if last in _TERMINAL:
        return True
    if last not in _CLOSERS:  # "" is in every string: the empty text ends here too
        return False
    tail = text.rstrip(_CLOSERS)
    return bool(tail) and tail[-1] in _TERMINAL


def has_text(text: str) -> bool:
    """True when the line holds at least one letter or digit (any script)."""
    return any(ch.isalnum() for ch in text)


def sentences(text: str) -> list[str]:
    """Rough sentence split, enough to tell a one-sentence caption from a paragraph."""
    return _SENTENCE_SPLIT.split(text)


def openings(key: str) -> list[str]:
    """The opening (see `lead`) of each sentence of a key at least `LEAD_CHARS` long.

    Splitting on ". " is rough (it misses "?" and splits after "Mr."), but it is four
    times cheaper than a sentence regex and runs on every paragraph.
    """
    return [p[:LEAD_CHARS] for p in key.split(". ") if len(p) >= LEAD_CHARS]


def lead(key: str) -> str:
    """The opening of a sentence key: enough to find a sentence printed twice."""
    return key[:LEAD_CHARS] if len(key) >= LEAD_CHARS else ""


class Line:
    """One non-blank input line and the decision taken about it."""

    __slots__ = (
        "caption",
        "credit",
        "key",
        "label",
        "raw",
        "reason",
        "terminated",
        "text",
        "words",
    )
    label: str | None
    reason: str | None
    caption: str | None
    credit: str | None

    def __init__(self, raw: str) -> None:
        self.raw = raw
        # `normalise` and `line_key` inlined, as this runs on every line of every document.
        # `strip` hands back the very same string when there is no edge space to drop.
        if raw.isprintable() and "  " not in raw and raw.strip(" ") is raw:
            text = raw
        else:
            text = _collapse(raw)
        self.text = text
        # Quotes are straightened before lower-casing (the two commute: neither side of a
        # swap is cased), so a line whose only non-ASCII marks are curly quotes is
        # lower-cased on the ASCII fast path, at a third of the cost.
        self.key = (text if text.isascii() else _fold(text)).lower().strip(_KEY_EDGES)
        self.words = text.count(" ") + 1 if text else 0
        last = text[-1:]  # most lines end on their full stop: skip the call then
        self.terminated = last in _TERMINAL or (last in _CLOSERS and terminated(text))
        self.label = self.reason = self.caption = self.credit = None

    def remove(self, reason: str) -> None:
        self.label = REMOVED
        self.reason = reason

    def as_caption(self, text: str, credit: str | None) -> None:
        self.label = CAPTION
        self.caption = text
        self.credit = credit

    def __repr__(self) -> str:  # debugging aid only
        return f"Line({self.label}:{self.reason}, {self.text[:40]!r})"


def build_lines(raw_lines: Sequence[str]) -> list[Line]:
    """`Line`s for the non-blank inputs; a block holding newlines counts as one line."""
    return [Line(raw) for raw in raw_lines if raw and not raw.isspace()]
