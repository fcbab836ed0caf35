"""Tokens and sentences of one paragraph, with each quotation as a single token.

Treating a quotation as one opaque token keeps sentence splitting out of quoted
text (a three-sentence quotation followed by ", he said" is one sentence) and lets
the cue rules see "“…,” Kirby said" as QUOTE , Kirby said.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import accumulate, repeat
from typing import NamedTuple

from .cue_patterns import TAIL_LEADS
from .marks import Span
from .patterns import (
    ABBREVIATIONS,
    DETERMINERS,
    NAMING_WORDS,
    NP_STOP,
    PRONOUN_GENDER,
    TITLE_ABBREVIATIONS,
)

# Words keep inner apostrophes, hyphens and ampersands ("don’t", "Putin-Xi", "AT&T")
# and the periods of abbreviations ("U.S", "a.m"), but not a period glued to the
# next sentence ("said.Trump"). Possessive: nothing follows the word that could make
# giving characters back succeed, so not keeping backtrack points changes no token.
_SPLIT = re.compile(r"(\w++(?:[’'\-&]\w++|\.\w\b)*+|\S)")
# The same split for ASCII text, with ASCII classes (a table look-up per character
# rather than Unicode's several), \S spelled out as what Unicode calls space in ASCII.
_SPLIT_ASCII = re.compile(r"(\w++(?:[’'\-&]\w++|\.\w\b)*+|[^\t\n\v\f\r\x1c-\x1f ])", re.ASCII)
_END_PUNCT = frozenset(".!?…")
# The `low` of a quotation token: no word or mark lower-cases to it.
QUOTE_LOW = "\x00q"
# Tokens after which a sentence may end: a final mark or a whole quotation.
SENTENCE_ENDS = _END_PUNCT | {QUOTE_LOW}
_INNER_END = re.compile(r"[.!?…]\W*$")
_SENTENCE_STARTERS = DETERMINERS | NP_STOP | frozenset(PRONOUN_GENDER)
# How many words may stand between a quotation and the cue of its frame
# ("“…?” asked National Security Council spokesman John Kirby").
_FRAME_REACH = 8
# A quotation of at most this many words after a naming word or a possessive is a
# title ("the film “13th”", "MSNBC’s “Morning Joe”").
_MAX_TITLE_WORDS = 6


class Tok(NamedTuple):
    """A word, a punctuation mark, or a whole quotation (`quote` >= 0).

    A named tuple, built in bulk by `tuple.__new__` mapped over rows (its own
    `__new__` and `_make` are Python code): tokenising is the largest cost of the
    step, and tuples are several times cheaper to make than objects."""

    text: str
    low: str
    start: int
    end: int
    quote: int = -1

    @property
    def is_word(self) -> bool:
        return self.quote < 0 and self.text[0].isalnum()

    @property
    def capitalised(self) -> bool:
        return self.quote < 0 and self.text[0].isupper()


_tuple_new = tuple.__new__


def tokenize(text: str, spans: list[Span]) -> list[Tok]:
    """Tokens of a paragraph; each span of `spans` becomes one token."""
    out: list[Tok] = []
    pos = 0
    for index, span in enumerate(spans):
        _words(text, pos, span.start, out)
        out.append(Tok(text[span.start : span.end], QUOTE_LOW, span.start, span.end, index))
        pos = span.end
    _words(text, pos, len(text), out)
    return out


def _words(text: str, start: int, end: int, out: list[Tok]) -> None:
    # re.split with a capturing group alternates gaps and tokens, so every offset
    # comes from a running sum of lengths: no match object per token.
    part = text if start == 0 and end == len(text) else text[start:end]
    parts = (_SPLIT_ASCII if part.isascii() else _SPLIT).split(part)
    offsets = list(accumulate(map(len, parts), initial=start))
    words = parts[1::2]
    rows = zip(words, map(str.lower, words), offsets[1::2], offsets[2::2], repeat(-1))
    out.extend(map(_tuple_new, repeat(Tok), rows))


def indices_of(tokens: list[Tok], lows: Collection[str]) -> list[int]:
    """Indices of the tokens whose `low` is in `lows`, in order (one comprehension:
    the step tests every token of every article, several times)."""
    return [i for i, t in enumerate(tokens) if t.low in lows]


def sentences(
    tokens: list[Tok], cues: frozenset[str], ends: list[int] | None = None
) -> list[tuple[int, int]]:
    """Sentence boundaries as (first token, last token + 1) pairs. A quotation that
    ends in "?" or "." does not end the sentence when a speaker and one of `cues`
    follow it: "“Who would have believed it?” Trump said". `ends` are the indices of
    the tokens in SENTENCE_ENDS, when the caller has them already."""
    out: list[tuple[int, int]] = []
    first = 0
    n = len(tokens)
    for i in indices_of(tokens, SENTENCE_ENDS) if ends is None else ends:
        if i < n - 1 and _ends_sentence(tokens, i, cues):
            out.append((first, i + 1))
            first = i + 1
    if first < n:
        out.append((first, n))
    return out


def _ends_sentence(tokens: list[Tok], i: int, cues: frozenset[str]) -> bool:
    tok, nxt = tokens[i], tokens[i + 1]
    if not (nxt.quote >= 0 or nxt.text[0].isupper() or nxt.text[0].isdigit() or nxt.text in '(“"‘'):
        return False
    if tok.quote >= 0:
        return (
            bool(_INNER_END.search(tok.text))
            and nxt.quote < 0
            and not _frame_follows(tokens, i, cues)
        )
    if tok.text != ".":
        return tok.text in _END_PUNCT
    return i == 0 or _period_ends(tokens[i - 1], nxt)


def _period_ends(before: Tok, nxt: Tok) -> bool:
    """A period after `before` ends the sentence: not after an initial ("George W.
    Bush") or a title ("Mr. Kirby"); after "U.S." only before a sentence opener."""
    if (len(before.text) == 1 and before.text.isupper()) or before.low in TITLE_ABBREVIATIONS:
        return False
    # "shaking his head no. “But I do …”": a quotation opens a new sentence.
    return before.low not in ABBREVIATIONS or nxt.low in _SENTENCE_STARTERS or nxt.quote >= 0


def _frame_follows(tokens: list[Tok], i: int, cues: frozenset[str]) -> bool:
    """A short frame follows token `i`: a cue within a few words, then punctuation
    ("“…?” Trump said, looking out ...", "“…” Kirby said.")."""
    n = len(tokens)
    for k in range(i + 1, min(n, i + 1 + _FRAME_REACH)):
        t = tokens[k]
        if t.low in cues:
            return k + 1 >= n or not tokens[k + 1].is_word or _tail_word(tokens, k + 1)
        if not t.is_word and t.text != ".":
            return False
    return False


def _tail_word(tokens: list[Tok], k: int) -> bool:
    """A modifier opens after a cue: "said on Monday", "asked rhetorically, …"."""
    t = tokens[k]
    if t.low in TAIL_LEADS:
        return True
    adverb = t.text.islower() and t.low.endswith("ly") and len(t.low) > 4
    return adverb and (k + 1 >= len(tokens) or not tokens[k + 1].is_word)


def looks_like_title(toks: list[Tok], q: int) -> bool:
    """The quotation token `q` is a name in quotation marks rather than speech: after
    a naming word ("titled “Arrogant”", "the show “Morning Joe”"), or a short phrase in
    title case after a possessive or an article ("MSNBC’s “Morning Joe”")."""
    words = toks[q].text.strip("“”\"'‘’«»„").split()
    if q == 0 or len(words) > _MAX_TITLE_WORDS:
        return False
    prev = toks[q - 1]
    if prev.low in NAMING_WORDS or prev.low in ("of", "on"):
        return True
    titled = all(w[:1].isupper() or not w[:1].isalpha() for w in words if len(w) > 3)
    return titled and (prev.low.endswith(("’s", "'s")) or prev.low in ("the", "his", "her"))
