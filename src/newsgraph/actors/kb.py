"""The actor knowledge base: reviewed TSV files in ``newsgraph/data/actors``.

Files (header line, ``#`` comments, ``|`` between alternatives):

- ``countries.tsv``: iso3, name, aliases, adjectivals, seats (capitals standing for governments)
- ``regions.tsv``: name, aliases, adjectivals, country (regions standing for their country's
  people and regional governments, read like seats and adjectivals of that country)
- ``shared.tsv``: adjectives, country, region (peoples of several countries: "Kurdish")
- ``organizations.tsv``: code, name, aliases, country, org, sector, kind
- ``people.tsv``: name, aliases, country, role, sector, start, end (one row per term)
- ``sectors.tsv``: phrase, sector, note (role words such as "troops" -> MIL)

Extra directories (for example dictionaries imported with ``newsgraph actors import``) are
read after the bundled files, so users can add to or correct it.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..config import DATA_DIR, alternatives, tab_rows
from ..errors import ConfigError

ACTOR_DIR = DATA_DIR / "actors"


@dataclass(frozen=True)
class Term:
    """A person holding an office from ``start`` to ``end`` (``None``: still in office)."""

    name: str
    country: str | None
    role: str
    sector: str | None
    start: dt.date | None
    end: dt.date | None

    def active(self, date: dt.date | None) -> bool:
        if date is None:
            return self.end is None
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)

    @property
    def org(self) -> str | None:
        """IGO officials carry their organisation in the role (``secretary-general:UN``)."""
        return self.role.split(":", 1)[1] if ":" in self.role else None

    @property
    def rank(self) -> int:
        """Lower is more senior: used to choose between namesakes."""
        order = ("supreme leader", "head of state and government", "head of state",
                 "head of government", "vice president", "foreign minister", "defence minister")
        return order.index(self.role) if self.role in order else len(order)


@dataclass(frozen=True)
class Entry:
    """What a name in the text can stand for."""

    kind: str  # country | adjectival | seat | org | person | shared (see shared.tsv)
    name: str
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    code: str | None = None
    terms: tuple[Term, ...] = ()


@dataclass
class KnowledgeBase:
    """Names (exact phrases) to entries, plus role words to sectors."""

    names: dict[str, list[Entry]] = field(default_factory=dict)
    sectors: dict[str, str] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)  # iso3 -> name
    regions: dict[str, str] = field(default_factory=dict)  # region name -> iso3
    offices: dict[tuple[str, str], list[Term]] = field(default_factory=dict)  # (iso3, role)
    armed_groups: set[str] = field(default_factory=set)  # codes of organisations of kind ARMED

    def knows_holder(self, country: str, office_roles: Iterable[str],
                     date: dt.date | None) -> bool:
        """Whether the KB records who held one of ``office_roles`` in ``country`` on ``date``."""
        return any(term.active(date) for role in office_roles
                   for term in self.offices.get((country, role), ()))

    def add(self, phrase: str, entry: Entry) -> None:
        phrase = " ".join(phrase.split())
        if not phrase:
            return
        bucket = self.names.setdefault(phrase, [])
        if entry not in bucket:
            bucket.append(entry)

    def lookup(self, phrase: str) -> list[Entry]:
        """Entries for ``phrase``: exact case first, then case-insensitive for non-acronyms."""
        phrase = " ".join(phrase.split())
        if phrase in self.names:
            return self.names[phrase]
        return self._lower_index.get(phrase.lower(), [])

    @functools.cached_property
    def _lower_index(self) -> dict[str, list[Entry]]:
        index: dict[str, list[Entry]] = {}
        for phrase, entries in self.names.items():
            if not is_acronym(phrase):
                index.setdefault(phrase.lower(), []).extend(entries)
        return index


def is_acronym(phrase: str) -> bool:
    """All-caps short forms ("US", "UN", "DPRK") only match in capitals."""
    letters = [c for c in phrase if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows as dicts keyed by the header; short rows are padded with empty fields."""
    rows = tab_rows(path)
    _, header = next(rows, (0, []))
    for n, values in rows:
        if len(values) > len(header):
            raise ConfigError(f"{path}:{n}: {len(values)} columns, expected {len(header)}")
        values += [""] * (len(header) - len(values))
        yield n, dict(zip(header, values, strict=True))


