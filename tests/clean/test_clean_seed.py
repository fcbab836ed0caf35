"""The flagship seed page as a golden test (issue 3, "Done when")."""

from __future__ import annotations

from newsrefinery.clean import clean_lines
from newsrefinery.records import Caption

from .helpers_clean import unaccounted

HEADLINE = "China’s push for ceasefire to help Russian aggression: US"


def test_seed_golden(seed_text: str) -> None:
    lines = seed_text.split("\n")
    cleaned = clean_lines(lines)

    assert cleaned.headline == HEADLINE
    assert len(cleaned.body) == 11
    assert cleaned.body[0].startswith("WASHINGTON: The White House expressed")
    assert cleaned.body[-1].endswith("Ukrainian decisions,” he said.")
    assert cleaned.captions == (
        Caption(
            text="US National Security Council Coordinator for Strategic Communications John "
            "Kirby speaks during the daily press briefing in the James S Brady Press Briefing "
            "Room of the White House in Washington, DC, on March 2, 2023.",
            credit="AFP/File",
        ),
    )
    removed = [(r.text[:30], r.reason) for r in cleaned.removed]
    assert removed == [
        (HEADLINE[:30], "repeated_headline"),
        ("[ad_1]", "ad_placeholder"),
        ("US National Security Council C", "duplicate_line"),
        ("[ad_2]", "ad_placeholder"),
        ("Source link", "source_link"),
        ("Comments", "comment_widget"),
        ("No comments yet. Why don’t you", "comment_widget"),
        ("Leave a Reply", "comment_widget"),
        ("Your email address will not be", "comment_widget"),
    ]
    assert unaccounted(lines, cleaned) == []
    assert cleaned.credits == () and cleaned.source_link is None


def test_seed_body_is_the_article_text_verbatim(seed_text: str) -> None:
    cleaned = clean_lines(seed_text.split("\n"))
    paragraphs = [p.strip() for p in seed_text.split("\n") if p.strip()]
    start = next(i for i, p in enumerate(paragraphs) if p.startswith("WASHINGTON:"))
    assert list(cleaned.body) == paragraphs[start : start + 11]
