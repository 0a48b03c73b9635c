"""Converting model objects to flat table rows and back (one column per contract field)."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pyarrow as pa

from ..model import (
    Actor,
    Article,
    Attribution,
    Event,
    EventCluster,
    Location,
    Status,
    TimeSpan,
)

ACTOR_FIELDS = ("text", "name", "country", "org", "sector", "code")
_STR = pa.string()


def entity_of(actor: Actor | None) -> str | None:
    """The dyad entity of an actor (country, else organisation), upper-cased."""
    if actor is None:
        return None
    value = actor.entity
    return value.upper() if value else None


def dyad_key(source: Actor | None, target: Actor | None) -> str:
    """The unordered dyad of two actors, e.g. ``CHN|PRK`` (``?`` for an unknown side)."""
    a, b = entity_of(source) or "?", entity_of(target) or "?"
    return f"{a}|{b}" if a <= b else f"{b}|{a}"


def _actor_row(prefix: str, actor: Actor | None) -> dict[str, Any]:
    row = {f"{prefix}_{f}": getattr(actor, f) if actor else None for f in ACTOR_FIELDS}
    row[f"{prefix}_entity"] = entity_of(actor)
    return row


def _location_row(loc: Location | None) -> dict[str, Any]:
    return {
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "location_lat": loc.lat if loc else None,
        "location_lon": loc.lon if loc else None,
    }


def event_row(event: Event, article_hash: str | None, near_duplicate: bool) -> dict[str, Any]:
    """The ``events`` table row of ``event``."""
    att = event.attribution
    row: dict[str, Any] = {
        "event_id": event.event_id, "article_id": event.article_id,
        "article_hash": article_hash, "article_date": event.article_date,
        "sentence_index": event.sentence_index, "evidence": event.evidence,
        "type": event.type, "mode": event.mode, "context": list(event.context),
        "cameo": event.cameo, "status": Status(event.status).value,
        "attribution_text": att.text if att else None,
        "attribution_country": att.country if att else None,
        "attribution_sector": att.sector if att else None,
        "date_start": event.date.start, "date_end": event.date.end,
        "date_precision": event.date.precision,
        "date": event.date.start or event.article_date,
        "score": event.score, "goldstein": event.goldstein, "confidence": event.confidence,
        "trigger": event.trigger, "span_start": event.span[0], "span_end": event.span[1],
        "dyad_key": dyad_key(event.source, event.target),
        "near_duplicate": near_duplicate, "cluster_id": None,
    }
    row.update(_actor_row("source", event.source))
    row.update(_actor_row("target", event.target))
    row.update(_location_row(event.location))
    return row


def article_row(article: Article, near_duplicate_of: str | None) -> dict[str, Any]:
    """The ``articles`` table row of ``article``."""
    return {
        "hash": article.hash, "id": article.id, "date": article.date, "title": article.title,
        "url": article.url, "outlet": article.outlet, "origin": article.origin,
        "date_source": article.date_source, "lang": article.lang,
        "summary_only": article.summary_only, "text": article.text,
        "added_at": dt.datetime.now(dt.UTC).replace(tzinfo=None),
        "near_duplicate_of": near_duplicate_of,
    }


def _actor_types(prefix: str) -> list[tuple[str, pa.DataType]]:
    return [(f"{prefix}_{f}", _STR) for f in (*ACTOR_FIELDS, "entity")]


EVENT_SCHEMA = pa.schema([
    ("event_id", _STR), ("article_id", _STR), ("article_hash", _STR),
    ("article_date", pa.date32()), ("sentence_index", pa.int32()), ("evidence", _STR),
    ("type", _STR), ("mode", _STR), ("context", pa.list_(_STR)), ("cameo", _STR),
    ("status", _STR), *_actor_types("source"), *_actor_types("target"),
    ("attribution_text", _STR), ("attribution_country", _STR), ("attribution_sector", _STR),
    ("date_start", pa.date32()), ("date_end", pa.date32()), ("date_precision", _STR),
    ("date", pa.date32()), ("location_name", _STR), ("location_country", _STR),
    ("location_lat", pa.float64()), ("location_lon", pa.float64()), ("score", pa.float64()),
    ("goldstein", pa.float64()), ("confidence", pa.float64()), ("trigger", _STR),
    ("span_start", pa.int32()), ("span_end", pa.int32()), ("dyad_key", _STR),
    ("near_duplicate", pa.bool_()), ("cluster_id", _STR),
])

ARTICLE_SCHEMA = pa.schema([
    ("hash", _STR), ("id", _STR), ("date", pa.date32()), ("title", _STR), ("url", _STR),
    ("outlet", _STR), ("origin", _STR), ("date_source", _STR), ("lang", _STR),
    ("summary_only", pa.bool_()), ("text", _STR), ("added_at", pa.timestamp("us")),
    ("near_duplicate_of", _STR),
])


def fetch_dicts(con: Any, query: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    """Run ``query`` and return its rows as dicts (via Arrow, keeping lists and dates)."""
    return con.sql(query, params=params or None).to_arrow_table().to_pylist()


def fetch_df(con: Any, query: str, params: list[Any] | None = None) -> Any:
    """Run ``query`` into a pandas DataFrame (via Arrow: several times faster than
    ``.df()`` on wide results; dates become ``datetime64``)."""
    table = con.sql(query, params=params or None).to_arrow_table()
    return table.to_pandas(date_as_object=False)


def to_table(rows: list[dict[str, Any]], schema: pa.Schema | None = None) -> pa.Table:
    """An Arrow table of ``rows`` (built column-wise), with ``schema`` if given (so empty
    or all-None columns get the right type)."""
    names = schema.names if schema is not None else list(rows[0]) if rows else []
    columns = {n: [r.get(n) for r in rows] for n in names}
    return pa.table(columns, schema=schema) if schema is not None else pa.table(columns)


_ACTOR_KEYS = {p: tuple(f"{p}_{f}" for f in ACTOR_FIELDS) for p in ("source", "target")}


def _actor_from(row: dict[str, Any], prefix: str) -> Actor | None:
    text, name, country, org, sector, code = (row.get(k) for k in _ACTOR_KEYS[prefix])
    if text is None and name is None and country is None and org is None and code is None:
        return None
    return Actor(text or "", name or "", country, org, sector, code)


def _location_from(row: dict[str, Any]) -> Location | None:
    if row.get("location_name") is None and row.get("location_country") is None:
        return None
    return Location(
        name=row.get("location_name") or "", country=row.get("location_country"),
        lat=_num(row.get("location_lat")), lon=_num(row.get("location_lon")),
    )


def _num(value: Any) -> float | None:
    return None if value is None or value != value else float(value)  # NaN -> None


def event_from_row(row: dict[str, Any]) -> Event:
    """Rebuild an :class:`Event` from an ``events`` row (as a dict)."""
    att = None
    if row.get("attribution_text") is not None:
        att = Attribution(
            row["attribution_text"], row.get("attribution_country"),
            row.get("attribution_sector"),
        )
    return Event(
        event_id=row["event_id"], article_id=row["article_id"],
        article_date=_date(row.get("article_date")),
        sentence_index=int(row.get("sentence_index") or 0), evidence=row.get("evidence") or "",
        type=row["type"], mode=row.get("mode"), context=list(row.get("context") or []),
        cameo=row.get("cameo") or "", status=Status(row["status"]),
        source=_actor_from(row, "source") or Actor("", ""),
        target=_actor_from(row, "target"), attribution=att,
        date=TimeSpan(_date(row.get("date_start")), _date(row.get("date_end")),
                      row.get("date_precision") or "unknown"),
        location=_location_from(row), score=float(row.get("score") or 0.0),
        goldstein=float(row.get("goldstein") or 0.0),
        confidence=float(row.get("confidence") or 0.0), trigger=row.get("trigger") or "",
        span=(int(row.get("span_start") or 0), int(row.get("span_end") or 0)),
    )


def cluster_row(cluster: EventCluster, first_seen: str | None, last_seen: str | None,
                now: dt.datetime) -> dict[str, Any]:
    """The ``clusters`` table row of ``cluster`` (members live in ``events.cluster_id``)."""
    loc = cluster.location
    row: dict[str, Any] = {
        "cluster_id": cluster.cluster_id, "type": cluster.type, "mode": cluster.mode,
        "dyad_key": dyad_key(cluster.source, cluster.target),
        "status": Status(cluster.status).value, "date_start": cluster.date.start,
        "date_end": cluster.date.end, "date_precision": cluster.date.precision,
        "date": cluster.date.start or _date(first_seen),
        "num_mentions": cluster.num_mentions, "num_articles": cluster.num_articles,
        "num_sources": cluster.num_sources, "first_seen": _date(first_seen),
        "last_seen": _date(last_seen), "status_history": json.dumps(cluster.status_history),
        "first_event_id": cluster.event_ids[0] if cluster.event_ids else None,
        "created_at": now, "updated_at": now,
    }
    row.update(_actor_row("source", cluster.source))
    row.update(_actor_row("target", cluster.target))
    row.update(_location_row(loc))
    return row


def cluster_from_row(row: dict[str, Any]) -> EventCluster:
    """Rebuild an :class:`EventCluster` from a ``clusters`` row plus member lists."""
    history = [tuple(h) for h in json.loads(row.get("status_history") or "[]")]
    return EventCluster(
        cluster_id=row["cluster_id"], type=row["type"],
        source=_actor_from(row, "source") or Actor("", ""), target=_actor_from(row, "target"),
        status=Status(row["status"]),
        date=TimeSpan(_date(row.get("date_start")), _date(row.get("date_end")),
                      row.get("date_precision") or "unknown"),
        event_ids=list(row.get("event_ids") or []),
        article_ids=list(row.get("article_ids") or []),
        outlets=list(row.get("outlets") or []),
        status_history=history,  # type: ignore[arg-type]
        mode=row.get("mode"), location=_location_from(row),
    )


def _date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if type(value) is dt.date:
        return value
    if value == "" or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "date") and callable(value.date):  # pandas Timestamp
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])


_DOMAIN = re.compile(r"^[a-z]+://(?:www\.)?([^/:?#]+)", re.I)


def outlet_of(outlet: str | None, url: str | None, article_id: str) -> str:
    """The outlet an article counts for: its name, else its web domain, else itself."""
    if outlet:
        return outlet
    match = _DOMAIN.match(url or "")
    return match.group(1).lower() if match else f"article:{article_id}"
