"""Transcript turns become quotes with speakers."""

from __future__ import annotations

from pathlib import Path

from newsrefinery.quotes.transcripts import find_turns, label_parts

from .helpers_quotes import article

BRIEFING = (
    "James S. Brady Press Briefing Room",
    "THE PRESIDENT: Thank you very much. We just completed a very good meeting.",
    "And we are proud of our people.",
    "Q Mr. President, have you been sending mixed messages, sir?",
    "THE PRESIDENT: No, I don’t think so.",
    "DR. FAUCI: Thank you, Mr. President. Dr. Anthony Fauci is my name.",
    "END",
    "12:46 P.M. EDT",
)


def test_turns_run_until_the_next_label() -> None:
    turns = find_turns(BRIEFING)
    assert [(t.label, t.first, t.last) for t in turns] == [
        ("THE PRESIDENT", 1, 2), ("Q", 3, 3), ("THE PRESIDENT", 4, 4), ("DR. FAUCI", 5, 5),
    ]  # fmt: skip


def test_turns_become_quotes_with_speakers() -> None:
    art = article(*BRIEFING, headline="Remarks by President Trump in Press Briefing")
    turns = [q for q in art.quotes if q.speaker_mention in ("THE PRESIDENT", "Q", "DR. FAUCI")]
    assert [(q.speaker, q.speaker_title) for q in turns] == [
        ("Trump", "President"), (None, None), ("Trump", "President"), ("Anthony Fauci", "Dr."),
    ]  # fmt: skip
    first = turns[0]
    assert (
        first.text == "Thank you very much. We just completed a very good meeting.\n\n"
        "And we are proud of our people."
    )
    assert art.body_text[first.speaker_start : first.speaker_end] == "THE PRESIDENT"  # type: ignore[misc]


def test_label_parts() -> None:
    assert label_parts("SECRETARY MNUCHIN") == ("Secretary", "Mnuchin", False)
    assert label_parts("THE VICE PRESIDENT") == ("Vice President", None, False)
    assert label_parts("Q") == (None, None, True)


def test_a_dateline_is_not_a_transcript() -> None:
    assert (
        find_turns(("WASHINGTON: The White House said on Monday.", "Kirby spoke."), "WASHINGTON:")
        == []
    )
    assert find_turns(("NOTE: one label", "Text.")) == []


def test_white_house_briefing_sample(shared: Path) -> None:
    path = shared / "samples" / "whitehouse_briefings_2020" / "text" / "wh_briefing_2020-03-14.txt"
    lines = [x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    art = article(*lines[1:], headline=lines[0])
    speakers = {q.speaker for q in art.quotes if q.cue is None and q.speaker}
    assert {"Trump", "Pence", "Fauci"} <= {s.split()[-1] for s in speakers}
    assert sum(1 for q in art.quotes if q.speaker_mention == "Q" and q.speaker is None) > 10
