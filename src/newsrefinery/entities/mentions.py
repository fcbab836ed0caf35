"""Named mentions: runs of capitalised words, cut at titles and typed.

A run ("US National Security Council Coordinator for Strategic Communications John
Kirby") is cut where a person's name starts after a title; the title's own lead
("US National Security Council") is typed on its own. A span is typed by the name
lists (organisations, places, given names), by its head word ("... University",
"... Sea"), by its shape (an acronym) and, failing those, left open for the
article-level pass in `resolve.py`, which uses what the rest of the article says.
"""

from __future__ import annotations

from .bracketed import bracketed_names
from .cue_patterns import (
    CONTRACTIONS,
    CORPORATE_SUFFIXES,
    NAME_ADJECTIVES,
)
from .cuts import two_names, two_people, unlisted_name
from .gazetteer import Gazetteer
from .inverted import has_entries, inverted_names
from .nested import with_nested
from .patterns import (
    EVENT_HEADS,
    HONORIFICS,
    NAME_CONNECTORS,
    NON_ENTITY_WORDS,
    NON_NAME_WORDS,
    OFFICE_TITLES,
    PERSON_PARTICLES,
    ROLE_NOUNS,
    TITLE_JOINERS,
    TITLE_MODIFIERS,
)
from .spans import Field, Span, make_span
from .tokens import Token, bare
from .typer import (
    MAX_NAME_WORDS,
    is_title_word,
    org_opened,
    person_shaped,
    type_span,
)
from .wordforms import hyphen_heads, lower_parties, name_token

# First words of a run that may name nothing of ours: a title ("Prime Minister",
# "Mr. President") or a company's legal suffix alone ("Inc.").
NO_NAME_LEADS = HONORIFICS | OFFICE_TITLES | ROLE_NOUNS | TITLE_MODIFIERS | CORPORATE_SUFFIXES
# Connectors allowed in a row inside a name ("Daughters of the American Revolution").
MAX_CONNECTORS = 2
# Connectors at which an untyped run is cut into two names, in order of preference.
SPLIT_AT = ("and", "&", "of", "for", "on")


def find_spans(fld: Field, gaz: Gazetteer) -> list[Span]:
    """Every named-mention candidate of one field, in text order."""
    spans: list[Span] = []
    caps = [k for k, tok in enumerate(fld.tokens) if tok.cap]  # read once, used often
    if has_entries(fld.text):
        spans, taken = inverted_names(fld, gaz)
        if taken:
            caps = [k for k in caps if k not in taken]
    if "[" in fld.text:
        found, taken = bracketed_names(fld, caps, gaz)
        if taken:
            spans.extend(found)
            caps = [k for k in caps if k not in taken]
    for i, j in _runs(fld.tokens, caps, gaz):
        spans.extend(_analyse_run(fld, gaz, i, j))
    if "-" in fld.text:
        spans.extend(hyphen_heads(fld, caps, gaz))
    if " party" in fld.text:
        spans = lower_parties(fld, caps, spans)
    spans.sort(key=lambda s: (s.start, -s.end))
    return spans


def _runs(tokens: list[Token], caps: list[int], gaz: Gazetteer) -> list[tuple[int, int]]:
    """Token ranges of capitalised words (`caps`: their indexes), joined by connectors
    ("University of X")."""
    runs: list[tuple[int, int]] = []
    n = len(tokens)
    end = 0
    for i in caps:
        if i < end or not name_token(tokens[i], gaz):
            continue
        j = i + 1
        while j < n and not tokens[j].gap_newline:
            nxt = tokens[j]
            # `name_token`, its common case inlined: most words after a name are not.
            if nxt.cap and ("-" not in nxt.text or name_token(nxt, gaz)):
                j += 1
                continue
            k = j
            while k < n and tokens[k].lower in NAME_CONNECTORS and not tokens[k].gap_newline:
                k += 1
            ok = 0 < k - j <= MAX_CONNECTORS and k < n and not tokens[k].gap_newline
            if ok and name_token(tokens[k], gaz) and (tokens[j].lower != "the" or j > i + 1):
                j = k + 1
                continue
            break
        end = j
        # "The", "He", "It": a one-word run that can only open a sentence; "Isn't",
        # "We'll": a contraction.
        word, low = tokens[i].text, tokens[i].lower
        unnamed = low in NON_NAME_WORDS or low.endswith(CONTRACTIONS)
        if j == i + 1 and unnamed and not word.isupper():
            continue
        runs.append((i, j))
    return runs


