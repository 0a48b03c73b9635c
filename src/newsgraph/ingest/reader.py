"""Dispatch files to format readers by name and content; walk directories."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Article
from . import jsonl, lang, plaintext

log = logging.getLogger(__name__)

ErrorHandler = Callable[[InputError], None]
Reader = Callable[[str, Iterable[str] | bytes], Iterator[Article]]

# Suffixes each reader claims. Formats with optional dependencies register lazily below.
_TEXT_SUFFIXES = {".txt", ".text"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}


def _warn(error: InputError) -> None:
    log.warning("%s (skipped)", error)


def read_articles(
    paths: Iterable[str | Path], *, on_error: ErrorHandler | None = None, dedup: bool = True
) -> Iterator[Article]:
    """Yield the articles in ``paths`` (files, directories walked in order, or ``-``).

    ``lang`` is set to an ISO 639-1 code detected offline when the reader left it unset
    (``None`` only for texts too short to call); exact duplicates of an earlier article
    (same normalised text) are dropped.
    """
    on_error = on_error or _warn
    seen: set[str] | None = set() if dedup else None
    for path in paths:
        yield from finish(read_path(path, on_error=on_error), seen)


def finish(articles: Iterable[Article], seen: set[str] | None = None) -> Iterator[Article]:
    """Drop exact duplicates (text hashes kept in ``seen``) and detect each language."""
    for article in articles:
        if seen is not None:
            key = article.hash
            if key in seen:
                log.info("%s: exact duplicate of an earlier article, skipped", article.origin)
                continue
            seen.add(key)
        yield lang.ensure_lang(article)


def read_path(path: str | Path, *, on_error: ErrorHandler) -> Iterator[Article]:
    """Yield the articles of one path; a directory is walked recursively in name order."""
    if str(path) == "-":
        yield from _read_stream("<stdin>", sys.stdin.read(), on_error)
        return
    p = Path(path)
    if p.is_dir():
        for child in sorted(c for c in p.rglob("*") if c.is_file() and not c.name.startswith(".")):
            yield from _read_file(child, on_error)
        return
    if not p.exists():
        on_error(InputError(str(p), None, "no such file or directory"))
        return
    yield from _read_file(p, on_error)


def _read_file(p: Path, on_error: ErrorHandler) -> Iterator[Article]:
    name = p.name.lower()
    suffix = p.suffix.lower()
    try:
        special = _special_reader(name)
        if special is not None:
            yield from special(p, on_error)
        elif suffix in _JSONL_SUFFIXES:
            with p.open(encoding="utf-8", errors="replace") as fh:
                yield from jsonl.read(str(p), fh, on_error)
        elif suffix in _TEXT_SUFFIXES or not suffix:
            yield from plaintext.read(str(p), p.read_text(encoding="utf-8", errors="replace"),
                                      on_error)
        else:
            log.info("%s: not a format newsgraph reads, skipped", p)
    except OSError as exc:
        on_error(InputError(str(p), None, f"cannot read file: {exc}"))
    except Exception as exc:  # a parser choking on odd input must not stop the run
        log.debug("%s: reader failed", p, exc_info=True)
        on_error(InputError(str(p), None, f"cannot read file ({type(exc).__name__}: {exc})"))


def _special_reader(name: str) -> Callable[[Path, ErrorHandler], Iterator[Article]] | None:
    """Readers for web formats (HTML, feeds, WARC) live in their own modules."""
    from . import formats

    return formats.reader_for(name)


def _read_stream(origin: str, text: str, on_error: ErrorHandler) -> Iterator[Article]:
    """Standard input: JSON Lines if the first non-blank character is ``{``, else plain text."""
    if text.lstrip().startswith("{"):
        yield from jsonl.read(origin, text.splitlines(keepends=True), on_error)
    else:
        yield from plaintext.read(origin, text, on_error)
