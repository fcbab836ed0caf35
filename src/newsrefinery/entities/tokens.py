"""Words of a text with their offsets, and the facts about each that naming needs.

One regular expression splits the text; a word keeps its offsets into the text it
came from, so every span built from words is a span of that text. Possessive "’s"
becomes a word of its own ("Xi’s" is the name "Xi"), and the period of an initial
or an abbreviation stays with it ("John F. Kennedy", "Mr. Kirby", "U.S.").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .patterns import ABBREVIATIONS, READ_WORDS

# The spaces before each word, then the word: a run of plain lower-case words one
# space apart (most words: read apart, and several to a match, because they need
# the least work), or dotted acronyms ("U.S.", "D.C."),
# possessive "'s" on its own, words with inner hyphens, apostrophes, periods and
# ampersands ("Putin-Xi", "O'Reilly", "AT&T") with a period right after them (kept
# only by abbreviations and initials: "Mr.", "F."), or one other character. A line
# break in the spaces marks a paragraph start.
_TOKEN = re.compile(
    r"(\s*)(?:([a-z]+(?: [a-z]+)*)(?![\w'’&-]|\.\w)"
    r"|((?:[^\W\d_]\.){2,}|['’][sS]\b|\w+(?:[-.&]\w+|['’](?![sS]\b)\w+)*\.?|[^\w\s]))"
)
# Characters after which the next word opens a sentence (or a quote or a headline part).
_OPENERS = frozenset(".!?:;“\"‘'(—–-[•|")


class Token(NamedTuple):
    """One word (or punctuation mark) and its offsets in the text it came from."""

    text: str
    start: int
    end: int
    lower: str
    cap: bool  # reads as part of a name: "Kirby", "U.S.", "NATO", "eBay"
    sentence_start: bool  # first word of a sentence, quote or paragraph
    gap_newline: bool  # a line break separates it from the word before


# What an ordinary lower-case word becomes: no rule reads it, so one shared token
# stands for all of them (offsets -1), keeping only whether a line break preceded it.
FILLER = Token("", -1, -1, "", False, False, False)
FILLER_NEWLINE = Token("", -1, -1, "", False, False, True)


def tokenize(text: str) -> list[Token]:
    """The words of `text`, in order, with their offsets (ordinary lower-case words
    are `FILLER`)."""
    tokens: list[Token] = []
    append = tokens.append
    new = tuple.__new__  # a NamedTuple's own __new__ is a slow Python function
    opener = True
    pos = 0
    for space, low, found in _TOKEN.findall(text):
        start = pos + len(space)
        newline = "\n" in space and pos > 0
        if low:  # plain lower-case words: the common case, kept short
            pos = start + len(low)
            at = start
            for word in low.split(" ") if " " in low else (low,):
                end = at + len(word)
                if word in READ_WORDS:
                    append(new(Token, (word, at, end, word, False, opener or newline, newline)))
                else:
                    append(FILLER_NEWLINE if newline else FILLER)
                opener = newline = False
                at = end + 1
            continue
        pos = start + len(found)
        word = found
        first = word[0]
        period = word[-1] == "." and len(word) > 1 and not _keeps_period(word)
        if period:
            word = word[:-1]
        if first.islower() and word not in READ_WORDS and word.islower():
            append(FILLER_NEWLINE if newline else FILLER)
            opener = False
            if period:
                append(new(Token, (".", pos - 1, pos, ".", False, False, False)))
                opener = True
            continue
        # "eBay", "iPhone", "wikiHow": brand names with a small first letter.
        cap = first.isupper() or (first.islower() and not word.islower() and word.isalnum())
        fields = (word, start, start + len(word), word.lower(), cap, opener or newline, newline)
        append(new(Token, fields))
        opener = word in _OPENERS
        if period:  # the sentence's own period
            append(new(Token, (".", pos - 1, pos, ".", False, False, False)))
            opener = True
    return tokens


def _keeps_period(word: str) -> bool:
    """ "Mr.", "Inc.", "F." and "U.S." keep their period; "Iraq." does not."""
    if len(word) == 2:
        return word[0].isupper()
    return word[0].isupper() and (word[:-1].lower() in ABBREVIATIONS or "." in word[:-1])


def bare(word: str) -> str:
    """A word without a final period, lower case: "Mr." -> "mr", "Inc." -> "inc"."""
    return word.rstrip(".").lower()
