"""Titles and genders (entities/people.py)."""

from __future__ import annotations

from newsrefinery.entities import entities_article

from .helpers_entities import article, by_name


def titles(text: str, name: str) -> tuple[str, ...]:
    return by_name(entities_article(article(text)).entities)[name].titles


def test_title_before_the_name() -> None:
    text = "“Yes,” National Security Council spokesman John Kirby told reporters."
    assert titles(text, "John Kirby") == ("National Security Council spokesman",)


def test_title_in_apposition() -> None:
    text = "Nick Moreau, a spokesman for the club, said no."
    assert titles(text, "Nick Moreau") == ("spokesman for the club",)


def test_no_title_from_a_plain_apposition() -> None:
    assert titles("Nick Bos, of the University of Helsinki, studies ants.", "Nick Bos") == ()


def test_honorific_is_not_a_title() -> None:
    art = entities_article(article("Mr. Kirby spoke. He left."))
    kirby = by_name(art.entities)["Kirby"]
    assert kirby.titles == ()
    assert [m.text for m in kirby.mentions] == ["Kirby", "He"]


def test_titles_collect_without_repeats() -> None:
    text = "President Joe Biden spoke. Later President Joe Biden left."
    assert titles(text, "Joe Biden") == ("President",)
