"""Quotation spans: which characters of each paragraph lie between quotation marks.

Marks are paired paragraph by paragraph with a small stack, so an unbalanced mark
never spills into the rest of the article: a quotation left open at the end of a
paragraph is closed there (`closed` False), which is also how news copy writes a
quotation that runs over several paragraphs (an opening mark on each, a closing one
only on the last). `quote_groups` joins those paragraphs back into one quotation.
Marks nested inside a quotation are paired too, so that "‘" inside "“ ... ”" does not
end it. The outermost quotations are the spans; the quotations one level inside each
are its `nested` spans (`nested.py` decides which of those are speech).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .patterns import QUOTE_PAIRS

_OPENERS = frozenset(k for k in QUOTE_PAIRS if len(k) == 1)
_CLOSERS = frozenset("".join(v for k, v in QUOTE_PAIRS.items() if len(k) == 1))
_ALL_MARKS = _OPENERS | _CLOSERS
# Every mark, but not an apostrophe inside a word ("don’t", "Trump's"): `_single`
# does nothing with a ’ before a letter or digit or a ' between two, and most
# apostrophes are these. The pattern opens with the class of every mark, so the
# search still skips from mark to mark; the lookarounds behind it then drop those
# apostrophes ([^\W_] is a letter or a digit, what `str.isalnum` says).
_MARK = re.compile(
    "[" + re.escape("".join(sorted(_ALL_MARKS | {"'"}))) + "]"
    r"(?:(?<![’'])|(?<=’)(?![^\W_])|(?<=')(?![^\W_])|(?<=')(?<![^\W_]'))"
)
# Characters after which a straight or single mark opens rather than closes.
_OPEN_CONTEXT = frozenset(" \t\n([{—–-/“‘«»„")


@dataclass(frozen=True, slots=True)
class Span:
    """One quotation inside one paragraph; offsets are into the paragraph."""

    start: int  # the opening mark
    end: int  # after the closing mark, or the paragraph's end when left open
    inner_start: int
    inner_end: int
    closed: bool
    nested: tuple[Span, ...] = ()  # closed quotations one level inside this one

    def shifted(self, by: int) -> Span:
        """The same span with offsets `by` characters earlier (nested spans too)."""
        return replace(
            self, start=self.start - by, end=self.end - by, inner_start=self.inner_start - by,
            inner_end=self.inner_end - by, nested=tuple(n.shifted(by) for n in self.nested),
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Group:
    """One quotation, possibly over several paragraphs: (paragraph index, span) parts."""

    parts: tuple[tuple[int, Span], ...]

    @property
    def closed(self) -> bool:
        return self.parts[-1][1].closed


def _is_doubled(text: str, i: int) -> bool:
    return text.startswith("''", i) and not text.startswith("'''", i)


class _Scanner:
    """Pairs the marks of one paragraph; `spans` holds the outermost quotations."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[tuple[str, int]] = []
        self.spans: list[Span] = []
        self.nested: list[Span] = []  # closed one level inside an open quotation
        self.orphan_close: int | None = None  # first closer with nothing open
        first_fr, first_de = text.find("«"), text.find("»")
        # French copy opens with «, German with »: whichever comes first opens.
        self.guillemet_open = "»" if 0 <= first_de < first_fr or first_fr < 0 else "«"

    def open(self, mark: str, i: int, width: int) -> None:
        self.stack.append((mark, i + width))

    def close(self, i: int, width: int) -> None:
        mark, inner = self.stack.pop()
        if len(self.stack) > 1:
            return  # deeper than one level inside: part of the nested quotation
        start = inner - len(mark)
        a, b = inner, i
        while a < b and self.text[a].isspace():
            a += 1  # French copy spaces its guillemets: « Nous sommes prêts »
        while b > a and self.text[b - 1].isspace():
            b -= 1
        span = Span(start, i + width, a, b, True)
        if self.stack:
            self.nested.append(span)
        else:
            self.spans.append(self._adopt(span))

    def _adopt(self, span: Span) -> Span:
        """`span` with the nested quotations that lie inside it."""
        inside = [n for n in self.nested if span.inner_start <= n.start and n.end <= span.inner_end]
        if not inside:
            return span
        self.nested = [n for n in self.nested if n not in inside]
        words = [n for n in inside if self._has_words(n)]
        return replace(span, nested=tuple(words)) if words else span

    def _has_words(self, span: Span) -> bool:
        return any(c.isalnum() for c in self.text[span.inner_start : span.inner_end])

    def step(self, i: int) -> int:
        """Handle the character at `i`; returns how many characters it used."""
        text, ch = self.text, self.text[i]
        if ch == "'" and _is_doubled(text, i):
            return self._symmetric("''", i, 2)
        if ch == '"':
            return self._symmetric('"', i, 1)
        if ch in "«»":
            if ch == self.guillemet_open:
                self.open(ch, i, 1)
            else:
                self._close_matching(ch, i)
            return 1
        if ch in "‘’'‚":
            return self._single(ch, i)
        if ch == "“":
            self._left_double(i)
        elif ch in _OPENERS:
            self.open(ch, i, 1)
        elif ch in _CLOSERS:
            self._close_matching(ch, i)
        return 1

    def _left_double(self, i: int) -> None:
        """“ opens in English, closes German „…“, and sometimes closes by mistake."""
        text = self.text
        top = self.stack[-1][0] if self.stack else ""
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if top in ("„", "‚"):
            self.close(i, 1)  # German „…“
        elif top == "“" and not nxt.isalnum() and i and not text[i - 1].isspace():
            self.close(i, 1)  # a typo'd closer: "… here,“ said Clyburn"
        elif top == "“" and len(self.stack) == 1:
            # Two openers in a row: the first was never closed. Recover by closing
            # it here rather than letting it swallow the paragraph.
            self._close_open(i)
            self.open("“", i, 1)
        else:
            self.open("“", i, 1)

    def _symmetric(self, mark: str, i: int, width: int) -> int:
        text = self.text
        top = self.stack[-1][0] if self.stack else ""
        if top == mark or (mark == '"' and top == "“" and i and not text[i - 1].isspace()):
            # Copy mixes styles ("“Immunity deals ... FBI,\""): a straight mark after
            # a word closes a curly quotation rather than opening a nested one.
            self.close(i, width)
        elif i == 0 or text[i - 1] in _OPEN_CONTEXT or not text[i - 1].isalnum():
            # A straight mark after a digit is an inch or a minute sign (6'3").
            self.open(mark, i, width)
        return width

    def _single(self, ch: str, i: int) -> int:
        text = self.text
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        top = self.stack[-1][0] if self.stack else ""
        closing = top in ("‘", "'", "‚") and not nxt.isalnum() and not prev.isspace()
        if closing and (ch in ("’", "'") or (ch == "‘" and top == "‚")):
            self.close(i, 1)
        elif ch in "‘‚" and prev in _OPEN_CONTEXT | {'"'} and nxt.isalnum():
            self.open(ch, i, 1)
        elif (
            ch == "'"
            and top in ('"', "“", "''")
            and prev in _OPEN_CONTEXT | {'"'}
            and nxt.isalnum()
        ):
            self.open(ch, i, 1)  # a straight single mark opens only inside a quotation
        return 1

    def _close_matching(self, ch: str, i: int) -> None:
        for depth in range(len(self.stack) - 1, -1, -1):
            if ch in QUOTE_PAIRS.get(self.stack[depth][0], ""):
                del self.stack[depth + 1 :]  # marks opened inside and never closed
                self.close(i, 1)
                return
        if not self.stack and self.orphan_close is None and not self.spans:
            self.orphan_close = i

    def _close_open(self, i: int) -> None:
        mark, inner = self.stack[0]
        self.stack.clear()
        end = i
        while end > inner and self.text[end - 1].isspace():
            end -= 1
        if end > inner:
            self.spans.append(self._adopt(Span(inner - len(mark), end, inner, end, False)))

    def finish(self) -> list[Span]:
        if self.stack:
            self._close_open(len(self.text))
        return [s for s in self.spans if self._has_words(s)]


