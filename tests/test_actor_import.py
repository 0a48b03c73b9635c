"""Importing TABARI/PETRARCH actor and agent dictionaries into knowledge-base TSV files."""

from __future__ import annotations

import datetime as dt
import logging

from newsgraph.actors.importer import import_dictionaries, parse_date, phrase_text, split_code
from newsgraph.actors.kb import KnowledgeBase, load_directory
from newsgraph.actors.resolver import ActorResolver

ACTORS = """\
<!-- TEST ACTORS -->
<!--
# a multi-line header comment
# -->
VALDORIA_  [VLD]  # a fictional country
+VALDORIAN_
+PORT_KESTREL

KESTREL_NAVY_ [VLDMIL]
UNITED_NATIONS_ [IGOUNO]
MIRA_OSTEN_  # a person with terms
+PRESIDENT_OSTEN
\t[VLDELI <050301]
\t[VLDGOV 050301-101231]
\t[VLDELI]
FARLAND_
\t[FRL >200101]
BROKEN_ENTRY [VLDGOV 991399]
TWO_PLACES [VLD/FRL]
\tstray words without a code
"""

AGENTS = """\
!PERSON! = MAN, WOMAN
HARBOUR_MASTER {HARBOUR_MASTERS} [~GOV]
FERRY!PERSON! [~BUS]
DOCKWORKER [~LAB]
BAD_AGENT [~ENV}
"""


def _rows(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


def test_import_writes_tsv_rows(tmp_path, caplog):
    (tmp_path / "test.actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "test.agents.txt").write_text(AGENTS, encoding="utf-8")
    out = tmp_path / "kb"
    with caplog.at_level(logging.WARNING):
        reports = import_dictionaries(
            [tmp_path / "test.actors.txt", tmp_path / "test.agents.txt"], out)
    countries = {r["iso3"]: r for r in _rows(out / "countries.tsv")}
    assert countries["VLD"]["name"] == "Valdoria"
    assert countries["VLD"]["aliases"] == "Valdorian|Port Kestrel"
    assert "FRL" in countries  # dated, open-ended three-letter code: still a country
    orgs = {r["code"]: r for r in _rows(out / "organizations.tsv")}
    assert orgs["VLDMIL"]["country"] == "VLD" and orgs["VLDMIL"]["sector"] == "MIL"
    assert orgs["IGOUNO"]["org"] == "UN" and orgs["IGOUNO"]["country"] == ""
    people = [r for r in _rows(out / "people.tsv") if r["name"] == "Mira Osten"]
    assert [(p["role"], p["start"], p["end"]) for p in people] == [
        ("VLDELI", "", "2005-02-28"), ("VLDGOV", "2005-03-01", "2010-12-31"), ("VLDELI", "", "")]
    assert people[0]["aliases"] == "President Osten"
    sectors = {r["phrase"]: r["sector"] for r in _rows(out / "sectors.tsv")}
    assert sectors["harbour master"] == "GOV" and sectors["harbour masters"] == "GOV"
    assert sectors["ferryman"] == sectors["ferrywomen"] == "BUS"
    assert sectors["dockworkers"] == "LAB"
    actors_report, agents_report = reports
    assert actors_report.skipped == 4  # bad date, its empty entry, compound code, stray line
    assert agents_report.skipped == 1
    assert any("test.actors.txt:18: bad date" in w for w in actors_report.warnings)
    assert "test.agents.txt:5" in caplog.text


def test_imported_kb_resolves_names(tmp_path):
    (tmp_path / "test.actors.txt").write_text(ACTORS, encoding="utf-8")
    import_dictionaries([tmp_path / "test.actors.txt"], tmp_path / "kb")
    kb = KnowledgeBase()
    load_directory(kb, tmp_path / "kb")
    resolver = ActorResolver(kb)
    assert resolver.resolve("Valdoria").country == "VLD"
    assert resolver.resolve("Kestrel Navy").code == "VLDMIL"
    osten = resolver.resolve("President Osten", dt.date(2008, 6, 1))
    assert (osten.country, osten.sector) == ("VLD", "GOV")
    assert resolver.resolve("Mira Osten", dt.date(2003, 1, 1)).sector == "ELI"


def test_helpers():
    assert parse_date("950601") == dt.date(1995, 6, 1)
    assert parse_date("130119") == dt.date(2013, 1, 19)
    assert parse_date("19290101") == dt.date(1929, 1, 1)
    assert phrase_text("NEW_ZEALAND_") == "New Zealand"
    assert phrase_text("UN_") == "UN"
    assert split_code("IGOEUREEC") == ("", "EU", "")
    assert split_code("---REB") == ("", "", "REB")
    assert split_code("ELI", person=True) == ("", "", "ELI")
