"""When two reports describe the same real-world event: keys, date spans, modes, places, status.

These are the tunable rules behind :func:`newsgraph.cluster.cluster`; all are pure functions
over model types.
"""

from __future__ import annotations

import datetime as dt

from ..config import DATA_DIR, load_yaml
from ..model import SYMMETRIC_TYPES, Actor, Event, EventCluster, Location, Status, TimeSpan

TOLERANCE_DAYS = 2
"""Two date spans this many days apart still count as the same event."""

PLANNED_HORIZON_DAYS = 14
"""An undated planned/possible event may happen within this many days of its article."""

PRECISION_DAYS = {"day": 0, "week": 6, "month": 30, "year": 365}
"""Width of an open-ended span by precision (start known, end missing)."""

MODE_GROUPS: dict[str, tuple[frozenset[str], ...]] = {
    type_: tuple(frozenset(group) for group in groups)
    for type_, groups in (load_yaml(DATA_DIR / "codes" / "mode_groups.yaml") or {}).items()
}
"""Modes of one type that can describe the same event (a visit is also a hosting)."""

Span = tuple[int, int]  # proleptic ordinals, inclusive


def entity_key(actor: Actor | None) -> str:
    """The dyad side an actor counts for: country, else org, else code, else name."""
    if actor is None:
        return "-"
    value = actor.entity or actor.code or actor.name or "-"
    return value.upper()


def block_key(type_: str, source: Actor | None, target: Actor | None) -> tuple[str, str, str]:
    """(type, side, side); symmetric types use the unordered pair."""
    a, b = entity_key(source), entity_key(target)
    if type_ in SYMMETRIC_TYPES and b < a:
        a, b = b, a
    return type_, a, b


def event_span(event: Event) -> Span | None:
    """The days the event may cover, or ``None`` if nothing dates it."""
    start, end = event.date.start, event.date.end
    if start is None and end is None:
        if event.article_date is None:
            return None
        day = event.article_date.toordinal()
        if event.status in (Status.PLANNED, Status.POSSIBLE):
            return day, day + PLANNED_HORIZON_DAYS
        return day, day
    first = (start or end).toordinal()  # type: ignore[union-attr]
    last = end.toordinal() if end else first + PRECISION_DAYS.get(event.date.precision, 0)
    return first, max(first, last)


def cluster_span(cluster: EventCluster) -> Span | None:
    """The anchor span of a cluster (its ``date``)."""
    start, end = cluster.date.start, cluster.date.end
    if start is None and end is None:
        return None
    first = (start or end).toordinal()  # type: ignore[union-attr]
    last = end.toordinal() if end else first
    return first, max(first, last)


def span_to_timespan(span: Span, precision: str) -> TimeSpan:
    """A :class:`TimeSpan` covering ``span``."""
    start, end = dt.date.fromordinal(span[0]), dt.date.fromordinal(span[1])
    return TimeSpan(start, end if end != start else None, precision)


def spans_meet(a: Span, b: Span, tolerance: int = TOLERANCE_DAYS) -> bool:
    """Whether two spans overlap or lie within ``tolerance`` days of each other."""
    return a[0] <= b[1] + tolerance and b[0] <= a[1] + tolerance


def span_gap(a: Span, b: Span) -> int:
    """Days between two spans (0 when they overlap)."""
    return max(0, a[0] - b[1], b[0] - a[1])


def modes_compatible(type_: str, a: str | None, b: str | None) -> bool:
    """Unknown modes fit anything; known ones must be equal or in one ``MODE_GROUPS`` set."""
    if not a or not b or a == b:
        return True
    groups = MODE_GROUPS.get(type_)
    if not groups:
        return True
    for group in groups:
        if a in group and b in group:
            return True
    known = any(a in g for g in groups) and any(b in g for g in groups)
    return not known


def places_compatible(a: Location | None, b: Location | None) -> bool:
    """Places fit unless both are known and lie in different countries."""
    if a is None or b is None or not a.country or not b.country:
        return True
    return a.country == b.country


_OCCURRED = Status.OCCURRED.value
_RANK = {Status.PLANNED.value: 3, Status.POSSIBLE.value: 2, Status.NEGATED.value: 1}


def resolve_status(history: list[tuple[str, str]]) -> Status:
    """The best-supported status of a cluster from its (article date, status) history.

    Any report that it occurred wins (a later cancellation report does not undo an event
    that was reported as happening).  Otherwise the latest report decides; on the same
    day planned beats possible beats negated.
    """
    if not history:
        return Status.OCCURRED
    if any(status == _OCCURRED for _, status in history):
        return Status.OCCURRED
    latest = max(day for day, _ in history)
    statuses = [status for day, status in history if day == latest]
    return Status(max(statuses, key=lambda s: _RANK.get(s, 0)))
