"""The TKG harness's time budget: decisions under a fake clock; the one harness run below uses
a budget no run can meet, so nothing here depends on how fast the machine is."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from newsgraph.forecast import run_benchmark
from newsgraph.forecast.bench import tree_grid
from newsgraph.forecast.ranker import Ranker
from newsgraph.forecast.tkg_budget import MARGIN, MIN_SHARE, WARMUP_STEPS, Budget
from test_forecast_model import _write_tkg


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _walk(budget: Budget, clock: FakeClock, steps: int, facts: int, q_s: float,
          h_s: float, **kw: float) -> list[bool]:
    """Walk ``steps`` timestamps of ``facts`` facts each; a query step costs ``q_s`` per
    fact, history ``h_s`` per fact. Returns which timestamps built queries."""
    pace = budget.pacer("walk", steps * facts, **kw)
    used = []
    for _ in range(steps):
        q = pace.admit(facts)
        cost_q, cost_h = (q_s * facts if q else 0.0), h_s * facts
        clock.now += cost_q + cost_h
        pace.done(facts, cost_q, cost_h, q)
        used.append(q)
    pace.finish()
    return used


def test_no_budget_never_falls_back() -> None:
    clock = FakeClock()
    budget = Budget(None, clock=clock)
    assert math.isinf(budget.total)
    assert all(_walk(budget, clock, 50, 100, 10.0, 1.0, later_query_facts=10**6))
    assert budget.allow_model(1, 1e9, 1e9, 1e9)
    assert math.isinf(budget.tree_deadline(1e9))
    assert budget.embed_cap(900.0) == 900.0
    assert budget.notes == []


def test_plenty_of_time_uses_every_timestamp_and_model() -> None:
    clock = FakeClock()
    budget = Budget(30, clock=clock)
    used = _walk(budget, clock, 100, 100, 0.01, 0.001, later_query_facts=20_000,
                 reserve_s=budget.train_reserve())
    assert all(used)  # 100 * 100 * 0.011 = 110 s of 1800
    assert budget.allow_model(1, 100.0, 20.0, 200.0)
    assert budget.notes == []
    assert budget.embed_cap(900.0) == pytest.approx(0.1 * 1800)


def test_slow_walk_is_thinned_evenly_and_noted() -> None:
    clock = FakeClock()
    budget = Budget(30, clock=clock)
    # 100 steps x 100 facts at 0.5 s per query fact would take 5000 s: far over 1800 s
    used = _walk(budget, clock, 100, 100, 0.5, 0.01, later_query_facts=0)
    assert all(used[:WARMUP_STEPS])
    share = np.mean(used)
    assert MIN_SHARE <= share < 0.5
    gaps = np.diff(np.flatnonzero(used[WARMUP_STEPS:]))
    assert gaps.max() <= 6  # spread over the walk, not one block at its start
    assert clock.now - 1000.0 <= 1800.0  # the walk itself stayed inside the budget
    assert budget.notes and budget.notes[0].startswith("walk:")


def test_walk_leaves_room_for_later_work() -> None:
    clock = FakeClock()
    budget = Budget(30, clock=clock)
    # the walk alone takes 100 * 100 * 0.1 = 1000 s; with 800 s of later queries it cannot
    used = _walk(budget, clock, 100, 100, 0.1, 0.0, later_query_facts=8000)
    assert not all(used)
    assert (clock.now - 1000.0) + 800.0 <= 1800.0


def test_second_model_only_when_it_fits() -> None:
    clock = FakeClock()
    budget = Budget(30, clock=clock)
    clock.now += 1000.0  # 800 s left: 800 / MARGIN usable for projections
    usable = 800.0 / MARGIN
    assert budget.usable() == pytest.approx(usable)
    assert budget.allow_model(0, 0.0, 0.0, 1e9)  # the first model is always trained
    assert budget.allow_model(1, usable - 300.0, 50.0, 200.0)  # exactly fits
    assert not budget.allow_model(1, usable - 290.0, 50.0, 200.0)
    assert budget.notes == [f"bag of 1 model(s) instead of more (one more would take "
                            f"~{usable - 290:.0f}s)"]


def test_tree_deadline_keeps_the_rest_of_the_run() -> None:
    clock = FakeClock()
    budget = Budget(30, clock=clock)
    clock.now += 300.0  # 1500 s left
    deadline = budget.tree_deadline(400.0)
    assert deadline == pytest.approx(clock.now + 1500.0 - MARGIN * 400.0)
    assert budget.tree_deadline(5000.0) == clock.now  # over budget: stop as soon as allowed


def test_tree_grid() -> None:
    assert tree_grid(300, [300, 300]) == [50, 100, 200, 300]
    assert tree_grid(300, [180, 300]) == [50, 100, 180]
    assert tree_grid(300, [200]) == [50, 100, 200]
    assert tree_grid(200, []) == [50, 100, 200]


def test_ranker_stops_adding_trees_on_request() -> None:
    pytest.importorskip("lightgbm")
    rng = np.random.default_rng(0)
    X = rng.normal(size=(200, 3))
    y = (X[:, 0] > 1).astype(np.float32)
    params = {"objective": "lambdarank", "num_leaves": 7, "learning_rate": 0.1,
              "n_estimators": 40, "min_child_samples": 5}
    full = Ranker(params).fit_one(X, y, np.full(20, 10))
    cut = Ranker(params).fit_one(X, y, np.full(20, 10), stop=lambda: True, min_trees=15)
    assert full.trees == [40] and cut.trees == [15]
    # the first trees are the same: stopping early only drops the later ones
    assert np.allclose(full.score(X, 15), cut.score(X))
    again = Ranker(params).fit_one(X, y, np.full(20, 10), stop=lambda: False)
    assert np.array_equal(again.score(X), full.score(X))


def test_harness_under_a_tiny_budget_falls_back_but_answers_every_query(
    tmp_path: Path,
) -> None:
    pytest.importorskip("lightgbm")
    _write_tkg(tmp_path)
    params = {"objective": "lambdarank", "num_leaves": 7, "learning_rate": 0.1,
              "n_estimators": 100, "min_child_samples": 5, "bag": 2}
    runs = {}
    for minutes in (0, 30, 1e-6):  # none, plenty, always over (any run takes > 0.1 ms)
        lines: list[str] = []
        runs[minutes] = run_benchmark(tmp_path, seed=0, log=lines.append, params=params,
                                      embed=False, budget_minutes=minutes)
        notes = [ln for ln in lines if ln.startswith("time budget:")]
        assert bool(notes) == (minutes == 1e-6), notes
    assert runs[0] == {**runs[30], "fit_s": runs[0]["fit_s"], "eval_s": runs[0]["eval_s"]}
    assert set(runs[1e-6]) == set(runs[0]) and 0 < runs[1e-6]["MRR"] <= 1


def test_sampled_walk_projects_only_its_query_timestamps() -> None:
    """A walk where only every third timestamp is meant to build queries (the validation
    sample) needs a third of the time: the same budget thins it less."""
    shares = []
    for every in (1, 3):
        clock = FakeClock()
        budget = Budget(30, clock=clock)
        steps, facts = 90, 100
        pace = budget.pacer("walk", steps * facts, 0, 0, 0.0,
                            query_facts=steps * facts // every)
        used = []
        for i in range(steps):
            q = i % every == 0 and pace.admit(facts)
            cost = 0.3 * facts if q else 0.0
            clock.now += cost
            pace.done(facts, cost, 0.0, q)
            if i % every == 0:
                used.append(q)
        shares.append(np.mean(used))
    assert shares[0] < 0.7 and shares[1] == 1.0  # 90 x 30 s is over 1800 s; 30 x 30 s fits
