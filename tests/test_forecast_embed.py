"""The learned-embedding features of the TKG harness (``tkg_embed``), with and without torch."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newsgraph.forecast import run_benchmark, tkg_embed
from newsgraph.forecast.tkg_embed import EmbedSettings, embed_candidates, embed_features
from test_forecast_model import _write_tkg

PARAMS = {"objective": "lambdarank", "num_leaves": 7, "learning_rate": 0.1,
          "n_estimators": 50, "min_child_samples": 5}
TINY = EmbedSettings(dim=8, fit_rows=5000, batch=64, budget_s=20.0)


def test_embed_candidates_and_features_on_a_hand_made_score_matrix() -> None:
    logp = np.log(np.array([[0.7, 0.2, 0.1, 0.0001], [0.1, 0.1, 0.1, 0.7]]))
    g, o, bonus = embed_candidates(logp, 2, bonus=10.0)
    assert g.tolist() == [0, 0, 1, 1]
    assert set(o[:2].tolist()) == {0, 1} and 3 in o[2:].tolist()
    assert bonus[0, 0] == pytest.approx(7.0)
    feats = embed_features(logp, np.array([0, 0, 1]), np.array([0, 2, 3]))
    assert feats.shape == (3, 3) and feats.dtype == np.float32
    assert feats[0, 1] == pytest.approx(0.0)  # the query's best object
    assert feats[1, 1] < 0 and feats[1, 2] == pytest.approx(np.log(3))
    assert feats[2, 2] == pytest.approx(0.0)  # rank 1
    assert embed_features(logp, np.zeros(0, int), np.zeros(0, int)).shape == (0, 3)


def test_make_embedder_without_torch_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tkg_embed, "torch", None)
    lines: list[str] = []
    facts = np.array([[0, 0, 1, 0]])
    assert tkg_embed.make_embedder(2, 2, facts, log=lines.append) is None
    assert len(lines) == 1 and "torch is not installed" in lines[0]
    assert not tkg_embed.torch_available()


def test_benchmark_falls_back_without_torch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tkg_embed, "torch", None)
    _write_tkg(tmp_path)
    lines: list[str] = []
    res = run_benchmark(tmp_path, seed=0, log=lines.append, params=PARAMS)
    assert res["MRR"] > 0.5
    assert any("learned-embedding features are off" in ln for ln in lines)


def test_complex_model_learns_and_updates_online() -> None:
    pytest.importorskip("torch")
    # entity i always does relation 0 with entity (i + 1) % 6; inverses are relation 1
    facts = np.array([[i, 0, (i + 1) % 6, t] for t in range(20) for i in range(6)])
    inv = facts[:, [2, 1, 0, 3]].copy()
    inv[:, 1] = 1
    model = tkg_embed.make_embedder(6, 2, np.concatenate([facts, inv]), cfg=TINY,
                                    log=lambda _: None)
    assert model is not None
    logp = model.scores(np.arange(6), np.zeros(6, dtype=int))
    assert logp.shape == (6, 6)
    assert (logp.argmax(axis=1) == (np.arange(6) + 1) % 6).all()
    assert np.allclose(np.exp(logp).sum(axis=1), 1.0, atol=1e-4)
    before = logp[0, 3]
    for _ in range(10):  # entity 0 switches to entity 3
        model.update(np.array([[0, 0, 3, 20]]))
    assert model.scores(np.array([0]), np.array([0]))[0, 3] > before


def test_benchmark_with_learned_embeddings(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    _write_tkg(tmp_path)
    lines: list[str] = []
    res = run_benchmark(tmp_path, seed=0, log=lines.append, params=PARAMS,
                        embed_settings=TINY)
    assert res["MRR"] > 0.5
    assert any(ln.startswith("embedding pass") for ln in lines)


def test_complex_model_sampled_softmax_path() -> None:
    pytest.importorskip("torch")
    facts = np.array([[i, 0, (i + 1) % 6, 0] for i in range(6)] * 10)
    cfg = EmbedSettings(dim=8, fit_rows=3000, batch=60, max_neg=3, budget_s=20.0)
    model = tkg_embed.ComplExModel(6, 1, cfg).fit(facts)
    logp = model.scores(np.arange(6), np.zeros(6, dtype=int))
    assert (logp.argmax(axis=1) == (np.arange(6) + 1) % 6).all()
