"""Scoring a gold file of articles with expected events (DESIGN.md, "Gold files").

Per article, predicted events collapse to keys (type, source entity, target entity);
CONSULT, AGREE and COOPERATE are undirected.  Precision counts predicted keys matching any
gold event (required or optional); recall counts required gold events found; status
accuracy is measured over the found required events.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import product
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..ingest.jsonl import parse_record
from ..model import SYMMETRIC_TYPES, Article, Event
from .metrics import Counts

Key = tuple[str, str | None, str | None]


@dataclass
class GoldScore(Counts):
    """``expected`` counts required gold events; ``correct`` predicted keys that match."""

    status_right: int = 0
    by_type: Counter = field(default_factory=Counter)  # type -> found required
    type_totals: Counter = field(default_factory=Counter)
    misses: list[tuple[str, dict]] = field(default_factory=list)
    false_alarms: list[tuple[str, Key]] = field(default_factory=list)

    @property
    def status_accuracy(self) -> float:
        return self.status_right / self.found if self.found else 0.0


def event_key(event: Event) -> Key:
    source = event.source.entity
    target = event.target.entity if event.target else None
    if event.type in SYMMETRIC_TYPES and (target or "") < (source or ""):
        source, target = target, source
    return (event.type, source, target)


def _gold_keys(gold: dict[str, Any]) -> set[Key]:
    keys = set()
    for type_, src, tgt in product(gold["type"], gold["src"], gold["tgt"] or [None]):
        if type_ in SYMMETRIC_TYPES and (tgt or "") < (src or ""):
            src, tgt = tgt, src
        keys.add((type_, src, tgt))
    return keys


def read_gold(path: Path) -> list[tuple[Article, list[dict[str, Any]]]]:
    """Articles and their gold events; a bad line raises InputError naming file and line."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                article = parse_record(record, f"{path}:{number}")
                events = record.get("events")
                if not isinstance(events, list):
                    raise ValueError("missing 'events' list")
            except (ValueError, json.JSONDecodeError) as exc:
                raise InputError(str(path), number, str(exc)) from None
            out.append((article, events))
    return out


def score_gold(
    items: Iterable[tuple[Article, list[dict[str, Any]]]],
    extract: Callable[[list[Article]], Iterable[tuple[Article, list[Event]]]],
) -> GoldScore:
    """Run ``extract`` over the gold articles and score the result. An article that
    ``extract`` leaves out (it failed to code it) still counts its gold events as missed."""
    items = list(items)
    gold_by_id = {article.id: events for article, events in items}
    score = GoldScore()
    for article, predicted in extract([a for a, _ in items]):
        _score_article(article.id, gold_by_id.pop(article.id), predicted, score)
    for article_id, gold in gold_by_id.items():
        _score_article(article_id, gold, [], score)
    return score


def _score_article(article_id: str, gold: list[dict], predicted: list[Event],
                   score: GoldScore) -> None:
    statuses: dict[Key, set[str]] = {}
    for event in predicted:
        statuses.setdefault(event_key(event), set()).add(event.status.value)
    gold_keys = [(_gold_keys(g), g) for g in gold]
    all_gold = set().union(*(k for k, _ in gold_keys)) if gold_keys else set()
    score.predicted += len(statuses)
    for key in statuses:
        if key in all_gold:
            score.correct += 1
        else:
            score.false_alarms.append((article_id, key))
    for keys, g in gold_keys:
        if g.get("optional"):
            continue
        score.expected += 1
        score.type_totals[g["type"][0]] += 1
        hits = keys & statuses.keys()
        if not hits:
            score.misses.append((article_id, g))
            continue
        score.found += 1
        score.by_type[g["type"][0]] += 1
        if any(statuses[k] & set(g["status"]) for k in hits):
            score.status_right += 1
