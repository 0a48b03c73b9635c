"""Rolling-origin backtest of :class:`Forecaster` on a user's own event history.

For each origin day ``d``: fit on events before ``d``; for every actor with events in
``[d, d + days)``, rank its candidate ``(type, partner, direction)`` keys; each actual key is
scored by its rank among the predictions, with the actor's other actual keys removed
(time-aware filter). Keys the model never proposes count as rank infinity (reciprocal 0).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .forecaster import Forecaster, perspective_frame
from .metrics import summarize


@dataclass
class OriginResult:
    """Scores of one origin."""

    origin: str
    actors: int
    targets: int
    mrr: float
    hits1: float
    hits3: float
    hits10: float


def _key_ranks(predicted: list[tuple[str, str, str]], actual: set[tuple[str, str, str]]
               ) -> list[float]:
    """Filtered rank of each actual key in the predicted order (inf when absent)."""
    ranks = []
    for key in actual:
        rank, found = 1, False
        for p in predicted:
            if p == key:
                found = True
                break
            if p not in actual:
                rank += 1
        ranks.append(float(rank) if found else float("inf"))
    return ranks


def choose_origins(days: np.ndarray, step: int, count: int) -> list[float]:
    """Up to ``count`` origins, ``step`` days apart, ending ``step`` days before the data."""
    if len(days) == 0:
        return []
    last, first = float(days.max()), float(days.min())
    origins = [last + 1 - step * (i + 1) for i in range(count)]
    return sorted(o for o in origins if o > first)


def backtest(
    history: pd.DataFrame, days: int = 7, origins: int = 8, max_candidates: int = 100,
    forecaster: Forecaster | None = None,
) -> list[OriginResult]:
    """Evaluate on up to ``origins`` rolling origins; one result per origin."""
    model = forecaster or Forecaster()
    persp = perspective_frame(history, model.statuses)
    results = []
    model.fit(history)  # predictions only ever use events before their origin (as_of)
    for origin in choose_origins(persp["day"].to_numpy(), days, origins):
        future = persp[(persp["day"] >= origin) & (persp["day"] < origin + days)]
        ranks: list[float] = []
        for actor, grp in future.groupby("actor"):
            actual = set(zip(grp["type"], grp["partner"], grp["direction"], strict=True))
            preds = model.predict(str(actor), days=days, top=max_candidates, as_of=origin)
            keys = [(p.type, p.partner, p.direction) for p in preds]
            ranks.extend(_key_ranks(keys, actual))
        m = summarize(np.array(ranks)) if ranks else summarize(np.zeros(0))
        results.append(OriginResult(
            str(np.datetime64(int(origin), "D")), future["actor"].nunique(), len(ranks),
            m["MRR"], m["H@1"], m["H@3"], m["H@10"]))
    return results


def overall(results: list[OriginResult]) -> OriginResult:
    """Target-weighted mean over origins."""
    n = sum(r.targets for r in results)
    if n == 0:
        return OriginResult("all", 0, 0, 0.0, 0.0, 0.0, 0.0)

    def mean(attr: str) -> float:
        return sum(getattr(r, attr) * r.targets for r in results) / n

    return OriginResult("all", sum(r.actors for r in results), n, mean("mrr"),
                        mean("hits1"), mean("hits3"), mean("hits10"))
