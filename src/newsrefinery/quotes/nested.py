"""Quotations inside quotations: “He told me, ‘We are ready,’ and left,” Smith said.

The decision, for every quotation one level inside another:

- it always stays part of the outer quote: the outer quote's text and offsets run
  over it, and the outer speaker said all of it (here, Smith said the whole);
- when a frame of saying inside the outer quotation governs it ("He told me, ‘…’",
  "Trump said ‘…’", "as I said, ‘…’"), it is *also* listed as a quote of its own,
  kind "direct" or "partial", with its own speaker: a name or a nominal resolved like
  any other; "I" or "we" is the outer quote's speaker (the first person of a
  quotation is whoever is quoted); any other pronoun ("he", "they") is left null,
  because it points into the quoted person's words, which the article's pronoun
  resolution does not see, and an unknown speaker is null, never a guess;
- otherwise (a title, a nickname, a scare quote: “… the phrase ‘Islamic
  terrorism’ …”) it is only part of the outer quote and is not listed on its own.

Quotations two levels down stay inside their nested quotation.
"""

from __future__ import annotations

from dataclasses import dataclass

from .cues import Lexicon
from .direct import frame_for, quote_kind
from .frames import cue_candidates, sentence_frames
from .marks import Span
from .patterns import FIRST_PERSON, PRONOUN_GENDER
from .text import Tok, looks_like_title, sentences, tokenize


@dataclass(frozen=True, slots=True)
class Inner:
    """A nested quotation that is speech; offsets are into the outer's paragraph."""

    start: int
    end: int
    kind: str  # "direct" or "partial"
    mention: list[Tok]  # the speaker phrase, offsets into the paragraph
    person: str  # "first" ("I", "we"), "pronoun" (any other), or "named"
    cue: str


def inner_quotes(text: str, outer: Span, lexicon: Lexicon) -> list[Inner]:
    """The nested quotations of `outer` (a span of paragraph `text`) that a frame of
    saying inside the outer quotation attributes."""
    if not outer.nested:
        return []
    base = outer.inner_start
    toks = tokenize(text[base : outer.inner_end], [n.shifted(base) for n in outer.nested])
    cues = cue_candidates(toks, lexicon)
    if not cues:
        return []  # no cue, no frame: nothing here attributes a nested quotation
    out: list[Inner] = []
    for lo, hi in sentences(toks, lexicon.starts):
        frames = sentence_frames(toks, lo, hi, lexicon, cues)
        for q in range(lo, hi):
            if toks[q].quote < 0:
                continue
            found = frame_for(frames, q)
            if found is None:
                continue
            frame, rng = found
            kind = quote_kind(toks, rng)
            if kind == "partial" and looks_like_title(toks, q):
                continue
            assert frame.speaker is not None
            nested = outer.nested[toks[q].quote]
            mention = [_moved(t, base) for t in toks[frame.speaker[0] : frame.speaker[1]]]
            cue = " ".join(t.text for t in toks[frame.cue[0] : frame.cue[1]])
            out.append(
                Inner(nested.inner_start, nested.inner_end, kind, mention, _person(mention), cue)
            )
    return out


def _moved(t: Tok, by: int) -> Tok:
    return t._replace(start=t.start + by, end=t.end + by)


def _person(mention: list[Tok]) -> str:
    words = [t.low for t in mention if t.is_word]
    if len(words) == 1 and words[0] in FIRST_PERSON:
        return "first"
    if len(words) == 1 and words[0] in PRONOUN_GENDER:
        return "pronoun"
    return "named"
