"""Writing to and querying the store."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsgraph
from newsgraph.errors import NewsgraphError
from newsgraph.model import Status
from newsgraph.store import Store
from store_fixtures import article, story, syndicated_copy


@pytest.fixture()
def store() -> Store:
    s = Store(":memory:")
    s.add_batch(story())
    yield s
    s.close()


def test_add_batch_counts_and_is_idempotent(store: Store) -> None:
    assert store.stats()["articles"] == 7
    assert store.stats()["events"] == 8
    again = store.add_batch(story())
    assert (again.articles_added, again.near_duplicates, again.events_added) == (0, 0, 0)
    assert store.stats()["events"] == 8


def test_new_articles_skips_stored_and_batch_duplicates(store: Store) -> None:
    fresh = article("a1", text="A completely new story about something else today.")
    twin = article("a2", text="a completely   NEW story about something else today.")
    result = store.new_articles([article("a1"), fresh, twin, article("r2")])
    assert [a.text for a in result] == [fresh.text]


def test_events_round_trip_the_contract(store: Store) -> None:
    original = {e.event_id: e.to_dict() for _, evs in story() for e in evs}
    stored = {e.event_id: e.to_dict() for e in store.events()}
    assert stored == original


def test_crash_mid_batch_loses_nothing_and_leaves_no_partial_batch(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    before = store.stats()

    def boom(rows: list) -> int:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "_insert_events", boom)
    new = article("a1", text="Fresh report " + " ".join(f"word{i}" for i in range(60)))
    new.id = "fresh"
    from store_fixtures import CHN, PRK, event
    ev = event("a1", 9, "CONSULT", CHN, PRK, article_id="fresh")
    with pytest.raises(RuntimeError):
        store.add_batch([(new, [ev])])
    assert store.stats() == before
    assert store.new_articles([new]) == [new]
    monkeypatch.undo()
    result = store.add_batch([(new, [ev])])
    assert (result.articles_added, result.near_duplicates, result.events_added) == (1, 0, 1)


def test_near_duplicate_flagged_and_not_counted(store: Store) -> None:
    result = store.add_batch([syndicated_copy()])
    assert (result.articles_added, result.near_duplicates, result.events_added) == (1, 1, 1)
    flag = store.sql("SELECT near_duplicate_of FROM articles WHERE id = 'a1-copy'")
    assert flag.iloc[0, 0] == article("a1").hash
    ev = store.sql("SELECT near_duplicate FROM events WHERE article_id = 'a1-copy'")
    assert bool(ev.iloc[0, 0]) is True
    store.update_clusters()
    [summit] = store.clusters(type="CONSULT", country="CHN")
    assert (summit.num_mentions, summit.num_sources) == (3, 3)
    assert store.stats()["near_duplicates"] == 1


def test_near_duplicates_detected_across_runs(tmp_path: Path) -> None:
    db = tmp_path / "ng.duckdb"
    with Store(db) as s:
        s.add_batch(story())
    with Store(db) as s:
        assert s.add_batch([syndicated_copy()]).near_duplicates == 1


def test_filters(store: Store) -> None:
    assert {e.event_id for e in store.events(actor="kim")} == {"r1-e0", "r2-e0"}
    assert {e.event_id for e in store.events(actor="igouno")} == {"s1-e1"}
    assert {e.event_id for e in store.events(actor="un")} == {"s1-e1"}
    assert len(store.events(country="prk")) == 7
    assert [e.type for e in store.events(type="concede")] == ["CONCEDE"]
    assert [e.status for e in store.events(status="negated")] == [Status.NEGATED]
    assert len(store.events(since="2023-09-10")) == 4
    assert len(store.events(until="2023-09-08")) == 4
    assert len(store.events(since="2023-09-09", until="2023-09-10")) == 2
    assert len(store.events(sector="gov")) == 8
    assert len(store.events(limit=2)) == 2
    store.update_clusters()
    assert {e.event_id for e in store.events(min_sources=3)} == {"a1-e0", "a2-e0", "a3-e1"}
    with pytest.raises(NewsgraphError, match="unknown filter"):
        store.events(colour="red")
    with pytest.raises(NewsgraphError, match="YYYY-MM-DD"):
        store.events(since="last tuesday")


def test_dataframes(store: Store) -> None:
    df = store.events_df(type="CONSULT")
    for col in ("event_id", "type", "cameo", "status", "source_entity", "target_entity",
                "date", "source_name", "target_code"):
        assert col in df.columns
    assert len(store.dyad_df("prk", "chn")) == 4
    assert len(store.dyad_df("Vladimir Putin", "Kim Jong Un")) == 2
    assert len(store.timeline_df("RUS")) == 2
    actors = store.actors_df()
    row = actors[actors["name"] == "North Korea"].iloc[0]
    assert (row["events"], row["as_source"], row["as_target"]) == (5, 1, 4)


def test_stats_and_top_dyads(store: Store) -> None:
    stats = store.stats()
    assert stats["events_by_type"]["CONSULT"] == 5
    assert stats["events_by_status"] == {"occurred": 6, "planned": 1, "negated": 1}
    assert stats["date_range"] == ["2023-09-08", "2023-09-13"]
    assert store.top_dyads(2) == [("CHN", "PRK", 4), ("PRK", "RUS", 2)]


def test_sql_is_read_only(store: Store) -> None:
    assert store.sql("WITH t AS (SELECT type FROM events) SELECT count(*) AS n FROM t")\
        .iloc[0, 0] == 8
    for bad in ("DELETE FROM events", "DROP TABLE events", "INSERT INTO clusters "
                "(cluster_id) VALUES ('x')", "UPDATE events SET type = 'X'",
                "COPY events TO 'x.csv'", "CREATE TABLE t AS SELECT 1", "ATTACH 'x.db'"):
        with pytest.raises(NewsgraphError, match="read-only"):
            store.sql(bad)
    with pytest.raises(NewsgraphError, match="exactly one"):
        store.sql("SELECT 1; DELETE FROM events")
    with pytest.raises(NewsgraphError, match="query failed"):
        store.sql("SELECT nope FROM events")
    assert store.stats()["events"] == 8


def test_read_only_store_refuses_writes(tmp_path: Path) -> None:
    db = tmp_path / "ng.duckdb"
    with Store(db) as s:
        s.add_batch(story()[:1])
    with Store(db, read_only=True) as s:
        assert len(s.events()) == 1
        with pytest.raises(NewsgraphError, match="read-only"):
            s.add_batch(story()[1:2])
    with pytest.raises(NewsgraphError, match="no store"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_open_returns_store(tmp_path: Path) -> None:
    with newsgraph.open(str(tmp_path / "x.duckdb")) as s:
        assert isinstance(s, Store)
        assert s.events_df().empty


def test_default_path_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSGRAPH_DB", str(tmp_path / "env.duckdb"))
    with Store() as s:
        assert Path(s.path) == tmp_path / "env.duckdb"


def test_near_duplicate_within_one_batch() -> None:
    with Store(":memory:") as s:
        items = story()
        result = s.add_batch([items[0], syndicated_copy()])
        assert (result.articles_added, result.near_duplicates) == (2, 1)


def test_events_for_known_article_are_added_once() -> None:
    with Store(":memory:") as s:
        first, events = story()[0]
        s.add_batch([(first, [])])
        assert s.add_batch([(first, events)]).events_added == 1
        assert s.add_batch([(first, events + events)]).events_added == 0
