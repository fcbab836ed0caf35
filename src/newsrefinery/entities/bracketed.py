"""Names completed by an editor: "[George H. W.] Bush", "[Phil] Gramm".

Interview transcripts print what the speaker said and put the words the reader
needs in square brackets. A bracket of given names and initials right before a
capitalised word is the front of one person's name, so the whole, brackets
included, is one mention (GUM marks it so), named without the brackets.
"""

from __future__ import annotations

from .gazetteer import Gazetteer
from .spans import Field, Span, make_span

# Most words inside the brackets ("[George H. W.]").
MAX_INSIDE = 4


def bracketed_names(fld: Field, caps: list[int], gaz: Gazetteer) -> tuple[list[Span], set[int]]:
    """Person spans of "[Given ...] Surname" and the indexes of the tokens they take
    (`caps`: the indexes of the field's capitalised words, where a given name is)."""
    toks = fld.tokens
    spans: list[Span] = []
    taken: set[int] = set()
    for first in caps:
        k = first - 1
        if k < 0 or toks[k].text != "[" or k + 3 >= len(toks):
            continue
        if toks[first].text not in gaz.given:
            continue
        close = next((m for m in range(k + 2, min(len(toks), k + 2 + MAX_INSIDE)) if
                      toks[m].text == "]"), None)  # fmt: skip
        if close is None or close + 1 >= len(toks) or not all(t.cap for t in toks[k + 1 : close]):
            continue
        surname = toks[close + 1]
        if not surname.cap or surname.gap_newline:
            continue  # "[George W.] Bush": the surname may be a word, too
        span = make_span(fld, k, close + 2, "PERSON")
        inside = " ".join(t.text for t in toks[k + 1 : close])
        span.canonical = f"{inside} {surname.text}"
        spans.append(span)
        taken.update(range(k, close + 2))
    return spans, taken
