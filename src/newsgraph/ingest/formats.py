"""Which reader handles web formats (HTML pages, RSS/Atom feeds, WARC archives).

Each returns a function ``(path, on_error) -> Iterator[Article]`` or ``None``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Article

FileReader = Callable[[Path, Callable[[InputError], None]], Iterator[Article]]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".rss", ".atom", ".xml")  # .xml only when the content is a feed
WARC_SUFFIXES = (".warc", ".warc.gz")


def reader_for(name: str) -> FileReader | None:
    """The reader for a lower-cased file name, or ``None`` for text and JSON Lines."""
    if name.endswith(WARC_SUFFIXES):
        from . import warc

        return warc.read_file
    if name.endswith(HTML_SUFFIXES):
        from . import html

        return html.read_file
    if name.endswith(FEED_SUFFIXES):
        from . import feeds

        return feeds.read_file
    return None


def is_supported(name: str) -> bool:
    """Whether newsgraph reads files with this (lower-cased) name at all."""
    from .reader import _JSONL_SUFFIXES, _TEXT_SUFFIXES

    suffix = Path(name).suffix
    return reader_for(name) is not None or suffix in _JSONL_SUFFIXES | _TEXT_SUFFIXES or not suffix
