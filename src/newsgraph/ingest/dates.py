"""Dates for web input: metadata strings, datelines in the text, HTTP headers, file times.

Every reader records where an article's date came from in ``Article.date_source``:
``input`` (given explicitly), ``meta`` (page metadata), ``feed`` (the feed entry),
``http`` (WARC-Date or Last-Modified), ``text`` (a date near the top of the text) or
``file`` (the file's modification time).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import time
from pathlib import Path

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_ISO = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")
_MDY = re.compile(_MONTH + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b",
                  re.IGNORECASE)
_DMY = re.compile(r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<y>(?:19|20)\d\d)\b",
                  re.IGNORECASE)
_SLASH = re.compile(r"(?<![\d/])(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?![\d/])")

#: How much of the text is searched for a dateline (characters, then lines).
TEXT_WINDOW = 400
TEXT_LINES = 3


def parse_date(value: str | None) -> dt.date | None:
    """Parse a metadata date: ISO 8601, RFC 2822, or a written date; ``None`` if unsure."""
    if not value:
        return None
    value = value.strip()
    m = _ISO.match(value)
    if m:
        return _make(m.group("y"), m.group("m"), m.group("d"))
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return parsed.date()
    return find_date(value, window=len(value), lines=1)


def find_date(text: str, *, window: int = TEXT_WINDOW, lines: int = TEXT_LINES) -> dt.date | None:
    """The first plausible date in the first ``lines`` lines (at most ``window`` chars).

    This is for datelines such as ``SEOUL, March 3, 2024 (Reuters) -`` or a byline's
    ``Published 3 March 2024``; dates deeper in the text are usually about something else.
    """
    head = "\n".join(text[:window].splitlines()[:lines])
    found: list[tuple[int, dt.date]] = []
    for pattern in (_ISO, _SLASH):
        for m in pattern.finditer(head):
            date = _make(m.group("y"), m.group("m"), m.group("d"))
            if date:
                found.append((m.start(), date))
    for pattern in (_MDY, _DMY):
        for m in pattern.finditer(head):
            date = _make(m.group("y"), str(_MONTHS[m.group("month").lower()]), m.group("d"))
            if date:
                found.append((m.start(), date))
    return min(found, key=lambda pair: pair[0])[1] if found else None


def http_date(value: str | None) -> dt.date | None:
    """A WARC-Date (ISO 8601) or an HTTP ``Last-Modified`` header (RFC 7231) as a date."""
    return parse_date(value)


def file_date(path: Path) -> dt.date:
    """The file's modification time as a (UTC) date."""
    mtime = path.stat().st_mtime
    return dt.datetime.fromtimestamp(mtime, tz=dt.UTC).date()


def struct_date(value: time.struct_time | None) -> dt.date | None:
    """A feedparser ``*_parsed`` value (UTC struct_time) as a date."""
    if not value:
        return None
    try:
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    except ValueError:
        return None


def _make(year: str, month: str, day: str) -> dt.date | None:
    try:
        date = dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    # A "date" far in the future is a typo or an id, not a publication date.
    if date > dt.date.today() + dt.timedelta(days=2):
        return None
    return date
