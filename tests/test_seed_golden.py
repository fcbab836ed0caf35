"""The flagship seed through the whole pipeline: what every step must give on it."""

from __future__ import annotations

from newsrefinery import Caption, Dateline, refine_text


def test_seed_end_to_end(seed_text: str) -> None:
    a = refine_text(seed_text, uri="seed.txt")
    assert a.status == "ok" and a.language == "en"
    assert a.headline == "China’s push for ceasefire to help Russian aggression: US"
    assert len(a.body) == 11
    assert a.body[0].startswith("WASHINGTON: The White House expressed")
    assert a.body[-1].endswith("Ukrainian decisions,” he said.")
    assert a.captions == (
        Caption(
            text="US National Security Council Coordinator for Strategic Communications John "
            "Kirby speaks during the daily press briefing in the James S Brady Press Briefing "
            "Room of the White House in Washington, DC, on March 2, 2023.",
            credit="AFP/File",
        ),
    )
    assert a.dateline == Dateline(text="WASHINGTON:", place="Washington")
    assert "AFP" in a.agencies
    reasons = [r.reason for r in a.removed]
    assert reasons[:5] == [
        "repeated_headline",
        "ad_placeholder",
        "duplicate_line",
        "ad_placeholder",
        "source_link",
    ]
    assert set(reasons[5:]) == {"comment_widget"} and len(reasons) == 9
    # Nothing is lost: every non-blank input line is the headline, body, caption or removed.
    kept = {a.headline, *a.body, *(r.text for r in a.removed)}
    for line in (x.strip() for x in seed_text.splitlines()):
        caption_line = line.startswith("US National Security Council Coordinator")
        assert not line or line in kept or caption_line, line


def test_seed_quotes_and_entities(seed_text: str) -> None:
    a = refine_text(seed_text, uri="seed.txt")
    by_text = {q.text.strip(): q for q in a.quotes}
    q = by_text["We think it would be a very good thing if the two of them talk,"]
    assert (q.kind, q.speaker, q.speaker_title) == (
        "direct",
        "John Kirby",
        "National Security Council spokesman",
    )
    assert a.body_text[q.start : q.end].strip() == q.text.strip()
    kirby_indirect = [x for x in a.quotes if x.kind == "indirect" and x.speaker == "John Kirby"]
    assert any(x.text.startswith("it would simply help Russian aggression") for x in kirby_indirect)
    assert any(x.speaker == "White House" for x in a.quotes)
    people = {e.name for e in a.entities if e.type == "PERSON"}
    assert {"John Kirby", "Xi Jinping", "Volodymyr Zelensky", "Vladimir Putin"} <= people