def find_spans(text: str) -> tuple[list[Span], int | None]:
    """Outermost quotations of one paragraph, and the offset of a closing mark that
    closes nothing (a quotation carried over from the paragraph before), if any."""
    found = _MARK.search(text)
    if found is None:
        return [], None
    scanner = _Scanner(text)
    skip_to = 0
    for m in _MARK.finditer(text, found.start()):
        i = m.start()
        if i >= skip_to:  # the second apostrophe of a doubled one was used already
            skip_to = i + scanner.step(i)
    return scanner.finish(), scanner.orphan_close


def quote_groups(paragraphs: Sequence[str]) -> list[Group]:
    """Every quotation of the body, multi-paragraph ones joined into one group."""
    groups: list[list[tuple[int, Span]]] = []
    carried = False  # the last group was left open at the end of its paragraph
    for k, text in enumerate(paragraphs):
        spans, orphan = find_spans(text)
        if carried and orphan is not None and (not spans or spans[0].start > orphan):
            # A continuation whose opening mark was dropped: up to the stray closer.
            groups[-1].append((k, Span(0, orphan + 1, 0, orphan, True)))
        elif (
            carried
            and spans
            and spans[0].start == _lead(text)
            and _same_mark(paragraphs[groups[-1][0][0]], groups[-1][0][1], text, spans[0])
        ):
            groups[-1].append((k, spans.pop(0)))
        for span in spans:
            groups.append([(k, span)])
        last = groups[-1][-1] if groups else None
        carried = bool(
            last and last[0] == k and not last[1].closed and last[1].end >= len(text.rstrip())
        )
    return [Group(tuple(g)) for g in groups]


def _same_mark(text_a: str, a: Span, text_b: str, b: Span) -> bool:
    """Both quotations open with the same mark: a continuation paragraph repeats it."""
    return text_a[a.start : a.inner_start] == text_b[b.start : b.inner_start]


def _lead(text: str) -> int:
    """Offset of the first non-space character."""
    return len(text) - len(text.lstrip())