def _date(value: str, where: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{where}: bad date {value!r}, expected YYYY-MM-DD") from None


def load_directory(kb: KnowledgeBase, directory: Path) -> None:
    """Add the TSV files found in ``directory`` to ``kb``."""
    if (p := directory / "countries.tsv").exists():
        for _, row in _rows(p):
            _add_country(kb, row)
    if (p := directory / "regions.tsv").exists():
        for _, row in _rows(p):
            _add_region(kb, row)
    if (p := directory / "shared.tsv").exists():
        for _, row in _rows(p):
            _add_shared(kb, row)
    if (p := directory / "organizations.tsv").exists():
        for _, row in _rows(p):
            entry = Entry("org", row["name"], row.get("country") or None, row.get("org") or None,
                          row.get("sector") or None, row.get("code") or None)
            if row.get("kind") == "ARMED" and entry.code:
                kb.armed_groups.add(entry.code)
            for phrase in [row["name"], row.get("code", ""), *alternatives(row.get("aliases", ""))]:
                for spelling in _spellings(phrase):
                    kb.add(spelling, entry)
    if (p := directory / "people.tsv").exists():
        _add_people(kb, p)
    if (p := directory / "sectors.tsv").exists():
        for _, row in _rows(p):
            kb.sectors[row["phrase"].lower()] = row["sector"]


def _spellings(phrase: str) -> set[str]:
    """A name with its British or American spelling ("Organisation of American States")."""
    return {phrase, phrase.replace("Organization", "Organisation"),
            phrase.replace("Organisation", "Organization")}


def _add_country(kb: KnowledgeBase, row: dict[str, str]) -> None:
    iso3, name = row["iso3"], row["name"]
    kb.countries[iso3] = name
    country = Entry("country", name, iso3, code=iso3)
    for phrase in [name, *alternatives(row.get("aliases", ""))]:
        kb.add(phrase, country)
    adjectival = Entry("adjectival", name, iso3, code=iso3)
    for phrase in alternatives(row.get("adjectivals", "")):
        kb.add(phrase, adjectival)
    seat = Entry("seat", name, iso3, sector="GOV", code=iso3 + "GOV")
    for phrase in alternatives(row.get("seats", "")):
        kb.add(phrase, seat)


def _add_region(kb: KnowledgeBase, row: dict[str, str]) -> None:
    """A region reads like a seat of its country ("Catalonia's president", "Quebec said")
    and its adjectivals like the country's ("the Catalan police"), under the region's name
    so that it stays a side of its own; it is no country, so the gazetteer still places
    events in it."""
    name, iso3 = row["name"], row["country"]
    kb.regions[name] = iso3
    seat = Entry("seat", name, iso3, sector="GOV", code=iso3 + "GOV")
    for phrase in [name, *alternatives(row.get("aliases", ""))]:
        kb.add(phrase, seat)
    adjectival = Entry("adjectival", name, iso3, code=iso3)
    for phrase in alternatives(row.get("adjectivals", "")):
        kb.add(phrase, adjectival)


def _add_shared(kb: KnowledgeBase, row: dict[str, str]) -> None:
    """An adjective of a people living in several countries: one "shared" entry per
    country (under its region's name where the people have one), settled per article by
    ``ActorResolver.find_mentions``."""
    iso3, region = row["country"], row.get("region", "")
    entry = Entry("shared", region or kb.countries.get(iso3, iso3), iso3, code=iso3)
    for phrase in alternatives(row["adjectives"]):
        kb.add(phrase, entry)


def _add_people(kb: KnowledgeBase, path: Path) -> None:
    terms: dict[str, list[Term]] = {}
    aliases: dict[str, set[str]] = {}
    for n, row in _rows(path):
        where = f"{path}:{n}"
        term = Term(row["name"], row.get("country") or None, row.get("role", ""),
                    row.get("sector") or None, _date(row.get("start", ""), where),
                    _date(row.get("end", ""), where))
        terms.setdefault(row["name"], []).append(term)
        if term.country:
            kb.offices.setdefault((term.country, term.role), []).append(term)
        aliases.setdefault(row["name"], set()).update([row["name"], *alternatives(row["aliases"])])
    for name, person_terms in terms.items():
        entry = Entry("person", name, terms=tuple(person_terms))
        for phrase in aliases[name]:
            kb.add(phrase, entry)


def extra_directories() -> list[Path]:
    """Directories named in ``$NEWSGRAPH_ACTORS`` (``os.pathsep``-separated)."""
    value = os.environ.get("NEWSGRAPH_ACTORS", "")
    return [Path(p) for p in value.split(os.pathsep) if p]


@functools.lru_cache(maxsize=8)
def load_kb(*directories: Path) -> KnowledgeBase:
    """The bundled knowledge base plus ``directories`` (and ``$NEWSGRAPH_ACTORS``)."""
    kb = KnowledgeBase()
    for directory in (ACTOR_DIR, *directories, *extra_directories()):
        load_directory(kb, Path(directory))
    return kb
