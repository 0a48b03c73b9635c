"""Read queries on the store: events, actors, dyads, timelines, statistics and raw SQL."""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd

from ..errors import NewsgraphError
from ..model import Event
from .filters import build_where, limit_clause
from .rows import event_from_row, fetch_df, fetch_dicts

_ALLOWED_SQL = {duckdb.StatementType.SELECT}
_EVENT_ORDER = " ORDER BY date NULLS LAST, event_id"


class QueryMixin:
    """Query methods of :class:`~newsgraph.store.Store` (needs ``self.connection``)."""

    connection: duckdb.DuckDBPyConnection

    def _df(self, query: str, params: list[Any] | None = None) -> pd.DataFrame:
        return fetch_df(self.connection, query, params)

    def _events_query(self, filters: dict[str, Any]) -> tuple[str, list[Any]]:
        where, params = build_where(filters)
        return f"SELECT * FROM events{where}{_EVENT_ORDER}{limit_clause(filters)}", params

    def events(self, **filters: Any) -> list[Event]:
        """Stored events matching ``filters`` (see ``newsgraph.store.filters.FILTERS``)."""
        query, params = self._events_query(filters)
        return [event_from_row(r) for r in fetch_dicts(self.connection, query, params)]

    def events_df(self, **filters: Any) -> pd.DataFrame:
        """Events as a DataFrame: contract fields flattened (``source_name``, ``date`` …)."""
        query, params = self._events_query(filters)
        return self._df(query, params)

    def _dyad_key(self, a: str, b: str) -> str:
        x, y = a.upper(), b.upper()
        return f"{x}|{y}" if x <= y else f"{y}|{x}"

    def _entity_of_name(self, name: str) -> str | None:
        row = self.connection.execute(
            """SELECT entity FROM (
                 SELECT source_entity AS entity, source_name AS name, source_code AS code
                 FROM events UNION ALL
                 SELECT target_entity, target_name, target_code FROM events)
               WHERE entity IS NOT NULL AND (lower(name) = lower(?) OR lower(code) = lower(?))
               LIMIT 1""", [name, name]).fetchall()
        return row[0][0] if row else None

    def _dyad_rows(self, a: str, b: str, filters: dict[str, Any], fetch: Any) -> Any:
        where, params = build_where(filters)
        extra = where.replace(" WHERE ", " AND ", 1)
        query = (f"SELECT * FROM events WHERE dyad_key = ?{extra}{_EVENT_ORDER}"
                 f"{limit_clause(filters)}")
        result = fetch(query, [self._dyad_key(a, b), *params])
        if len(result) == 0:
            ea, eb = self._entity_of_name(a), self._entity_of_name(b)
            if ea or eb:
                result = fetch(query, [self._dyad_key(ea or a, eb or b), *params])
        return result

    def dyad_df(self, a: str, b: str, **filters: Any) -> pd.DataFrame:
        """Events between ``a`` and ``b`` (ISO3 countries or org acronyms, or actor names
        or codes), in either direction, by date."""
        return self._dyad_rows(a, b, filters, self._df)

    def dyad_events(self, a: str, b: str, **filters: Any) -> list[Event]:
        """Like :meth:`dyad_df`, as :class:`Event` objects."""
        rows = self._dyad_rows(a, b, filters,
                               lambda q, p: fetch_dicts(self.connection, q, p))
        return [event_from_row(r) for r in rows]

    def timeline_df(self, actor: str, **filters: Any) -> pd.DataFrame:
        """Events with ``actor`` on either side (name, code, country or org), by date."""
        return self.events_df(actor=actor, **filters)

    def actors_df(self, **filters: Any) -> pd.DataFrame:
        """Actors in the store with their event counts (as source, as target, total)."""
        where, params = build_where({k: v for k, v in filters.items() if k != "limit"})
        side = (
            "SELECT {p}_name AS name, {p}_code AS code, {p}_country AS country, "
            "{p}_org AS org, {p}_sector AS sector, '{p}' AS role, date FROM events"
        )
        sides = (f"{side.format(p='source')}{where} UNION ALL "
                 f"{side.format(p='target')}{where}")
        query = (
            f"SELECT name, code, country, org, sector, count(*) AS events, "
            f"count(*) FILTER (WHERE role = 'source') AS as_source, "
            f"count(*) FILTER (WHERE role = 'target') AS as_target, "
            f"min(date) AS first_date, max(date) AS last_date FROM ({sides}) "
            f"WHERE name IS NOT NULL OR code IS NOT NULL "
            f"GROUP BY ALL ORDER BY events DESC, name{limit_clause(filters)}"
        )
        return self._df(query, params + params)

    def stats(self) -> dict[str, Any]:
        """Counts: articles, near-duplicates, events by type and status, dates, clusters."""
        con = self.connection
        one = lambda q: con.execute(q).fetchall()[0][0]  # noqa: E731
        first, last = con.execute("SELECT min(date), max(date) FROM events").fetchall()[0]
        return {
            "articles": one("SELECT count(*) FROM articles"),
            "near_duplicates": one(
                "SELECT count(*) FROM articles WHERE near_duplicate_of IS NOT NULL"),
            "events": one("SELECT count(*) FROM events"),
            "events_by_type": dict(con.execute(
                "SELECT type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()),
            "events_by_status": dict(con.execute(
                "SELECT status, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC").fetchall()),
            "date_range": [first.isoformat() if first else None,
                           last.isoformat() if last else None],
            "clusters": one("SELECT count(*) FROM clusters"),
            "unclustered_events": one(
                "SELECT count(*) FROM events WHERE cluster_id IS NULL AND NOT near_duplicate"),
            "schema_version": getattr(self, "schema_version", None),
        }

    def top_dyads(self, n: int = 10) -> list[tuple[str, str, int]]:
        """The ``n`` pairs of entities with most events (either direction, copies not
        counted)."""
        rows = self.connection.execute(
            """SELECT split_part(dyad_key, '|', 1), split_part(dyad_key, '|', 2), count(*)
               FROM events WHERE NOT near_duplicate AND dyad_key NOT LIKE '%?%'
               GROUP BY dyad_key ORDER BY 3 DESC, dyad_key LIMIT ?""", [int(n)]).fetchall()
        return [(a, b, int(c)) for a, b, c in rows]

    def sql(self, query: str) -> pd.DataFrame:
        """Run one read-only statement (SELECT / WITH … SELECT) and return its result.

        Anything else is refused; the statement also runs inside a transaction that is
        rolled back, so nothing it does can persist.
        """
        try:
            statements = duckdb.extract_statements(query)
        except duckdb.Error as exc:
            raise NewsgraphError(f"cannot parse SQL: {exc}") from exc
        if len(statements) != 1:
            raise NewsgraphError(f"give exactly one SQL statement, not {len(statements)}")
        kind = statements[0].type
        if kind not in _ALLOWED_SQL:
            raise NewsgraphError(
                f"only read-only queries (SELECT, WITH … SELECT) are allowed, not "
                f"{kind.name}; the store is changed only through newsgraph commands"
            )
        con = self.connection
        con.execute("BEGIN TRANSACTION")
        try:
            return con.execute(query).df()
        except duckdb.Error as exc:
            raise NewsgraphError(f"query failed: {exc}") from exc
        finally:
            con.execute("ROLLBACK")
