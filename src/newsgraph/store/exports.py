"""Exports (GDELT 2.0 event table, PLOVER JSON Lines, CSV, Parquet) and Parquet import."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import duckdb

from ..errors import NewsgraphError
from .filters import build_where, limit_clause
from .formats import GDELT_COLUMNS, dumps, gdelt_row, plover_record
from .migrations import LATEST_VERSION

PARTITIONED = {"articles": "date", "events": "date"}
TABLES = ("schema_version", "articles", "article_signatures", "events", "clusters")
IMPORT_ORDER = ("articles", "article_signatures", "events", "clusters")


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


class ExportMixin:
    """Export methods of :class:`~newsgraph.store.Store` (needs ``self.connection``)."""

    connection: duckdb.DuckDBPyConnection

    def _check_writable(self) -> None: ...  # provided by Store

    def _rows(self, query: str, params: list[Any]) -> Iterator[dict[str, Any]]:
        reader = self.connection.sql(query, params=params or None).to_arrow_reader(
            batch_size=10_000)
        for batch in reader:
            yield from batch.to_pylist()

    def gdelt_rows(self, **filters: Any) -> Iterator[list[str]]:
        """GDELT 2.0 event-table rows, one per cluster (negated clusters left out unless
        ``status='negated'`` is asked for)."""
        where, params = build_where(filters, table="clusters")
        if not filters.get("status"):
            where += (" AND " if where else " WHERE ") + "status <> 'negated'"
        query = f"""
            WITH c AS (SELECT * FROM clusters{where} ORDER BY date NULLS LAST, cluster_id
                       {limit_clause(filters)}),
            m AS (SELECT cluster_id, avg(goldstein) AS avg_goldstein,
                         min(sentence_index) AS min_sentence FROM events
                  WHERE cluster_id IN (SELECT cluster_id FROM c) AND NOT near_duplicate
                  GROUP BY cluster_id)
            SELECT c.*, e.cameo, e.article_id, a.url, a.outlet, m.avg_goldstein, m.min_sentence
            FROM c LEFT JOIN events e ON e.event_id = c.first_event_id
            LEFT JOIN articles a ON a.hash = e.article_hash
            LEFT JOIN m ON m.cluster_id = c.cluster_id
            ORDER BY c.date NULLS LAST, c.cluster_id"""
        for row in self._rows(query, params):
            yield gdelt_row(row)

    def export_gdelt(self, out: TextIO, *, header: bool = False, **filters: Any) -> int:
        """Write the GDELT 2.0 event table (tab-separated, 61 columns, no header by
        default as in GDELT's files) to ``out``; returns rows written."""
        n = 0
        if header:
            out.write("\t".join(GDELT_COLUMNS) + "\n")
        for row in self.gdelt_rows(**filters):
            out.write("\t".join(row) + "\n")
            n += 1
        return n

    def plover_records(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """PLOVER JSON records, one per event; negated events are dropped as the PLOVER
        manual asks."""
        if str(filters.get("status") or "").lower() == "negated":
            return
        where, params = build_where(filters)
        where += (" AND " if where else " WHERE ") + "status <> 'negated'"
        query = f"""SELECT e.*, a.url, a.outlet, a.title FROM (
                      SELECT * FROM events{where} ORDER BY date NULLS LAST, event_id
                      {limit_clause(filters)}) e
                    LEFT JOIN articles a ON a.hash = e.article_hash
                    ORDER BY e.date NULLS LAST, e.event_id"""
        for row in self._rows(query, params):
            yield plover_record(row)

    def export_plover(self, out: TextIO, **filters: Any) -> int:
        """Write PLOVER JSON Lines to ``out``; returns records written."""
        n = 0
        for record in self.plover_records(**filters):
            out.write(dumps(record) + "\n")
            n += 1
        return n

    def export_csv(self, out: TextIO, **filters: Any) -> int:
        """Write events (flattened columns, ``context`` joined by ``;``) as CSV."""
        df = self.events_df(**filters)  # type: ignore[attr-defined]
        if "context" in df:
            df["context"] = df["context"].map(lambda v: ";".join(v) if v is not None else "")
        df.to_csv(out, index=False, quoting=csv.QUOTE_MINIMAL)
        return len(df)

    def export_parquet(self, directory: str | Path, *, overwrite: bool = False) -> dict[str, int]:
        """Write every table as Parquet under ``directory`` (events and articles in
        ``year=/month=`` hive partitions of their date); returns rows per table."""
        root = Path(directory)
        if root.exists() and any(root.iterdir()) and not overwrite:
            raise NewsgraphError(f"{root} is not empty; choose a new directory or overwrite")
        root.mkdir(parents=True, exist_ok=True)
        counts: dict[str, int] = {}
        for table in TABLES:
            counts[table] = self.connection.execute(
                f"SELECT count(*) FROM {table}").fetchall()[0][0]
            target = _sql_path(root / table)
            if table in PARTITIONED:
                col = PARTITIONED[table]
                self.connection.execute(
                    f"COPY (SELECT *, year({col}) AS year, month({col}) AS month FROM {table}) "
                    f"TO '{target}' (FORMAT parquet, PARTITION_BY (year, month), "
                    f"OVERWRITE_OR_IGNORE true)")
            else:
                (root / table).mkdir(exist_ok=True)
                self.connection.execute(
                    f"COPY {table} TO '{target}/data.parquet' (FORMAT parquet)")
        manifest = {"format": "newsgraph-parquet", "schema_version": LATEST_VERSION,
                    "tables": counts}
        (root / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
        return counts

    def import_parquet(self, directory: str | Path) -> dict[str, int]:
        """Load a directory written by :meth:`export_parquet`; rows already stored (same
        key) are skipped.  One transaction; returns rows added per table."""
        self._check_writable()
        root = Path(directory)
        manifest_path = root / "manifest.json"
        if not manifest_path.exists():
            raise NewsgraphError(f"{root} has no manifest.json; export it with "
                                 "`newsgraph export --format parquet` first")
        manifest = json.loads(manifest_path.read_text())
        if int(manifest.get("schema_version", 0)) > LATEST_VERSION:
            raise NewsgraphError(f"{root} was written by a newer newsgraph (schema "
                                 f"{manifest['schema_version']}); upgrade newsgraph")
        con = self.connection
        added: dict[str, int] = {}
        con.execute("BEGIN TRANSACTION")
        try:
            for table in IMPORT_ORDER:
                added[table] = self._import_table(root, table)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        self._near = None  # type: ignore[attr-defined]  # reload signatures lazily
        return added

    def _import_table(self, root: Path, table: str) -> int:
        files = list((root / table).rglob("*.parquet"))
        if not files:
            return 0
        glob = _sql_path(root / table) + "/**/*.parquet"
        drop = " EXCLUDE (year, month)" if table in PARTITIONED else ""
        before = self.connection.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
        self.connection.execute(
            f"INSERT OR IGNORE INTO {table} BY NAME SELECT *{drop} FROM "
            f"read_parquet('{glob}', hive_partitioning = {str(bool(drop)).lower()}, "
            f"union_by_name = true)")
        after = self.connection.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
        return int(after) - int(before)
