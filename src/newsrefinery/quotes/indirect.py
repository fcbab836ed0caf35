"""Indirect speech: the content a frame reports when it is not one direct quotation.

"Kirby said the United States has not confirmed that a Putin-Xi summit will take
place" reports "the United States has not confirmed ...". Content holding partial
quotations is reported speech too ("He said China’s highlighting ... “sounds
perfectly reasonable,”"); the partial quotes are also listed on their own.
"""

from __future__ import annotations

from operator import itemgetter

from .content import Frame
from .phrases import TokRange, is_speaker_noun
from .text import QUOTE_LOW, Tok

# A token's `low`: a quotation's is QUOTE_LOW, so `in` finds one without a loop here.
_LOW = itemgetter(1)

# Reported content shorter than this many words is a verb's object, not a statement
# ("he said so", "she denied it").
_MIN_WORDS = 3
_MIN_WORDS_COGNITION = 4
# Cognition and evidence cues ("thinks", "shows") only report what follows them.
_AFTER_ONLY = frozenset(("cognition", "evidence"))


def _words(toks: list[Tok], rng: TokRange) -> int:
    # A quotation's text starts with its mark, so "alphanumeric first character" is
    # a word and nothing else (the step runs on every article: no property calls,
    # and a list is counted faster than a generator is summed).
    return len([t for t in toks[rng[0] : rng[1]] if t.quote >= 0 or t.text[0].isalnum()])


def _single_quote(toks: list[Tok], rng: TokRange) -> bool:
    """The content is one quotation and a word or two: a direct quote, not indirect."""
    part = toks[rng[0] : rng[1]]
    if QUOTE_LOW not in map(_LOW, part):
        return False
    outside = sum([len(t.text) for t in part if t.quote < 0 and t.text[0].isalnum()])
    return outside <= 3


def _has_quote(toks: list[Tok], rng: TokRange) -> bool:
    return QUOTE_LOW in map(_LOW, toks[rng[0] : rng[1]])


def content_ranges(toks: list[Tok], frame: Frame) -> list[TokRange]:
    """The token ranges `frame` reports as indirect speech, if any."""
    if frame.speaker is None:
        return []
    out: list[TokRange] = []
    for rng, before in ((frame.before, True), (frame.after, False)):
        if rng is None or _single_quote(toks, rng):
            continue
        if before and (frame.cls in _AFTER_ONLY or _has_quote(toks, rng)):
            continue  # "A ceasefire would allow Moscow to “…,” Kirby said": a partial quote
        minimum = _MIN_WORDS if frame.cls == "speech" else _MIN_WORDS_COGNITION
        if _words(toks, rng) < minimum:
            continue
        if frame.cls == "evidence" and not _evidence_subject(toks, frame, rng):
            continue
        out.append(rng)
    return out


def _evidence_subject(toks: list[Tok], frame: Frame, rng: TokRange) -> bool:
    """ "A poll shows that ...", not "Trump showed up": a document as subject, or "that"."""
    assert frame.speaker is not None
    head = toks[frame.speaker[1] - 1]
    before = toks[rng[0] - 1] if rng[0] > 0 else None
    return is_speaker_noun(head.low) or (before is not None and before.low == "that")
