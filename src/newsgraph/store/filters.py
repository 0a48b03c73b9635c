"""The query filters shared by events, clusters and the DataFrame views."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..errors import NewsgraphError

FILTERS = ("actor", "country", "type", "status", "sector", "since", "until", "min_sources",
           "limit")
_SIDES = ("source", "target")


def _as_date(name: str, value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise NewsgraphError(f"--{name} {value!r} is not a date; use YYYY-MM-DD") from None


def _word_pattern(value: str) -> str:
    escaped = "".join("\\" + ch if ch in r".^$*+?()[]{}|\\" else ch for ch in value.lower())
    return f"(^|[^[:alnum:]]){escaped}($|[^[:alnum:]])"


def _like_literal(value: str) -> str:
    """``value`` as an ILIKE pattern that matches only itself (ESCAPE '!')."""
    return value.replace("!", "!!").replace("%", "!%").replace("_", "!_")


def _actor_clause(value: str, params: list[Any]) -> str:
    """Country codes match exactly; codes, orgs and names case-insensitively; names also,
    for queries of three or more characters, as whole words ("kim" finds "Kim Jong Un",
    "un" does not)."""
    parts = []
    exact = _like_literal(value)
    for side in _SIDES:
        part = (f"{side}_country = ? OR {side}_code ILIKE ? ESCAPE '!' "
                f"OR {side}_org ILIKE ? ESCAPE '!' OR {side}_name ILIKE ? ESCAPE '!'")
        params.extend([value.upper(), exact, exact, exact])
        if len(value) >= 3:
            part += (f" OR ({side}_name ILIKE ? ESCAPE '!' "
                     f"AND regexp_matches(lower({side}_name), ?))")
            params.extend([f"%{exact}%", _word_pattern(value)])
        parts.append(part)
    return "(" + " OR ".join(parts) + ")"


def build_where(filters: dict[str, Any], *, table: str = "events") -> tuple[str, list[Any]]:
    """A ``WHERE`` clause (possibly empty) and its parameters for ``filters``.

    ``table`` is ``events`` or ``clusters``; both have the flattened actor columns, ``type``,
    ``status`` and ``date``.  ``None`` values are ignored; unknown names are an error.
    """
    unknown = sorted(set(filters) - set(FILTERS))
    if unknown:
        raise NewsgraphError(
            f"unknown filter(s) {', '.join(unknown)}; use {', '.join(FILTERS)}"
        )
    clauses: list[str] = []
    params: list[Any] = []
    f = {k: v for k, v in filters.items() if v is not None and v != ""}
    if "actor" in f:
        clauses.append(_actor_clause(str(f["actor"]), params))
    if "country" in f:
        clauses.append("(source_country = ? OR target_country = ?)")
        params.extend([str(f["country"]).upper()] * 2)
    if "sector" in f:
        clauses.append("(source_sector = ? OR target_sector = ?)")
        params.extend([str(f["sector"]).upper()] * 2)
    if "type" in f:
        clauses.append("type = ?")
        params.append(str(f["type"]).upper())
    if "status" in f:
        clauses.append("status = ?")
        params.append(str(getattr(f["status"], "value", f["status"])).lower())
    if "since" in f:
        clauses.append("date >= ?")
        params.append(_as_date("since", f["since"]))
    if "until" in f:
        clauses.append("date <= ?")
        params.append(_as_date("until", f["until"]))
    if "min_sources" in f:
        if table == "clusters":
            clauses.append("num_sources >= ?")
        else:
            clauses.append("cluster_id IN (SELECT cluster_id FROM clusters WHERE num_sources >= ?)")
        params.append(int(f["min_sources"]))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def limit_clause(filters: dict[str, Any]) -> str:
    """`` LIMIT n`` when ``limit`` is given."""
    limit = filters.get("limit")
    if limit is None:
        return ""
    if int(limit) < 0:
        raise NewsgraphError(f"--limit must be 0 or more, not {limit}")
    return f" LIMIT {int(limit)}"
