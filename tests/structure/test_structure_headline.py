"""Headlines: publisher suffixes off, repeated copies found."""

from __future__ import annotations

import pytest

from newsrefinery.structure import pick_headline, strip_publisher_suffix


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Senate passes budget bill - Reuters", "Senate passes budget bill"),
        ("Senate passes budget bill | CNN", "Senate passes budget bill"),
        ("Senate passes budget bill – New York Daily News", "Senate passes budget bill"),
        ("Senate passes budget bill — The Guardian", "Senate passes budget bill"),
        ("Senate passes budget bill | Politics | Reuters", "Senate passes budget bill | Politics"),
        ("Senate passes budget bill – Springfield News-Leader", "Senate passes budget bill"),
        ("Senate passes budget bill | nytimes.com", "Senate passes budget bill"),
        ("Senate passes budget bill - Acme Gazette", "Senate passes budget bill"),
        ("Senate passes budget bill - Example Site", "Senate passes budget bill"),
        ("China’s push for ceasefire to help Russian aggression: US", None),
        ("Game|Life Podcast: Penn Jillette, Randy Pitchford", None),
        ("Carabao Cup ROUND-UP Lincoln set up third round tie", None),
        ("Trump vs. Clinton - the debate that was", None),
        ("Voters head to the polls - and wait", None),
        ("- Reuters", None),
        ("", None),
    ],
)
def test_strip_publisher_suffix(headline: str, expected: str | None) -> None:
    got = strip_publisher_suffix(headline, extra=("Example Site",))
    assert got == (headline if expected is None else expected)


def test_strip_normalises_spacing() -> None:
    assert strip_publisher_suffix("  Senate  passes bill  -  Reuters ") == "Senate passes bill"


def test_pick_headline_finds_repeated_copies() -> None:
    lines = ["", "Title of story", "", "Title  of story", "[ad_1]", "title of story", "Body."]
    assert pick_headline(lines) == ("Title of story", (3, 5))
    assert pick_headline(["", "  "]) == (None, ())
