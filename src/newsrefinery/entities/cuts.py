"""Where one run of capitalised words holds two names, and where it is cut.

"Troy Patterson of Slate Magazine", "CEO of the Refugee Council Enver Solomon",
"Editorial Manager Chet Clem and President Sean Mills" and "Bundeskanzlerin Angela
Merkel" each hold a person's name beside another name or a title; these functions
say where the first ends and the second starts, and `mentions.py` types the parts.
"""

from __future__ import annotations

from .gazetteer import Gazetteer
from .patterns import FOLLOWER_ENDINGS, NON_NAME_WORDS, ORG_HEADS, PLACE_HEADS
from .spans import Field
from .tokens import Token, bare
from .typer import MAX_PERSON_TAIL, is_title_word, type_span


def two_names(fld: Field, gaz: Gazetteer, i: int, j: int) -> tuple[int, int, int] | None:
    """Where a run holding two names is cut: (start and end of the first, start of
    the second)."""
    of = _person_of(fld, gaz, i, j)
    if of is not None:  # "Troy Patterson of Slate Magazine"
        return i, of, of + 1
    given = _inner_given_name(fld, gaz, i, j)
    if given is not None:  # "... Islamic Relations Alia Salem said"
        return i, given, given
    known = _known_person_tail(fld, gaz, i, j)
    if known is not None:  # "Bundeskanzlerin Angela Merkel": a title no list holds
        return i, known, known
    k = j - 2
    if k - i < 2 or not unlisted_name(fld, gaz, k, j):
        return None
    if fld.text[fld.tokens[i].start : fld.tokens[j - 1].end] in gaz.orgs:
        return None
    # "Ambassador to the United States Hamdullah Mohib", "CEO of the Refugee Council
    # Enver Solomon told": no comma sets a person's name off from the organisation or
    # place they speak for; a title before that name is no part of it.
    lead = i
    while lead < k - 1 and (is_title_word(fld.tokens[lead]) or not fld.tokens[lead].cap):
        lead += 1
    return (lead, k, k) if type_span(fld, gaz, lead, k).type in ("ORG", "PLACE") else None


def _known_person_tail(fld: Field, gaz: Gazetteer, i: int, j: int) -> int | None:
    """Where a well-known person's full name ends the run after words that are no
    title the rules know and no part of a name, if it does."""
    toks = fld.tokens
    for k in range(max(i + 1, j - MAX_PERSON_TAIL), j - 1):
        tail = fld.text[toks[k].start : toks[j - 1].end]
        if gaz.people.get(tail) != tail:
            continue  # unknown, or a short form ("De Bruyne" of "Kevin De Bruyne")
        before = toks[i:k]
        if any(is_title_word(t) or t.text in gaz.given for t in before):
            return None  # "U.S. President Donald Trump": the title split's
        whole = fld.text[toks[i].start : toks[j - 1].end]
        return None if whole in gaz.orgs or whole in gaz.places else k
    return None


def unlisted_name(fld: Field, gaz: Gazetteer, k: int, j: int) -> bool:
    """Words [k, j) that can only be a person's name: capitalised words (no
    initials) that are no English word, place, head or title."""
    for tok in fld.tokens[k:j]:
        word = tok.text
        if not (word[:1].isupper() and any(c.islower() for c in word)):
            return False  # "US", "M5S": initials, not a person's name
        if _names_no_one(gaz, tok) or is_title_word(tok) or bare(word) in PLACE_HEADS:
            return False
    return True


def _person_of(fld: Field, gaz: Gazetteer, i: int, j: int) -> int | None:
    """Where "of" joins a person's name to their organisation or place, if it does."""
    toks = fld.tokens
    if toks[i].text not in gaz.given:
        return None
    for k in range(i + 2, min(j, i + MAX_PERSON_TAIL + 1)):
        if toks[k].lower in ("of", "from", "at"):
            return k if all(t.cap for t in toks[i:k]) else None
    return None


def _inner_given_name(fld: Field, gaz: Gazetteer, i: int, j: int) -> int | None:
    """Where a person's name starts after another name in the same run, if it does."""
    toks = fld.tokens
    for k in range(i + 1, j - 1):
        if toks[k].text not in gaz.given or j - k > MAX_PERSON_TAIL:
            continue
        prev = toks[k - 1]
        if prev.text in gaz.given or is_title_word(prev) or len(prev.text.rstrip(".")) <= 1:
            return None  # "John Paul Jones", "President Joe Biden", "L. Ron Hubbard"
        if not all(t.cap for t in toks[k:j]) or j - k < 2:
            return None
        if any(is_title_word(t) for t in toks[i:k]):
            return None  # "... Coordinator for Strategic Communications John Kirby": a title
        listed = fld.text[toks[i].start : toks[j - 1].end] in gaz.orgs  # "Louis Vuitton"
        # "Hernan Dario Gomez": the words before the given name are a name's too.
        return None if listed or not any(_names_no_one(gaz, t) for t in toks[i:k]) else k
    return None


def _names_no_one(gaz: Gazetteer, tok: Token) -> bool:
    """A word no person's name holds: an English word, a place, an organisation's
    head, a nationality or a follower ("Scientologist"), a word like "I'm"."""
    text, low = tok.text, tok.lower
    if gaz.common_word(low) or low in NON_NAME_WORDS or text in gaz.places:
        return True
    follower = low.endswith(FOLLOWER_ENDINGS) or text in gaz.demonyms
    return follower or bare(text) in ORG_HEADS or "'" in text or "’" in text


def two_people(fld: Field, gaz: Gazetteer, i: int, j: int) -> tuple[int, int, int] | None:
    """Where "and" joins two people: "Manager Chet Clem and President Sean Mills",
    "Mario J. Lucero and Isabel Ruiz of Heaven Sent Gaming"."""
    toks = fld.tokens
    for k in range(i + 1, j - 1):
        if toks[k].lower not in ("and", "&"):
            continue
        nxt = toks[k + 1]
        if is_title_word(nxt) or (toks[i].text in gaz.given and nxt.text in gaz.given):
            listed = fld.text[toks[i].start : toks[j - 1].end] in gaz.orgs
            return None if listed else (i, k, k + 1)
    return None
