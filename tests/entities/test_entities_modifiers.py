"""Names used as modifiers, and species names (entities/modifiers.py)."""

from __future__ import annotations

from newsrefinery.entities import entities_article

from .helpers_entities import article


def named(text: str) -> set[tuple[str, str]]:
    found = entities_article(article(text)).entities
    return {(m.text, e.type) for e in found for m in e.mentions if m.text[:1].isupper()}


def test_a_name_modifying_a_kind_noun_is_no_mention() -> None:
    text = "Critics of Scientology met. Scientology said no. He left the Scientology organization."
    found = entities_article(article(text)).entities
    starts = [m.start for e in found for m in e.mentions if m.text == "Scientology"]
    assert starts == [text.index("Scientology"), text.index("Scientology said")]


def test_a_place_before_a_place_noun_stays() -> None:
    assert ("Ontario", "PLACE") in named("The president of the Ontario province spoke.")


def test_a_place_before_another_noun_goes() -> None:
    assert all(t != "US" for t, _k in named("It was a rush of success by the US team."))


def test_a_species_name_is_no_organisation() -> None:
    found = named("The team used Formica fusca, an ant. In the wild, Formica fusca can hide.")
    assert all(t != "Formica" for t, _k in found)
