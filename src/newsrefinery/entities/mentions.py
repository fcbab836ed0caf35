"""Named mentions: runs of capitalised words, cut at titles and typed.

A run ("US National Security Council Coordinator for Strategic Communications John
Kirby") is cut where a person's name starts after a title; the title's own lead
("US National Security Council") is typed on its own. A span is typed by the name
lists (organisations, places, given names), by its head word ("... University",
"... Sea"), by its shape (an acronym) and, failing those, left open for the
article-level pass in `resolve.py`, which uses what the rest of the article says.
"""

from __future__ import annotations

from ..records import EntityType
from .gazetteer import Gazetteer, fold
from .inverted import has_entries, inverted_names
from .nested import with_nested
from .patterns import (
    EVENT_HEADS,
    FOLLOWER_ENDINGS,
    HONORIFICS,
    NAME_CONNECTORS,
    NON_ENTITY_WORDS,
    NON_NAME_WORDS,
    NON_ORG_ACRONYMS,
    OFFICE_TITLES,
    ORG_HEADS,
    ORG_OPENERS,
    ORG_WHEN_FOLLOWED,
    PERSON_PARTICLES,
    PLACE_HEADS,
    ROLE_NOUNS,
)
from .spans import Field, Span, make_span
from .tokens import Token, bare

# Longest person name kept after a title; longer tails are titles of their own.
MAX_NAME_WORDS = 4
# Connectors allowed in a row inside a name ("Daughters of the American Revolution").
MAX_CONNECTORS = 2
# Longest all-capitals word read as an acronym ("NATO", "UNESCO"); longer ones are
# shouted words ("WASHINGTON").
MAX_ACRONYM = 6
# Longest person name split off the end of a longer run.
MAX_PERSON_TAIL = 3
# Words that title a person: honorifics, offices and role nouns.
_TITLE_WORDS = HONORIFICS | OFFICE_TITLES | ROLE_NOUNS
# Connectors at which an untyped run is cut into two names, in order of preference.
SPLIT_AT = ("and", "&", "of", "for", "on")


def find_spans(fld: Field, gaz: Gazetteer) -> list[Span]:
    """Every named-mention candidate of one field, in text order."""
    spans: list[Span] = []
    caps = [k for k, tok in enumerate(fld.tokens) if tok.cap]  # read once, used twice
    if has_entries(fld.text):
        spans, taken = inverted_names(fld, gaz)
        if taken:
            caps = [k for k in caps if k not in taken]
    for i, j in _runs(fld.tokens, caps, gaz):
        spans.extend(_analyse_run(fld, gaz, i, j))
    if "-" in fld.text:
        spans.extend(_hyphen_places(fld, caps, gaz))
    spans.sort(key=lambda s: (s.start, -s.end))
    return spans


def _name_token(tok: Token, gaz: Gazetteer) -> bool:
    """Whether `tok` can be a word of a name ("Chinese-ally" and "US-led" cannot)."""
    if not tok.cap or "-" not in tok.text:
        return tok.cap
    last = tok.text.rsplit("-", 1)[-1]
    return not (last[:1].islower() and last not in gaz.given)


def _runs(tokens: list[Token], caps: list[int], gaz: Gazetteer) -> list[tuple[int, int]]:
    """Token ranges of capitalised words (`caps`: their indexes), joined by connectors
    ("University of X")."""
    runs: list[tuple[int, int]] = []
    n = len(tokens)
    end = 0
    for i in caps:
        if i < end or not _name_token(tokens[i], gaz):
            continue
        j = i + 1
        while j < n and not tokens[j].gap_newline:
            nxt = tokens[j]
            # `_name_token`, its common case inlined: most words after a name are not.
            if nxt.cap and ("-" not in nxt.text or _name_token(nxt, gaz)):
                j += 1
                continue
            k = j
            while k < n and tokens[k].lower in NAME_CONNECTORS and not tokens[k].gap_newline:
                k += 1
            ok = 0 < k - j <= MAX_CONNECTORS and k < n and not tokens[k].gap_newline
            if ok and _name_token(tokens[k], gaz) and (tokens[j].lower != "the" or j > i + 1):
                j = k + 1
                continue
            break
        end = j
        # "The", "He", "It": a one-word run that can only open a sentence.
        word = tokens[i].text
        if j == i + 1 and tokens[i].lower in NON_NAME_WORDS and not word.isupper():
            continue
        runs.append((i, j))
    return runs


