"""Words and offsets (entities/tokens.py)."""

from __future__ import annotations

from newsrefinery.entities.tokens import FILLER, FILLER_NEWLINE, bare, tokenize


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text) if t is not FILLER and t is not FILLER_NEWLINE]


def test_offsets_point_into_the_text() -> None:
    text = "Mr. Kirby’s U.S. plan, says O'Reilly.\n\nPutin-Xi talks in Iraq."
    for tok in tokenize(text):
        if tok.start >= 0:
            assert text[tok.start : tok.end] == tok.text


def test_possessive_abbreviations_and_initials() -> None:
    assert words("Mr. Kirby’s plan") == ["Mr.", "Kirby", "’s"]
    assert words("John F. Kennedy met Gen. Smith of Acme Inc.") == [
        "John", "F.", "Kennedy", "Gen.", "Smith", "of", "Acme", "Inc.",
    ]  # fmt: skip
    assert words("the U.S. and the U.K.") == ["the", "U.S.", "and", "the", "U.K."]


def test_sentence_period_is_its_own_word_and_opens_the_next() -> None:
    toks = [t for t in tokenize("He went to Iraq. The end") if t is not FILLER]
    assert [t.text for t in toks] == ["He", "to", "Iraq", ".", "The"]
    assert toks[0].sentence_start and toks[-1].sentence_start
    assert not toks[2].sentence_start


def test_ordinary_lower_case_words_are_fillers_but_keep_line_breaks() -> None:
    toks = tokenize("Kirby walked.\n\nslowly Kirby")
    assert toks[1] is FILLER
    assert toks[3] is FILLER_NEWLINE
    assert toks[4].text == "Kirby" and not toks[4].gap_newline


def test_capitalisation_and_brand_names() -> None:
    caps = {t.text: t.cap for t in tokenize("eBay and NATO met the Kirby of iPhone") if t.text}
    assert caps["eBay"] and caps["NATO"] and caps["Kirby"] and caps["iPhone"]
    assert not caps["and"]


def test_bare() -> None:
    assert bare("Mr.") == "mr"
    assert bare("Spokesman") == "spokesman"
