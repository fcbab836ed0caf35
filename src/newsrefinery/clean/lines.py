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
# English, German („…“, ‚…‘) and French/Swiss (« … ») styles.
_CLOSERS = "'\"”’“‘)]»«›‹* "
# A dash ends an interrupted utterance ("Q Mr. President --"), as good as a full stop.
_TERMINAL = frozenset(".!?…:;,—–-")
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
    if "\x00" in raw:
        raw = raw.replace("\x00", "")
    return " ".join(raw.split())


def line_key(text: str) -> str:
    """Lower-cased, quote-straightened text without edge punctuation: the lookup key.

    Curly quotes are straightened by `replace` only when present: `str.translate`
    with a table costs ten times more, and this runs on every line.
    """
    key = text.lower()
    if "’" in key or "‘" in key:
        key = key.replace("’", "'").replace("‘", "'")
    if "“" in key or "”" in key:
        key = key.replace("“", '"').replace("”", '"')
    return key.strip(_KEY_EDGES)


def has_text(text: str) -> bool:
    """True when the line holds at least one letter or digit (any script)."""
    return any(ch.isalnum() for ch in text)


def sentences(text: str) -> list[str]:
    """Rough sentence split, enough to tell a one-sentence caption from a paragraph."""
    return _SENTENCE_SPLIT.split(text)


def lead(key: str) -> str:
    """The opening of a sentence key: enough to find a sentence printed twice."""
    return key[:LEAD_CHARS] if len(key) >= LEAD_CHARS else ""


class Line:
    """One non-blank input line and the decision taken about it."""

    __slots__ = (
        "_leads",
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

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = text = raw if _is_clean(raw) else normalise(raw)
        self.key = line_key(text)
        self.words = text.count(" ") + 1 if text else 0
        tail = text.rstrip(_CLOSERS)
        self.terminated = bool(tail) and tail[-1] in _TERMINAL
        self.label: str | None = None
        self.reason: str | None = None
        self.caption: str | None = None
        self.credit: str | None = None
        self._leads: list[str] | None = None

    @property
    def leads(self) -> list[str]:
        """The opening of each sentence (see `lead`), computed once: two passes use it.

        Splitting the key on ". " is rough (it misses "?" and splits after "Mr."), but
        it is four times cheaper than a sentence regex and runs on every paragraph.
        """
        if self._leads is None:
            key = self.key
            if self.words < 6:
                self._leads = []
            elif ". " not in key:  # one sentence: skip the split
                self._leads = [key[:LEAD_CHARS]] if len(key) >= LEAD_CHARS else []
            else:
                parts = key.split(". ")
                self._leads = [p[:LEAD_CHARS] for p in parts if len(p) >= LEAD_CHARS]
        return self._leads

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
