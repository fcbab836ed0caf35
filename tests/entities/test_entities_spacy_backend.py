"""The optional spaCy backend, on a blank pipeline with an EntityRuler (no model)."""

from __future__ import annotations

from typing import Any

import pytest

from newsrefinery.entities.spacy_backend import spacy_entities_step

from .helpers_entities import article, by_name, mention_texts

spacy = pytest.importorskip("spacy")

# A pattern that never matches, so the ruler marks nothing (and does not warn).
UNUSED = [{"label": "ORG", "pattern": "Zzyzx Qqq"}]


def ruler_pipeline(patterns: list[dict[str, Any]]) -> Any:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(patterns)
    return nlp


def test_model_entities_go_through_the_same_canonical_pipeline() -> None:
    nlp = ruler_pipeline([
        {"label": "PERSON", "pattern": "Zorblat Quux"},
        {"label": "ORG", "pattern": "the Frobnitz Guild"},
        {"label": "GPE", "pattern": "U.S."},
    ])  # fmt: skip
    step = spacy_entities_step(nlp)
    art = step(
        article("Zorblat Quux joined the Frobnitz Guild in the U.S.", "Quux said he would stay.")
    )
    names = by_name(art.entities)
    # The ruler marks the full name only; the rules fold "Quux" and "he" into it.
    assert mention_texts(names["Zorblat Quux"]) == ["Zorblat Quux", "Quux", "he"]
    assert names["Frobnitz Guild"].type == "ORG"  # the leading "the" is not the name's
    assert names["United States"].type == "PLACE"  # canonical name from the lists


def test_model_type_wins_over_the_rules() -> None:
    nlp = ruler_pipeline([{"label": "ORG", "pattern": "Jordan"}])
    art = spacy_entities_step(nlp)(article("Jordan signed the deal."))
    assert by_name(art.entities)["Jordan"].type == "ORG"


def test_rules_fill_what_the_model_does_not_mark() -> None:
    art = spacy_entities_step(ruler_pipeline(UNUSED))(article("John Kirby flew to Beijing."))
    assert {e.name: e.type for e in art.entities} == {"John Kirby": "PERSON", "Beijing": "PLACE"}


def test_rejected_article_is_untouched() -> None:
    art = article("John Kirby").evolve(status="rejected")
    assert spacy_entities_step(ruler_pipeline(UNUSED))(art) is art
