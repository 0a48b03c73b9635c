"""Clusters in the store: incremental update and queries."""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from ..cluster import cluster as run_cluster
from ..cluster import first_seen, last_seen
from ..model import Event, EventCluster
from .filters import build_where, limit_clause
from .rows import (
    cluster_from_row,
    cluster_row,
    dyad_key,
    event_from_row,
    fetch_df,
    fetch_dicts,
    outlet_of,
    to_table,
)

WINDOW_DAYS = 45  # existing clusters this far around the new events are candidates
OUTLET_SQL = (
    "coalesce(a.outlet, nullif(regexp_extract(a.url, '^[a-zA-Z]+://(?:www\\.)?([^/:?#]+)', 1),"
    " ''), 'article:' || e.article_id)"
)
_MEMBERS_TEMPLATE = f"""
    WITH e AS (SELECT cluster_id, event_id, article_id, article_date, article_hash
               FROM events WHERE cluster_id IN ({{ids}}) AND NOT near_duplicate)
    SELECT e.cluster_id,
           list(e.event_id ORDER BY e.article_date, e.event_id) AS event_ids,
           list(e.article_id ORDER BY e.article_date, e.event_id) AS article_ids,
           list({OUTLET_SQL} ORDER BY e.article_date, e.event_id) AS outlets
    FROM e LEFT JOIN articles a ON a.hash = e.article_hash
    GROUP BY e.cluster_id"""
_CLUSTER_COLUMNS = ", ".join([
    "event_id", "article_id", "article_hash", "article_date", "sentence_index", "type",
    "mode", "cameo", "status", *(f"{p}_{f}" for p in ("source", "target")
                                 for f in ("text", "name", "country", "org", "sector", "code")),
    "date_start", "date_end", "date_precision", "location_name", "location_country",
    "location_lat", "location_lon"])
"""The event columns clustering needs (evidence and scores are not read)."""
_MEMBERS = _MEMBERS_TEMPLATE.format(ids="SELECT unnest(?)")


