"""Grouping reports of the same real-world event into :class:`~newsgraph.model.EventCluster`.

``cluster(events, existing)`` is a pure function: events join compatible clusters (same
PLOVER type, same dyad by entity — either direction for symmetric types — date spans within
a couple of days, compatible mode and place) or start new ones.  Existing cluster ids never
change.  See ``docs/store.md`` for the rules.
"""

from __future__ import annotations

from .core import cluster, first_seen, last_seen
from .rules import TOLERANCE_DAYS, resolve_status

__all__ = ["TOLERANCE_DAYS", "cluster", "first_seen", "last_seen", "resolve_status"]
