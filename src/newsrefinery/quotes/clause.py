"""Whether a reported text reads as a clause: the `clause_type` feature of `features.py`.

Three regular expressions per attribution, on the first hundred characters of its
text; the step runs on every article, so each is written for Python's regex engine
to be quick rather than short: a search that opens with a literal or a class of
characters skips ahead to where it can match, one that opens with `\\b` or `\\w`
tries every position. Each is the same test as the plain pattern in its comment.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .cue_patterns import CLAUSE_WORDS

_CLAUSE_REACH = 100


def alternation(words: Collection[str]) -> str:
    """A regex matching exactly `words`, factored by shared prefixes ("ha(?:d|s|ve)"):
    the regex engine tries one branch per letter instead of one per word."""
    tails: dict[str, list[str]] = {}
    for w in sorted(words):
        if w:
            tails.setdefault(w[0], []).append(w[1:])
    branches = [re.escape(c) + alternation(rest) for c, rest in tails.items()]
    optional = "" in words
    if len(branches) == 1 and not optional:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")" if branches else ""
    return group + "?" if optional and group else group


# An auxiliary or a contracted verb, case-insensitive:
#   \b(?:is|are|...|not)\b|\w(?:n['’]t|['’](?:s|re|ll|ve|d))\b
_AUX_WORD_RULE = r"\b(?:" + alternation(CLAUSE_WORDS) + r")\b"
_CONTRACTION_RULE = r"\w(?:n['’]t|['’](?:s|re|ll|ve|d))\b"
_AUX = re.compile(_AUX_WORD_RULE + "|" + _CONTRACTION_RULE, re.IGNORECASE)
# The same, case-sensitive on the lower-cased text (several times cheaper), the
# contraction only where there is an apostrophe. Both read alike unless the text
# holds one of these four characters, which match an ASCII letter without
# lower-casing to it (the kelvin sign "K", the long "ſ") or lower-case to two
# characters ("İ"): then the case-insensitive search is used.
_AUX_WORD = re.compile(_AUX_WORD_RULE)
_CONTRACTION = re.compile(_CONTRACTION_RULE)
_CASE_TRAPS = re.compile("[\u0130\u0131\u017f\u212a]")

# A past form of five letters or more, not the text's first word: \b\w{3,}ed\b from
# offset 1. Found from its ending (a literal: quick to find), the four letters before
# it checked behind; the first word is skipped by searching after it.
_PAST_END = re.compile(r"ed\b(?<=\w\w\w\w\w)")
_NON_WORD = re.compile(r"\W")


def has_aux(head: str) -> bool:
    """`head` holds an auxiliary ("has", "would") or a contracted verb ("isn’t")."""
    if not head.isascii() and _CASE_TRAPS.search(head) is not None:
        return _AUX.search(head) is not None
    low = head.lower()
    if _AUX_WORD.search(low) is not None:
        return True
    return ("'" in low or "’" in low) and _CONTRACTION.search(low) is not None


def has_past(head: str) -> bool:
    """A word of `head` other than the first that ends in "ed" after three letters."""
    if head[:1] and _NON_WORD.match(head) is None:
        first_gap = _NON_WORD.search(head)
        if first_gap is None:
            return False  # one word only: the first
        return _PAST_END.search(head, first_gap.start()) is not None
    return _PAST_END.search(head) is not None


def clause_type(text: str) -> str:
    """Whether the reported text reads as a clause: an auxiliary or a contracted verb
    ("has", "would", "isn’t"), an infinitive ("to ..."), a past form, or none of
    these ("posted messages on Facebook": the object of a verb that is not saying)."""
    head = text[:_CLAUSE_REACH]  # a clause has its verb near its start
    if has_aux(head):
        return "aux"
    if head[:3].lower() == "to ":
        return "to"
    return "ed" if has_past(head) else "none"
