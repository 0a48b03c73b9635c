"""WARC archives (``.warc``, ``.warc.gz``) with warcio, streamed record by record.

HTTP ``response`` records for HTML pages (status 200, ``Content-Type: text/html``) become
Articles: URL from ``WARC-Target-URI`` (or the page's canonical link), date from the page's
metadata, else a dateline, else ``WARC-Date`` (``date_source="http"``).  Every other record
is skipped and counted by kind; a summary is logged at INFO.  Memory stays flat: only one
record's payload (capped) is held at a time.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from lxml.etree import LxmlError
from warcio.archiveiterator import ArchiveIterator

from ..errors import InputError
from ..model import Article
from . import dates, html

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_file(
    path: Path, on_error: Callable[[InputError], None], *, fast: bool = False
) -> Iterator[Article]:
    """Yield the articles of one WARC file; a damaged tail is reported, earlier pages kept."""
    skipped: Counter[str] = Counter()
    pages = 0
    position = 0  # end of the last record read completely
    with path.open("rb") as fh:
        records = ArchiveIterator(fh)
        try:
            for record in records:
                kind, article = _record_article(record, path, fast)
                offset = records.get_record_offset()  # also finishes reading the record
                position = offset + records.get_record_length()
                problem = _damage(record, records)
                if problem:
                    on_error(InputError(str(path), None, f"record at byte offset {offset}: "
                                                         f"{problem}; reading stops here"))
                    if problem.startswith("record"):  # the payload itself is incomplete
                        break
                if article is None:
                    skipped[kind] += 1
                else:
                    pages += 1
                    article.origin = f"{path}@{offset}"
                    yield article
                if problem:
                    break
        except Exception as exc:  # warcio raises many kinds of errors on damaged input
            where = f"damaged WARC after byte offset {max(position, 0)}"
            on_error(InputError(str(path), None, f"{where} ({pages} pages read before): "
                                                 f"{_describe(exc)}"))
        else:
            if _leftover(fh, position):
                on_error(InputError(str(path), None, f"incomplete record at byte offset "
                                                     f"{position} (the file is truncated?)"))
    _log_summary(path, pages, skipped)


def _leftover(fh: BinaryIO, position: int) -> bool:
    """Whether anything but blank lines follows the last complete record."""
    fh.seek(position)
    return bool(fh.read(4096).strip())


def _damage(record: Any, records: ArchiveIterator) -> str | None:
    """Why the record just read is incomplete (a truncated file), or ``None``."""
    if getattr(record.raw_stream, "limit", 0) > 0:
        return "record is cut short (the file is truncated)"
    decompressor = getattr(records.reader, "decompressor", None)
    if decompressor is not None and getattr(decompressor, "eof", True) is False:
        return ("gzip member is cut short (the file is truncated, or was gzipped as a whole "
                "instead of record by record)")
    return None


def _record_article(record: Any, path: Path, fast: bool) -> tuple[str, Article | None]:
    """``(kind, article)``; ``article`` is None when the record is skipped as ``kind``."""
    if record.format != "warc":
        raise ValueError(f"not a WARC record (looks like {record.format or 'nothing'} data)")
    if record.rec_type != "response":
        return record.rec_type or "unknown", None
    if record.http_headers is None:
        return "non-http response", None
    status = record.http_headers.get_statuscode()
    if status != "200":
        return f"status {status}", None
    ctype = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if ctype not in HTML_TYPES:
        return "non-html", None
    url = record.rec_headers.get_header("WARC-Target-URI")
    data = record.content_stream().read(html.MAX_PAGE_BYTES)
    fallback = dates.http_date(record.rec_headers.get_header("WARC-Date"))
    try:
        article = html.parse_page(data, origin=f"{path}", url=url, fallback_date=fallback,
                                  fallback_source="http", fast=fast)
    except (ValueError, LxmlError) as exc:
        log.debug("%s: %s: %s", path, url, exc)
        return "no text", None
    return "page", article


def _describe(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def _log_summary(path: Path, pages: int, skipped: Counter[str]) -> None:
    detail = ", ".join(f"{kind}: {n}" for kind, n in sorted(skipped.items()))
    log.info("%s: %d pages, %d skipped%s", path, pages, sum(skipped.values()),
             f" by kind ({detail})" if detail else "")
