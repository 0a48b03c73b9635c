"""Polite HTTP for ``watch``: conditional feed requests, page fetches, Retry-After."""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx
from lxml.etree import LxmlError

from ..errors import InputError
from ..model import Article
from . import feeds, html
from .watch_state import SourceState

log = logging.getLogger(__name__)

USER_AGENT = "newsgraph-watch/0.1 (+https://pypi.org/project/newsgraph/)"
#: Longest wait a server's Retry-After is allowed to impose (seconds).
MAX_RETRY_AFTER = 24 * 3600


class FetchError(Exception):
    """A source could not be fetched; ``retry_after`` is the server's wish, in seconds."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass
class FeedResult:
    """New entries of one feed poll, and the validators to remember once they are stored."""

    articles: list[Article] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False


def poll_feed(
    client: httpx.Client,
    url: str,
    state: SourceState,
    on_error: Callable[[InputError], None],
    *,
    fetch_pages: bool = True,
) -> FeedResult:
    """Fetch ``url`` if it changed (ETag / If-Modified-Since) and return the unseen entries."""
    headers = {"User-Agent": USER_AGENT}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    response = _get(client, url, headers)
    result = FeedResult(etag=response.headers.get("ETag") or state.etag,
                        last_modified=response.headers.get("Last-Modified") or state.last_modified)
    if response.status_code == 304:
        result.not_modified = True
        return result
    seen = set(state.seen)
    for key, article in feeds.parse_entries(response.content, url, on_error):
        if key in seen or key in result.keys:
            continue
        if fetch_pages and article.summary_only:
            article = fetch_full_page(client, article)
        result.keys.append(key)
        result.articles.append(article)
    return result


def fetch_full_page(client: httpx.Client, entry: Article) -> Article:
    """Replace a summary-only entry by its linked page's text, when that works; else keep it."""
    link = entry.url or ""
    if not link.startswith(("http://", "https://")):
        return entry
    try:
        response = _get(client, link, {"User-Agent": USER_AGENT})
        ctype = response.headers.get("Content-Type", "text/html").split(";")[0].strip().lower()
        if response.status_code != 200 or ctype not in ("text/html", "application/xhtml+xml"):
            raise FetchError(f"HTTP {response.status_code} {ctype}")
        page = html.parse_page(response.content, origin=link, url=link,
                               fallback_date=entry.date, fallback_source=entry.date_source)
    except (FetchError, ValueError, LxmlError) as exc:
        log.info("%s: keeping the feed summary; the page could not be used (%s)", link, exc)
        return entry
    if len(page.text) <= len(entry.text):
        return entry
    if page.date_source != "meta" and entry.date is not None:
        page.date, page.date_source = entry.date, entry.date_source
    page.title = entry.title or page.title
    page.outlet = entry.outlet or page.outlet
    page.origin = entry.origin
    return page


def _get(client: httpx.Client, url: str, headers: dict[str, str]) -> httpx.Response:
    try:
        response = client.get(url, headers=headers, follow_redirects=True)
    except httpx.HTTPError as exc:
        raise FetchError(f"{type(exc).__name__}: {exc}") from exc
    if response.status_code == 304 or response.status_code < 400:
        return response
    retry = retry_after(response.headers.get("Retry-After"))
    raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}", retry)


def retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    now = now or dt.datetime.now(dt.UTC)
    return min(max((when - now).total_seconds(), 0.0), MAX_RETRY_AFTER)
