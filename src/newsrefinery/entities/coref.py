"""Pronouns and nominal mentions of people, linked to the people the article names.

The body is read once, in order, keeping each person's salience (see `salience`):
every mention adds a weight for its grammatical role (subject over object over
oblique), and salience halves with each sentence. A third-person singular pronoun
("he", "her") goes to the most salient person of an agreeing gender named in the
last few sentences, never to the speaker of the quote it stands in; the "he" of
"..., he said" favours the speaker of the quote before. A nominal mention ("the
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
from .salience import (
    QUOTE_MARKS,
    ROLE_WEIGHTS,
    SUBJECT,
    Quote,
    mention_role,
    pronoun_role,
    quotes,
)
from .spans import Field
from .tokens import FILLER, Token, bare

# How many sentences back a pronoun looks for its person.
PRONOUN_WINDOW = 5
# Salience halves with each sentence read (Lappin and Leass).
DECAY = 0.5
# A person whose gender is known to agree counts half again: "she" after "Mary Jones
# met Kim Lee" is Mary Jones. (A factor, not a bonus, so that it does not bring back
# someone long gone.)
GENDER_FACTOR = 1.5
# Bonuses to a candidate's salience: a subject "he" for a person last mentioned as a
# subject (Lappin and Leass's parallelism), and the "he" of "..., he said" for the
# speaker of the quote before, as much as a new mention as subject: speaking on
# after a quote is the news's way of naming the speaker again.
PARALLEL_BONUS = 35.0
SPEAKER_BONUS = 310.0
# A "person" typed only for want of a better type counts as if named a sentence
# further back: it takes a pronoun only when no one better is near.
WEAK_FACTOR = 0.5
REFLEXIVES = frozenset({"himself", "herself"})
SENTENCE_ENDS = frozenset(".!?")
_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
# Longest run of modifiers between "the" and the role word ("the former Chinese leader").
MAX_NOMINAL_MODIFIERS = 3


@dataclass(slots=True)
class _State:
    """What the reader remembers of one person so far."""

    salience: float = 0.0
    last_sentence: int = -1  # the sentence `salience` was last updated in
    last_token: int = -1
    role: str = ""  # of the latest mention
    best: float = 0.0  # the best role weight of the person's latest sentence
    count: int = 0


@dataclass(frozen=True, slots=True)
class Link:
    """A pronoun or nominal mention (offsets into the body) and its person's group index."""

    start: int
    end: int
    text: str
    group: int


@dataclass(slots=True)
class _Reader:
    """The body read in order: every person's salience, and who spoke which quote."""

    body: Field
    states: dict[int, _State]
    genders: list[str | None]
    weak: list[bool]
    quotes: list[Quote]
    opens: list[int]  # opening token of each quote, in order
    spoken: dict[int, int]  # token of a quote's speaker mention -> the quote's index
    resolved: dict[int, int]  # token of each person mention read -> the person

    def pronoun(self, k: int, sent: int) -> int | None:
        """The person the pronoun at token `k` refers to, or None."""
        tok = self.body.tokens[k]
        want = "m" if tok.lower in MALE_PRONOUNS else "f"
        window = 0 if tok.lower in REFLEXIVES else PRONOUN_WINDOW
        role = pronoun_role(self.body, k)
        excluded, previous = self._quote_context(k)
        best: tuple[float, int] | None = None
        best_group: int | None = None
        for g, state in self.states.items():
            if state.count == 0 or sent - state.last_sentence > window or g == excluded:
                continue
            if self.genders[g] is not None and self.genders[g] != want:
                continue
            score = state.salience * DECAY ** (sent - state.last_sentence)
            score *= GENDER_FACTOR if self.genders[g] == want else 1.0
            score += PARALLEL_BONUS if role == SUBJECT and state.role == SUBJECT else 0.0
            score += SPEAKER_BONUS if g == previous else 0.0
            score *= WEAK_FACTOR if self.weak[g] else 1.0
            key = (score, state.last_token)
            if best is None or key > best:
                best, best_group = key, g
        return best_group

    def _quote_context(self, k: int) -> tuple[int | None, int | None]:
        """The speaker of the quote holding token `k` (not its antecedent), and, when
        `k` speaks a quote itself, the speaker of the quote before (likely it)."""
        n = bisect_right(self.opens, k) - 1
        excluded = None
        if n >= 0 and self.quotes[n].open < k < self.quotes[n].close:
            speaker = self.quotes[n].speaker
            excluded = self.resolved.get(speaker) if speaker is not None else None
        previous = None
        for quote in reversed(self.quotes[: self.spoken.get(k, 0)]):
            if quote.speaker is not None and quote.speaker in self.resolved:
                previous = self.resolved[quote.speaker]
                break
        return excluded, previous

    def mention(self, target: int, k: int, sent: int, role: str) -> None:
        """Person `target` is mentioned at token `k` in sentence `sent`, in `role`."""
        state = self.states[target]
        weight = ROLE_WEIGHTS[role]
        if state.count and sent == state.last_sentence:
            # Each factor counts once a sentence: a second mention adds only a
            # better role.
            state.salience += max(0.0, weight - state.best)
            state.best = max(state.best, weight)
        else:
            decayed = state.salience * DECAY ** (sent - state.last_sentence) if state.count else 0.0
            state.salience, state.best = decayed + weight, weight
        state.last_sentence, state.last_token, state.role = sent, k, role
        state.count += 1
        self.resolved[k] = target