def _analyse_run(fld: Field, gaz: Gazetteer, i: int, j: int) -> list[Span]:
    """The typed spans of one run of capitalised words."""
    toks = fld.tokens
    while i < j and (not toks[i].cap or _drop_lead(fld, gaz, i, j)):
        i += 1
    while j > i and (not toks[j - 1].cap or _drop_tail(toks[j - 1])):
        j -= 1
    if i >= j or bare(toks[j - 1].text) in EVENT_HEADS:
        # "World Cup", "Nobel Peace Prize": events and works, not ours; but the known
        # organisation or place they open is ("FIFA World Cup", "Vietnam War").
        return _event_lead(fld, gaz, i, j)
    cut = _two_names(fld, gaz, i, j)
    if cut is not None:
        first, left, right = cut
        return _analyse_run(fld, gaz, first, left) + _analyse_run(fld, gaz, right, j)
    whole = _type_span(fld, gaz, i, j)
    office = i + 1 < j and toks[i + 1].lower in ("of", "at")
    if whole.type == "ORG" and office and _is_title_word(toks[i]):
        whole = _office_of(fld, gaz, whole)
    if whole.type is not None and whole.type != "PERSON":
        return _two_bodies(fld, gaz, whole) or with_nested(fld, gaz, whole)
    split = _title_split(fld, gaz, i, j)
    if split is not None:
        return split
    if whole.type is None:
        # "Cloud9 and Immortals": two names; "Briefing Room of the White House": two.
        joint = next((k for k in range(i + 1, j - 1) if toks[k].lower in SPLIT_AT), None)
        if joint is not None:
            return _analyse_run(fld, gaz, i, joint) + _analyse_run(fld, gaz, joint + 1, j)
    return with_nested(fld, gaz, _prefix_or_whole(fld, gaz, whole))


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
        if _org_opened(fld, right, j) and _org_opened(fld, i, k):
            return _analyse_run(fld, gaz, i, k) + _analyse_run(fld, gaz, right, j)
    return []


def _office_of(fld: Field, gaz: Gazetteer, whole: Span) -> Span:
    """ "President of the International Brotherhood of Magicians": an office held in an
    organisation names the organisation, not the office."""
    toks = fld.tokens
    k = whole.i + 1
    while k < whole.j and not toks[k].cap:
        k += 1
    rest = _type_span(fld, gaz, k, whole.j) if k < whole.j else whole
    return rest if rest.type == "ORG" else whole


def _event_lead(fld: Field, gaz: Gazetteer, i: int, j: int) -> list[Span]:
    """The listed organisation or place an event's name opens with, if any."""
    for k in range(j - 1, i, -1):
        lead = _type_span(fld, gaz, i, k)
        if lead.canonical is not None and lead.type in ("ORG", "PLACE"):
            return [lead]
    return []


def _two_names(fld: Field, gaz: Gazetteer, i: int, j: int) -> tuple[int, int, int] | None:
    """Where a run holding two names is cut: (start and end of the first, start of
    the second)."""
    of = _person_of(fld, gaz, i, j)
    if of is not None:  # "Troy Patterson of Slate Magazine"
        return i, of, of + 1
    given = _inner_given_name(fld, gaz, i, j)
    if given is not None:  # "... Islamic Relations Alia Salem said"
        return i, given, given
    k = j - 2
    if k - i < 2 or not _unlisted_name(fld, gaz, k, j):
        return None
    if fld.text[fld.tokens[i].start : fld.tokens[j - 1].end] in gaz.orgs:
        return None
    # "Ambassador to the United States Hamdullah Mohib", "CEO of the Refugee Council
    # Enver Solomon told": no comma sets a person's name off from the organisation or
    # place they speak for; a title before that name is no part of it.
    lead = i
    while lead < k - 1 and (_is_title_word(fld.tokens[lead]) or not fld.tokens[lead].cap):
        lead += 1
    return (lead, k, k) if _type_span(fld, gaz, lead, k).type in ("ORG", "PLACE") else None


