"""Schema versions of the DuckDB store and the ordered migrations between them.

The table ``schema_version`` holds one row per applied migration (version, name, time).
A fresh store applies every migration in order; opening an older store applies the ones
it is missing, each in its own transaction, so an interrupted upgrade can be re-run.
Add a migration by appending a function to ``MIGRATIONS``; never edit an applied one.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

from ..errors import NewsgraphError

Migration = Callable[[duckdb.DuckDBPyConnection], None]

_ACTOR_COLS = ("text", "name", "country", "org", "sector", "code", "entity")


def _actor_columns(prefix: str) -> str:
    return ", ".join(f"{prefix}_{c} VARCHAR" for c in _ACTOR_COLS)


def _v1_initial(con: duckdb.DuckDBPyConnection) -> None:
    """Articles keyed by content hash, events keyed by event id (the event contract, flat)."""
    con.execute(
        """CREATE TABLE articles (
            hash VARCHAR PRIMARY KEY, id VARCHAR, date DATE, title VARCHAR, url VARCHAR,
            outlet VARCHAR, origin VARCHAR, date_source VARCHAR, lang VARCHAR,
            summary_only BOOLEAN, text VARCHAR, added_at TIMESTAMP)"""
    )
    con.execute(
        f"""CREATE TABLE events (
            event_id VARCHAR PRIMARY KEY, article_id VARCHAR, article_hash VARCHAR,
            article_date DATE, sentence_index INTEGER, evidence VARCHAR, type VARCHAR,
            mode VARCHAR, context VARCHAR[], cameo VARCHAR, status VARCHAR,
            {_actor_columns("source")}, {_actor_columns("target")},
            attribution_text VARCHAR, attribution_country VARCHAR, attribution_sector VARCHAR,
            date_start DATE, date_end DATE, date_precision VARCHAR, date DATE,
            location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE,
            location_lon DOUBLE, score DOUBLE, goldstein DOUBLE, confidence DOUBLE,
            trigger VARCHAR, span_start INTEGER, span_end INTEGER, dyad_key VARCHAR)"""
    )


def _v2_near_duplicates(con: duckdb.DuckDBPyConnection) -> None:
    """Near-duplicate flags and the persisted MinHash signatures behind them."""
    con.execute("ALTER TABLE articles ADD COLUMN near_duplicate_of VARCHAR")
    con.execute("ALTER TABLE events ADD COLUMN near_duplicate BOOLEAN DEFAULT FALSE")
    con.execute("UPDATE events SET near_duplicate = FALSE WHERE near_duplicate IS NULL")
    con.execute(
        """CREATE TABLE article_signatures (
            hash VARCHAR PRIMARY KEY, scheme VARCHAR, num_perm INTEGER, signature BLOB)"""
    )


def _v3_clusters(con: duckdb.DuckDBPyConnection) -> None:
    """Event clusters (the same real-world event reported many times)."""
    con.execute("ALTER TABLE events ADD COLUMN cluster_id VARCHAR")
    con.execute(
        f"""CREATE TABLE clusters (
            cluster_id VARCHAR PRIMARY KEY, type VARCHAR, mode VARCHAR,
            {_actor_columns("source")}, {_actor_columns("target")}, dyad_key VARCHAR,
            status VARCHAR, date_start DATE, date_end DATE, date_precision VARCHAR, date DATE,
            location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE,
            location_lon DOUBLE, num_mentions INTEGER, num_articles INTEGER,
            num_sources INTEGER, first_seen DATE, last_seen DATE, status_history VARCHAR,
            first_event_id VARCHAR, created_at TIMESTAMP, updated_at TIMESTAMP)"""
    )


MIGRATIONS: list[tuple[int, str, Migration]] = [
    (1, "initial articles and events", _v1_initial),
    (2, "near-duplicate flags and minhash signatures", _v2_near_duplicates),
    (3, "event clusters", _v3_clusters),
]
LATEST_VERSION = MIGRATIONS[-1][0]


def _create_version_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        """CREATE TABLE IF NOT EXISTS schema_version (
            version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)"""
    )


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest applied migration, 0 for an empty database."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchall()[0]
    if not exists or not exists[0]:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchall()[0]
    return int(row[0] or 0) if row else 0


def migrate(con: duckdb.DuckDBPyConnection, *, read_only: bool = False) -> int:
    """Bring the schema to ``LATEST_VERSION``; returns the version now in place."""
    version = current_version(con)
    if version > LATEST_VERSION:
        raise NewsgraphError(
            f"this store has schema version {version}, newer than this newsgraph "
            f"({LATEST_VERSION}); upgrade newsgraph to open it"
        )
    if version == LATEST_VERSION:
        return version
    if read_only:
        raise NewsgraphError(
            f"this store has schema version {version} and needs migrating to "
            f"{LATEST_VERSION}; open it once without read_only to upgrade it"
        )
    for number, name, step in MIGRATIONS:
        if number <= version:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            _create_version_table(con)
            step(con)
            con.execute(
                "INSERT INTO schema_version VALUES (?, ?, current_timestamp)", [number, name]
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return LATEST_VERSION
