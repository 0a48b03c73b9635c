"""Wall-clock budget of the TKG harness (fit + eval), and the fallbacks taken when the
projected total would exceed it.

The harness measures what it has done so far and projects what is left from measured
rates (seconds per fact of a walk through time, with and without building queries;
seconds per trained model; seconds per scored row and tree). Every projection is
multiplied by :data:`MARGIN`. When a projection does not fit, in this order:

1. the initial fit of the learned embedding stops at :data:`EMBED_SHARE` of the budget
   (fewer training rows; the fit itself checks the cap);
2. a walk that builds queries (the ranker's training window, the validation sample) keeps
   only an evenly spread share of its remaining timestamps as queries (a thinner training
   window / validation sample); the others still enter the history;
3. the ranker gets fewer bagged models (a model is added only if one more fits);
4. a model stops adding trees when its training allowance is used up (at least
   ``min_trees``); the tree count is then chosen on valid among the trees built.

0. before all of these, when the test walk alone is projected (from the first timestamps
   of the ranker's window) at more than :data:`LITE_SHARE` of the budget, the rest of the
   run is history-only (``tkg_model.Settings.lite``: no two-hop, low-rank or spread
   walks, learned models or length-2 rules; the window's rows built so far are dropped).

The test walk itself is never cut (every test query is answered). With time to spare no
fallback triggers, so results are exactly those of an unbudgeted run.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

DEFAULT_MINUTES = 30.0
MARGIN = 1.25  # projected remaining work is multiplied by this
EMBED_SHARE = 0.1  # the initial embedding fit gets at most this share of the budget
TRAIN_SHARE = 0.15  # kept for training one ranker model while walking the window, valid
WARMUP_STEPS = 3  # timestamps measured before a walk may thin its queries (the first
# one is not counted in the rates: it pays one-off costs)
MIN_SHARE = 0.25  # a thinned walk still builds queries at this share of its timestamps
LITE_SHARE = 0.6  # the history-only mode when the test walk would take more than this


@dataclass
class Budget:
    """A wall-clock budget (``minutes``; ``None`` or ``<= 0``: unlimited) and the
    fallbacks taken (``notes``). ``clock`` is injectable for tests."""

    minutes: float | None = DEFAULT_MINUTES
    clock: Callable[[], float] = time.perf_counter
    notes: list[str] = field(default_factory=list)
    lite: bool = False  # the run went history-only (see the module doc)

    def __post_init__(self) -> None:
        self.total = math.inf if not self.minutes or self.minutes <= 0 else 60 * self.minutes
        self.t0 = self.clock()

    def elapsed(self) -> float:
        return self.clock() - self.t0

    def usable(self) -> float:
        """Seconds left, divided by the safety margin (what projections must fit in)."""
        return (self.total - self.elapsed()) / MARGIN

    def embed_cap(self, cap: float) -> float:
        """Wall-clock cap of the initial embedding fit."""
        return min(cap, EMBED_SHARE * self.total)

    def capped(self, cfg: Any) -> Any:
        """A learned model's settings (``budget_s``: its fit's cap) under :meth:`embed_cap`;
        ``None`` stays ``None``."""
        return None if cfg is None else replace(cfg, budget_s=self.embed_cap(cfg.budget_s))

    def train_reserve(self) -> float:
        return TRAIN_SHARE * self.total if math.isfinite(self.total) else 0.0

    def note(self, msg: str) -> None:
        self.notes.append(msg)

    def pacer(self, name: str, n_facts: int, later_query_facts: int,
              later_other_facts: int = 0, reserve_s: float = 0.0,
              query_facts: int | None = None, test_facts: int = 0) -> Pacer:
        """A :class:`Pacer` for a walk over ``n_facts`` facts (``query_facts`` of them at
        timestamps meant to build queries; default all), followed by walks over
        ``later_query_facts`` facts that build queries and ``later_other_facts`` that do
        not, plus ``reserve_s`` seconds of other work. With ``test_facts`` (the test walk's
        facts) the walk may switch the run to the history-only mode (:meth:`go_lite`)."""
        pace = Pacer(self, name, n_facts, n_facts if query_facts is None else query_facts,
                     (later_query_facts, later_other_facts), reserve_s)
        pace.test_facts = test_facts
        return pace

    def go_lite(self, per_fact_s: float, test_facts: int) -> bool:
        """Whether the run switches to the history-only mode now: a test walk of
        ``test_facts`` facts at ``per_fact_s`` (with margin) over :data:`LITE_SHARE` of
        the budget."""
        walk = MARGIN * per_fact_s * test_facts
        if self.lite or not math.isfinite(self.total) or walk <= LITE_SHARE * self.total:
            return False
        self.lite = True
        self.note(f"the test walk was projected at ~{walk:.0f}s: history-only features "
                  "(lite) from the ranker's window on")
        return True

    def allow_model(self, k: int, model_s: float, per_model_after_s: float,
                    after_s: float) -> bool:
        """Whether model ``k`` (0-based) of a bag may be trained: the first always is; a
        further one only if its projected cost (``model_s`` to train, plus
        ``per_model_after_s`` per model for scoring) and ``after_s`` (the rest of the
        run) still fit."""
        if k == 0:
            return True
        ok = model_s + per_model_after_s * (k + 1) + after_s <= self.usable()
        if not ok:
            self.note(f"bag of {k} model(s) instead of more (one more would take "
                      f"~{model_s:.0f}s)")
        return ok

    def tree_deadline(self, after_s: float) -> float:
        """Clock time at which a model being trained must stop adding trees, leaving
        ``after_s`` projected seconds (with margin) for the rest of the run."""
        return self.clock() + max(0.0, self.usable() - after_s) * MARGIN


class Pacer:
    """Decides, timestamp by timestamp, whether a walk builds queries (see module doc).

    ``collect_block`` calls :meth:`admit` before a timestamp with ``n`` facts and
    :meth:`done` after it with the seconds spent building queries and updating history.
    """

    def __init__(self, budget: Budget, name: str, n_facts: int, query_facts: int,
                 later: tuple[int, int], reserve_s: float) -> None:
        self.budget, self.name = budget, name
        self.n_facts, self.query_facts = n_facts, query_facts
        self.later_q, self.later_o = later
        self.reserve_s = reserve_s
        self.done_facts = self.h_facts = self.q_facts = self.asked = self.steps = 0
        self.q_s = self.h_s = 0.0
        self.credit, self.skipped = 0.0, 0
        self.test_facts = 0  # set by Budget.pacer: this walk may switch to the lite mode

    def rates(self) -> tuple[float, float]:
        """Measured seconds per fact: building queries, and updating the history."""
        return self.q_s / max(self.q_facts, 1), self.h_s / max(self.h_facts, 1)

    def admit(self, n: int) -> bool:
        """Whether the next timestamp meant to build queries (``n`` facts) does."""
        remaining_q = max(self.query_facts - self.asked, n)
        self.asked += n
        if self.steps < WARMUP_STEPS or not math.isfinite(self.budget.total):
            return True
        rq, rh = self.rates()
        if self.test_facts and self.budget.go_lite(rq + rh, self.test_facts):
            self.q_s = self.h_s = 0.0  # measure the lite walk afresh
            self.q_facts = self.h_facts = self.steps = 0
            return True
        remaining = max(self.n_facts - self.done_facts, n)
        later = rq * self.later_q + rh * (self.later_q + self.later_o) + self.reserve_s
        avail = self.budget.usable() - later - rh * remaining
        share = 1.0 if rq <= 0 else avail / (rq * remaining_q)
        if share >= 1.0:
            return True
        self.credit += max(share, MIN_SHARE)
        if self.credit >= 1.0:
            self.credit -= 1.0
            return True
        self.skipped += 1
        return False

    def done(self, n: int, query_s: float, history_s: float, queried: bool) -> None:
        self.steps += 1
        self.done_facts += n
        if self.steps == 1:
            return
        self.h_facts += n
        self.h_s += history_s
        if queried:
            self.q_facts += n
            self.q_s += query_s

    def finish(self) -> None:
        if self.skipped:
            self.budget.note(f"{self.name}: {self.skipped} of {self.steps} timestamps "
                             "not used as queries")
