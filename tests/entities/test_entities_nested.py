"""Names inside names (entities/nested.py)."""

from __future__ import annotations

from newsrefinery.entities.gazetteer import gazetteer
from newsrefinery.entities.mentions import find_spans
from newsrefinery.entities.spans import make_field


def spans(text: str) -> set[tuple[str, str | None]]:
    return {(s.text, s.type) for s in find_spans(make_field(0, text), gazetteer())}


def test_a_venue_holds_the_place_it_is_named_after() -> None:
    found = spans("Tunisia faced England at the Volgograd Arena yesterday.")
    assert ("Volgograd", "PLACE") in found


def test_a_place_inside_an_organisation_name() -> None:
    found = spans("The event ran at the Metro Toronto Convention Centre this week.")
    assert ("Toronto", "PLACE") in found


def test_a_water_holds_the_person_it_is_named_after() -> None:
    assert ("Ross", "PERSON") in spans("They found it under the ice in the Ross Sea today.")


def test_a_city_name_holds_no_nested_places() -> None:
    found = spans("The team arrived in Washington D.C. after many difficulties.")
    assert ("Washington", "PLACE") not in found
