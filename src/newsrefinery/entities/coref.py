"""Pronouns and nominal mentions of people, linked to the people the article names.

The body is read once, in order, keeping for each person how recently and how
prominently the text mentioned them. A third-person singular pronoun ("he", "her")
goes to the most salient person of its gender named in the last few sentences:
recency first, then whether the last mention opened its sentence (a cheap stand-in
for the subject), then how often the person was mentioned. A nominal mention ("the
spokesman", "the Ukrainian leader") goes to the most recent person whose titles
hold its role word (or a word of the same family) and its nationality, and only then.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from .canonical import Group
from .gazetteer import Gazetteer
from .patterns import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    NOMINAL_DETERMINERS,
    ROLE_FAMILIES,
    ROLE_NOUNS,
    TITLE_MODIFIERS,
)
from .spans import Field
from .tokens import Token, bare

# How many sentences back a pronoun looks for its person.
PRONOUN_WINDOW = 5
# Weights of the salience score; sentence distance dominates.
DISTANCE_WEIGHT = 2.0
OPENER_BONUS = 0.5
GENDER_BONUS = 1.0
FREQUENCY_WEIGHT = 0.5
FREQUENCY_CAP = 5
# A "person" typed only for want of a better type takes a pronoun only when no one
# better is near.
WEAK_PENALTY = 1.0
REFLEXIVES = frozenset({"himself", "herself"})
SENTENCE_ENDS = frozenset(".!?")
_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
# Longest run of modifiers between "the" and the role word ("the former Chinese leader").
MAX_NOMINAL_MODIFIERS = 3


@dataclass(slots=True)
class _State:
    """What the reader remembers of one person so far."""

    last_token: int = -1
    last_sentence: int = -1
    opener: bool = False
    count: int = 0


@dataclass(frozen=True, slots=True)
class Link:
    """A pronoun or nominal mention (offsets into the body) and its person's group index."""

    start: int
    end: int
    text: str
    group: int


def link_people(
    body: Field, groups: list[Group], genders: list[str | None], gaz: Gazetteer
) -> list[Link]:
    """Every pronoun and nominal mention of the body that refers to a named person."""
    toks = body.tokens
    starts = _named_starts(groups)
    if not starts:
        return []  # no one named in the body: no pronoun has anyone to go to
    states = {g: _State() for g, group in enumerate(groups) if group.type == "PERSON"}
    genders = list(genders)
    weak = [all(s.weak for s in group.spans) for group in groups]
    links: list[Link] = []
    seen_in_sentence: set[int] = set()
    events, boundaries = _scan(toks, starts)
    current = -1
    skip_to = 0
    for k in events:
        if k < skip_to:
            continue
        tok = toks[k]
        sent = bisect_right(boundaries, k)
        if sent != current:
            current, seen_in_sentence = sent, set()
        target: int | None = None
        width = 1
        if tok.start in starts:
            target = starts[tok.start]
        elif tok.lower in NOMINAL_DETERMINERS:
            target, width = _nominal(toks, k, states, groups, gaz, starts)
        else:
            target = _pronoun(tok, sent, states, genders, weak)
            if target is not None and genders[target] is None:
                genders[target] = "m" if tok.lower in MALE_PRONOUNS else "f"
        if target is None:
            continue
        if tok.start not in starts:
            end = toks[k + width - 1].end
            links.append(Link(tok.start, end, body.text[tok.start : end], target))
        state = states[target]
        state.last_token, state.last_sentence = k, sent
        state.opener = not seen_in_sentence
        state.count += 1
        seen_in_sentence.add(target)
        skip_to = k + width
    return links


def _scan(toks: list[Token], starts: dict[int, int]) -> tuple[list[int], list[int]]:
    """Indexes of the words that can mention a person (names, pronouns, "the"), and
    of the words that open a sentence (comprehensions: the body's every word is read)."""
    wanted = _PRONOUNS | NOMINAL_DETERMINERS
    events = [k for k, tok in enumerate(toks) if tok.lower in wanted or tok.start in starts]
    ends = [k + 1 for k, tok in enumerate(toks) if tok.text in SENTENCE_ENDS]
    breaks = [k for k, tok in enumerate(toks) if tok.gap_newline]
    boundaries = sorted({k for k in ends + breaks if 0 < k < len(toks)})
    return events, boundaries


def _named_starts(groups: list[Group]) -> dict[int, int]:
    """Body offset of each named mention of a person -> the person's group index."""
    out: dict[int, int] = {}
    for g, group in enumerate(groups):
        if group.type == "PERSON":
            for span in group.spans:
                if span.field == 0:
                    out.setdefault(span.start, g)
    return out


def _pronoun(
    tok: Token,
    sent: int,
    states: dict[int, _State],
    genders: list[str | None],
    weak: list[bool],
) -> int | None:
    want = "m" if tok.lower in MALE_PRONOUNS else "f"
    window = 0 if tok.lower in REFLEXIVES else PRONOUN_WINDOW
    best: tuple[float, int] | None = None
    best_group: int | None = None
    for g, state in states.items():
        if state.count == 0 or sent - state.last_sentence > window:
            continue
        if genders[g] is not None and genders[g] != want:
            continue
        score = -DISTANCE_WEIGHT * (sent - state.last_sentence)
        score += OPENER_BONUS if state.opener else 0.0
        score += GENDER_BONUS if genders[g] == want else 0.0
        score += FREQUENCY_WEIGHT * min(state.count, FREQUENCY_CAP)
        score -= WEAK_PENALTY if weak[g] else 0.0
        key = (score, state.last_token)
        if best is None or key > best:
            best, best_group = key, g
    return best_group


def _nominal(
    toks: list[Token],
    k: int,
    states: dict[int, _State],
    groups: list[Group],
    gaz: Gazetteer,
    starts: dict[int, int],
) -> tuple[int | None, int]:
    """ "the Ukrainian leader" -> the latest person titled "Ukrainian President"."""
    m = k + 1
    modifiers: list[str] = []
    while m < len(toks) and m - k <= MAX_NOMINAL_MODIFIERS and not toks[m].gap_newline:
        word = toks[m]
        if word.text in gaz.demonyms or (not word.cap and word.lower in TITLE_MODIFIERS):
            modifiers.append(word.lower)
            m += 1
            continue
        break
    if m >= len(toks) or toks[m].cap or bare(toks[m].text) not in ROLE_NOUNS:
        return None, 1
    nxt = toks[m + 1] if m + 1 < len(toks) else None
    if nxt is not None and (nxt.start in starts or nxt.lower == "of" or nxt.cap):
        return None, 1  # "the spokesman John Kirby": a title, read with the name
    role = bare(toks[m].text)
    family = {role} | ROLE_FAMILIES.get(role, frozenset())
    nationality = [w for w in modifiers if w.capitalize() in gaz.demonyms]
    best: tuple[int, int] | None = None
    for g, state in states.items():
        if state.count == 0 or not _titled(groups[g].titles, family, nationality):
            continue
        if best is None or state.last_token > best[0]:
            best = (state.last_token, g)
    return (best[1], m - k + 1) if best else (None, 1)


def _titled(titles: list[str], family: set[str], nationality: list[str]) -> bool:
    for title in titles:
        words = {bare(w) for w in title.split()}
        if words & family and all(n in words for n in nationality):
            return True
    return False
