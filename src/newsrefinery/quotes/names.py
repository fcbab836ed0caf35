"""What one run of name words says: its title, its name, whether it is a person, and
the clues to the person's gender.

Pure functions of a run's words or of the tokens around it, with no memory of the
article; `speakers.py` builds its people from them and resolves mentions to those
people. Split from `speakers.py` to keep each module small.
"""

from __future__ import annotations

from .name_patterns import (
    ADJECTIVE_ENDINGS,
    FEMALE_MARKERS,
    FEMALE_NAMES,
    FEMALE_PRONOUNS,
    HONORIFIC_GENDER,
    MALE_MARKERS,
    MALE_NAMES,
    MALE_PRONOUNS,
    PLACE_FIRST_WORDS,
    PLACE_LAST_WORDS,
)
from .patterns import DETERMINERS, MODIFIERS, ORG_HEADS, PRONOUN_GENDER, ROLE_NOUNS, TITLE_WORDS
from .text import Tok

_MAX_NAME_WORDS = 4
_PRONOUN_REACH = 12


def not_a_name(words: list[str]) -> bool:
    """A place ("New York", "Kent County"), a shouted section head ("THE BORROWING")
    or a headline in title case is not a person."""
    if words[0] in PLACE_FIRST_WORDS or words[-1] in PLACE_LAST_WORDS:
        return True
    if len(words) > 1 and words[0].lower().endswith(ADJECTIVE_ENDINGS):
        return True  # "Presidential Debates", "Democratic Party"
    if len(words) > _MAX_NAME_WORDS:
        return True
    return any(w.isupper() and len(w) >= 5 for w in words)


def unpossess(word: str) -> str:
    """The owner in a possessive: "Johnson’s" -> "Johnson", "Jones’" -> "Jones"."""
    return word[:-2] if word.endswith(("’s", "'s")) else word[:-1]


def honorific_gender(words: list[str]) -> str | None:
    """The gender of the first honorific among `words` ("Mrs. Clinton")."""
    for w in words:
        gender = HONORIFIC_GENDER.get(w.lower())
        if gender is not None:
            return gender
    return None


def gender_of_name(first: str) -> str | None:
    """The gender of a given name, when the name lists know it for one gender only."""
    low = first.lower()
    if low in MALE_NAMES and low not in FEMALE_NAMES:
        return "m"
    if low in FEMALE_NAMES and low not in MALE_NAMES:
        return "f"
    return None


def strip_name(words: list[str]) -> tuple[list[str], list[str]]:
    """Split "Chinese Foreign Minister Qin Gang" into title words and name words;
    "Secretary of Homeland Security Tom Ridge" keeps its department in the title."""
    cut = 0
    for n, w in enumerate(words[:-1]):
        low = w.lower()
        if low in TITLE_WORDS or low.rstrip(".") in TITLE_WORDS:
            cut = n + 1
    if cut and cut < len(words) and words[cut] == "of":
        size = 3 if len(words) - cut > 3 and len(words[-2].rstrip(".")) == 1 else 2
        cut = max(cut, len(words) - size)
    return words[:cut], words[cut:]


def mention_kind(mention: list[Tok]) -> str:
    """Whether a speaker mention names a "person", an "org" or "other", by its head word."""
    words = [t for t in mention if t.is_word]
    if not words:
        return "other"
    head = words[-1]
    if head.low in ORG_HEADS or head.low == "it" or (head.capitalised and words[0].low == "the"):
        return "org"
    return "person" if head.low in PRONOUN_GENDER or head.capitalised else "other"


def inner_dot(toks: list[Tok], k: int) -> bool:
    """The period of "Mr." or "J." inside a name."""
    if toks[k].text != "." or k + 1 >= len(toks) or not toks[k + 1].capitalised:
        return False
    before = toks[k - 1]
    return len(before.text) == 1 or before.low in HONORIFIC_GENDER or before.low in TITLE_WORDS


def title_before(toks: list[Tok], lo: int) -> str | None:
    """Lower-case role words and their capitalised modifiers before a name
    ("National Security Council spokesman")."""
    k = lo - 1
    while (
        k >= 0
        and toks[k].text.islower()
        and (toks[k].low in ROLE_NOUNS or toks[k].low in MODIFIERS)
    ):
        k -= 1
    if k == lo - 1 or not any(t.low in ROLE_NOUNS for t in toks[k + 1 : lo]):
        return None
    while (
        k >= 0
        and (toks[k].capitalised or toks[k].low in ("of", "for"))
        and toks[k].low not in DETERMINERS
    ):
        k -= 1
    while toks[k + 1].low in ("of", "for"):
        k += 1
    return " ".join(t.text for t in toks[k + 1 : lo])


def gender_after(toks: list[Tok], hi: int) -> str | None:
    """The gender of the first "he"/"his" or "she"/"her" in the rest of the sentence
    after a name ("Kiara Perkins ... admitted she was willing")."""
    for t in toks[hi : hi + _PRONOUN_REACH]:
        if t.low in MALE_PRONOUNS:
            return "m"
        if t.low in FEMALE_PRONOUNS:
            return "f"
        if t.text in ".!?" or t.quote >= 0 or t.text[0].isupper():
            return None  # another sentence, a quotation or another name intervenes
    return None


def gender_of_title(title: str | None) -> str | None:
    """The gender a title says ("spokeswoman", "Mr."), if any."""
    if not title:
        return None
    words = set(title.lower().split())
    if words & MALE_MARKERS:
        return "m"
    if words & FEMALE_MARKERS:
        return "f"
    return None
