"""People's titles and genders, read from the words around their names.

A title is the role phrase a name is introduced with: before it ("National
Security Council spokesman John Kirby", "Chinese Foreign Minister Qin Gang") or in
apposition after it ("Nick Moreau, a spokesman for the club,"). Gender, for
pronoun agreement, comes from the given name and from gendered titles ("Mr",
"spokeswoman"); a person of unknown gender can still take either pronoun.
"""

from __future__ import annotations

from .canonical import Group
from .gazetteer import Gazetteer
from .patterns import (
    APPOSITION_OPENERS,
    FEMALE_TITLES,
    HONORIFICS,
    MALE_TITLES,
    OFFICE_TITLES,
    ROLE_NOUNS,
    TITLE_JOINERS,
    TITLE_MODIFIERS,
)
from .spans import Field, Span
from .tokens import Token, bare

# Longest title phrase read before or after a name, in words.
MAX_TITLE_WORDS = 8
# An appositive is a title when its role word comes among its first words.
ROLE_WITHIN = 3
# Punctuation that ends an appositive title.
APPOSITION_ENDS = frozenset(',.;:”")—–')


def attach_titles(fields: list[Field], groups: list[Group]) -> None:
    """Fill each person's `titles`, in order of first appearance, without repeats."""
    for group in groups:
        if group.type != "PERSON":
            continue
        seen: dict[str, None] = {}
        for span in group.spans:
            for title in span_titles(fields[span.field], span):
                # "Mr." says nothing of a role; gender() reads it from the text.
                if not all(bare(w) in HONORIFICS for w in title.split()):
                    seen.setdefault(title, None)
        group.titles = list(seen)


def span_titles(fld: Field, span: Span) -> list[str]:
    """The titles one mention is written with."""
    out: list[str] = []
    before = span.title or _title_before(fld, span)
    if before:
        out.append(before)
    after = _title_after(fld, span)
    if after:
        out.append(after)
    return out


def _is_role(tok: Token) -> bool:
    word = bare(tok.text)
    return word in ROLE_NOUNS or word in OFFICE_TITLES


def _title_before(fld: Field, span: Span) -> str | None:
    """ "... spokesman John Kirby": a role word right before the name, and its lead."""
    toks = fld.tokens
    k = span.i - 1
    if k < 0 or toks[k].cap or not _is_role(toks[k]):
        return None
    first = k
    while first - 1 >= 0 and span.i - first < MAX_TITLE_WORDS:
        tok = toks[first - 1]
        if tok.gap_newline or toks[first].gap_newline:
            break
        if tok.cap or _is_role(tok) or tok.lower in TITLE_MODIFIERS:
            first -= 1
            continue
        break
    while first < k and not toks[first].cap and toks[first].lower in TITLE_JOINERS:
        first += 1
    return fld.text[toks[first].start : toks[k].end]


def _title_after(fld: Field, span: Span) -> str | None:
    """ "Nick Moreau, a spokesman for the club,": a role phrase in apposition."""
    toks = fld.tokens
    k = span.j
    if k + 1 >= len(toks) or toks[k].text != ",":
        return None
    start = toks[k].end
    k += 1
    if toks[k].lower in APPOSITION_OPENERS:
        start = toks[k].end
        k += 1
    first = k
    has_role = False
    while k < len(toks) and k - first < MAX_TITLE_WORDS and not toks[k].gap_newline:
        if toks[k].text in APPOSITION_ENDS:
            break
        # The role comes early ("a spokesman for ..."), not after a clause.
        has_role = has_role or (_is_role(toks[k]) and k - first < ROLE_WITHIN)
        k += 1
    if not has_role or k >= len(toks) or toks[k].text not in APPOSITION_ENDS:
        return None
    return fld.text[start : toks[k].start].strip() or None


def gender(fields: list[Field], group: Group, gaz: Gazetteer) -> str | None:
    """ "m", "f" or None, from the given name first, then gendered titles."""
    for span in group.spans:
        toks = fields[span.field].tokens[span.i : span.j]
        if len(toks) >= 2 and toks[0].text in gaz.given:
            found = gaz.given[toks[0].text]
            if found in ("m", "f"):
                return found
    for title in group.titles:
        words = {bare(w) for w in title.split()}
        if words & MALE_TITLES:
            return "m"
        if words & FEMALE_TITLES:
            return "f"
    for span in group.spans:
        toks = fields[span.field].tokens
        if span.i > 0 and bare(toks[span.i - 1].text) in HONORIFICS:
            word = bare(toks[span.i - 1].text)
            return "m" if word in MALE_TITLES else "f" if word in FEMALE_TITLES else None
    return None
