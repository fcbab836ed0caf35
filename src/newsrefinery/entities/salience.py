"""How prominent a person is where a pronoun needs them: roles of mentions and quotes.

Pronoun resolution follows Lappin and Leass (1994) without a parser: each mention
adds to its person's salience a weight for its grammatical role, and salience halves
with every sentence read. The role is read from the words around the mention: after
a preposition it is an oblique ("an interview with Terry Gross"); before "'s" or a
common noun it modifies another noun ("Sarvis's website", "the Zogby poll"); before a
verb, or opening its sentence, it is the subject ("Stephen Colbert said"); otherwise
an object. Quotes matter too: a "he" inside someone's quote is not the speaker, and
the "he" of "..., he said" most likely speaks again.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .patterns import (
    CONNECTIVES,
    OFFICE_TITLES,
    PREPOSITIONS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_MODIFIERS,
    VERB_CUES,
)
from .spans import Field
from .tokens import Token, bare

SUBJECT, OBJECT, OBLIQUE, EMBEDDED = "subject", "object", "oblique", "embedded"
# Lappin and Leass's weights, summed per role: recency 100, subject 80, head noun
# 80, not in an adverbial phrase 50, object 50, oblique 40 (embedded: no head bonus).
ROLE_WEIGHTS = {SUBJECT: 310.0, OBJECT: 280.0, OBLIQUE: 180.0, EMBEDDED: 150.0}
# The word after a mention, and the last word before an offset.
_NEXT = re.compile(r"\s*(['’][sS]\b|[^\W\d_][\w'’-]*|\S)")
_LAST = re.compile(r"([^\W\d_]+)[^\w]*$")
# Marks that open and close a quote; a straight double quote does both in turn.
OPEN_QUOTES = frozenset("“«")
CLOSE_QUOTES = frozenset("”»")
STRAIGHT_QUOTE = '"'
QUOTE_MARKS = OPEN_QUOTES | CLOSE_QUOTES | {STRAIGHT_QUOTE}
SENTENCE_ENDS = frozenset(".!?")
# Most words of a title read back over before a name ("the Chinese Foreign Minister").
MAX_TITLE_WORDS = 6
# How far from a quote its speaker is looked for, in words.
FRAME_BEFORE = 15
FRAME_AFTER = 5
_SKIPPED = ROLE_NOUNS | OFFICE_TITLES | TITLE_MODIFIERS | frozenset({"the", "a", "an"})


@dataclass(slots=True)
class Quote:
    """A quote's marks (token indexes) and the token of its speaker's mention, if any."""

    open: int
    close: int
    speaker: int | None = None


def mention_role(fld: Field, k: int, end: int) -> str:
    """The grammatical role of the named mention that starts at token `k` and ends at
    body offset `end`."""
    toks = fld.tokens
    j = k - 1  # back over the title and determiner: "with the spokesman John Kirby"
    floor = max(-1, k - 1 - MAX_TITLE_WORDS)
    while j > floor and not toks[j + 1].sentence_start and _title_word(toks[j]):
        j -= 1
    opener = j < 0 or toks[j + 1].sentence_start
    found = _NEXT.match(fld.text, end)
    nxt = found.group(1) if found else ""
    if nxt[1:].lower() == "s" and nxt[0] in "'’":
        return EMBEDDED  # "Sarvis's campaign"
    if not opener and _word_before(fld, j) in PREPOSITIONS:
        return OBLIQUE
    if nxt.islower() and nxt.isalpha():
        if _verb_like(nxt):
            return SUBJECT
        if nxt not in PREPOSITIONS and nxt not in CONNECTIVES:
            return EMBEDDED  # "the Zogby poll", "the Santorum cocktail"
    return SUBJECT if opener else OBJECT


def pronoun_role(fld: Field, k: int) -> str:
    """The role of the pronoun at token `k`: "he" subject, "his" embedded, "him" object
    (oblique after a preposition)."""
    low = fld.tokens[k].lower
    if low in ("he", "she"):
        return SUBJECT
    if low == "his" or (low == "her" and not _object_her(fld, k)):
        return EMBEDDED
    return OBLIQUE if k > 0 and _word_before(fld, k - 1) in PREPOSITIONS else OBJECT


def _object_her(fld: Field, k: int) -> bool:
    """ "told her." / "with her," : "her" as an object, not a possessive."""
    found = _NEXT.match(fld.text, fld.tokens[k].end)
    nxt = found.group(1) if found else ""
    return not (nxt.isalpha() and nxt.islower()) or nxt in PREPOSITIONS


def _title_word(tok: Token) -> bool:
    return tok.start >= 0 and (tok.cap or bare(tok.text) in _SKIPPED)


def _verb_like(word: str) -> bool:
    """A verb (or an adverb before one) by its ending or a list: "notes", "remarked"."""
    if word in VERB_CUES or word in SPEECH_VERBS:
        return True
    if word.endswith(("ed", "ly")) and len(word) > 4:
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3


def _word_before(fld: Field, j: int) -> str:
    """The lower-case word at token `j` (an ordinary word's text is read from the text)."""
    if j < 0:
        return ""
    tok = fld.tokens[j]
    if tok.start >= 0:
        return tok.lower
    after = fld.tokens[j + 1].start
    found = _LAST.search(fld.text, max(0, after - 30), after)
    return found.group(1).lower() if found else ""


def quotes(fld: Field, starts: dict[int, int], marks: list[int], breaks: list[int]) -> list[Quote]:
    """The quotes of the body in order, each with the token of its speaker's mention:
    a name or pronoun before a quote its frame introduces ("Stan remarked to The
    Paper, "..."), or one beside a speech verb just after it ("...," he said).
    `marks` are the indexes of the quotation marks, `breaks` of the words that open
    a paragraph, which ends any quote still open."""
    toks = fld.tokens
    out: list[Quote] = []
    opened = -1
    for k in marks:
        if opened >= 0:
            stop = breaks[bisect_right(breaks, opened)] if breaks and breaks[-1] > opened else k + 1
            if stop <= k:
                out.append(Quote(opened, stop))  # a quote runs on to its paragraph's end
                opened = -1
        text = toks[k].text
        if text in OPEN_QUOTES or (text == STRAIGHT_QUOTE and opened < 0):
            opened = k
        elif opened >= 0:
            out.append(Quote(opened, k))
            opened = -1
    if opened >= 0:
        later = [b for b in breaks if b > opened]
        out.append(Quote(opened, later[0] if later else len(toks)))
    for n, quote in enumerate(out):
        floor = out[n - 1].close if n else -1
        quote.speaker = _speaker_after(toks, quote, starts)
        if quote.speaker is None:
            quote.speaker = _speaker_before(toks, quote, starts, floor)
    return out


def _is_person(tok: Token, starts: dict[int, int]) -> bool:
    return tok.start in starts or tok.lower in ("he", "she")


def _speaker_after(toks: list[Token], quote: Quote, starts: dict[int, int]) -> int | None:
    """ "...," Kirby said / "...," said Kirby / "...," he added."""
    stop = min(len(toks), quote.close + 1 + FRAME_AFTER)
    frame = range(quote.close + 1, stop)
    if not any(toks[m].lower in SPEECH_VERBS for m in frame):
        return None
    for m in frame:
        tok = toks[m]
        if tok.text in OPEN_QUOTES or tok.text == STRAIGHT_QUOTE or tok.gap_newline:
            return None
        if _is_person(tok, starts):
            return m
    return None


def _speaker_before(
    toks: list[Token], quote: Quote, starts: dict[int, int], floor: int
) -> int | None:
    """ "Stan remarked to The Paper, "...": the first person of the frame that ends in
    a comma or colon right before the quote; one before a speech verb wins."""
    k = quote.open
    if k == 0 or toks[k].gap_newline or toks[k - 1].text not in (",", ":"):
        return None
    first = None
    m = k - 1
    while m > floor and k - m <= FRAME_BEFORE and toks[m].text not in SENTENCE_ENDS:
        if _is_person(toks[m], starts):
            nxt = toks[m + 1] if m + 1 < len(toks) else None
            if nxt is not None and nxt.lower in SPEECH_VERBS:
                return m
            first = m
        if toks[m].gap_newline:
            break
        m -= 1
    return first