def _analyse_run(fld: Field, gaz: Gazetteer, i: int, j: int) -> list[Span]:
    """The typed spans of one run of capitalised words."""
    toks = fld.tokens
    while i < j and (not toks[i].cap or _drop_lead(fld, gaz, i, j)):
        i += 1
    while j > i and (not toks[j - 1].cap or _drop_tail(toks[j - 1])):
        if toks[j - 1].cap and fld.text[toks[i].start : toks[j - 1].end] in gaz.people:
            break  # "Theresa May": a known name keeps a last word that is a word
        j -= 1
    if i >= j or bare(toks[j - 1].text) in EVENT_HEADS or bare(toks[i].text) in NO_NAME_LEADS:
        unnamed = _no_name(fld, gaz, i, j)
        if unnamed is not None:
            return unnamed
    cut = two_names(fld, gaz, i, j) or (two_people(fld, gaz, i, j) if j - i > 2 else None)
    if cut is not None:
        first, left, right = cut
        return _analyse_run(fld, gaz, first, left) + _analyse_run(fld, gaz, right, j)
    whole = type_span(fld, gaz, i, j)
    if whole.type == "ORG" and _titular(toks[i]):
        whole = _office_of(fld, gaz, whole)
    if whole.type is not None and whole.type != "PERSON":
        return _two_bodies(fld, gaz, whole) or with_nested(fld, gaz, whole)
    split = _title_split(fld, gaz, i, j)
    if split is not None:
        return split
    if whole.type is None:
        # "Cloud9 and Immortals": two names; "Briefing Room of the White House": two.
        joint = _joint(fld, gaz, i, j)
        if joint is not None:
            return _analyse_run(fld, gaz, i, joint) + _analyse_run(fld, gaz, joint + 1, j)
    return with_nested(fld, gaz, _prefix_or_whole(fld, gaz, whole))


def _joint(fld: Field, gaz: Gazetteer, i: int, j: int) -> int | None:
    """Where an untyped run joining names is cut: after the longest listed name it
    opens with ("U.S. Immigration and Customs Enforcement and the FBI"), else at its
    first connector."""
    toks = fld.tokens
    joints = [k for k in range(i + 1, j - 1) if toks[k].lower in SPLIT_AT]
    listed = [k for k in joints if type_span(fld, gaz, i, k).canonical is not None]
    return listed[-1] if listed else (joints[0] if joints else None)


def _two_bodies(fld: Field, gaz: Gazetteer, whole: Span) -> list[Span]:
    """The spans of an unlisted organisation's run where "and" joins two names each
    an organisation on its own by its "X of Y" shape ("Massachusetts Institute of
    Technology and the University of Sheffield"); none when it is one name
    ("Department of Health and Human Services": "Human Services" has no such shape)."""
    if whole.type != "ORG" or whole.canonical is not None:
        return []
    toks = fld.tokens
    i, j = whole.i, whole.j
    for k in range(i + 3, j - 3):
        if toks[k].lower not in ("and", "&"):
            continue
        right = k + 2 if toks[k + 1].lower == "the" else k + 1
        if org_opened(fld, right, j) and org_opened(fld, i, k):
            return _analyse_run(fld, gaz, i, k) + _analyse_run(fld, gaz, right, j)
    return []


def _office_of(fld: Field, gaz: Gazetteer, whole: Span) -> Span:
    """ "President of the International Brotherhood of Magicians", "Assistant Attorney
    General for the Justice Department": an office held in an organisation names the
    organisation, not the office."""
    toks = fld.tokens
    k = whole.i
    while k < whole.j and _titular(toks[k]):
        k += 1
    if k == whole.i or k >= whole.j or toks[k].lower not in ("of", "at", "for"):
        return whole
    while k < whole.j and not toks[k].cap:
        k += 1
    rest = type_span(fld, gaz, k, whole.j) if k < whole.j else whole
    return rest if rest.type == "ORG" else whole


def _no_name(fld: Field, gaz: Gazetteer, i: int, j: int) -> list[Span] | None:
    """The spans of a run that names no one and nothing of ours, or None if it may."""
    toks = fld.tokens
    if j - i == 1 and bare(toks[i].text) in CORPORATE_SUFFIXES:
        return []  # "SDB Construction, Inc.": the suffix after the comma is no name
    if all(_titular(t) or t.lower in TITLE_JOINERS for t in toks[i:j]):
        # "Mr. President", "Prime Minister", "Secretary of State": an office, a
        # nominal mention.
        return []
    if bare(toks[j - 1].text) in EVENT_HEADS:
        # "World Cup", "Nobel Peace Prize": events and works, not ours; but the known
        # organisation or place they open is ("FIFA World Cup", "Vietnam War").
        return _event_lead(fld, gaz, i, j)
    return None


def _titular(tok: Token) -> bool:
    """A word of a title: "Minister", "Mr.", or a modifier such as "Prime", "Home"."""
    return is_title_word(tok) or tok.lower in TITLE_MODIFIERS


def _event_lead(fld: Field, gaz: Gazetteer, i: int, j: int) -> list[Span]:
    """The listed organisation or place an event's name opens with, if any."""
    for k in range(j - 1, i, -1):
        lead = type_span(fld, gaz, i, k)
        if lead.canonical is not None and lead.type in ("ORG", "PLACE"):
            return [lead]
    return []


