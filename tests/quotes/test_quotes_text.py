"""Tokens and sentences with quotations as single tokens."""

from __future__ import annotations

import random

from newsrefinery.quotes.cues import lexicon
from newsrefinery.quotes.marks import find_spans
from newsrefinery.quotes.text import SENTENCE_ENDS, looks_like_title, sentences, tokenize

CUES = lexicon("en").starts


def split(text: str) -> list[str]:
    toks = tokenize(text, find_spans(text)[0])
    return [" ".join(t.text for t in toks[a:b]) for a, b in sentences(toks, CUES)]


def test_offsets_point_at_the_text() -> None:
    text = "“We’re ready,” Mr. Kirby said. U.S. officials agreed."
    toks = tokenize(text, find_spans(text)[0])
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert [t.quote for t in toks][:1] == [0]
    assert "said" in [t.low for t in toks]


def test_abbreviations_and_initials_do_not_split() -> None:
    assert split("Mr. Kirby met George W. Bush. Then he left.") == [
        "Mr . Kirby met George W . Bush .",
        "Then he left .",
    ]


def test_a_quotation_is_never_split_and_keeps_its_short_frame() -> None:
    text = "“Who would have believed it? Not me.” Trump said, smiling. He left."
    assert split(text) == [
        "“Who would have believed it? Not me.” Trump said , smiling .",
        "He left .",
    ]


def test_a_quotation_followed_by_a_new_clause_ends_the_sentence() -> None:
    text = "Trump used the nickname “Lyin’ Ted.” Trump called the senator a “nasty guy.”"
    assert len(split(text)) == 2


def test_glued_sentences_are_tokenised_apart() -> None:
    assert "said" in [t.low for t in tokenize("Trump said.Trump claimed more.", [])]


def test_titles_in_quotation_marks() -> None:
    text = "He told MSNBC’s “Morning Joe” that the film “13th” is good and “very sad.”"
    toks = tokenize(text, find_spans(text)[0])
    quotes = [i for i, t in enumerate(toks) if t.quote >= 0]
    assert [looks_like_title(toks, i) for i in quotes] == [True, False, False]


def test_a_quotation_after_a_period_opens_a_sentence() -> None:
    # "no" is also the abbreviation of "No. 5": before a quotation it ends a sentence.
    text = "He shook his head no. “But I do believe it,” he said."
    assert len(split(text)) == 2


def test_an_adverb_after_the_cue_keeps_the_frame_with_its_quotation() -> None:
    text = "“Do I think so?” Sanders asked rhetorically, shaking his head. He left."
    assert split(text)[0].startswith("“Do I think so?” Sanders asked rhetorically")


def test_ascii_text_splits_as_unicode_text_does() -> None:
    # ASCII paragraphs take a quicker pattern; a non-ASCII word at the end forces
    # the Unicode one, whose tokens must be the same up to it.
    rng = random.Random(3)
    alphabet = [chr(c) for c in range(128)] + ["ab", "U.S", "don't", "AT&T", "\x1c"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        words = [(t.text, t.start, t.end) for t in tokenize(text, [])]
        unicode = [(t.text, t.start, t.end) for t in tokenize(text + " é", [])]
        assert unicode == [*words, ("é", len(text) + 1, len(text) + 2)], repr(text)


def test_sentences_from_known_end_tokens() -> None:
    text = "“Who knew?” Trump said. He left. “Go,” he said. Then: “stop.”"
    toks = tokenize(text, find_spans(text)[0])
    ends = [i for i, t in enumerate(toks) if t.low in SENTENCE_ENDS]
    assert sentences(toks, CUES, ends) == sentences(toks, CUES)
