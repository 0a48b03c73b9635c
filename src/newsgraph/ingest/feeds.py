"""RSS and Atom feeds (feedparser): one Article per entry.

An entry with full content (Atom ``<content>``, RSS ``<content:encoded>``) is ingested as
text; an entry with only a summary/description is ingested as such and marked
``summary_only=True``.  HTML in either is stripped to text.  The date is the entry's
(``date_source="feed"``), the outlet the feed's title.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import feedparser
from lxml import etree
from lxml.html import HtmlElement, fragment_fromstring

from ..errors import InputError
from ..model import Article, content_hash
from . import dates

log = logging.getLogger(__name__)

MAX_FEED_BYTES = 32 * 1024 * 1024
_SNIFF = re.compile(rb"<(rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
          "tr", "table", "section", "article", "header", "footer", "figure", "figcaption", "pre"}
_DROP = {"script", "style", "noscript", "iframe", "object"}


def looks_like_feed(head: bytes) -> bool:
    """Whether the first bytes of a document look like RSS, RDF or Atom."""
    return bool(_SNIFF.search(head[:4096]))


def read_file(path: Path, on_error: Callable[[InputError], None]) -> Iterator[Article]:
    """Read a saved feed (``.rss``, ``.atom``, or ``.xml`` whose content is a feed)."""
    with path.open("rb") as fh:
        head = fh.read(4096)
        if path.suffix.lower() == ".xml" and not looks_like_feed(head):
            log.info("%s: XML but not an RSS/Atom feed, skipped", path)
            return
        data = head + fh.read(MAX_FEED_BYTES)
    for _key, article in parse_entries(data, str(path), on_error):
        yield article


def parse_entries(
    data: bytes, origin: str, on_error: Callable[[InputError], None]
) -> Iterator[tuple[str, Article]]:
    """Yield ``(entry key, Article)`` per entry; the key (guid, else link) identifies it."""
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if parsed.get("bozo") and not parsed.entries:
        exc = parsed.get("bozo_exception")
        line = exc.getLineNumber() if hasattr(exc, "getLineNumber") else None
        on_error(InputError(origin, line, f"not a readable RSS/Atom feed ({exc})"))
        return
    if parsed.get("bozo"):
        log.warning("%s: feed is not well-formed (%s); reading the entries found",
                    origin, parsed.get("bozo_exception"))
    outlet = _text(parsed.feed.get("title")) or None
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#entry={number}"
        article = entry_article(entry, where, outlet)
        if article is None:
            on_error(InputError(origin, None, f"entry {number} has no text (no content or "
                                              "summary)"))
            continue
        yield entry.get("id") or entry.get("link") or article.hash, article


def entry_article(entry: Any, where: str, outlet: str | None) -> Article | None:
    """One feed entry as an Article, or ``None`` when it carries no text at all."""
    contents = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    summary_only = not contents
    if contents:
        best = max(contents, key=lambda c: len(c.get("value") or ""))
        text = _text(best.get("value"), best.get("type"))
    else:
        detail = entry.get("summary_detail") or {}
        text = _text(entry.get("summary"), detail.get("type"))
    if not text:
        return None
    date = None
    for key in ("published", "updated", "created"):
        # The written date keeps the outlet's local day; *_parsed is shifted to UTC.
        date = dates.parse_date(entry.get(key)) or dates.struct_date(entry.get(key + "_parsed"))
        if date:
            break
    source = "feed" if date else None
    if date is None:
        date = dates.find_date(text)
        source = "text" if date else None
    title = _text(entry.get("title"), (entry.get("title_detail") or {}).get("type")) or None
    return Article(id=content_hash(text), text=text, date=date, title=title,
                   url=entry.get("link") or None, outlet=outlet, origin=where,
                   date_source=source, summary_only=summary_only)


def html_to_text(markup: str) -> str:
    """Strip HTML to text, one line per paragraph-like block."""
    try:
        root: HtmlElement = fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return " ".join(markup.split())
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        if el.tag in _DROP:
            el.drop_tree()
        elif el.tag in _BLOCK:
            el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _text(value: str | None, kind: str | None = None) -> str:
    if not value:
        return ""
    if kind in (None, "text/html", "application/xhtml+xml") or "<" in value:
        return html_to_text(value)
    return "\n".join(" ".join(line.split()) for line in value.splitlines() if line.strip())
