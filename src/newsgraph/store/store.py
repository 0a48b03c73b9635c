"""The DuckDB-backed event store: opening, schema, and transactional batch writes."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from .. import config
from ..errors import NewsgraphError
from ..model import Article, Event
from . import neardup
from .clusters import ClusterMixin
from .exports import ExportMixin
from .migrations import migrate
from .queries import QueryMixin
from .rows import ARTICLE_SCHEMA, EVENT_SCHEMA, article_row, event_row, to_table

log = logging.getLogger(__name__)


@dataclass
class BatchResult:
    """What one :meth:`Store.add_batch` call stored."""

    articles_added: int = 0
    near_duplicates: int = 0
    events_added: int = 0


class Store(QueryMixin, ClusterMixin, ExportMixin):
    """A newsgraph store: articles, events and clusters in one DuckDB file.

    ``Store(path)`` opens (creating or migrating) the database at ``path``; ``None`` means
    :func:`newsgraph.config.db_path`, ``":memory:"`` an in-memory store.  Use it as a
    context manager or call :meth:`close`.
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = ":memory:" if str(path) == ":memory:" else config.db_path(path)
        self.read_only = read_only and self.path != ":memory:"
        self.connection = self._connect()
        try:
            self.schema_version = migrate(self.connection, read_only=self.read_only)
        except BaseException:
            self.connection.close()
            raise
        self._near: neardup.NearDuplicateIndex | None = None

    def _connect(self) -> duckdb.DuckDBPyConnection:
        if self.path == ":memory:":
            return duckdb.connect(":memory:")
        path = Path(self.path)
        if self.read_only and not path.exists():
            raise NewsgraphError(
                f"no store at {path}; ingest some articles first or pass --db PATH"
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return duckdb.connect(str(path), read_only=self.read_only)
        except duckdb.IOException as exc:
            raise NewsgraphError(
                f"cannot open store {path}: {exc}; is another newsgraph process writing it?"
            ) from exc

    def close(self) -> None:
        """Close the database connection."""
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r}, read_only={self.read_only})"

    def _check_writable(self) -> None:
        if self.read_only:
            raise NewsgraphError(f"store {self.path} is open read-only; open it without "
                                 "read_only to write")

    # -- writes ----------------------------------------------------------------------

    def new_articles(self, articles: list[Article]) -> list[Article]:
        """The articles whose content hash is not stored yet (first of each in the batch)."""
        hashes = [a.hash for a in articles]
        stored = self._existing("articles", "hash", hashes)
        fresh: list[Article] = []
        for article, key in zip(articles, hashes, strict=True):
            if key not in stored:
                stored.add(key)
                fresh.append(article)
        return fresh

    def _existing(self, table: str, column: str, keys: list[str]) -> set[str]:
        if not keys:
            return set()
        rows = self.connection.execute(
            f"SELECT {column} FROM {table} WHERE {column} IN (SELECT unnest(?))", [keys]
        ).fetchall()
        return {r[0] for r in rows}

    def _near_index(self) -> neardup.NearDuplicateIndex:
        if self._near is None:
            index = neardup.NearDuplicateIndex()
            rows = self.connection.execute(
                """SELECT s.hash, s.signature, s.scheme FROM article_signatures s
                   JOIN articles a ON a.hash = s.hash WHERE a.near_duplicate_of IS NULL"""
            ).fetchall()
            index.load(rows)
            self._near = index
        return self._near

    def add_batch(self, items: list[tuple[Article, list[Event]]]) -> BatchResult:
        """Store articles with their events in ONE transaction; safe to repeat.

        Articles are keyed by content hash and events by ``event_id``, so re-adding stores
        nothing new.  Near-duplicates of stored articles are stored with
        ``near_duplicate_of`` set and their events flagged ``near_duplicate`` (clusters do
        not count them).  On any error the whole batch is rolled back and re-raised.
        """
        self._check_writable()
        index = self._near_index()
        con = self.connection
        con.execute("BEGIN TRANSACTION")
        try:
            result = self._write_batch(items, index)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            self._near = None  # the in-memory index may hold rolled-back articles
            raise
        return result

    def _write_batch(self, items: list[tuple[Article, list[Event]]],
                     index: neardup.NearDuplicateIndex) -> BatchResult:
        result = BatchResult()
        hashes = [a.hash for a, _ in items]
        flags = dict(self.connection.execute(
            "SELECT hash, near_duplicate_of FROM articles WHERE hash IN (SELECT unnest(?))",
            [hashes]).fetchall()) if hashes else {}
        articles, signatures, events = [], [], {}
        for article, found in items:
            key = article.hash
            if key not in flags:
                mh = neardup.signature(article.text)
                copy_of = index.match(mh)
                if copy_of is None:
                    index.add(key, mh)
                else:
                    result.near_duplicates += 1
                flags[key] = copy_of
                articles.append(article_row(article, copy_of))
                signatures.append((key, neardup.SCHEME, neardup.NUM_PERM, neardup.to_bytes(mh)))
            for event in found:
                events.setdefault(event.event_id, event_row(event, key, flags[key] is not None))
        result.articles_added = self._insert_articles(articles, signatures)
        result.events_added = self._insert_events(list(events.values()))
        return result

    def _insert_articles(self, rows: list[dict[str, Any]],
                         signatures: list[tuple[str, str, int, bytes]]) -> int:
        if not rows:
            return 0
        self._insert_arrow("articles", to_table(rows, ARTICLE_SCHEMA))
        sigs = pa.table(list(zip(*signatures, strict=True)),
                        names=["hash", "scheme", "num_perm", "signature"])
        self._insert_arrow("article_signatures", sigs, or_ignore=True)
        return len(rows)

    def _insert_arrow(self, table: str, data: pa.Table, *, or_ignore: bool = False) -> None:
        name = f"_newsgraph_batch_{table}"
        self.connection.register(name, data)
        try:
            verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
            self.connection.execute(f"{verb} INTO {table} BY NAME SELECT * FROM {name}")
        finally:
            self.connection.unregister(name)

    def _insert_events(self, rows: list[dict[str, Any]]) -> int:
        if not rows:
            return 0
        stored = self._existing("events", "event_id", [r["event_id"] for r in rows])
        rows = [r for r in rows if r["event_id"] not in stored]
        if not rows:
            return 0
        self._insert_arrow("events", to_table(rows, EVENT_SCHEMA))
        return len(rows)
