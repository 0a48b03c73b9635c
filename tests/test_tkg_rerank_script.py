"""The listwise neural reranker of ``benchmarks/tkg_rerank.py`` on tiny hand-made
candidate blocks (the torch parts are skipped without torch)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from newsgraph.forecast.tkg_model import Block

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "tkg_rerank.py"
spec = importlib.util.spec_from_file_location("tkg_rerank", SCRIPT)
tkg_rerank = importlib.util.module_from_spec(spec)
sys.modules["tkg_rerank"] = tkg_rerank  # dataclasses look their module up
spec.loader.exec_module(tkg_rerank)
QuantileCoder, padded_groups = tkg_rerank.QuantileCoder, tkg_rerank.padded_groups


def test_padded_groups_cuts_and_pads_per_group() -> None:
    rg = np.array([0, 0, 0, 1, 2, 2])
    out = padded_groups(rg, 2)
    assert out.tolist() == [[0, 1], [3, -1], [4, 5]]
    assert padded_groups(rg, 10).tolist() == [[0, 1, 2], [3, -1, -1], [4, 5, -1]]


def test_quantile_coder_is_monotone_and_bins_ties_together() -> None:
    X = np.c_[np.arange(100.0), np.zeros(100)].astype(np.float32)
    coder = QuantileCoder(X)
    codes = coder.transform(np.array([[-1.0, 0.0], [10.0, 0.0], [50.0, 5.0], [200.0, -1.0]]))
    assert codes.dtype == np.uint8
    assert list(codes[:, 0]) == sorted(codes[:, 0]) and codes[0, 0] < codes[3, 0]
    assert codes[0, 1] == codes[1, 1] == codes[2, 1] > codes[3, 1]  # one bin above 0


def test_listwise_loss_prefers_answers_above_non_answers() -> None:
    torch = pytest.importorskip("torch")
    listwise_loss = tkg_rerank.listwise_loss
    label = torch.tensor([[True, False, False], [False, True, True]])
    mask = torch.tensor([[True, True, True], [True, True, False]])
    good = torch.tensor([[5.0, 0.0, 0.0], [0.0, 5.0, -9.0]])
    bad = torch.tensor([[0.0, 5.0, 0.0], [5.0, 0.0, -9.0]])
    assert listwise_loss(good, label, mask) < listwise_loss(bad, label, mask)
    # the padded third row of the second query is ignored, as an answer and as a rival
    one = listwise_loss(good[1:, :2], label[1:, :2], mask[1:, :2])
    assert torch.isclose(listwise_loss(good[1:], label[1:], mask[1:]), one)
    # with two answers each is ranked against the non-answers only
    two = torch.tensor([[3.0, 3.0, 0.0]])
    lab2 = torch.tensor([[True, True, False]])
    expect = torch.nn.functional.softplus(torch.tensor(-3.0))
    assert torch.isclose(listwise_loss(two, lab2, torch.ones_like(lab2)), expect)


def _block(n_groups: int, rng: np.random.Generator) -> Block:
    """Queries (s, r) with 4 candidates; the answer is always candidate o = s + 1 (a fact
    the features do not show, only the entity identities)."""
    b = Block()
    s = rng.integers(0, 6, n_groups)
    objs = np.stack([(s + k) % 8 for k in range(1, 5)], axis=1)
    for k in range(n_groups):
        objs[k] = rng.permutation(objs[k])
    b.row_group = np.repeat(np.arange(n_groups), 4)
    b.row_obj = objs.ravel()
    b.label = (b.row_obj == np.repeat((s + 1) % 8, 4)).astype(np.int8)
    b.X = rng.random((len(b.row_obj), 3)).astype(np.float32)
    b.group_key = np.c_[s, np.zeros(n_groups, dtype=int), np.arange(n_groups)]
    b.n_groups = n_groups
    return b


def test_reranker_learns_entity_preferences_beyond_the_features() -> None:
    pytest.importorskip("torch")
    Reranker, RerankSettings = tkg_rerank.Reranker, tkg_rerank.RerankSettings
    rng = np.random.default_rng(0)
    train, test = _block(400, rng), _block(50, rng)
    cfg = RerankSettings(dim=8, hidden=16, epochs=30, groups_per_batch=32, lr=0.02)
    seen = []
    model = Reranker(8, 2, cfg).fit(train, epoch_end=seen.append)
    assert seen == list(range(30))
    sc = model.score(test).reshape(-1, 4)
    top = test.row_obj.reshape(-1, 4)[np.arange(50), sc.argmax(axis=1)]
    assert np.mean(top == (test.group_key[:, 0] + 1) % 8) > 0.9