def _drop_lead(fld: Field, gaz: Gazetteer, i: int, j: int) -> bool:
    """A first word that starts no name: "The", "However", "Currently" opening a sentence."""
    tok = fld.tokens[i]
    word = tok.text
    low = tok.lower
    listed = low in NON_NAME_WORDS
    if not listed and (not tok.sentence_start or word in gaz.given):
        return False
    if low in NAME_ADJECTIVES and not tok.sentence_start and i + 1 < j:
        return False  # "at Old Dominion University", "at Second City"
    if len(word) > 1 and word.isupper():
        return False  # "US", "NATO": acronyms, not the words they spell
    if _known_prefix(fld, gaz, i, j) and not (j == i + 1 and fld.writes_lower(low)):
        return False  # "New York", "General Motors"; not "Mobile phone sales rose"
    adverb = low.endswith("ly") and gaz.common_word(low)  # "Currently", not "Daly"
    if listed or low in NON_ENTITY_WORDS or adverb:
        return True
    # "Minister of Education Stefania Giannini": a title opening the sentence stays
    # with the name after it, though the text writes "minister" too.
    return fld.writes_lower(low) and not (i + 1 < j and is_title_word(tok))


def _known_prefix(fld: Field, gaz: Gazetteer, i: int, j: int) -> bool:
    toks = fld.tokens
    for m in range(i + 1, min(j, i + MAX_NAME_WORDS) + 1):
        text = fld.text[toks[i].start : toks[m - 1].end]
        if text in gaz.places or text in gaz.orgs:
            return True
    return False


def _drop_tail(tok: Token) -> bool:
    """A last word that ends no name: "... Image:", "Hugh McGuire Sunday"."""
    word = tok.text
    if len(word) > 1 and word.isupper():
        return False
    return tok.lower in NON_NAME_WORDS or tok.lower in NON_ENTITY_WORDS


def _title_split(fld: Field, gaz: Gazetteer, i: int, j: int) -> list[Span] | None:
    """Cut "Chinese Foreign Minister Qin Gang" into a title and a person."""
    toks = fld.tokens
    titles = [k for k in range(i, j - 1) if is_title_word(toks[k])]
    if not titles:
        return None
    last = titles[-1]
    p = next((k for k in range(last + 1, j) if toks[k].text in gaz.given), None)
    if p is None:
        p = _name_after_office(fld, gaz, last, j)
    if p is None or j - p > MAX_NAME_WORDS or not person_shaped(fld, gaz, p, j):
        return None
    if any(_no_name_word(t) for t in toks[p:j]) or _role_then_word(fld, gaz, last, p, j):
        return None  # "Squadron Officer School and ROTC", "Prime Minister", "Pilot Training"
    person = make_span(fld, p, j, "PERSON")
    q = p
    while q > i and toks[q - 1].lower in NAME_CONNECTORS:
        q -= 1
    person.title = fld.text[toks[i].start : toks[q - 1].end]
    out = [person]
    first_title = titles[0]
    if first_title > i:
        lead = type_span(fld, gaz, i, first_title)
        if lead.type in ("ORG", "PLACE"):
            out.extend(with_nested(fld, gaz, lead))
    return out


def _name_after_office(fld: Field, gaz: Gazetteer, last: int, j: int) -> int | None:
    """Where the name starts after the title word at `last` when no given name says
    so: right after it, or after "Minister of Education" as two unlisted words."""
    toks = fld.tokens
    nxt = toks[last + 1].lower
    if nxt not in NAME_CONNECTORS or nxt in PERSON_PARTICLES:  # "Mayor de Blasio"
        return last + 1 if j - (last + 1) <= MAX_NAME_WORDS - 1 else None
    k = j - 2
    return k if k > last + 2 and unlisted_name(fld, gaz, k, j) else None


def _no_name_word(tok: Token) -> bool:
    """ "and", "of", "NATO", "Minister": words a name after a title does not hold."""
    word = tok.text
    if tok.lower in NAME_CONNECTORS:
        return tok.lower not in PERSON_PARTICLES
    return (len(word) > 1 and word.isupper()) or is_title_word(tok)


def _role_then_word(fld: Field, gaz: Gazetteer, last: int, p: int, j: int) -> bool:
    """ "Jet Pilot Training": one English word after a role noun ("pilot") names no
    one; after an office or honorific it may ("President Trump", "Mr. Rice")."""
    role = bare(fld.tokens[last].text)
    word = j - p == 1 and gaz.common_word(fld.tokens[p].lower)
    return word and role in ROLE_NOUNS and role not in OFFICE_TITLES


def _prefix_or_whole(fld: Field, gaz: Gazetteer, span: Span) -> Span:
    """ "UN Charter" names the UN; "Wall Street Journal" stays whole."""
    if span.type is not None or span.j - span.i < 2:
        return span
    for k in range(span.j - 1, span.i, -1):
        prefix = type_span(fld, gaz, span.i, k)
        if prefix.canonical is not None and prefix.type == "ORG":
            return prefix
    return span