def _unlisted_name(fld: Field, gaz: Gazetteer, k: int, j: int) -> bool:
    """Words [k, j) that can only be a person's name: capitalised words (no
    initials) that are no English word, place, head or title."""
    for tok in fld.tokens[k:j]:
        word = tok.text
        if not (word[:1].isupper() and any(c.islower() for c in word)):
            return False  # "US", "M5S": initials, not a person's name
        if _names_no_one(gaz, tok) or _is_title_word(tok) or bare(word) in PLACE_HEADS:
            return False
    return True


def _drop_lead(fld: Field, gaz: Gazetteer, i: int, j: int) -> bool:
    """A first word that starts no name: "The", "However", "Currently" opening a sentence."""
    tok = fld.tokens[i]
    word = tok.text
    low = tok.lower
    listed = low in NON_NAME_WORDS
    if not listed and (not tok.sentence_start or word in gaz.given):
        return False
    if len(word) > 1 and word.isupper():
        return False  # "US", "NATO": acronyms, not the words they spell
    if _known_prefix(fld, gaz, i, j):
        return False  # "New York", "General Motors"
    adverb = low.endswith("ly") and gaz.common_word(low)  # "Currently", not "Daly"
    return listed or low in NON_ENTITY_WORDS or adverb or fld.writes_lower(low)


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
        if prev.text in gaz.given or _is_title_word(prev) or len(prev.text.rstrip(".")) <= 1:
            return None  # "John Paul Jones", "President Joe Biden", "L. Ron Hubbard"
        if not all(t.cap for t in toks[k:j]) or j - k < 2:
            return None
        if any(_is_title_word(t) for t in toks[i:k]):
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


def _title_split(fld: Field, gaz: Gazetteer, i: int, j: int) -> list[Span] | None:
    """Cut "Chinese Foreign Minister Qin Gang" into a title and a person."""
    toks = fld.tokens
    titles = [k for k in range(i, j - 1) if _is_title_word(toks[k])]
    if not titles:
        return None
    last = titles[-1]
    p = next((k for k in range(last + 1, j) if toks[k].text in gaz.given), None)
    if p is None:
        if toks[last + 1].lower in NAME_CONNECTORS or j - (last + 1) > MAX_NAME_WORDS - 1:
            return None
        p = last + 1
    if j - p > MAX_NAME_WORDS or not _person_shaped(fld, gaz, p, j):
        return None
    person = make_span(fld, p, j, "PERSON")
    q = p
    while q > i and toks[q - 1].lower in NAME_CONNECTORS:
        q -= 1
    person.title = fld.text[toks[i].start : toks[q - 1].end]
    out = [person]
    first_title = titles[0]
    if first_title > i:
        lead = _type_span(fld, gaz, i, first_title)
        if lead.type in ("ORG", "PLACE"):
            out.extend(with_nested(fld, gaz, lead))
    return out


def _is_title_word(tok: Token) -> bool:
    low = tok.lower
    return (low[:-1] if low[-1:] == "." else low) in _TITLE_WORDS


def _person_shaped(fld: Field, gaz: Gazetteer, i: int, j: int) -> bool:
    """Words that can be a person's name: no place or organisation, no head word."""
    text = fld.text[fld.tokens[i].start : fld.tokens[j - 1].end]
    if text in gaz.places or text in gaz.orgs:
        return False
    last = bare(fld.tokens[j - 1].text)
    return last not in ORG_HEADS and last not in PLACE_HEADS


def _type_span(fld: Field, gaz: Gazetteer, i: int, j: int) -> Span:
    """Type tokens [i, j) by the name lists, head words and shape; None if unsure."""
    span = make_span(fld, i, j, None)
    text = span.text
    words = fld.tokens[i:j]
    if text in gaz.orgs:
        span.type, span.canonical = "ORG", gaz.orgs[text]
    elif text in gaz.places:
        span.type, span.canonical = "PLACE", gaz.places[text]
    elif len(words) == 1:
        _type_single(gaz, span)
    else:
        span.type = _type_by_head(fld, gaz, i, j)
        if span.type == "ORG":
            span.canonical = _known_org_tail(fld, gaz, i, j)
    return span


