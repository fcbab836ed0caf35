"""What each frame reports: the content before it, after it, or both.

"Kirby said the United States has not confirmed ..." reports what follows the cue;
"..., Kirby said." and "“…,” Kirby told reporters" report what precedes the frame;
"“…,” he said, “…”" reports both. A later frame splits a sentence's content only at
a clause boundary (", saying", "but urged", "; Clinton said"): a frame inside the
content of another ("Obama said a majority of Americans believe ...") is part of
what the first one reports, as in PolNeAR, where each word belongs to at most one
attribution.
"""

from __future__ import annotations

from dataclasses import dataclass

from .cue_patterns import (
    BOUNDARIES,
    CONTENT_LEAD,
    FOREIGN_AUX,
    MODIFIER_LEADS,
    OBJECT_PRONOUNS,
    OBJECT_VERBS,
    TAIL_LEADS,
)
from .cues import CueClass
from .patterns import NP_STOP
from .phrases import TokRange, is_speaker_noun
from .text import Tok, looks_like_title

# After the cue of a frame that follows its content, at most this many words of
# modifiers ("on Thursday in a statement to reporters") may end the sentence.
_MAX_TAIL_WORDS = 9
_MIN_BEFORE_WORDS = 2
# The hearer between a cue and its "that": "told a small group of investors that".
_MAX_OBJECT_WORDS = 5


@dataclass(slots=True)
class Frame:
    kind: str  # "sv", "vs", "acc", "part" (", saying"), "coord" ("but urged")
    cue: TokRange
    cls: CueClass
    lemma: str
    speaker: TokRange | None
    inherited: bool = False
    before: TokRange | None = None  # reported content before the frame
    after: TokRange | None = None  # reported content after the cue
    embedded: bool = False  # inside another frame's content: not an attribution


def frame_start(f: Frame) -> int:
    return min(f.cue[0], f.speaker[0]) if f.speaker and not f.inherited else f.cue[0]


def frame_end(f: Frame) -> int:
    return max(f.cue[1], f.speaker[1]) if f.speaker and not f.inherited else f.cue[1]


def assign_content(toks: list[Tok], lo: int, hi: int, frames: list[Frame]) -> list[Frame]:
    """Give each frame the tokens it reports; returns the frames that are attributions."""
    kept: list[Frame] = []
    prev_end = lo
    for n, f in enumerate(frames):
        if f.embedded:
            continue
        if f.inherited and kept:
            f.speaker = kept[-1].speaker  # from the frame it continues, not an embedded one
        limit = _limit(toks, f, frames[n + 1 :], hi)
        if f.kind == "acc":
            _according(toks, f, lo, prev_end, limit)
        else:
            _verb_content(toks, f, prev_end, limit)
        prev_end = max(prev_end, f.after[1] if f.after else frame_end(f))
        kept.append(f)
    return kept


def _limit(toks: list[Tok], f: Frame, later: list[Frame], hi: int) -> int:
    """Where the content after `f` ends: at the next frame that starts a new clause.
    Frames before that point are embedded in `f`'s content."""
    for g in later:
        start = frame_start(g)
        prev = toks[start - 1]
        if (
            g.kind in ("sv", "vs")
            and g.cls == "speech"
            and _after_quote(toks, start)
            and (_is_tail(toks, g, hi))
        ):  # "… it said Clinton would have on women: “…,” the union wrote.": the
            # quotation right before a frame of saying that ends the clause is its.
            return start - 1 if prev.quote >= 0 else start - 2
        if g.kind in ("part", "coord", "acc") or prev.low in BOUNDARIES or prev.quote >= 0:
            return start
        if f.cls != "speech" and g.cls == "speech":
            return start
        g.embedded = True
    return hi


def _according(toks: list[Tok], f: Frame, lo: int, prev_end: int, limit: int) -> None:
    start = frame_start(f)
    before = _substantial(toks, _trim(toks, prev_end, start)) if start > lo else None
    if before is not None:
        f.before = before  # "..., according to Kirby."
        return
    k = f.speaker[1] if f.speaker else f.cue[1]
    # "According to a new poll of voters aged 18 to 29, Sanders leads ...": the
    # speaker's phrase runs on to the comma; what it reports follows the comma.
    comma = next((m for m in range(k, limit) if toks[m].text == "," or toks[m].quote >= 0), -1)
    if comma >= 0 and toks[comma].text == ",":
        k = comma
    elif k < limit and toks[k].low in TAIL_LEADS:
        return  # "..., according to attorneys for the family.": the phrase ends the clause
    f.after = _trim(toks, k, limit)


def _verb_content(toks: list[Tok], f: Frame, prev_end: int, limit: int) -> None:
    start = frame_start(f)
    tail = f.kind in ("sv", "vs") and _is_tail(toks, f, limit)
    if start > prev_end and f.kind in ("sv", "vs"):
        if tail:
            f.before = _substantial(toks, _trim(toks, prev_end, start))
        elif _after_quote(toks, start):
            f.before = _trim(toks, prev_end, start)
    if f.before is None and tail and f.kind == "vs":
        return  # "…,” said Sylke Tempel, the editor of …": an apposition, not content
    if f.before is None or _continues(toks, f, limit):
        f.after = _trim(toks, _content_start(toks, f, limit), limit)


