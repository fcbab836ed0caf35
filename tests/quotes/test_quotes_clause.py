"""Whether a reported text reads as a clause: the quick searches equal the plain ones."""

from __future__ import annotations

import random
import re

from newsrefinery.quotes.clause import alternation, clause_type, has_aux, has_past
from newsrefinery.quotes.cue_patterns import CLAUSE_WORDS

# The plain patterns `clause.py` stands for (as the step first wrote them).
PLAIN_AUX = re.compile(
    r"\b(?:" + "|".join(sorted(CLAUSE_WORDS)) + r")\b|\w(?:n['’]t|['’](?:s|re|ll|ve|d))\b",
    re.IGNORECASE,
)
PLAIN_PAST = re.compile(r"\b\w{3,}ed\b")
# Letters, apostrophes, the four characters whose case folding differs from their
# lower case (İ ı ſ K), and pieces of the words searched for.
ALPHABET = [*"abdehilnorstuwESD'’ .,-_1é\u0130\u0131\u017f\u212a", "ed", "is", "n't", "’s", "HAS"]


def test_clause_types() -> None:
    assert clause_type("the war is over") == "aux"
    assert clause_type("it wasn’t ready") == "aux"
    assert clause_type("IT WOULD HELP") == "aux"
    assert clause_type("to act now") == "to"
    assert clause_type("the plan failed badly") == "ed"
    assert clause_type("messages on Facebook") == "none"
    assert clause_type("Posted messages") == "none"  # the first word is not searched


def test_alternation_matches_exactly_its_words() -> None:
    words = {"be", "been", "being", "is", "it", "i", "has", "had"}
    rx = re.compile(r"(?:" + alternation(words) + r")\Z")
    probes = words | {"b", "bee", "beings", "isn", "ha", "hat", ""}
    assert {w for w in probes if rx.match(w)} == words


def test_quick_searches_equal_the_plain_ones() -> None:
    rng = random.Random(7)
    texts = ["ſhall we", "the \u212aELVIN sign would", "İS it", "ıs", "he wasn’t", "So"]
    texts += [
        "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 14))) for _ in range(20000)
    ]
    for text in texts:
        assert has_aux(text) == (PLAIN_AUX.search(text) is not None), text
        assert has_past(text) == (PLAIN_PAST.search(text, 1) is not None), text
