"""HTML pages: main text with trafilatura, plus title, date, canonical URL and outlet.

The date is the page's own (``<meta>`` tags, JSON-LD ``datePublished``, ``<time datetime>``:
``date_source="meta"``), else a dateline near the top of the text (``"text"``), else what
the caller knows (a WARC-Date or Last-Modified header: ``"http"``; a file's mtime:
``"file"``).  Nothing is fetched from the network.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import trafilatura
from lxml.etree import LxmlError
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from ..errors import InputError
from ..model import Article, content_hash
from . import dates

log = logging.getLogger(__name__)

# trafilatura warns about every page without article text; we report those ourselves.
_trafilatura_log = logging.getLogger("trafilatura")
if _trafilatura_log.level == logging.NOTSET:
    _trafilatura_log.setLevel(logging.CRITICAL)

MAX_PAGE_BYTES = 8 * 1024 * 1024

# <meta> names/properties carrying the publication date, most trusted first.
_DATE_KEYS = (
    "article:published_time", "og:article:published_time", "datepublished",
    "published_time", "pubdate", "publishdate", "publish-date", "publication_date",
    "article.published", "parsely-pub-date", "sailthru.date", "dc.date.issued",
    "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date",
    "article:modified_time", "og:updated_time", "datemodified",
)
_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "headline")
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting",
                  "analysisnewsarticle", "opinionnewsarticle", "webpage", "report"}


@dataclass
class PageMeta:
    """What a page says about itself."""

    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    outlet: str | None = None


def parse_page(
    data: bytes | str,
    *,
    origin: str,
    url: str | None = None,
    fallback_date: dt.date | None = None,
    fallback_source: str | None = None,
    fast: bool = False,
) -> Article:
    """One page as an Article; raises ``ValueError`` when the page has no article text."""
    tree = load_html(data[:MAX_PAGE_BYTES])
    if tree is None:
        raise ValueError("not an HTML document (nothing to parse)")
    meta = page_meta(tree, url)
    text = extract_text(tree, meta.url or url, fast=fast)
    text = _drop_title_line(text, meta.title)
    if not text:
        raise ValueError("no article text found in the page")
    date, source = meta.date, "meta" if meta.date else None
    if date is None:
        date = dates.find_date(text)
        source = "text" if date else None
    if date is None and fallback_date is not None:
        date, source = fallback_date, fallback_source
    if date is None:
        log.warning("%s: article has no date; its events keep open dates", origin)
    return Article(id=content_hash(text), text=text, date=date, title=meta.title,
                   url=meta.url or url, outlet=meta.outlet, origin=origin, date_source=source)


def extract_text(tree: HtmlElement, url: str | None, *, fast: bool = False) -> str:
    """The main text of the page (no navigation, comments or tables)."""
    doc = trafilatura.bare_extraction(
        tree, url=url, fast=fast, favor_precision=True, include_comments=False,
        include_tables=False, with_metadata=False, deduplicate=False,
    )
    text = getattr(doc, "text", None) or ""
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def page_meta(tree: HtmlElement, url: str | None = None) -> PageMeta:
    """Title, publication date, canonical URL and outlet from the page's metadata."""
    metas = _meta_tags(tree)
    ld = _json_ld(tree)
    canonical = _canonical(tree, metas, ld, url)
    date = _first_date(metas.get(k) for k in _DATE_KEYS)
    if date is None:
        date = _first_date([ld.get("datePublished"), ld.get("dateCreated")])
    if date is None:
        date = _time_element_date(tree)
    if date is None:
        date = _first_date([ld.get("dateModified")])
    outlet = metas.get("og:site_name") or _publisher(ld) or metas.get("application-name")
    if not outlet and canonical:
        outlet = _domain(canonical)
    title = next((metas[k] for k in _TITLE_KEYS if metas.get(k)), None)
    title = title or _str(ld.get("headline")) or _title_element(tree, outlet)
    return PageMeta(title=_clean(title), date=date, url=canonical, outlet=_clean(outlet))


def read_file(path: Path, on_error: Callable[[InputError], None]) -> Iterator[Article]:
    """Read one saved page; its date falls back to the file's modification time."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        on_error(InputError(str(path), None, f"cannot read file: {exc}"))
        return
    try:
        article = parse_page(data, origin=str(path), fallback_date=dates.file_date(path),
                             fallback_source="file")
    except (ValueError, LxmlError) as exc:
        on_error(InputError(str(path), None, str(exc)))
        return
    yield article


def _drop_title_line(text: str, title: str | None) -> str:
    """Drop a first line that only repeats the headline (it is kept in ``title``)."""
    first, _, rest = text.partition("\n")
    if title and rest and " ".join(first.split()).casefold() == title.casefold():
        return rest
    return text


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop")
        value = el.get("content")
        if key and value and value.strip():
            found.setdefault(key.strip().lower(), value.strip())
    return found


def _json_ld(tree: HtmlElement) -> dict[str, Any]:
    """The first article-like JSON-LD object on the page (merged over @graph), or {}."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for obj in _ld_objects(data):
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
                return obj
    return {}


def _ld_objects(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _ld_objects(data["@graph"])


def _publisher(ld: dict[str, Any]) -> str | None:
    publisher = ld.get("publisher")
    if isinstance(publisher, list) and publisher:
        publisher = publisher[0]
    if isinstance(publisher, dict):
        return _str(publisher.get("name"))
    return _str(publisher)


def _canonical(
    tree: HtmlElement, metas: dict[str, str], ld: dict[str, Any], url: str | None
) -> str | None:
    candidates = [el.get("href") for el in tree.iter("link")
                  if "canonical" in (el.get("rel") or "").lower().split()]
    candidates += [metas.get("og:url"), _str(ld.get("url"))]
    for candidate in candidates:
        if candidate and candidate.strip():
            absolute = urljoin(url, candidate.strip()) if url else candidate.strip()
            if urlsplit(absolute).scheme in ("http", "https"):
                return absolute
    return url


def _time_element_date(tree: HtmlElement) -> dt.date | None:
    times = [el for el in tree.iter("time") if el.get("datetime")]
    preferred = [el for el in times if el.get("pubdate") is not None
                 or (el.get("itemprop") or "").lower() == "datepublished"
                 or "publish" in (el.get("class") or "").lower()]
    return _first_date(el.get("datetime") for el in preferred + times)


def _title_element(tree: HtmlElement, outlet: str | None) -> str | None:
    title = tree.findtext(".//title")
    if title and outlet:
        for sep in (" | ", " - ", " – ", " — ", " :: "):
            suffix = sep + outlet
            if title.strip().endswith(suffix):
                return title.strip()[: -len(suffix)]
    if title and title.strip():
        return title
    h1 = next(tree.iter("h1"), None)
    return h1.text_content() if h1 is not None else None


def _first_date(values: Any) -> dt.date | None:
    for value in values:
        date = dates.parse_date(value) if isinstance(value, str) else None
        if date is not None:
            return date
    return None


def _domain(url: str) -> str | None:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _str(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) if value and value.strip() else None