def _type_single(gaz: Gazetteer, span: Span) -> None:
    text = span.text
    letters = text.replace(".", "").replace("&", "")
    if len(letters) > 1 and letters.isupper():
        key = fold(text)
        if key in gaz.folded_places and len(letters) > MAX_ACRONYM - 1:
            span.type, span.canonical = "PLACE", gaz.folded_places[key]
        elif len(letters) <= MAX_ACRONYM and letters.isalpha() and not shouted(gaz, text):
            span.type = "ORG"  # "NATO", "FIFA"; not "DNA", nor "IE6", nor "ALL"


def shouted(gaz: Gazetteer, text: str) -> bool:
    """An all-capitals word that is no organisation's initials: "DNA", "HUGE", "UNLESS"."""
    low = text.lower()
    return text in NON_ORG_ACRONYMS or low in NON_NAME_WORDS or gaz.common_word(low)


def _type_by_head(fld: Field, gaz: Gazetteer, i: int, j: int) -> EntityType | None:
    """Type a run of two or more words by its telling words, or None."""
    toks = fld.tokens
    last = bare(toks[j - 1].text)
    kind: EntityType | None = None
    if _org_opened(fld, i, j):
        kind = "ORG"
    elif last in PLACE_HEADS and not (last in ORG_WHEN_FOLLOWED and _followed_by_of(toks, j)):
        kind = "PLACE"
    elif last in ORG_HEADS:
        kind = "ORG"
    elif toks[i].text in gaz.given:
        plain = all(t.cap or t.lower in PERSON_PARTICLES for t in toks[i:j])
        if plain and j - i <= MAX_NAME_WORDS and _person_shaped(fld, gaz, i, j):
            kind = "PERSON"
    elif _place_led(fld, gaz, i, j):
        kind = "ORG"  # "LA Weekly", "Brooklyn Paper": a place's newspaper, team, office
    return kind


def _org_opened(fld: Field, i: int, j: int) -> bool:
    """ "Bank of England", "Massachusetts Institute of Technology", "Centre for ..."."""
    toks = fld.tokens
    if toks[i + 1].lower in ("of", "for", "on") and bare(toks[i].text) in ORG_OPENERS:
        return True
    return any(
        toks[k + 1].lower in ("of", "for", "on") and bare(toks[k].text) in ORG_HEADS
        for k in range(i, j - 1)
    )


def _followed_by_of(toks: list[Token], j: int) -> bool:
    return j < len(toks) and toks[j].lower in ("for", "of")


def _place_led(fld: Field, gaz: Gazetteer, i: int, j: int) -> bool:
    """A place and one or two more words, none a title: "LA Weekly", "Korea Republic"."""
    toks = fld.tokens
    if any(_is_title_word(t) for t in toks[i:j]):
        return False
    for k in range(max(i + 1, j - 2), j):
        lead = fld.text[toks[i].start : toks[k - 1].end]
        if lead in gaz.geo and toks[k].lower not in NAME_CONNECTORS:
            return True
    return False


def _known_org_tail(fld: Field, gaz: Gazetteer, i: int, j: int) -> str | None:
    """ "US National Security Council" is the known "National Security Council"."""
    for k in range(i + 1, j):
        tail = fld.text[fld.tokens[k].start : fld.tokens[j - 1].end]
        if tail in gaz.orgs:
            lead = fld.text[fld.tokens[i].start : fld.tokens[k - 1].end]
            if lead in gaz.places or lead in gaz.demonyms:
                return gaz.orgs[tail]
    return None


def _prefix_or_whole(fld: Field, gaz: Gazetteer, span: Span) -> Span:
    """ "UN Charter" names the UN; "Wall Street Journal" stays whole."""
    if span.type is not None or span.j - span.i < 2:
        return span
    for k in range(span.j - 1, span.i, -1):
        prefix = _type_span(fld, gaz, span.i, k)
        if prefix.canonical is not None and prefix.type == "ORG":
            return prefix
    return span


def _hyphen_places(fld: Field, caps: list[int], gaz: Gazetteer) -> list[Span]:
    """ "US-led" and "Kabul-based" name a place in their first part."""
    out: list[Span] = []
    for k in caps:
        tok = fld.tokens[k]
        if "-" not in tok.text or _name_token(tok, gaz):
            continue
        head = tok.text.split("-", 1)[0]
        if head in gaz.places:
            span = Span(fld.index, k, k + 1, tok.start, tok.start + len(head), head, "PLACE")
            span.canonical = gaz.places[head]
            out.append(span)
    return out
