"""The clustering pass: block by (type, dyad), bucket by week, join or start clusters."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import replace

from ..model import Event, EventCluster, Status, TimeSpan, content_hash
from .rules import (
    TOLERANCE_DAYS,
    Span,
    block_key,
    cluster_span,
    event_span,
    modes_compatible,
    places_compatible,
    resolve_status,
    span_gap,
    span_to_timespan,
    spans_meet,
)

BUCKET_DAYS = 7
MAX_BUCKETS = 60  # a cluster spanning more than ~14 months is only found near its start


class _Draft:
    """A cluster being built, with its anchor span and creation order."""

    __slots__ = ("cluster", "span", "order", "key")

    def __init__(self, cluster: EventCluster, span: Span | None, order: int,
                 key: tuple[str, str, str]) -> None:
        self.cluster = cluster
        self.span = span
        self.order = order
        self.key = key


class _Index:
    """Drafts by block key, then by week bucket of their span (widened by the tolerance)."""

    def __init__(self, tolerance: int) -> None:
        self.tolerance = tolerance
        self.blocks: dict[tuple[str, str, str], dict[int, dict[int, _Draft]]] = {}

    def add(self, draft: _Draft) -> None:
        """Register ``draft`` in every bucket its span (plus tolerance) touches."""
        if draft.span is None:
            return
        buckets = self.blocks.setdefault(draft.key, {})
        first = (draft.span[0] - self.tolerance) // BUCKET_DAYS
        last = min((draft.span[1] + self.tolerance) // BUCKET_DAYS, first + MAX_BUCKETS)
        for bucket in range(first, last + 1):
            buckets.setdefault(bucket, {})[draft.order] = draft

    def candidates(self, key: tuple[str, str, str], span: Span) -> list[_Draft]:
        """Drafts of block ``key`` registered in the buckets ``span`` touches."""
        buckets = self.blocks.get(key)
        if not buckets:
            return []
        found: dict[int, _Draft] = {}
        last = min(span[1] // BUCKET_DAYS, span[0] // BUCKET_DAYS + MAX_BUCKETS)
        for bucket in range(span[0] // BUCKET_DAYS, last + 1):
            found.update(buckets.get(bucket, {}))
        return list(found.values())


def first_seen(cluster: EventCluster) -> str | None:
    """The earliest article date among the cluster's reports (ISO), if any."""
    days = [day for day, _ in cluster.status_history if day]
    return min(days) if days else None


def last_seen(cluster: EventCluster) -> str | None:
    """The latest article date among the cluster's reports (ISO), if any."""
    days = [day for day, _ in cluster.status_history if day]
    return max(days) if days else None


def _copy(cluster: EventCluster) -> EventCluster:
    return replace(
        cluster, event_ids=list(cluster.event_ids), article_ids=list(cluster.article_ids),
        outlets=list(cluster.outlets),
        status_history=[tuple(h) for h in cluster.status_history],  # type: ignore[misc]
    )


def _sort_key(event: Event) -> tuple[dt.date, str]:
    return event.article_date or dt.date.max, event.event_id


def _best(candidates: list[_Draft], event: Event, span: Span, tolerance: int) -> _Draft | None:
    best: tuple[int, int] | None = None
    chosen = None
    for draft in candidates:
        cl = draft.cluster
        if draft.span is None or not spans_meet(draft.span, span, tolerance):
            continue
        if not modes_compatible(cl.type, cl.mode, event.mode):
            continue
        if not places_compatible(cl.location, event.location):
            continue
        rank = (span_gap(draft.span, span), draft.order)
        if best is None or rank < best:
            best, chosen = rank, draft
    return chosen


def _new_cluster(event: Event, span: Span | None, outlet: str) -> EventCluster:
    date = span_to_timespan(span, event.date.precision) if span else TimeSpan(None, None,
                                                                               "unknown")
    day = event.article_date.isoformat() if event.article_date else ""
    return EventCluster(
        cluster_id=content_hash(event.event_id), type=event.type, source=event.source,
        target=event.target, status=Status(event.status), date=date,
        event_ids=[event.event_id], article_ids=[event.article_id], outlets=[outlet],
        status_history=[(day, Status(event.status).value)], mode=event.mode,
        location=event.location,
    )


def _join(draft: _Draft, event: Event, span: Span, outlet: str, index: _Index) -> None:
    cl = draft.cluster
    event_status = Status(event.status)
    cl.event_ids.append(event.event_id)
    cl.article_ids.append(event.article_id)
    cl.outlets.append(outlet)
    day = event.article_date.isoformat() if event.article_date else ""
    bisect.insort(cl.status_history, (day, event_status.value))
    cl.mode = cl.mode or event.mode
    cl.location = cl.location or event.location
    if cl.status is Status.OCCURRED:
        return  # occurred is final: later reports cannot undo it
    status = Status.OCCURRED if event_status is Status.OCCURRED else resolve_status(
        cl.status_history)
    if status is Status.OCCURRED:
        # the event happened: date the cluster by the report that says so
        cl.date = span_to_timespan(span, event.date.precision)
        draft.span = span
        index.add(draft)
    cl.status = status


def cluster(
    events: Iterable[Event],
    existing: Iterable[EventCluster] | None = None,
    *,
    outlets: Mapping[str, str] | None = None,
    tolerance_days: int = TOLERANCE_DAYS,
) -> list[EventCluster]:
    """Group ``events`` into clusters, extending ``existing`` ones where they fit.

    ``outlets`` maps ``article_id`` to the publishing outlet (for ``num_sources``); an
    article without one counts as its own source.  Returns every cluster — the existing
    ones (copies, updated) first, then new ones.  Existing cluster ids never change and
    existing clusters are never merged; events already in a cluster are skipped.
    Events are taken in article-date order, so the first report founds the cluster and
    its id (a hash of that report's ``event_id``).
    """
    outlets = outlets or {}
    index = _Index(tolerance_days)
    drafts: list[_Draft] = []
    seen: set[str] = set()
    for old in existing or ():
        cl = _copy(old)
        draft = _Draft(cl, cluster_span(cl), len(drafts), block_key(cl.type, cl.source,
                                                                     cl.target))
        drafts.append(draft)
        index.add(draft)
        seen.update(cl.event_ids)
    for event in sorted(events, key=_sort_key):
        if event.event_id in seen:
            continue
        seen.add(event.event_id)
        outlet = outlets.get(event.article_id) or f"article:{event.article_id}"
        key = block_key(event.type, event.source, event.target)
        span = event_span(event)
        found = _best(index.candidates(key, span), event, span, tolerance_days) if span else None
        if found is None:
            found = _Draft(_new_cluster(event, span, outlet), span, len(drafts), key)
            drafts.append(found)
            index.add(found)
        else:
            _join(found, event, span, outlet, index)  # type: ignore[arg-type]
    return [d.cluster for d in drafts]
