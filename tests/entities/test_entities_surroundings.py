"""Storms and things, places written with their region, countries as teams
(entities/surroundings.py), through the whole entities step."""

from __future__ import annotations

from newsrefinery.entities import entities_article

from .helpers_entities import article, name_types


def test_named_storm_is_no_entity() -> None:
    text = (
        "Once Cyclone Phailin comes on shore it weakens. Phailin's winds fell. "
        "As of the last advisory, T C Phailin had winds of 190 km/h. Katrina Smith said."
    )
    names = {e.name for e in entities_article(article(text)).entities}
    assert names == {"Katrina Smith"}


def test_unknown_name_in_a_place_before_a_town_is_a_place() -> None:
    text = (
        "He was born in 1958 in Kibbutz Kinneret, Tiberias. Now Shalev is in "
        "Levico Terme, Trento, Italy for a conference."
    )
    found = name_types(text)
    assert {
        ("Kibbutz Kinneret", "PLACE"),
        ("Tiberias", "PLACE"),
        ("Levico Terme", "PLACE"),
    } <= found


def test_country_where_a_cup_is_played_stays_a_place() -> None:
    text = (
        "Sweden beat Korea 1 – 0 in the group game, and England won 2 – 1 against "
        "Tunisia with a late goal in the match. The cup is played in the Netherlands."
    )
    found = name_types(text)
    assert ("Sweden", "ORG") in found and ("Tunisia", "ORG") in found
    assert ("Netherlands", "PLACE") in found


def test_home_nation_in_a_match_report_is_a_team() -> None:
    text = (
        "Tunisia lost 1 – 2 to England in the group game. Belgium beat Panama 3 – 0 "
        "with a late goal in the match."
    )
    found = name_types(text)
    assert ("England", "ORG") in found and ("Tunisia", "ORG") in found


def test_name_the_article_defines_as_a_thing_is_no_entity() -> None:
    text = (
        "Stardust is a NASA space capsule that flew. The project is called Stardust "
        "@ home. A rendering of Spacecraft Stardust. Stardust is back. Acme is a "
        "maker of drug tests. Acme said so. Acme sells more."
    )
    names = {e.name for e in entities_article(article(text)).entities}
    assert "Stardust" not in names and "Spacecraft Stardust" not in names
    assert "Acme" in names


def test_peoples_are_teams_only_in_a_match_report() -> None:
    text = "The Americans won the vote, and the Canadians lost it."
    assert not entities_article(article(text)).entities
    text = (
        "Belgium beat Panama 3 – 0 in the group game, a volley putting the Belgians "
        "in the lead. Tunisia lost 1 – 2 with a late goal in the match."
    )
    found = name_types(text)
    assert ("Belgians", "ORG") in found


def test_town_before_an_agency_style_state_is_a_place() -> None:
    text = (
        "Edward P. Goldblatt of Melville, N.Y., a former agent, and Gary Lakey of "
        "Anderson, Ind., were charged. Dr. Blix, Ind. was there."
    )
    found = name_types(text)
    assert {("Melville", "PLACE"), ("Anderson", "PLACE"), ("Indiana", "PLACE")} <= found
    assert ("New York", "PLACE") in found and ("Blix", "PERSON") in found


def test_products_are_no_organisations() -> None:
    text = "Microsoft's Xbox sold well. The Xbox and the iPod, and Xbox again."
    names = {e.name for e in entities_article(article(text)).entities}
    assert "Microsoft" in names and not {"Xbox", "iPod"} & names
