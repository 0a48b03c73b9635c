"""The neighbourhood-conditioned learned model of the TKG harness (``tkg_neigh``)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newsgraph.forecast import run_benchmark, tkg_embed, tkg_neigh
from newsgraph.forecast.tkg_neigh import NeighSettings, RecentFacts, make_learned
from test_forecast_model import _write_tkg
from tkg_graphs import copy_graph

TINY = NeighSettings(dim=8, fit_rows=4000, batch=64, budget_s=30.0, window=3, max_nb=4)


def test_recent_facts_window_cap_and_strictly_before() -> None:
    past = RecentFacts()
    past.add(np.array([[0, 1, 5, 2], [0, 2, 6, 4], [1, 0, 7, 4]]))
    past.add(np.array([[0, 3, 8, 5], [0, 4, 9, 6]]))
    rows, rel, obj, age = past.lookup(np.array([0, 0, 1, 2]), np.array([6, 9, 5, 6]),
                                      window=3, max_nb=10)
    # query 0: subject 0 before t=6 within 3 steps -> times 4, 5 (not 6, not 2)
    assert rows.tolist() == [0, 0, 1, 2]
    assert obj.tolist() == [6, 8, 9, 7]
    assert rel.tolist() == [2, 3, 4, 0]
    assert age.tolist() == [2, 1, 3, 1]
    rows, _, obj, _ = past.lookup(np.array([0]), np.array([7]), window=10, max_nb=2)
    assert obj.tolist() == [8, 9]  # the two latest only
    empty = past.lookup(np.array([3]), np.array([9]), window=5, max_nb=5)
    assert all(len(x) == 0 for x in empty)


def test_make_learned_without_torch_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tkg_embed, "torch", None)
    monkeypatch.setattr(tkg_neigh, "torch", None)
    lines: list[str] = []
    assert make_learned(2, 2, np.array([[0, 0, 1, 0]]), log=lines.append) is None
    assert len(lines) == 1 and "torch is not installed" in lines[0]


def test_neigh_model_uses_the_recent_neighbourhood_single_step() -> None:
    pytest.importorskip("torch")
    facts = copy_graph(np.random.default_rng(0), range(60))
    cfg = NeighSettings(dim=8, fit_rows=4000, batch=64, budget_s=30.0, window=1, max_nb=4)
    model = make_learned(8, 4, facts[facts[:, 3] < 50], cfg=cfg, log=lambda _: None)
    assert isinstance(model, tkg_neigh.NeighModel)
    hits = []
    for t in range(50, 60):
        ft = facts[facts[:, 3] == t]
        q = ft[ft[:, 1] == 0]
        logp = model.scores(q[:, 0], q[:, 1], t)
        assert logp.shape == (len(q), 8)
        assert np.allclose(np.exp(logp).sum(axis=1), 1.0, atol=1e-4)
        hits += (logp.argmax(axis=1) == q[:, 2]).tolist()
        assert np.allclose(model.scores(q[:, 0], q[:, 1], t), logp)  # scoring is pure
        model.update(ft)
    assert np.mean(hits) > 0.8  # a random guess among 4-7 gives 0.25


def test_benchmark_with_the_neighbourhood_model(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    _write_tkg(tmp_path)
    lines: list[str] = []
    res = run_benchmark(tmp_path, seed=0, log=lines.append, embed_settings=TINY,
                        params={"objective": "lambdarank", "num_leaves": 7,
                                "learning_rate": 0.1, "n_estimators": 50,
                                "min_child_samples": 5})
    assert res["MRR"] > 0.5
    assert any(ln.startswith("embedding pass") for ln in lines)
