"""The step's contract (entities/step.py)."""

from __future__ import annotations

from newsrefinery.entities import entities_article, resolve_mention
from newsrefinery.records import Article, Rejection

from .helpers_entities import article


def test_rejected_article_is_untouched() -> None:
    art = article("John Kirby said so.").evolve(status="rejected", rejection=Rejection("x", "y"))
    assert entities_article(art) is art


def test_deterministic_and_json_round_trip() -> None:
    art = article("John Kirby met Xi Jinping in Beijing.", "He said the UN agreed.")
    first = entities_article(art)
    assert entities_article(art) == first
    assert Article.from_json(first.to_json()) == first


def test_entities_ordered_by_first_body_mention() -> None:
    art = entities_article(article("Beijing hosted NATO. John Kirby came.", headline="Paris"))
    assert [e.name for e in art.entities] == [
        "Beijing", "North Atlantic Treaty Organization", "John Kirby", "Paris",
    ]  # fmt: skip


def test_every_mention_is_a_body_span() -> None:
    art = entities_article(article("“No,” Mr. Kirby’s aide said.", "The U.S.-led talks in Kabul."))
    for entity in art.entities:
        for m in entity.mentions:
            assert art.body_text[m.start : m.end] == m.text


def test_resolve_mention_exact_overlap_and_none() -> None:
    art = entities_article(article("John Kirby spoke in Beijing."))
    assert resolve_mention(art, 0, 10).name == "John Kirby"  # type: ignore[union-attr]
    assert resolve_mention(art, 5, 20).name == "John Kirby"  # type: ignore[union-attr]
    assert resolve_mention(art, 11, 16) is None


def test_other_languages_keep_only_names_typed_on_their_own() -> None:
    text = (
        "Der Rücktritt des Papstes überraschte die Kirche. Bundeskanzlerin Angela "
        "Merkel sprach in Berlin mit der Deutschen Presse-Agentur."
    )
    found = {
        (e.name, e.type) for e in entities_article(article(text).evolve(language="de")).entities
    }
    assert {("Angela Merkel", "PERSON"), ("Berlin", "PLACE")} <= found
    assert not any(name in ("Rücktritt", "Kirche", "Papstes") for name, _ in found)
    # Not known (the language step has not run): English rules.
    assert entities_article(article("Kirby said so. Kirby left.")).entities
