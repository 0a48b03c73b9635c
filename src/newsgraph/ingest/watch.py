"""``newsgraph watch``: poll folders and feed URLs, ingest what is new, remember it.

A folder source yields the files that are new or changed (by modification time and size)
since the last poll; a feed source yields the entries not seen before (fetched with
``ETag`` / ``If-Modified-Since``; summary-only entries optionally fetched as full pages).
What a poll found is handed to ``ingest`` (in the CLI, :func:`newsgraph.pipeline.ingest`
on a :class:`~newsgraph.store.Store`); only when that succeeds does the state file
remember it, so a crash or a store error never loses articles.  A source that fails is
retried with exponential backoff (capped; a server's ``Retry-After`` is honoured).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

import httpx

from ..errors import InputError
from ..model import Article
from . import formats
from .fetch import FetchError, poll_feed
from .reader import finish, read_path
from .watch_state import SourceState, WatchState

log = logging.getLogger(__name__)

IngestFn = Callable[[Iterable[Article]], Any]
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
#: Seconds between state saves while a folder poll works through many files.
SAVE_EVERY = 5.0
#: Longest pause between retries of a failing source (seconds).
MAX_BACKOFF = 6 * 3600


def parse_interval(value: str) -> float:
    """``30s``, ``15m``, ``1h``, ``1d`` (or plain seconds) as seconds."""
    m = _INTERVAL.match(value)
    if not m or float(m.group(1)) <= 0:
        raise ValueError(f"bad interval {value!r}: use a number with s, m, h or d (e.g. 15m)")
    return float(m.group(1)) * _UNITS[m.group(2).lower()]


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def source_key(source: str) -> str:
    """The state-file key of a source: the URL, or ``dir:`` + the absolute path."""
    return source if is_url(source) else "dir:" + str(Path(source).resolve())


@dataclass
class SourceReport:
    """What one poll of one source did."""

    source: str
    status: str  # new | unchanged | error | waiting
    articles: int = 0
    result: Any = None  # what ingest returned (an IngestSummary in the CLI)
    message: str = ""


@dataclass
class PollReport:
    """What one poll of all sources did."""

    sources: list[SourceReport] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return sum(r.articles for r in self.sources)

    @property
    def errors(self) -> int:
        return sum(r.status == "error" for r in self.sources)


class Watcher:
    """Polls ``sources`` and hands new articles to ``ingest``; see the module docstring."""

    def __init__(
        self,
        sources: Iterable[str],
        ingest: IngestFn,
        state_path: Path,
        *,
        every: float = 900.0,
        client: httpx.Client | None = None,
        timeout: float = 20.0,
        fetch_pages: bool = True,
        max_backoff: float = MAX_BACKOFF,
        settle: float = 0.0,
        clock: Callable[[], float] = time.time,
        on_error: Callable[[InputError], None] | None = None,
    ) -> None:
        self.sources = list(dict.fromkeys(sources))
        self.ingest = ingest
        self.state = WatchState.load(state_path)
        self.every = every
        self.client = client or httpx.Client(timeout=timeout)
        self.fetch_pages = fetch_pages
        self.max_backoff = max_backoff
        self.settle = settle
        self.clock = clock
        self.on_error = on_error or _warn

    def run(self, *, once: bool = False, max_polls: int | None = None,
            sleep: Callable[[float], None] = time.sleep,
            report: Callable[[PollReport], None] | None = None) -> None:
        """Poll every ``self.every`` seconds (one poll with ``once``; ``max_polls`` bounds it)."""
        polls = 0
        while True:
            result = self.poll_once()
            polls += 1
            if report:
                report(result)
            if once or (max_polls is not None and polls >= max_polls):
                return
            sleep(self.every)

    def poll_once(self) -> PollReport:
        """Poll each source that is not waiting out a backoff; save the state after each."""
        report = PollReport()
        for source in self.sources:
            state = self.state.source(source_key(source))
            now = self.clock()
            if state.failures and now < state.retry_at:
                wait = state.retry_at - now
                report.sources.append(SourceReport(source, "waiting",
                                                   message=f"retrying in {wait:.0f}s"))
                continue
            report.sources.append(self._poll_source(source, state))
            self.state.save()
        return report

    def close(self) -> None:
        self.client.close()

    def _poll_source(self, source: str, state: SourceState) -> SourceReport:
        try:
            if is_url(source):
                return self._poll_feed(source, state)
            return self._poll_folder(source, state)
        except Exception as exc:  # any failure of one source backs that source off
            retry = exc.retry_after if isinstance(exc, FetchError) else None
            delay = self._fail(state, f"{type(exc).__name__}: {exc}", retry)
            log.warning("%s: %s (retrying in %.0fs)", source, exc, delay)
            return SourceReport(source, "error", message=str(exc))

    def _poll_feed(self, url: str, state: SourceState) -> SourceReport:
        found = poll_feed(self.client, url, state, self.on_error, fetch_pages=self.fetch_pages)
        if found.not_modified:
            self._succeed(state)
            return SourceReport(url, "unchanged", message="not modified")
        articles = list(finish(found.articles))
        result = self.ingest(articles) if articles else None
        state.remember(found.keys)
        state.etag, state.last_modified = found.etag, found.last_modified
        self._succeed(state)
        return SourceReport(url, "new" if articles else "unchanged", len(articles), result)

    def _poll_folder(self, folder: str, state: SourceState) -> SourceReport:
        """Ingest each new or changed file as a stream; remember it once it is stored."""
        root = Path(folder)
        if not root.exists():
            raise FileNotFoundError(f"no such file or directory: {root}")
        changed = self._changed_files(root, state)
        seen: set[str] = set()
        total, combined = 0, None
        last_save = self.clock()
        for path, fingerprint in changed.items():
            count, result = self._ingest_stream(finish(read_path(path, on_error=self.on_error),
                                                       seen))
            total += count
            combined = _combine(combined, result)
            state.files[str(path)] = fingerprint
            if self.clock() - last_save > SAVE_EVERY:  # a big first poll keeps its progress
                self.state.save()
                last_save = self.clock()
        self._succeed(state)
        return SourceReport(folder, "new" if total else "unchanged", total, combined,
                            message=f"{len(changed)} new or changed files")

    def _ingest_stream(self, articles: Iterator[Article]) -> tuple[int, Any]:
        """Hand ``articles`` to ingest without materialising them; ``(count, result)``."""
        first = next(articles, None)
        if first is None:
            return 0, None
        count = 0

        def counted() -> Iterator[Article]:
            nonlocal count
            for article in chain([first], articles):
                count += 1
                yield article

        result = self.ingest(counted())
        return count, result

    def _changed_files(self, root: Path, state: SourceState) -> dict[Path, list[int]]:
        files = [root] if root.is_file() else sorted(
            p for p in root.rglob("*")
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
        )
        changed: dict[Path, list[int]] = {}
        now = self.clock()
        for path in files:
            if not formats.is_supported(path.name.lower()):
                continue
            st = path.stat()
            if self.settle and now - st.st_mtime < self.settle:
                continue  # still being written; next poll
            fingerprint = [st.st_mtime_ns, st.st_size]
            if state.files.get(str(path)) != fingerprint:
                changed[path] = fingerprint
        return changed

    def _succeed(self, state: SourceState) -> None:
        state.failures, state.retry_at, state.last_error = 0, 0.0, None

    def _fail(self, state: SourceState, message: str, retry_after: float | None) -> float:
        state.failures += 1
        delay = min(self.max_backoff, self.every * 2 ** (state.failures - 1))
        if retry_after is not None:
            delay = max(delay, retry_after)
        state.retry_at = self.clock() + delay
        state.last_error = message
        return delay


def _combine(total: Any, result: Any) -> Any:
    """Merge ingest results that know how (``IngestSummary.merge``); else keep the last."""
    if total is None or result is None:
        return total if result is None else result
    if hasattr(total, "merge"):
        total.merge(result)
        return total
    return result


def _warn(error: InputError) -> None:
    log.warning("%s (skipped)", error)