class ClusterMixin:
    """Cluster methods of :class:`~newsgraph.store.Store` (needs ``self.connection``)."""

    connection: duckdb.DuckDBPyConnection

    def _check_writable(self) -> None: ...  # provided by Store

    def _with_members(self, rows: list[dict[str, Any]]) -> list[EventCluster]:
        if not rows:
            return []
        ids = [r["cluster_id"] for r in rows]
        members = {m["cluster_id"]: m for m in fetch_dicts(self.connection, _MEMBERS, [ids])}
        return [cluster_from_row({**r, **members.get(r["cluster_id"], {})}) for r in rows]

    def _pending(self, limit: int | None = None) -> tuple[list[Event], dict[str, str]]:
        rows = fetch_dicts(
            self.connection,
            f"""WITH e AS (SELECT {_CLUSTER_COLUMNS} FROM events
                           WHERE cluster_id IS NULL AND NOT near_duplicate
                           ORDER BY article_date NULLS LAST, event_id
                           {f"LIMIT {int(limit)}" if limit else ""})
                SELECT e.*, a.outlet AS _outlet, a.url AS _url FROM e
                LEFT JOIN articles a ON a.hash = e.article_hash
                ORDER BY e.article_date NULLS LAST, e.event_id""")
        outlets = {r["article_id"]: outlet_of(r["_outlet"], r["_url"], r["article_id"])
                   for r in rows}
        return [event_from_row(r) for r in rows], outlets

    def _candidates(self, events: list[Event]) -> tuple[list[EventCluster], dict[str, Any]]:
        dates = [d for e in events for d in (e.date.start, e.date.end, e.article_date) if d]
        if not dates:
            return [], {}
        keys = sorted({(e.type, dyad_key(e.source, e.target)) for e in events})
        low = min(dates) - dt.timedelta(days=WINDOW_DAYS)
        high = max(dates) + dt.timedelta(days=WINDOW_DAYS)
        rows = fetch_dicts(
            self.connection,
            """WITH k AS (SELECT unnest(?) AS type, unnest(?) AS dyad_key)
               SELECT c.* FROM clusters c SEMI JOIN k
                 ON c.type = k.type AND c.dyad_key = k.dyad_key
               WHERE coalesce(c.date_end, c.date_start, c.first_seen) >= ?
                 AND coalesce(c.date_start, c.first_seen) <= ?""",
            [[k[0] for k in keys], [k[1] for k in keys], low, high])
        created = {r["cluster_id"]: r["created_at"] for r in rows}
        return self._with_members(rows), created

    def update_clusters(self, *, batch_size: int = 200_000) -> int:
        """Cluster the events not yet in a cluster; returns clusters created or changed.

        New events join nearby compatible clusters or found new ones; existing ids never
        change.  Events of near-duplicate articles are left out.  Pending events are taken
        in article-date order, ``batch_size`` at a time, one transaction per batch.
        """
        self._check_writable()
        changed_ids: set[str] = set()
        while True:
            events, outlets = self._pending(batch_size)
            if not events:
                return len(changed_ids)
            existing, created = self._candidates(events)
            before = {c.cluster_id: len(c.event_ids) for c in existing}
            changed = [c for c in run_cluster(events, existing, outlets=outlets)
                       if before.get(c.cluster_id) != len(c.event_ids)]
            assigned = self._write_clusters(changed, created, {e.event_id for e in events})
            changed_ids.update(c.cluster_id for c in changed)
            if len(events) < batch_size or not assigned:
                return len(changed_ids)

    def _write_clusters(self, changed: list[EventCluster], created: dict[str, Any],
                        new_ids: set[str]) -> int:
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        rows = []
        for c in changed:
            row = cluster_row(c, first_seen(c), last_seen(c), now)
            row["created_at"] = created.get(c.cluster_id) or now
            rows.append(row)
        mapping = pa.table({
            "event_id": [e for c in changed for e in c.event_ids if e in new_ids],
            "cluster_id": [c.cluster_id for c in changed for e in c.event_ids if e in new_ids],
        })
        con = self.connection
        con.execute("BEGIN TRANSACTION")
        try:
            con.register("_newsgraph_clusters", to_table(rows))
            con.register("_newsgraph_members", mapping)
            con.execute("INSERT OR REPLACE INTO clusters BY NAME SELECT * FROM _newsgraph_clusters")
            con.execute("""UPDATE events SET cluster_id = m.cluster_id FROM _newsgraph_members m
                           WHERE events.event_id = m.event_id""")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        finally:
            con.unregister("_newsgraph_clusters")
            con.unregister("_newsgraph_members")
        return mapping.num_rows

    def _cluster_rows(self, filters: dict[str, Any]) -> list[dict[str, Any]]:
        where, params = build_where(filters, table="clusters")
        query = (f"SELECT * FROM clusters{where} ORDER BY date NULLS LAST, cluster_id"
                 f"{limit_clause(filters)}")
        return fetch_dicts(self.connection, query, params)

    def clusters(self, **filters: Any) -> list[EventCluster]:
        """Clusters matching ``filters`` (``min_sources`` counts distinct outlets)."""
        return self._with_members(self._cluster_rows(filters))

    def clusters_df(self, **filters: Any) -> pd.DataFrame:
        """Clusters as a DataFrame, with ``article_ids`` and ``event_ids`` lists."""
        where, params = build_where(filters, table="clusters")
        query = (
            f"WITH c AS (SELECT * FROM clusters{where} ORDER BY date NULLS LAST, cluster_id"
            f"{limit_clause(filters)}), "
            f"m AS ({_MEMBERS_TEMPLATE.format(ids='SELECT cluster_id FROM c')}) "
            "SELECT c.*, m.article_ids, m.event_ids FROM c LEFT JOIN m USING (cluster_id) "
            "ORDER BY c.date NULLS LAST, c.cluster_id"
        )
        return fetch_df(self.connection, query, params)
