"""Opening an older store migrates it; a newer one is refused."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from newsgraph.errors import NewsgraphError
from newsgraph.store import Store
from newsgraph.store.migrations import LATEST_VERSION, MIGRATIONS
from store_fixtures import story, syndicated_copy


def _make_v1(path: Path) -> None:
    """A version-1 store made by hand: articles and events only, one row each."""
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR, "
                "applied_at TIMESTAMP)")
    MIGRATIONS[0][2](con)
    con.execute("INSERT INTO schema_version VALUES (1, 'initial', current_timestamp)")
    con.execute("INSERT INTO articles (hash, id, date, outlet, text) VALUES "
                "('h1', 'old-1', DATE '2023-09-01', 'Old Times', 'An old story.')")
    con.execute("INSERT INTO events (event_id, article_id, article_hash, article_date, type, "
                "status, source_name, source_country, source_entity, target_name, "
                "target_country, target_entity, date, dyad_key, context) VALUES "
                "('old-e1', 'old-1', 'h1', DATE '2023-09-01', 'CONSULT', 'occurred', 'China', "
                "'CHN', 'CHN', 'North Korea', 'PRK', 'PRK', DATE '2023-09-01', 'CHN|PRK', [])")
    con.close()


def test_v1_store_is_migrated_on_open(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    _make_v1(db)
    with Store(db) as s:
        assert s.schema_version == LATEST_VERSION
        versions = s.sql("SELECT version FROM schema_version ORDER BY version")["version"]
        assert list(versions) == [m[0] for m in MIGRATIONS]
        assert [e.event_id for e in s.events()] == ["old-e1"]
        assert bool(s.sql("SELECT near_duplicate FROM events").iloc[0, 0]) is False
        s.add_batch(story())
        assert s.update_clusters() > 0
        assert s.stats()["events"] == 9
        assert s.add_batch([syndicated_copy()]).near_duplicates == 1
    with Store(db) as s:  # reopening a migrated store changes nothing
        assert s.schema_version == LATEST_VERSION


def test_read_only_open_of_old_store_asks_for_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    _make_v1(db)
    with pytest.raises(NewsgraphError, match="without read_only"):
        Store(db, read_only=True)


def test_newer_store_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.duckdb"
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO schema_version VALUES (999, 'future', current_timestamp)")
    con.close()
    with pytest.raises(NewsgraphError, match="upgrade newsgraph"):
        Store(db)
