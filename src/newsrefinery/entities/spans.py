"""The words of one article text, and the named-mention spans found in them.

A `Field` is the body, the headline or one caption with its words; a `Span` is a
run of its words that names something, typed or still open, with the context cues
("Kirby said", "spokesman John Kirby") the article-level pass reads.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records import EntityType
from .cue_patterns import (
    ORG_CUE_NOUNS,
)
from .patterns import (
    HONORIFICS,
    PERSON_AFTER,
    RELATIVE_PERSON,
    ROLE_NOUNS,
    SPEECH_VERBS,
)
from .tokens import Token, bare, tokenize

# A word written in lower case stands after a space or an opening mark and runs up
# to the next space or closing mark ("infected" in "(infected ants").
_SPACES = " \t\n\r\f\v\xa0\u2009\u200a\u202f\u3000"
_OPENING = frozenset(_SPACES + "\"'“‘([")
_CLOSING = frozenset(_SPACES + ".,;:!?\"'“”‘’()[]")


@dataclass(frozen=True, slots=True)
class Field:
    """One text of the article (body, headline or a caption) and its words."""

    index: int  # 0: body; 1: headline; 2 and on: captions
    text: str
    tokens: list[Token]

    def writes_lower(self, word: str) -> bool:
        """Whether the text also writes `word` (lower case) as a word of its own:
        "Infected ants ..." opens with an ordinary word when "infected" occurs too."""
        if not "a" <= word[:1] <= "z":
            return False
        text = self.text
        size = len(word)
        at = text.find(word)
        while at >= 0:
            end = at + size
            opens = at == 0 or text[at - 1] in _OPENING
            if opens and (end == len(text) or text[end] in _CLOSING):
                return True
            at = text.find(word, at + 1)
        return False


@dataclass(slots=True)
class Span:
    """A named mention found in one field: tokens [i, j), typed or still open."""

    field: int
    i: int
    j: int
    start: int
    end: int
    text: str
    type: EntityType | None
    canonical: str | None = None
    title: str | None = None
    person_cue: bool = False
    weak: bool = False  # typed a person for want of anything better
    org_cue: bool = False  # "the magazine MicroMega", "wikiHow, the company"


def make_field(index: int, text: str) -> Field:
    """A field and its words."""
    return Field(index=index, text=text, tokens=tokenize(text))


def make_span(fld: Field, i: int, j: int, kind: EntityType | None) -> Span:
    start, end = fld.tokens[i].start, fld.tokens[j - 1].end
    return Span(fld.index, i, j, start, end, fld.text[start:end], kind)


def set_cues(fld: Field, span: Span) -> None:
    """Context that says person: "Kirby said", "counterpart Dmytro Kuleba", "Bos, 34,"."""
    toks = fld.tokens
    before = toks[span.i - 1] if span.i > 0 else None
    after = toks[span.j] if span.j < len(toks) else None
    if before is not None and not before.cap:
        word = bare(before.text)
        span.person_cue = word in ROLE_NOUNS or word in HONORIFICS
        span.org_cue = word in ORG_CUE_NOUNS
        if span.i > 1 and f"{toks[span.i - 2].lower} {before.lower}" in PERSON_AFTER:
            span.person_cue = True
    if after is not None:
        if after.lower in SPEECH_VERBS:
            span.person_cue = True
        elif after.text == "," and span.j + 1 < len(toks):
            nxt = toks[span.j + 1]
            if nxt.lower in ("the", "a", "an") and span.j + 3 < len(toks):
                # "wikiHow, the company,"; not "ROS, the group of chemicals".
                noun, then = toks[span.j + 2], toks[span.j + 3]
                span.org_cue |= noun.lower in ORG_CUE_NOUNS and then.lower != "of"
            span.person_cue = span.person_cue or nxt.lower in RELATIVE_PERSON
            span.person_cue = span.person_cue or (nxt.text.isdigit() and len(nxt.text) <= 3)
