"""The main job: articles -> annotated -> events -> store. Used by the CLI, watch and Dask."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from .errors import InputError
from .model import Article, Event

if TYPE_CHECKING:
    from .store import Store

log = logging.getLogger(__name__)


@dataclass
class IngestSummary:
    """What one ingest run did."""

    articles_read: int = 0
    articles_added: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    not_coded: dict[str, int] = field(default_factory=dict)  # language -> count
    events_added: int = 0
    errors: int = 0

    def merge(self, other: IngestSummary) -> None:
        for name in ("articles_read", "articles_added", "duplicates", "near_duplicates",
                     "events_added", "errors"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for lang, n in other.not_coded.items():
            self.not_coded[lang] = self.not_coded.get(lang, 0) + n


def codable(article: Article) -> bool:
    """Articles in languages other than English are stored but not coded."""
    return article.lang in (None, "en")


def extract_events(
    articles: Iterable[Article],
    *,
    batch_size: int = 32,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[tuple[Article, list[Event]]]:
    """Yield each article with the events found in it (non-English articles get none).

    An article the coder fails on is reported through ``on_error`` (naming where it came
    from) and left out, so it is not stored half-coded and a later run can retry it.
    """
    from .events import extract
    from .nlp import annotate

    found: dict[int, list[Event] | None] = {}

    def failed(article: Article, exc: Exception) -> None:
        found[id(article)] = None
        error = InputError(article.origin or article.id, None,
                           f"could not code this article ({exc!r}); skipped")
        (on_error or _log_error)(error)

    articles = iter(articles)
    while batch := list(islice(articles, batch_size)):
        coded = [a for a in batch if codable(a)]
        found.clear()
        for ann in annotate(coded, on_error=failed):
            try:
                found[id(ann.article)] = extract(ann)
            except Exception as exc:  # noqa: BLE001 (one bad article must not stop a run)
                failed(ann.article, exc)
        for article in batch:
            events = found.get(id(article), [])
            if events is not None:
                yield article, events


def _log_error(error: InputError) -> None:
    log.error("%s", error)


def ingest(
    store: Store,
    articles: Iterable[Article],
    *,
    batch_size: int = 64,
    progress: Callable[[int], None] | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> IngestSummary:
    """Store ``articles`` and their events, one transaction per batch.

    Articles already in the store (same content hash) are skipped before any NLP work,
    so an interrupted ingest can simply be run again.
    """
    summary = IngestSummary()
    articles = iter(articles)
    while batch := list(islice(articles, batch_size)):
        summary.articles_read += len(batch)
        fresh = store.new_articles(batch)
        summary.duplicates += len(batch) - len(fresh)
        for article in fresh:
            if not codable(article):
                lang = article.lang or "?"
                summary.not_coded[lang] = summary.not_coded.get(lang, 0) + 1
        result = store.add_batch(list(extract_events(fresh, on_error=on_error)))
        summary.articles_added += result.articles_added
        summary.near_duplicates += result.near_duplicates
        summary.events_added += result.events_added
        if progress:
            progress(len(batch))
    return summary
