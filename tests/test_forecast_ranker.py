"""The bagged LambdaRank ranker: several seeds, scores averaged."""

from __future__ import annotations

import numpy as np
import pytest

from newsgraph.forecast.ranker import Ranker

PARAMS = {"objective": "lambdarank", "num_leaves": 7, "learning_rate": 0.1,
          "n_estimators": 30, "min_child_samples": 5}


def _groups(seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(400, 4))
    y = np.zeros(400, dtype=np.float32)
    for g in range(40):  # one true candidate per query of 10: the largest first feature
        y[g * 10 + int(np.argmax(X[g * 10 : g * 10 + 10, 0]))] = 1.0
    return X, y, np.full(40, 10)


def test_bagged_ranker_averages_one_model_per_seed() -> None:
    pytest.importorskip("lightgbm")
    X, y, sizes = _groups()
    bag = Ranker({**PARAMS, "bag": 2}, seed=3).fit(X, y, sizes)
    assert len(bag.models) == 2
    assert [m.random_state for m in bag.models] == [3, 4]
    singles = [Ranker(PARAMS, seed=s).fit(X, y, sizes) for s in (3, 4)]
    expect = (singles[0].score(X, 20) + singles[1].score(X, 20)) / 2
    assert np.allclose(bag.score(X, 20), expect)
    top = bag.score(X).reshape(40, 10).argmax(axis=1)
    assert np.mean(y.reshape(40, 10)[np.arange(40), top]) > 0.8
