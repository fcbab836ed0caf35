"""Names GUM does not count as mentions of their own: names used as modifiers.

"the Scientology organization" and "the Lombardy region" are nominal mentions
whose head is the lower-case noun; the name inside only modifies it. "Formica
fusca" is a species, whose capitalised first word is no organisation. Both are
read from the words right after the name, so they cost a look at one word.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .patterns import KIND_NOUNS, PLACE_KIND_NOUNS, READ_WORDS, SPECIES_ENDINGS
from .spans import Field, Span

# The lower-case word right after a name (after its possessive, if any).
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b(?![-'’])")
DETERMINERS = frozenset({"the", "a", "an"})


def drop_modifiers(fields: list[Field], spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """The spans less names used as modifiers of a kind noun, and genus names."""
    return [s for s in spans if not _modifier(fields[s.field], s, gaz)]


def _modifier(fld: Field, span: Span, gaz: Gazetteer) -> bool:
    toks = fld.tokens
    if span.j >= len(toks) or toks[span.j].cap:
        return False
    nxt = toks[span.j]
    if nxt.lower in KIND_NOUNS:
        if span.type == "PLACE" and nxt.lower in PLACE_KIND_NOUNS:
            return False
        # "the Sea Org group": the article before the name is the noun's.
        return span.i > 0 and toks[span.i - 1].lower in DETERMINERS and not toks[span.i - 1].cap
    if span.j - span.i != 1 or nxt.start >= 0 or span.type == "PLACE":
        return False  # only an unread word (a filler) can be a species' second word
    found = _NEXT_WORD.match(fld.text, span.end)
    if found is None:
        return False
    word = found.group(1)
    latin = word.endswith(SPECIES_ENDINGS) and len(word) > 3
    return latin and word not in READ_WORDS and not gaz.common_word(word)
