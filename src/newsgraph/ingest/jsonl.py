"""JSON Lines: one object per line with ``id``, ``date``, ``text`` and optional ``title``,
``url``, ``outlet`` (``source`` is accepted as an alias)."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..errors import InputError
from ..model import Article, content_hash

log = logging.getLogger(__name__)


def read(
    origin: str, lines: Iterable[str], on_error: Callable[[InputError], None]
) -> Iterator[Article]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            on_error(InputError(origin, number, f"not valid JSON ({exc.msg})"))
            continue
        try:
            yield parse_record(record, f"{origin}:{number}")
        except ValueError as exc:
            on_error(InputError(origin, number, str(exc)))


def parse_record(record: Any, where: str) -> Article:
    """Turn one JSON object into an Article, or raise ValueError saying what is wrong."""
    if not isinstance(record, dict):
        raise ValueError("expected a JSON object with at least a 'text' field")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("missing or empty 'text' field")
    date = _parse_date(record.get("date"))
    if date is None:
        log.warning("%s: article has no date; its events keep open dates", where)
    outlet = record.get("outlet") or record.get("source")
    article_id = record.get("id")
    text = text.strip()
    return Article(
        id=str(article_id) if article_id not in (None, "") else content_hash(text),
        text=text,
        date=date,
        title=_opt_str(record.get("title")),
        url=_opt_str(record.get("url")),
        outlet=_opt_str(outlet),
        origin=where,
        date_source="input" if date else None,
    )


def _parse_date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"'date' must be a string like 2023-09-07, got {value!r}")
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"bad 'date' {value!r}: expected YYYY-MM-DD") from None


def _opt_str(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None
