"""Noun phrases next to a cue: the speaker before "said", after "said" or "according to".

All functions work on a paragraph's token list and return token index ranges
`(first, last + 1)`, or None when no plausible speaker is there: a guess is worse
than no speaker.
"""

from __future__ import annotations

import re

from .cue_patterns import AUX_AND_ADVERBS, DAY_WORDS, MONTHS, TIME_LEAD
from .patterns import (
    ABBREVIATIONS,
    CONNECTORS,
    DETERMINERS,
    NP_STOP,
    PREPOSITIONS,
    PRONOUN_GENDER,
    QUANTIFIERS,
    ROLE_NOUNS,
    SPEAKER_NOUNS,
    STATE_ABBREVIATIONS,
    TITLE_WORDS,
)
from .text import Tok

TokRange = tuple[int, int]

# Subject pronouns only: "him" and "them" are never the one speaking.
_SUBJECT_PRONOUNS = frozenset(p for p in PRONOUN_GENDER if p != "who") | {"i"}
# "Mitch McConnell, R-Ky., said": a party and state between commas.
_PARTY_STATE = re.compile(r"[RDI]-[A-Z]")
_NAME_MODALS = frozenset(("will", "may"))
_OF_IN = frozenset(("of", "in", "at", "for", "from", "with"))
_TITLE_INSIDE = ROLE_NOUNS | TITLE_WORDS | frozenset(["former", "and", "player", "test"])
_APPOSITION_LEAD = DETERMINERS | frozenset(
    [
        "who",
        "which",
        "whose",
        "himself",
        "herself",
        "of",
        "from",
        "in",
        "at",
        "on",
        "for",
        "during",
        "after",
        "speaking",
        "however",
        "though",
        "too",
        "meanwhile",
        "instead",
        "moreover",
        "then",
        "now",
        "mr",
        "mrs",
        "ms",
        "dr",
    ]
)
_MAX_APPOSITION = 40
_MAX_NOMINAL = 10


ROLE_OR_SPEAKER = ROLE_NOUNS | SPEAKER_NOUNS


def is_speaker_noun(low: str) -> bool:
    return low in SPEAKER_NOUNS or (low.endswith("s") and low[:-1] in SPEAKER_NOUNS)


def skip_back_modifiers(toks: list[Tok], j: int, lo: int) -> int:
    """Index of the last token before `j` + 1 that is not an adverb, auxiliary or
    time phrase ("Kirby on Thursday also said")."""
    while j >= lo:
        t = toks[j]
        if t.low in AUX_AND_ADVERBS or (
            t.low.endswith("ly") and t.text.islower() and len(t.low) > 4
        ):
            j -= 1
        elif (t.low in DAY_WORDS or t.low in MONTHS or _year(t)) and t.quote < 0:
            j -= 1
            if j >= lo and (toks[j].low in TIME_LEAD or toks[j].low == "in"):
                j -= 1
        else:
            break
    return j


def _all_name(toks: list[Tok], a: int, b: int) -> bool:
    """toks[a:b] is a name: capitalised words and the periods of abbreviations."""
    return (
        b > a
        and toks[a].capitalised
        and all(
            name_word(t) or (t.text == "." and _abbreviation(toks[m - 1]))
            for m, t in enumerate(toks[a:b], start=a)
        )
    )


def _time_word(t: Tok) -> bool:
    """A day, a month or a year: never a speaker."""
    return t.low in DAY_WORDS or t.low in MONTHS or _year(t)


def _year(t: Tok) -> bool:
    return len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("19", "20")


def np_before(toks: list[Tok], j: int, lo: int) -> TokRange | None:
    """The subject ending at or before `j` (the cue's left neighbour once adverbs and
    auxiliaries are skipped), searching no further left than `lo`."""
    if j >= lo and toks[j].text == "," and j - 1 >= lo:
        k = _skip_apposition(toks, j, lo)
        if k < lo:
            return _name_between_commas(toks, j, lo)
        if _all_name(toks, k + 2, j):
            return (k + 2, j)  # "The government candidate, Mr. Yanukovich, vowed"
        j = k
    if j >= lo and toks[j].text == ")":
        j = _matching_paren(toks, j, lo) - 1  # "Rep. Jim Jordan (R-Ohio), a member, said"
    if j < lo:
        return None
    rng = np_ending_at(toks, j, lo)
    if rng is not None and rng[0] > lo + 1 and toks[rng[0] - 1].low in PREPOSITIONS:
        # "Mr. Morgan of the Sierra Club said", "a narrator in the Clinton ad asks":
        # the phrase before the preposition is the speaker; alone, an object.
        head = np_ending_at(toks, rng[0] - 2, lo)
        return (head[0], rng[1]) if head is not None and toks[rng[0] - 1].low in _OF_IN else None
    return rng


