"""Inverted names in lists: "Austen, Jane. Pride and Prejudice" and "Marx, Karl and
Engels, Friedrich." open reading lists and bibliographies with the surname first.

Only the surname names the person there (GUM marks "Austen", not "Jane"), and it may
be a place's name too ("London, Jack"), so it is typed a person before the lists see
it, and the given names after the comma are left out of the runs of names.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .spans import Field, Span, make_span
from .tokens import Token

# A line that opens with "Word, Word[ Word]." or "Word, Word and": the cheap test
# before the token scan ("Sunday, May 28" does not pass it). It is searched after a
# line break put before the text: a literal first character makes the search fast.
_ENTRY = re.compile(r"\n[^\W\d_][\w'’-]*, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?(?:\.| and )")
# Most given names after the comma ("Macaulay, Thomas Babington.").
MAX_GIVEN = 2


def has_entries(text: str) -> bool:
    """Whether a line of `text` may open with an inverted name."""
    return _ENTRY.search("\n" + text) is not None


def inverted_names(fld: Field, gaz: Gazetteer) -> tuple[list[Span], set[int]]:
    """The surnames of line-opening "Surname, Given." entries as person spans, and
    the indexes of every token those entries take (surnames and given names)."""
    toks = fld.tokens
    spans: list[Span] = []
    taken: set[int] = set()
    for k in range(len(toks) - 3):
        if not toks[k].gap_newline and k > 0:
            continue
        m: int | None = k
        while m is not None:
            end = _entry_end(toks, gaz, m, chained=m != k)
            if end is None:
                break
            spans.append(make_span(fld, m, m + 1, "PERSON"))
            taken.update(range(m, end))
            # "Marx, Karl and Engels, Friedrich.": a second author after "and".
            m = end + 1 if end + 1 < len(toks) and toks[end].lower == "and" else None
    return spans, taken


def _entry_end(toks: list[Token], gaz: Gazetteer, k: int, chained: bool) -> int | None:
    """The end of "Surname, Given[ Given]" at token k, if it is one and a period or
    "and" follows it; after "and" (`chained`), the list's shape is known and any
    capitalised word will do for the given name ("Engels, Friedrich")."""
    sur = toks[k]
    if not sur.cap or sur.text.isupper() or k + 2 >= len(toks) or toks[k + 1].text != ",":
        return None
    if not (toks[k + 2].cap and (chained or toks[k + 2].text in gaz.given)):
        return None
    end = k + 3
    while end < len(toks) and end - (k + 2) < MAX_GIVEN and toks[end].cap:
        end += 1
    if end < len(toks) and toks[end].text in (".", "and") and not toks[end].gap_newline:
        return end
    return None
