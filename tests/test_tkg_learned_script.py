"""The stand-alone evaluation of ``benchmarks/tkg_learned.py`` (no torch needed)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "tkg_learned.py"
spec = importlib.util.spec_from_file_location("tkg_learned", SCRIPT)
tkg_learned = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tkg_learned)


class FixedScores:
    """A fake learned model: the same scores for every query; records its updates."""

    def __init__(self, row: list[float]) -> None:
        self.row = np.asarray(row)
        self.updates: list[int] = []

    def scores(self, qs: np.ndarray, qr: np.ndarray, t: float) -> np.ndarray:
        return np.tile(self.row, (len(qs), 1))

    def update(self, facts: np.ndarray) -> None:
        self.updates.append(int(facts[0, 3]))


def test_settings_overrides_keep_field_types() -> None:
    cfg = tkg_learned.settings(["dim=128", "reg=0.01", "max_neg=8192"])
    assert cfg.dim == 128 and isinstance(cfg.dim, int)
    assert cfg.reg == 0.01 and cfg.max_neg == 8192


def test_valid_rr_time_aware_filter_and_expected_ties() -> None:
    model = FixedScores([0.1, 0.9, 0.5, 0.5, 0.0])
    # t=1: (0, 0, ?) has answers 2 and 3 (each filters the other); t=2: answer 4.
    va = np.array([[0, 0, 2, 1], [0, 0, 3, 1], [1, 0, 4, 2]])
    rr = tkg_learned.valid_rr(model, va, n_rel2=2)
    # answer 2: entity 1 higher, 3 filtered -> rank 2; same for 3; answer 4: rank 5
    np.testing.assert_allclose(rr, [0.5, 0.5, 0.2])
    assert model.updates == [1, 2]  # each timestamp scored before the model sees it
    tie = FixedScores([0.5, 0.5, 0.5])
    np.testing.assert_allclose(tkg_learned.valid_rr(tie, np.array([[0, 0, 1, 0]]), 2),
                               [1 / 2.0])  # two others tied: expected rank 1 + 2/2
