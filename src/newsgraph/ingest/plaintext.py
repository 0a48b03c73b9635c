"""The plain-text form: an optional leading `` date YYYY-MM-DD`` marker, then the text.

A file may hold several articles separated by a line holding only ``---``; each may start
with its own marker.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterator

from ..errors import InputError
from ..model import Article, content_hash

log = logging.getLogger(__name__)

_MARKER = re.compile(r"^\s*date\s+(\S+)\s*")
_SEPARATOR = re.compile(r"^---[ \t]*(?:\r?\n|\Z)", re.MULTILINE)


def read(origin: str, text: str, on_error: Callable[[InputError], None]) -> Iterator[Article]:
    line = 1
    for chunk in _SEPARATOR.split(text):
        chunk_line = line
        line += chunk.count("\n") + 1  # the separator line follows the chunk
        if not chunk.strip():
            continue
        leading = chunk[: len(chunk) - len(chunk.lstrip())]
        chunk_line += leading.count("\n")  # the article starts at its first non-blank line
        chunk = chunk[leading.rfind("\n") + 1:]
        article = _parse(origin, chunk_line, chunk, on_error)
        if article is not None:
            yield article


def _parse(
    origin: str, line: int, chunk: str, on_error: Callable[[InputError], None]
) -> Article | None:
    date: dt.date | None = None
    m = _MARKER.match(chunk)
    body = chunk
    if m:
        try:
            date = dt.date.fromisoformat(m.group(1))
        except ValueError:
            on_error(InputError(origin, line + chunk[: m.start(1)].count("\n"),
                                f"bad date marker {m.group(1)!r}: expected YYYY-MM-DD"))
            return None
        body = chunk[m.end():]
    body = body.strip()
    if not body:
        on_error(InputError(origin, line, "article has no text"))
        return None
    if date is None:
        log.warning("%s:%d: article has no date; its events keep open dates", origin, line)
    return Article(
        id=content_hash(body),
        text=body,
        date=date,
        origin=f"{origin}:{line}",
        date_source="input" if date else None,
    )
