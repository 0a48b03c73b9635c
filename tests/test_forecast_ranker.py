"""The bagged LambdaRank ranker: several seeds, scores averaged; its training groups."""

from __future__ import annotations

import numpy as np
import pytest

from newsgraph.forecast.ranker import Ranker, answer_groups, training_rows
from newsgraph.forecast.tkg_model import Block
from tkg_graphs import harness_mrr, write_split_dataset

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


def test_answer_groups_give_each_true_row_its_own_group_of_the_false_rows() -> None:
    group = np.array([0, 0, 0, 0, 1, 1, 2, 2, 2])
    true = np.array([1, 0, 1, 0, 1, 0, 0, 1, 0], dtype=bool)
    idx, sizes = answer_groups(group, true)
    # query 0 has two answers (rows 0 and 2): each ranked against rows 1 and 3 only
    assert idx.tolist() == [0, 1, 3, 2, 1, 3, 4, 5, 7, 6, 8]
    assert sizes.tolist() == [3, 3, 2, 3]
    assert true[idx[np.cumsum(sizes) - sizes]].all()  # each group opens with its answer
    assert true[idx].sum() == len(sizes)  # and holds no other


def _block() -> Block:
    """Queries 0 (answers at rows 0 and 2), 1 (its answer third) and 2 (its answer second)."""
    b = Block()
    b.X = np.arange(16, dtype=np.float32).reshape(8, 2)
    b.row_group = np.array([0, 0, 0, 1, 1, 1, 2, 2])
    b.label = np.array([1, 0, 1, 0, 0, 1, 0, 1], dtype=np.int8)
    b.n_groups = 3
    return b


def test_training_rows_per_answer_split_queries_with_several_answers() -> None:
    X, y, sizes = training_rows(_block(), 2)  # query 1 has no answer in its first 2 rows
    assert sizes.tolist() == [2, 2] and y.tolist() == [1, 0, 0, 1]
    X, y, sizes = training_rows(_block(), 3)
    assert sizes.tolist() == [3, 3, 2] and y.sum() == 4
    X, y, sizes = training_rows(_block(), 3, per_answer=True)
    assert sizes.tolist() == [2, 2, 3, 2]
    assert y.tolist() == [1, 0, 1, 0, 1, 0, 0, 1, 0]
    assert X[:, 0].tolist() == [0, 2, 4, 2, 10, 6, 8, 14, 12]  # rows 0+1, 2+1, 5+3+4, 7+6


def test_the_harness_trains_on_answer_groups_end_to_end(tmp_path) -> None:
    pytest.importorskip("lightgbm")
    # subjects 0-3 each ask relation 0 of three of the objects 4-9 at every step (several
    # answers per query), the same three as one step before with a few new ones mixed in
    rng = np.random.default_rng(0)
    lines, objs = [], {s: rng.choice(np.arange(4, 10), 3, replace=False) for s in range(4)}
    for t in range(30):
        for s in range(4):
            if rng.random() < 0.3:
                objs[s][rng.integers(3)] = rng.integers(4, 10)
            lines += [f"{s}\t0\t{o}\t{t}" for o in sorted(set(objs[s].tolist()))]
    write_split_dataset(tmp_path, lines, [f"E{i}" for i in range(10)], relations=1)
    plain = harness_mrr(tmp_path, ranker={"per_answer": False})
    split = harness_mrr(tmp_path)  # one group per answer is the default
    assert 0.3 < plain <= 1.0 and 0.3 < split <= 1.0
    assert split == harness_mrr(tmp_path, ranker={"per_answer": True})
