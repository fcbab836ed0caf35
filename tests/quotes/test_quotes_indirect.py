"""Indirect speech: the reported content of frames without a direct quotation."""

from __future__ import annotations

from .helpers_quotes import article, by_text


def test_said_that_told_reporters_and_according_to() -> None:
    art = article(
        "Kirby told reporters that the United States would not send more troops.",
        "The talks will resume next week, according to two officials.",
        "Officials said the plan had been delayed again.",
    )
    assert by_text(art, "the United States would not send more troops").speaker == "Kirby"
    q = by_text(art, "The talks will resume next week")
    assert (q.kind, q.speaker_mention) == ("indirect", "two officials")
    assert by_text(art, "the plan had been delayed again").kind == "indirect"


def test_urged_keeps_its_object_in_the_content() -> None:
    art = article("Kirby urged Beijing to avoid a resolution that favours Russia.")
    assert by_text(art, "Beijing to avoid a resolution that favours Russia").cue == "urged"


def test_short_objects_are_not_speech() -> None:
    art = article("He said so.", "She denied it.")
    assert art.quotes == ()


def test_documents_and_polls_report_what_follows() -> None:
    art = article("A Bloomberg poll shows that Clinton leads among wealthy voters.")
    q = by_text(art, "Clinton leads among wealthy voters")
    assert (q.kind, q.speaker_mention, q.cue) == ("indirect", "A Bloomberg poll", "shows")
