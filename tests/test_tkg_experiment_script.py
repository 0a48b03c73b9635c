"""The recency weights of ``benchmarks/tkg_experiment.py --half-life`` (no torch needed)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np

from newsgraph.forecast.ranker import training_rows
from newsgraph.forecast.tkg_model import Block

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "tkg_experiment.py"
spec = importlib.util.spec_from_file_location("tkg_experiment", SCRIPT)
tkg_experiment = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tkg_experiment)


def test_recency_weights_halve_over_the_half_life_and_follow_training_rows() -> None:
    b = Block()
    b.row_group = np.array([0, 0, 1, 1, 2, 2, 2])
    b.label = np.array([1, 0, 0, 0, 0, 1, 0], dtype=np.int8)  # group 1 has no answer
    b.X = np.zeros((7, 1), dtype=np.float32)
    b.group_key = np.array([[0, 0, 10], [1, 0, 14], [2, 0, 20]])
    b.n_groups = 3
    w = tkg_experiment.recency_weights(b, 2, 0.5)
    X, y, sizes = training_rows(b, 2)
    assert len(w) == len(y) == 4 and sizes.tolist() == [2, 2]
    # group 0 is at the start of the span (age 1: two half-lives), group 2 at its end
    assert np.allclose(w, [0.25, 0.25, 1.0, 1.0])