def _after_quote(toks: list[Tok], start: int) -> bool:
    """The frame follows a quotation: "“…,” Kirby told reporters when asked ...",
    not a title ("On Fox’s “Sunday Morning Futures,” Issa said ...")."""
    if toks[start - 1].low in FOREIGN_AUX and start >= 2:
        start -= 1  # "« … », a déclaré Macron"
    q = start - 1 if toks[start - 1].quote >= 0 else start - 2
    if q < 0 or toks[q].quote < 0 or (q == start - 2 and toks[start - 1].text != ","):
        return False
    return not looks_like_title(toks, q)


def _is_tail(toks: list[Tok], f: Frame, limit: int) -> bool:
    """Only modifiers follow the frame up to `limit` ("on Thursday", ", a spokesman
    for the council"): the frame reports what came before it."""
    end = frame_end(f)
    if f.kind == "vs" and end < limit and toks[end].text == ",":
        # "..., said Rita Katz, the director of SITE, which tracks ...": after an
        # inverted speaker and a comma comes an apposition, unless a quotation.
        return not any(t.quote >= 0 for t in toks[end:limit])
    starts_content = end < limit and toks[end].is_word and toks[end].low not in TAIL_LEADS
    if starts_content and f.lemma not in OBJECT_VERBS:
        return False  # "... said that ...", "... said the war ...": content follows
    if starts_content and _that_after_object(toks, end, limit):
        return False  # "told investors that ...": content follows the hearer
    words = 0
    for t in toks[end:limit]:
        if t.quote >= 0 or (t.text == ":" and words == 0):
            return False  # "he said, “…”" and "Kirby said: …" report what follows
        words += t.quote < 0 and t.text[0].isalnum()  # `is_word`, inlined: a hot loop
    return words <= _MAX_TAIL_WORDS


def _that_after_object(toks: list[Tok], k: int, limit: int) -> bool:
    """A "that" a few words on, with only the object's words before it."""
    for t in toks[k : min(limit, k + _MAX_OBJECT_WORDS + 1)]:
        if t.low == "that":
            return True
        if not t.is_word or (t.low in NP_STOP and t.low != "of"):
            return False  # "urged Beijing to avoid a resolution that ...": "to" is content
    return False


def _substantial(toks: list[Tok], rng: TokRange | None) -> TokRange | None:
    """Content before a frame is content when it is more than an opening adverb."""
    if rng is None:
        return None
    # A word or a quotation: a token whose first character is alphanumeric, or one
    # that is a quotation (`is_word` inlined; a list counts faster than a generator).
    words = len([t for t in toks[rng[0] : rng[1]] if t.quote >= 0 or t.text[0].isalnum()])
    has_quote = any(t.quote >= 0 for t in toks[rng[0] : rng[1]])
    return rng if has_quote or words >= _MIN_BEFORE_WORDS else None


def _continues(toks: list[Tok], f: Frame, limit: int) -> bool:
    """Content also follows the frame: "“…,” he said, “…”"."""
    end = frame_end(f)
    return end + 1 < limit and toks[end].text in (",", ":") and toks[end + 1].quote >= 0


def _content_start(toks: list[Tok], f: Frame, limit: int) -> int:
    k = f.cue[1]
    if f.kind == "vs" and f.speaker:
        k = f.speaker[1]
    if f.lemma in OBJECT_VERBS and f.kind != "vs":
        k = _skip_object(toks, k, limit, f.lemma)
    k = _skip_modifiers(toks, k, limit)
    while k < limit and toks[k].low in CONTENT_LEAD:
        k += 1
    return k


def _skip_modifiers(toks: list[Tok], k: int, limit: int) -> int:
    """ "said Friday that ...", "told reporters on Tuesday in Ohio that ...": time
    and place modifiers between the cue and a "that" are not what was said."""
    if k >= limit or toks[k].low not in MODIFIER_LEADS:
        return k
    for m in range(k + 1, min(limit, k + _MAX_TAIL_WORDS)):
        t = toks[m]
        if t.low == "that":
            return m
        if t.quote >= 0 or t.text in ",;:" or t.low in BOUNDARIES:
            break
    return k


def _skip_object(toks: list[Tok], k: int, limit: int, lemma: str) -> int:
    """After "told", the hearer: "told reporters", "told MSNBC’s “Morning Joe”"."""
    start = k
    if _that_after_object(toks, k, limit):
        while toks[k].low != "that":
            k += 1
        return k  # "told a group of investors that ..."
    if k < limit and (toks[k].low in OBJECT_PRONOUNS or toks[k].low == "the"):
        k += 1
    while k < limit and (
        toks[k].capitalised or (toks[k].quote >= 0 and k > start and toks[k - 1].capitalised)
    ):  # a quotation after a name is a title ("MSNBC’s “Morning Joe”"), after "them" speech
        k += 1
    while k < limit and toks[k].text.islower() and is_speaker_noun(toks[k].low):
        k += 1
    if lemma != "tell" and k < limit and toks[k].low == "to":
        return start  # "urged Beijing to avoid ...": the object belongs to the content
    return k


def _trim(toks: list[Tok], a: int, b: int) -> TokRange | None:
    """Content bounds without edge punctuation and joining words."""
    while a < b and (toks[a].text in ",;:—–―-" or toks[a].low in ("that", "and", "but")):
        a += 1
    while b > a and (
        toks[b - 1].text in ",;:—–―-.!?" or toks[b - 1].low in ("and", "but", "while")
    ):
        b -= 1
    return (a, b) if b > a else None
