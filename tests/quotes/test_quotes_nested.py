"""Quotations inside quotations: part of the outer quote, listed on their own when speech."""

from __future__ import annotations

from newsrefinery.quotes.cues import lexicon
from newsrefinery.quotes.marks import find_spans
from newsrefinery.quotes.nested import inner_quotes

from .helpers_quotes import article, by_text, speech


def test_marks_keep_the_quotations_one_level_inside() -> None:
    text = "“He told me, ‘We are ready,’ and left,” Smith said."
    (outer,), _ = find_spans(text)
    assert text[outer.inner_start : outer.inner_end] == "He told me, ‘We are ready,’ and left,"
    (inner,) = outer.nested
    assert text[inner.inner_start : inner.inner_end] == "We are ready,"


def test_inner_speech_needs_a_frame_of_saying() -> None:
    text = "“He told me ‘we are ready,’ but the phrase ‘Islamic terrorism’ is no answer.”"
    (outer,), _ = find_spans(text)
    found = inner_quotes(text, outer, lexicon("en"))
    assert [(text[q.start : q.end], q.person, q.cue) for q in found] == [
        ("we are ready,", "pronoun", "told")
    ]


def test_outer_quote_keeps_the_inner_one_and_its_speaker() -> None:
    art = article("“Trump said, ‘We will win,’” John Kirby said.")
    outer = by_text(art, "Trump said, ‘We will win,’")
    assert (outer.kind, outer.speaker) == ("direct", "John Kirby")
    inner = by_text(art, "We will win,")
    assert (inner.kind, inner.speaker, inner.speaker_mention) == ("direct", "Trump", "Trump")
    assert art.body_text[inner.start : inner.end] == "We will win,"
    assert outer.start < inner.start < inner.end < outer.end


def test_first_person_inside_a_quotation_is_the_outer_speaker() -> None:
    art = article("“I said ‘no’ twice, and I told them ‘never again,’” John Smith added.")
    assert by_text(art, "never again,").speaker == "John Smith"
    assert by_text(art, "no").speaker == "John Smith"


def test_other_pronouns_inside_a_quotation_stay_unknown() -> None:
    art = article("“He told me, ‘We are ready,’ and then he left,” John Smith said.")
    inner = by_text(art, "We are ready,")
    assert inner.speaker is None and inner.speaker_mention == "He"
    assert by_text(art, "He told me, ‘We are ready,’ and then he left,").speaker == "John Smith"


def test_titles_and_scare_quotes_inside_stay_part_of_the_outer_quote() -> None:
    art = article("“People call it the ‘Big Deal’ now,” Senator Jane Doe said.")
    assert [q.text for q in speech(art)] == ["People call it the ‘Big Deal’ now,"]
