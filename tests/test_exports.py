"""GDELT, PLOVER, CSV and Parquet exports, and Parquet import."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from newsgraph.errors import NewsgraphError
from newsgraph.store import Store
from newsgraph.store.formats import GDELT_COLUMNS
from store_fixtures import story, syndicated_copy


@pytest.fixture()
def store() -> Store:
    s = Store(":memory:")
    s.add_batch(story())
    s.add_batch([syndicated_copy()])
    s.update_clusters()
    yield s
    s.close()


def _gdelt(store: Store, **filters: object) -> list[dict[str, str]]:
    out = io.StringIO()
    store.export_gdelt(out, **filters)
    lines = out.getvalue().splitlines()
    rows = [line.split("\t") for line in lines]
    assert all(len(r) == 61 for r in rows)
    return [dict(zip(GDELT_COLUMNS, r, strict=True)) for r in rows]


def test_gdelt_one_row_per_cluster_with_61_columns(store: Store) -> None:
    rows = _gdelt(store)
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
                                 "FractionDate")
    assert GDELT_COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode",
                                    "EventRootCode", "QuadClass", "GoldsteinScale",
                                    "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    assert len(rows) == 4  # the negated sanction is left out
    summit = next(r for r in rows if r["EventRootCode"] == "04" and
                  r["Actor1CountryCode"] == "CHN")
    assert (summit["SQLDATE"], summit["MonthYear"], summit["Year"]) == \
        ("20230908", "202309", "2023")
    assert summit["FractionDate"] == "2023.6877"  # day 251 of 365
    assert (summit["NumMentions"], summit["NumSources"], summit["NumArticles"]) == \
        ("3", "3", "3")
    assert (summit["Actor1Code"], summit["Actor1Name"], summit["Actor1Type1Code"]) == \
        ("CHNGOV", "LIU GUOZHONG", "GOV")
    assert (summit["EventCode"], summit["EventBaseCode"], summit["QuadClass"]) == \
        ("042", "042", "1")
    assert summit["IsRootEvent"] == "1"
    assert (summit["ActionGeo_Type"], summit["ActionGeo_CountryCode"]) == ("4", "KN")
    assert summit["ActionGeo_FullName"] == "Pyongyang, North Korea"
    # actors are placed in their home country, at its capital
    assert (summit["Actor1Geo_Type"], summit["Actor1Geo_CountryCode"]) == ("1", "CH")
    assert summit["Actor1Geo_FullName"] == "China"
    assert abs(float(summit["Actor1Geo_Lat"]) - 39.9) < 0.5  # Beijing
    assert summit["SOURCEURL"] == "https://news.example/a1"
    assert len(summit["DATEADDED"]) == 14
    assert summit["GLOBALEVENTID"].isdigit()
    request = next(r for r in rows if r["EventRootCode"] == "02")
    assert (request["Actor2Code"], request["Actor2KnownGroupCode"]) == ("IGOUNO", "UN")
    assert request["ActionGeo_Type"] == "0"
    assert request["Actor2Geo_Type"] == "0"  # the UN has no home country


def test_gdelt_filters_and_header(store: Store) -> None:
    assert len(_gdelt(store, min_sources=3)) == 1
    assert len(_gdelt(store, status="negated")) == 1
    out = io.StringIO()
    store.export_gdelt(out, header=True, type="CONCEDE")
    header, row = out.getvalue().splitlines()
    assert header.split("\t") == list(GDELT_COLUMNS)


def test_plover_drops_negated_and_uses_manual_fields(store: Store) -> None:
    out = io.StringIO()
    n = store.export_plover(out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert n == len(records) == 8  # 9 events, one negated
    assert all(r["status"] != "negated" for r in records)
    rec = next(r for r in records if r["id"] == "a1-e0")
    assert rec["event"] == "CONSULT" and rec["mode"] == "visit"
    assert rec["context"] == ["diplomatic"]
    assert rec["actor"]["country"] == ["CHN"] and rec["actor"]["sector"] == ["GOV"]
    assert rec["recipient"]["country"] == ["PRK"] and rec["recipient"]["sector"] == []
    assert rec["date"] == "2023-09-08" and rec["quad_code"] == 1
    assert rec["event_loc"]["cc3"] == "PRK"
    assert rec["cite_info"]["publication"] == "Korea Daily"
    un = next(r for r in records if r["id"] == "s1-e1")
    assert un["recipient"]["country"] == [] and un["recipient"]["org"] == "UN"
    assert list(store.plover_records(status="negated")) == []


def test_csv_export(store: Store) -> None:
    out = io.StringIO()
    assert store.export_csv(out, type="CONSULT") == 6
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 6 and rows[0]["context"] == "diplomatic"


def test_parquet_round_trip(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "pq"
    counts = store.export_parquet(out)
    assert counts["events"] == 9 and counts["articles"] == 8 and counts["clusters"] == 5
    assert (out / "events" / "year=2023" / "month=9").is_dir()
    assert (out / "articles" / "year=2023" / "month=9").is_dir()
    with Store(":memory:") as copy:
        added = copy.import_parquet(out)
        assert added == {"articles": 8, "article_signatures": 8, "events": 9, "clusters": 5}
        cols = ["event_id", "type", "status", "source_entity", "target_entity", "date",
                "cluster_id", "near_duplicate"]
        assert copy.events_df()[cols].equals(store.events_df()[cols])
        assert [c.event_ids for c in copy.clusters()] == [c.event_ids for c in store.clusters()]
        assert copy.import_parquet(out) == {"articles": 0, "article_signatures": 0,
                                            "events": 0, "clusters": 0}
        assert copy.add_batch([syndicated_copy()]).events_added == 0
    with pytest.raises(NewsgraphError, match="not empty"):
        store.export_parquet(out)
    with pytest.raises(NewsgraphError, match="manifest"):
        Store(":memory:").import_parquet(tmp_path)