def _name_between_commas(toks: list[Tok], comma: int, lo: int) -> TokRange | None:
    """ "His former business partner at Lenox, Lawrence B. Cummings, called": the
    name between the commas is the speaker; "Kasich (R-OH), said" too."""
    end = comma - 1
    if toks[end].text == ")":
        end = _matching_paren(toks, end, lo) - 1
    rng = np_ending_at(toks, end, lo) if end >= lo else None
    ok = rng is not None and toks[rng[1] - 1].capitalised and rng[0] > lo
    return rng if ok and rng is not None and toks[rng[0] - 1].text == "," else None


def _matching_paren(toks: list[Tok], j: int, lo: int) -> int:
    for k in range(j - 1, max(lo, j - 12) - 1, -1):
        if toks[k].text == "(":
            return k
    return lo - 1


def _skip_apposition(toks: list[Tok], comma: int, lo: int) -> int:
    """`comma` closes one or more appositions ("Kirby, a spokesman for the council,",
    "Scott Pruitt, the attorney general of Oklahoma, one of the states suing,"):
    the index of the token before the first opening comma, or lo - 1 when the
    commas do not enclose appositions."""
    found = lo - 1
    for k in range(comma - 1, max(lo, comma - _MAX_APPOSITION) - 1, -1):
        t = toks[k]
        if t.quote >= 0 or t.text in ";:!?":
            break
        if t.text == ",":
            if not _apposition_lead(toks[k + 1]) or (k > lo and _time_word(toks[k - 1])):
                break  # "In October, Mr. Paulson, who ..., told": an opening phrase
            found = k - 1
    return found


def _apposition_lead(first: Tok) -> bool:
    """How an apposition or a relative clause opens: "a", "who", "of", "70", "speaking"."""
    low = first.low
    return (
        low in _APPOSITION_LEAD
        or first.text[0].isdigit()
        or low in ROLE_NOUNS
        or (low.endswith("ing") and first.text.islower())
        or (first.capitalised and low.endswith(("’s", "'s", "s’", "s'")))
        or _PARTY_STATE.match(first.text) is not None
        or (
            first.capitalised
            and len(first.text) <= 4
            and first.text[-1].isupper() is False
            and first.low in STATE_ABBREVIATIONS
        )
    )


def np_ending_at(toks: list[Tok], j: int, lo: int) -> TokRange | None:
    """The noun phrase whose last token is `j` (a name, a pronoun or a nominal)."""
    head = toks[j]
    if head.text == "." and j - 1 >= lo and toks[j - 1].low in ("jr", "sr"):
        j -= 1
        head = toks[j]
    if not head.is_word:
        return None
    if head.low in _SUBJECT_PRONOUNS and (head.low != "i" or head.text == "I"):
        return (j, j + 1)
    if head.low in QUANTIFIERS:
        return (j, j + 1)  # "Several said", "Others say"
    if name_word(head):
        return _name_back(toks, j, lo)
    if head.text.islower() and head.low not in NP_STOP and head.low not in DAY_WORDS:
        return _nominal_back(toks, j, lo)
    return None


def _name_back(toks: list[Tok], j: int, lo: int) -> TokRange:
    """A capitalised phrase with its titles: "National Security Council spokesman
    John Kirby", "Gov. Mike Pence", "the White House"."""
    start = j
    k = j - 1
    while k >= lo:
        t = toks[k]
        if (
            name_word(t)
            or (t.text == "." and k - 1 >= lo and _abbreviation(toks[k - 1]))
            or (t.low in CONNECTORS and k - 1 >= lo and toks[k - 1].capitalised and k + 1 == start)
            or (t.text.islower() and (t.low in ROLE_NOUNS or t.low in TITLE_WORDS))
        ):
            start = k
        else:
            break
        k -= 1
    while toks[start].low in CONNECTORS or toks[start].text == ".":
        start += 1
    if k >= lo and toks[k].low in DETERMINERS:
        start = k
    return (start, j + 1)


# Lower-cased capitalised words that are never part of a name (`name_word`), as one
# set: the speaker table tests every capitalised word of an article against it.
NOT_NAME_WORDS = DETERMINERS | DAY_WORDS | (NP_STOP - _NAME_MODALS)