def link_people(
    body: Field, groups: list[Group], genders: list[str | None], gaz: Gazetteer
) -> list[Link]:
    """Every pronoun and nominal mention of the body that refers to a named person."""
    toks = body.tokens
    starts, ends = _named_starts(groups)
    if not starts:
        return []  # no one named in the body: no pronoun has anyone to go to
    scan = _scan(toks, starts)
    found = quotes(body, starts, scan.marks, scan.breaks)
    reader = _Reader(
        body,
        {g: _State() for g, group in enumerate(groups) if group.type == "PERSON"},
        list(genders),
        [all(s.weak for s in group.spans) for group in groups],
        found,
        [q.open for q in found],
        {q.speaker: n for n, q in enumerate(found) if q.speaker is not None},
        {},
    )
    links: list[Link] = []
    boundaries = scan.boundaries
    skip_to = 0
    for k in scan.events:
        if k < skip_to:
            continue
        tok = toks[k]
        sent = bisect_right(boundaries, k)
        target: int | None = None
        width = 1
        if tok.start in starts:
            target = starts[tok.start]
            role = mention_role(body, k, ends[tok.start])
        elif tok.lower in NOMINAL_DETERMINERS:
            target, width = _nominal(toks, k, reader.states, groups, gaz, starts)
            role = mention_role(body, k, toks[k + width - 1].end) if target is not None else ""
        else:
            target = reader.pronoun(k, sent)
            role = pronoun_role(body, k)
            if target is not None and reader.genders[target] is None:
                reader.genders[target] = "m" if tok.lower in MALE_PRONOUNS else "f"
        if target is None:
            continue
        if tok.start not in starts:
            end = toks[k + width - 1].end
            links.append(Link(tok.start, end, body.text[tok.start : end], target))
        reader.mention(target, k, sent, role)
        skip_to = k + width
    return links


@dataclass(slots=True)
class _Scan:
    """Indexes of the body's words that matter to the reader."""

    events: list[int]  # names, pronouns and "the": what can mention a person
    boundaries: list[int]  # words that open a sentence
    marks: list[int]  # quotation marks
    breaks: list[int]  # words that open a paragraph


def _scan(toks: list[Token], starts: dict[int, int]) -> _Scan:
    """One pass over the body's words (most are ordinary words, skipped first)."""
    wanted = _PRONOUNS | NOMINAL_DETERMINERS
    events: list[int] = []
    ends: list[int] = []
    marks: list[int] = []
    breaks: list[int] = []
    for k, tok in enumerate(toks):
        if tok is FILLER:
            continue  # an ordinary word: most of them
        if tok.gap_newline:
            breaks.append(k)
        if tok.start < 0:
            continue
        text = tok.text
        if tok.lower in wanted or tok.start in starts:
            events.append(k)
        elif text in SENTENCE_ENDS:
            ends.append(k + 1)
        elif text in QUOTE_MARKS:
            marks.append(k)
    boundaries = sorted({k for k in ends + breaks if 0 < k < len(toks)})
    return _Scan(events, boundaries, marks, breaks)


def _named_starts(groups: list[Group]) -> tuple[dict[int, int], dict[int, int]]:
    """Body offset of each named mention of a person -> the person's group index, and
    -> the mention's end."""
    out: dict[int, int] = {}
    ends: dict[int, int] = {}
    for g, group in enumerate(groups):
        if group.type == "PERSON":
            for span in group.spans:
                if span.field == 0 and span.start not in out:
                    out[span.start] = g
                    ends[span.start] = span.end
    return out, ends


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
