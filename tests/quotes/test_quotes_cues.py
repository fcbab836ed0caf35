"""The cue lexicon: inflection and per-language tables."""

from __future__ import annotations

from newsrefinery.quotes.cues import CUE_FORMS, inflect, lexicon


def test_regular_and_irregular_inflection() -> None:
    assert inflect("note") == ("note", "notes", "noted", "noting")
    assert inflect("deny") == ("deny", "denies", "denied", "denying")
    assert inflect("stress") == ("stress", "stresses", "stressed", "stressing")
    assert inflect("say") == ("say", "says", "said", "saying")


def test_forms_map_to_lemma_and_class() -> None:
    assert CUE_FORMS["cautioned"] == ("caution", "speech")
    assert CUE_FORMS["believes"] == ("believe", "cognition")
    assert CUE_FORMS["shows"] == ("show", "evidence")
    assert "post" not in CUE_FORMS  # a noun far more often than a cue


def test_foreign_forms_only_in_their_language() -> None:
    assert "sagte" not in lexicon("en").forms
    assert "sagte" in lexicon("de").forms and lexicon("de").foreign
    assert "dijo" in lexicon("es").forms and "said" in lexicon("es").forms
    assert lexicon("xx") is lexicon("en")