def name_word(t: Tok) -> bool:
    """A capitalised word that can be part of a name ("Monday" and "But" cannot;
    "Will" and "May" can: they are names more often than sentence-initial modals)."""
    low = t.low
    if t.quote >= 0 or not t.text[0].isupper():  # `capitalised`, inlined: a hot test
        return False
    return low not in NOT_NAME_WORDS


def _abbreviation(t: Tok) -> bool:
    return t.low in ABBREVIATIONS or (len(t.text) == 1 and t.text.isupper())


def _nominal_back(toks: list[Tok], j: int, lo: int) -> TokRange | None:
    """A lower-case speaker phrase: "the spokesman", "a Bloomberg poll", "officials"."""
    start = j
    for k in range(j - 1, max(lo, j - _MAX_NOMINAL) - 1, -1):
        t = toks[k]
        if t.low in DETERMINERS or (t.capitalised and t.low.endswith(("’s", "'s"))):
            return (k, j + 1)  # "the spokesman", "Obama's former campaign strategist"
        if t.text == "." and k > lo and _abbreviation(toks[k - 1]):
            continue  # "The former first lady and U.S. senator"
        if not t.is_word or (t.low in NP_STOP and t.low not in ("and", "of")):
            break
        start = k
    while toks[start].low in ("and", "of"):
        start += 1
    head = toks[j].low
    # Without a determiner only a known speaker noun ("officials said") or one with a
    # named modifier ("Clinton campaign") is a speaker; else it is a verb's object.
    lead = toks[start]
    if is_speaker_noun(head) and (head.endswith("s") or lead.capitalised or lead.text.isdigit()):
        return (start, j + 1)  # "officials", "Clinton campaign", "63 percent"
    return None


def _number_word(toks: list[Tok], m: int, k: int, hi: int) -> bool:
    """A number leading to a name: "said 9/11 widow Terry Strada", "said 25-year-old
    John Smith" (before any capitalised word of the phrase, and not its end)."""
    t = toks[m]
    number = t.quote < 0 and (
        t.text[0].isdigit() or (t.text == "/" and m > k and toks[m - 1].text[0].isdigit())
    )
    return number and m + 1 < hi and not any(toks[n].capitalised for n in range(k, m))


def np_after(toks: list[Tok], i: int, hi: int, loose: bool = False) -> TokRange | None:
    """The speaker after an inverted cue ("said Kirby", "said the ruling") or after
    "according to" (`loose`: "according to conservative talk radio host Rush
    Limbaugh" may open with a lower-case word)."""
    if i >= hi:
        return None
    t = toks[i]
    if t.low in _SUBJECT_PRONOUNS and t.is_word and t.low != "it":
        # "said he." but not "said it would": an inverted pronoun ends the clause.
        after = toks[i + 1] if i + 1 < hi else None
        return (i, i + 1) if after is None or not after.is_word else None
    loose_ok = loose and t.is_word and t.low not in NP_STOP and t.low not in DAY_WORDS
    if not (t.low in DETERMINERS or name_word(t) or loose_ok):
        return None  # "said of RT", "said in a statement": no speaker here
    k = i + 1 if t.low in DETERMINERS else i
    end = k
    while end < hi:
        u = toks[end]
        if (
            name_word(u)
            or (u.text == "." and end > k and _abbreviation(toks[end - 1]))
            or (u.low in CONNECTORS and end > k and end + 1 < hi and toks[end + 1].capitalised)
        ) or _number_word(toks, end, k, hi):
            end += 1
        elif (
            u.text.islower()
            and u.is_word
            and u.low not in NP_STOP
            and end - k < _MAX_NOMINAL
            and (u.low in _TITLE_INSIDE or not any(toks[m].capitalised for m in range(k, end)))
        ):  # lower-case words lead to a name ("the spokesman", "New Zealand coach
            # John Bracewell"), but do not follow it ("Merkel am Montag")
            end += 1
            if is_speaker_noun(u.low) and not (end < hi and toks[end].capitalised):
                break
        else:
            break
    last = end
    while end > k and not (toks[end - 1].capitalised or is_speaker_noun(toks[end - 1].low)):
        end -= 1
    if end == k and k > i and (last >= hi or not toks[last].is_word):
        end = last  # "said the ruling.": a determiner phrase that ends the clause
    return (i, end) if end > k else None
