"""Direct and partial quotes: which frame a quotation belongs to, and its kind."""

from __future__ import annotations

from .helpers_quotes import article, by_text


def test_direct_versus_partial() -> None:
    art = article(
        "“It would, in effect, recognize Russia’s gains” and “constitute another violation,”"
        " he said.",
        "A durable peace “can’t be one-sided,” Kirby said.",
    )
    assert by_text(art, "It would, in effect, recognize Russia’s gains").kind == "direct"
    assert by_text(art, "constitute another violation,").kind == "direct"
    assert by_text(art, "can’t be one-sided,").kind == "partial"


def test_partial_quotes_inside_reported_speech() -> None:
    art = article(
        "He said the plan “sounds perfectly reasonable,” but would “ratify the conquest.”"
    )
    for text in ("sounds perfectly reasonable,", "ratify the conquest."):
        q = by_text(art, text)
        assert (q.kind, q.speaker_mention) == ("partial", "He")


def test_quote_after_a_colon_in_the_paragraph_before() -> None:
    art = article("Senator Jane Smith said in a statement:", "“The bill will pass this week.”")
    q = by_text(art, "The bill will pass this week.")
    assert (q.kind, q.speaker, q.speaker_mention) == ("direct", "Jane Smith", "Jane Smith")


def test_a_quotation_without_a_cue_is_the_words_of_the_subject() -> None:
    art = article("Senator Harry Reid has gone after Trump as a “spoiled brat.”")
    q = by_text(art, "spoiled brat.")
    assert (q.kind, q.speaker) == ("partial", "Harry Reid")


def test_question_and_inverted_frames() -> None:
    art = article("“Who do they think they are?” asked Senator Jane Smith, a Democrat.")
    q = by_text(art, "Who do they think they are?")
    assert (q.kind, q.speaker, q.cue) == ("direct", "Jane Smith", "asked")


def test_a_name_after_a_quotation_speaks_whatever_the_verb() -> None:
    art = article(
        "Clinton said the economy was strong.",
        "“They’re all here for free stuff,” Bennett shot back with a laugh.",
    )
    q = by_text(art, "They’re all here for free stuff,")
    assert (q.kind, q.speaker_mention, q.cue) == ("direct", "Bennett", "shot")


def test_a_short_title_case_quotation_without_a_cue_is_a_title() -> None:
    art = article("The network licenses “Larry King Now” to Hulu.")
    assert by_text(art, "Larry King Now").kind == "other"
    chant = article("Supporters of Trump were on their feet with “Lock her up!”")
    assert by_text(chant, "Lock her up!").kind == "partial"
