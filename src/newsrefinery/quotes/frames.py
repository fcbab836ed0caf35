"""Attribution frames: a cue, its speaker and the stretch of the sentence it reports.

A frame is found around every cue of a sentence ("Kirby said", "said Kirby",
"according to Kirby", ", saying", "but urged"), with the speaker's token range and
the content it governs: after the cue ("Kirby said the United States ..."), before
the frame ("..., Kirby said."), or both ("“…,” he said, “…”"). Quotations are single
tokens here, so a direct quote is simply a frame whose content is one quotation.
"""

from __future__ import annotations

from .content import Frame, assign_content
from .cue_patterns import (
    ACCORDING_FORMS,
    BE,
    CONTRACTED_BE,
    COORD,
    DAY_WORDS,
    FOREIGN_AUX,
    FOREIGN_DETERMINERS,
    NOUN_LIKE_FORMS,
    PARTICIPLE_CUES,
    PASSIVE_MARKERS,
    PHRASAL_CUES,
    PREPOSITIONAL_CUES,
    TIME_AFTER,
)
from .cues import CueClass, Lexicon
from .patterns import DETERMINERS, NAMING_WORDS, NP_STOP, PRONOUN_GENDER
from .phrases import (
    ROLE_OR_SPEAKER,
    TokRange,
    is_speaker_noun,
    np_after,
    np_before,
    np_ending_at,
    skip_back_modifiers,
)
from .text import Tok, indices_of

# A dash between a quotation and a name attributes it: "“…” ― Pamela Padilla".
DASHES = frozenset(["―", "—", "–", "-"])
# How far into a sentence its first verb may be ("Dean, a former Democratic National
# Committee chairman and presidential candidate, poked ...").
_MAX_SUBJECT_TOKENS = 40
# Lower-case words inside a noun phrase, never its verb.
_NP_INSIDE = DETERMINERS | frozenset(["of", "and", "for"])


def cue_candidates(toks: list[Tok], lexicon: Lexicon) -> list[int]:
    """Indices of the tokens a frame may start at: cue words and dashes. Found once
    per paragraph, so that sentences without any cost nothing more."""
    return indices_of(toks, lexicon.frame_starts)


def sentence_frames(
    toks: list[Tok], lo: int, hi: int, lexicon: Lexicon, candidates: list[int] | None = None
) -> list[Frame]:
    """Every frame of the sentence toks[lo:hi], left to right, content assigned;
    `candidates` are the paragraph's `cue_candidates` (computed here when None)."""
    frames: list[Frame] = []
    starts = lexicon.starts
    after = lo  # the first token not inside the last frame's cue
    for i in candidates if candidates is not None else cue_candidates(toks, lexicon):
        if i < after or i >= hi:
            continue
        low = toks[i].low
        frame = None
        if low in starts:
            frame = _frame_at(toks, i, lo, hi, lexicon, frames)
        elif low == ":":
            frame = None if frames else _colon_frame(toks, i, lo, hi)
        elif i > lo and toks[i - 1].quote >= 0:
            frame = _dash_frame(toks, i, hi)
        if frame is not None:
            frames.append(frame)
            after = frame.cue[1]
    return assign_content(toks, lo, hi, frames)


