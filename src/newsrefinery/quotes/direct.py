"""Direct and partial quotes: which frame, if any, each quotation belongs to.

A quotation inside the content of a frame is that frame's ("“…,” Kirby said",
"Kirby said the war would “ratify Russia’s conquest”"). A quotation that opens a
sentence without a frame of its own continues the latest speaker: the split quote
("“…,” he said. “…”") and the quotation after "Kirby said:" in the paragraph before.
Anything else between quotation marks is a title, a nickname or a scare quote:
kind "other".
"""

from __future__ import annotations

from dataclasses import dataclass

from .content import Frame
from .frames import sentence_subject
from .patterns import NP_STOP, PRONOUN_GENDER
from .phrases import TokRange, is_speaker_noun, np_after
from .text import Tok, looks_like_title

# A quotation with at most this many letters or digits of its frame's content
# outside quotation marks is a direct quote, otherwise a partial one (the scorer's
# rule for gold types, so "and" between two quotations stays direct).
_MAX_OUTSIDE_ALNUM = 3
# A quotation of this many words or fewer in title case names a thing.
_MAX_TITLE_WORDS = 5


@dataclass(frozen=True, slots=True)
class Attribution:
    """Where a quotation's speaker is: a frame in paragraph `para` (by sentence and
    index), or nothing. `chained` marks a speaker carried over from before."""

    para: int
    frame: Frame | None
    kind: str  # "direct", "partial" or "other"
    chained: bool = False


def _content_of(frame: Frame, q: int) -> TokRange | None:
    for rng in (frame.before, frame.after):
        if rng is not None and rng[0] <= q < rng[1]:
            return rng
    return None


def quote_kind(toks: list[Tok], rng: TokRange) -> str:
    """ "direct" or "partial", by how much of the content `rng` lies outside quotation
    marks."""
    # Letters and digits of the words outside quotation marks (a word token is
    # letters and digits but for an inner apostrophe or hyphen: close enough).
    outside = sum(len(t.text) for t in toks[rng[0] : rng[1]] if t.quote < 0 and t.text[0].isalnum())
    return "direct" if outside <= _MAX_OUTSIDE_ALNUM else "partial"


def frame_for(frames: list[Frame], q: int) -> tuple[Frame, TokRange] | None:
    """The frame of saying whose content holds the quotation token `q`, the nearest
    first (frames of thinking, "believes", do not quote)."""
    best: tuple[Frame, TokRange] | None = None
    for f in frames:
        rng = _content_of(f, q)
        if rng is None or f.speaker is None or f.cls != "speech":
            continue
        if best is None or rng[1] - rng[0] < best[1][1] - best[1][0]:
            best = (f, rng)
    return best


def attribute(
    toks: list[Tok],
    sent: TokRange,
    frames: list[Frame],
    q: int,
    para: int,
    last: Attribution | None,
) -> Attribution:
    """The attribution of quotation token `q` in sentence `sent` of paragraph `para`;
    `last` is the latest attributed speech before it (for split quotes)."""
    found = frame_for(frames, q)
    if found is not None:
        frame, rng = found
        kind = quote_kind(toks, rng)
        if kind == "partial" and looks_like_title(toks, q):
            return Attribution(para, None, "other")
        return Attribution(para, frame, kind)
    if _opens_sentence(toks, sent, q):
        own = _unlisted_frame(toks, sent, q)
        if own is not None:
            return Attribution(para, own, "direct")
        if not frames and last is not None:
            return Attribution(last.para, last.frame, "direct", chained=True)
        return Attribution(para, None, "other")
    return _subject_of(toks, sent, q, para)


def _unlisted_frame(toks: list[Tok], sent: TokRange, q: int) -> Frame | None:
    """ "“…,” Bennett shot back with a laugh.": a quotation, a comma (or its own
    closing "?" or "!"), a name or a pronoun and a verb the cue lexicon lacks; the
    named one is speaking, whatever the verb (a convention of news copy)."""
    k = q + 1
    if k < sent[1] and toks[k].text == ",":
        k += 1
    elif not toks[q].text.rstrip("”\"’' ").endswith((",", "?", "!")):
        return None
    spk = np_after(toks, k, sent[1])
    verb = spk[1] if spk is not None else -1
    if spk is None or verb >= sent[1] or not _can_speak(toks, spk):
        return None
    t = toks[verb]
    if not (t.is_word and t.text.islower()) or t.low in NP_STOP:
        return None
    return Frame("post", (verb, verb + 1), "speech", "", spk)


def _subject_of(toks: list[Tok], sent: TokRange, q: int, para: int) -> Attribution:
    """A quotation inside a sentence with no cue is the words of the sentence's
    subject: "Reid has gone after Trump as a “spoiled brat”" (PolNeAR attributes such
    quotations so), unless it is a title or the subject cannot speak."""
    if looks_like_title(toks, q) or _title_case(toks[q].text):
        return Attribution(para, None, "other")
    found = sentence_subject(toks, sent[0], q)
    if found is None or not _can_speak(toks, found[0]):
        return Attribution(para, None, "other")
    rng, verb = found
    frame = Frame("subj", (verb, verb + 1), "speech", "", rng)
    return Attribution(para, frame, quote_kind(toks, (sent[0], sent[1])))


def _title_case(quotation: str) -> bool:
    """ "“Buffett rule”", "“Larry King Now”": a short quotation whose longer words are
    all capitalised, with no cue of its own, names a thing."""
    words = quotation.strip("“”\"‘’'«»„ ").split()
    long = [w for w in words if len(w) > 3]
    enough = len(long) >= 2 or len(words) == 1  # not "“Lock her up!”", a chant
    return len(words) <= _MAX_TITLE_WORDS and enough and all(w[0].isupper() for w in long)


def _can_speak(toks: list[Tok], rng: TokRange) -> bool:
    head = toks[rng[1] - 1]
    return head.capitalised or head.low in PRONOUN_GENDER or is_speaker_noun(head.low)


def _opens_sentence(toks: list[Tok], sent: TokRange, q: int) -> bool:
    """The quotation is the sentence: it opens it (after at most "And"/"But"/a colon)."""
    k = sent[0]
    while k < q and (toks[k].low in ("and", "but", ":", "—", "–") or not toks[k].is_word):
        k += 1
    return k == q
