"""Inverted "Surname, Given." list entries (entities/inverted.py)."""

from __future__ import annotations

from newsrefinery.entities import entities_article
from newsrefinery.entities.gazetteer import gazetteer
from newsrefinery.entities.inverted import has_entries, inverted_names
from newsrefinery.entities.spans import make_field

from .helpers_entities import article

READING = (
    "Books she recommends:\n"
    "Dickens, Charles. Bleak House\n"
    "London, Jack. The Call of the Wild\n"
    "Marx, Karl and Engels, Friedrich. The Communist Manifesto"
)


def test_surnames_of_list_entries_are_people() -> None:
    found, taken = inverted_names(make_field(0, READING), gazetteer())
    assert [(s.text, s.type) for s in found] == [
        ("Dickens", "PERSON"),
        ("London", "PERSON"),  # a city's name too: the list's shape wins
        ("Marx", "PERSON"),
        ("Engels", "PERSON"),  # after "and", any given name will do
    ]
    assert taken  # the given names are kept out of the runs of names


def test_list_entries_in_an_article() -> None:
    people = {
        m.text
        for e in entities_article(article(READING)).entities
        if e.type == "PERSON"
        for m in e.mentions
    }
    assert {"Dickens", "London", "Marx", "Engels"} <= people
    assert "Charles" not in people and "Karl" not in people


def test_place_and_date_lines_are_no_entries() -> None:
    text = "Paris, France. The city voted.\nSunday, May 28, 2006\nSmith, the mayor, spoke."
    found, taken = inverted_names(make_field(0, text), gazetteer())
    assert found == [] and taken == set()


def test_the_quick_test_finds_entries_on_any_line() -> None:
    assert has_entries("Austen, Jane. Emma")  # the first line too
    assert has_entries("Read these:\nMarx, Karl and Engels, Friedrich.")
    assert not has_entries("He wrote to Austen, Jane. Then\nSunday, May 28, 2006")