def _by_first_word(seqs: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for seq in seqs:
        out.setdefault(seq[0], []).append(seq)
    return out


_PHRASAL = _by_first_word(PHRASAL_CUES)
_PREPOSITIONAL = _by_first_word(PREPOSITIONAL_CUES)


def _match(toks: list[Tok], i: int, hi: int, seq: tuple[str, ...]) -> bool:
    if i + len(seq) > hi or (len(seq) > 1 and toks[i + 1].low != seq[1]):
        return False  # most phrases fail at their second word: no generator for those
    return all(toks[i + n].low == w for n, w in enumerate(seq))


def _frame_at(
    toks: list[Tok],
    i: int,
    lo: int,
    hi: int,
    lexicon: Lexicon,
    frames: list[Frame],
) -> Frame | None:
    low = toks[i].low
    for seq in _PREPOSITIONAL.get(low, ()):
        if _match(toks, i, hi, seq):
            spk = np_after(toks, i + len(seq), hi, loose=True)
            return Frame("acc", (i, i + len(seq)), "speech", "according to", spk) if spk else None
    if lexicon.foreign and low in ACCORDING_FORMS and i + 1 < hi:
        spk = np_after(toks, i + 1, hi)
        return Frame("acc", (i, i + 1), "speech", "according to", spk) if spk else None
    for seq in _PHRASAL.get(low, ()):
        if _match(toks, i, hi, seq):
            return _verb_frame(toks, i, i + len(seq), lo, hi, ("say", "speech"), frames)
    entry = lexicon.forms.get(toks[i].low)
    if entry is None or (toks[i].capitalised and i != lo):
        return None
    if lexicon.foreign and entry[1] == "speech":
        inverted = _foreign_inverted(toks, i, hi)
        if inverted is not None:
            return Frame("vs", (i, i + 1), "speech", entry[0], inverted)
    return _verb_frame(toks, i, i + 1, lo, hi, entry, frames)


def _foreign_inverted(toks: list[Tok], i: int, hi: int) -> TokRange | None:
    """German, French and Spanish put the speaker after the verb whenever anything
    else opens the clause ("Zum Rücktritt sagte der Kardinal Angelo Sodano: …")."""
    k = i + 1
    if k < hi and toks[k].low in FOREIGN_DETERMINERS:
        k += 1
        while k + 1 < hi and toks[k].text.islower() and k - i <= 3:
            k += 1  # "der italienische Kardinal Angelo Sodano"
    end = k
    while end < hi and (toks[end].capitalised or toks[end].text == "."):
        end += 1
    while end > k and toks[end - 1].text == ".":
        end -= 1
    return (i + 1, end) if end > k else None


def _verb_frame(
    toks: list[Tok],
    i: int,
    end: int,
    lo: int,
    hi: int,
    entry: tuple[str, CueClass],
    frames: list[Frame],
) -> Frame | None:
    lemma, cls = entry
    low = toks[i].low
    prev = toks[i - 1] if i > lo else None
    if prev is not None and prev.low in FOREIGN_AUX and i - 2 >= lo and _clause_start(toks[i - 2]):
        prev = toks[i - 2]  # "», a déclaré Macron", "“, hat Merkel gesagt"
    elif prev is not None and (
        prev.low in DETERMINERS or (_possessive(prev) and prev.low not in CONTRACTED_BE)
    ):
        return None  # "his tweets", "Trump’s claims": a noun; "He’s claiming" is a verb
    j = skip_back_modifiers(toks, i - 1, lo)
    progressive = low.endswith("ing") and j >= lo and toks[j].low in BE
    if low.endswith("ing") and not progressive:
        if j >= lo and toks[j].low in CONTRACTED_BE:
            return Frame("sv", (i, end), cls, lemma, (j, j + 1))  # "He’s claiming"
        return _participle(toks, i, end, lo, entry, frames)
    if progressive:
        j = skip_back_modifiers(toks, j - 1, lo)  # "the White House is saying"
    elif j >= lo and (toks[j].low in PASSIVE_MARKERS or toks[j].low in NAMING_WORDS):
        return None
    return _verb_clause(toks, (i, end), lo, hi, entry, frames, prev, j)


def _verb_clause(
    toks: list[Tok],
    cue: TokRange,
    lo: int,
    hi: int,
    entry: tuple[str, CueClass],
    frames: list[Frame],
    prev: Tok | None,
    j: int,
) -> Frame | None:
    """The frame of a cue that is a verb, `j` its left neighbour past adverbs: the
    subject before it, after it (inverted), or shared with the clause it continues."""
    lemma, cls = entry
    i, end = cue
    spk = np_before(toks, j, lo)
    if spk is not None and _plausible(toks, spk, toks[i].low):
        return Frame("sv", cue, cls, lemma, spk)
    inverted = _inverted(toks, i, end, hi, prev) if cls == "speech" else None
    if inverted is not None:
        return Frame("vs", cue, cls, lemma, inverted)
    if j >= lo and toks[j].low in COORD:
        return _shared_subject(toks, i, end, lo, j, entry, frames)
    return None


def _inverted(toks: list[Tok], i: int, end: int, hi: int, prev: Tok | None) -> TokRange | None:
    """The speaker after the cue, where a clause opens with it: "“…,” said Kirby".
    After a quotation the phrase may open with a lower-case word ("said former Sen.
    Evan Bayh")."""
    if prev is not None and prev.text != "," and prev.quote < 0:
        return None
    loose = prev is not None and (prev.quote >= 0 or _after_q(toks, i))
    return np_after(toks, end, hi, loose=loose)


def _participle(
    toks: list[Tok], i: int, end: int, lo: int, entry: tuple[str, CueClass], frames: list[Frame]
) -> Frame | None:
    """ ", saying it would ...", "unleashed a series of tweets saying that ...": the
    speaker is the one of the clause the participle hangs from."""
    if toks[i].low not in PARTICIPLE_CUES:
        return None
    if i > lo and toks[i - 1].capitalised:
        # "footage of Hillary Clinton asking, “…”": the name it follows is speaking.
        named = np_ending_at(toks, i - 1, lo)
        if named is not None:
            return Frame("part", (i, end), entry[1], entry[0], named)
    return _shared_subject(toks, i, end, lo, i, entry, frames, kind="part")


def _shared_subject(
    toks: list[Tok],
    i: int,
    end: int,
    lo: int,
    j: int,
    entry: tuple[str, CueClass],
    frames: list[Frame],
    kind: str = "coord",
) -> Frame | None:
    lemma, cls = entry
    if frames:
        return _inherit(Frame(kind, (i, end), cls, lemma, None, True), frames)
    found = sentence_subject(toks, lo, j)
    return Frame(kind, (i, end), cls, lemma, found[0]) if found is not None else None


def _plausible(toks: list[Tok], spk: TokRange, form: str) -> bool:
    """A subject that can say things. After a form that is also a plural noun
    ("tweets", "claims", "calls") only a name, a pronoun or a speaker noun will do."""
    head = toks[spk[1] - 1]
    if _possessive(head):
        return False
    if form in NOUN_LIKE_FORMS and head.text.islower():
        return head.low in PRONOUN_GENDER or is_speaker_noun(head.low)
    return True


def _clause_start(t: Tok) -> bool:
    return t.text == "," or t.quote >= 0


def _after_q(toks: list[Tok], i: int) -> bool:
    return i >= 2 and toks[i - 1].text == "," and toks[i - 2].quote >= 0


def _possessive(t: Tok) -> bool:
    return t.low.endswith(("’s", "'s", "s’", "s'"))


def _inherit(frame: Frame, frames: list[Frame]) -> Frame | None:
    if not frames:
        return None
    frame.speaker = frames[-1].speaker
    return frame


def sentence_subject(toks: list[Tok], lo: int, j: int) -> tuple[TokRange, int] | None:
    """The subject of the sentence's first verb before token `j`, and that verb:
    "The Republican nominee also outlined his plan and vowed ...", "Dean, a former
    party chairman, poked at Trump’s sniffing, tweeting ...". After an opening
    phrase ("At Monday’s debate, Clinton cited ...") the subject follows its comma."""
    first = lo
    opener = toks[lo].low
    if (
        opener in NP_STOP
        or opener.endswith(("ly", "ing"))
        or opener in DAY_WORDS
        or (lo + 2 < j and toks[lo + 1].low in TIME_AFTER and toks[lo + 2].text == ",")
    ):
        # "Speaking at a town hall event in Salem, Trump went after Bush": the
        # subject follows the opening phrase's comma.
        comma = next((m for m in range(lo, j) if toks[m].text == ","), None)
        if comma is None:
            return None
        first = comma + 1
    for m in range(first + 1, min(j + 1, first + _MAX_SUBJECT_TOKENS)):
        t = toks[m]
        if not t.text.islower() or t.low in ROLE_OR_SPEAKER or t.low in _NP_INSIDE:
            continue
        rng = np_before(toks, skip_back_modifiers(toks, m - 1, first), first)
        if rng is not None and rng[0] <= first + 1 and not _possessive(toks[rng[1] - 1]):
            return rng, m
        if rng is not None:
            return None
    return None


def _colon_frame(toks: list[Tok], i: int, lo: int, hi: int) -> Frame | None:
    """ "Pew Research: “All the samples ...”": a name, a colon and a quotation."""
    if i + 1 >= hi or toks[i + 1].quote < 0 or i == lo:
        return None
    spk = np_ending_at(toks, i - 1, lo)
    if spk is None or spk[0] != lo or not toks[spk[1] - 1].capitalised:
        return None  # only a sentence that is "Name: “…”"
    return Frame("sv", (i, i + 1), "speech", "colon", spk)


def _dash_frame(toks: list[Tok], i: int, hi: int) -> Frame | None:
    """ "“…” ― Pamela Padilla": a dash and a name after a quotation."""
    spk = np_after(toks, i + 1, hi)
    if spk is None or not toks[spk[1] - 1].capitalised:
        return None
    return Frame("vs", (i, i + 1), "speech", "dash", spk)
