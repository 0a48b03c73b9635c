"""Ranks on tiny hand-made cases whose answers are known (ties, time-aware filter)."""

from __future__ import annotations

import numpy as np

from newsgraph.forecast.metrics import (
    expected_ranks,
    filtered_ranks,
    same_time_filter,
    summarize,
)
from newsgraph.forecast.ranker import rank_block
from newsgraph.forecast.tkg_model import Block


def test_rank_counts_strictly_higher_scores() -> None:
    scores = np.array([[0.1, 0.5, 0.3, 0.2], [0.9, 0.1, 0.2, 0.3]])
    ranks = filtered_ranks(scores, np.array([2, 0]))
    assert ranks.tolist() == [2, 1]


def test_ties_are_broken_at_random_never_optimistically() -> None:
    scores = np.array([[0.5, 0.5, 0.5, 0.1]])
    rng = np.random.default_rng(1)
    seen = {int(filtered_ranks(scores, np.array([0]), rng=rng)[0]) for _ in range(200)}
    assert seen == {1, 2, 3}
    assert expected_ranks(scores, np.array([0])).tolist() == [2.0]


def test_all_equal_scores_give_middle_rank() -> None:
    scores = np.zeros((1, 5))
    assert expected_ranks(scores, np.array([4])).tolist() == [3.0]


def test_filter_removes_other_true_objects_but_never_the_target() -> None:
    scores = np.array([[0.9, 0.8, 0.1, 0.95]])
    # entity 0 is also true at this timestamp: filtered; 3 is not: still counted
    ranks = filtered_ranks(scores, np.array([1]), np.array([0, 0]), np.array([0, 1]))
    assert ranks.tolist() == [2]


def test_same_time_filter_lists_objects_of_the_same_subject_and_relation() -> None:
    facts = np.array([[0, 0, 1], [0, 0, 2], [1, 0, 2], [0, 1, 3]])
    rows, cols = same_time_filter(np.array([0, 1, 2]), np.array([0, 0, 0]), facts)
    pairs = sorted(zip(rows.tolist(), cols.tolist(), strict=True))
    assert pairs == [(0, 1), (0, 2), (1, 2)]


def test_rank_block_filter_is_time_aware() -> None:
    """Entity 1 is true at t=5 (filtered for the other query then) but not at t=6."""
    n_ent = 5
    block = Block(
        X=np.zeros((6, 1)),
        row_group=np.array([0, 0, 0, 1, 1, 1]),
        row_obj=np.array([1, 2, 3, 1, 2, 3]),
        label=np.zeros(6),
        group_key=np.array([[0, 0, 5], [0, 0, 6]]),
        q_group=np.array([0, 0, 1]),
        q_target=np.array([2, 1, 2]),
        priors={5: np.zeros(n_ent), 6: np.zeros(n_ent)},
        n_groups=2,
    )
    scores = np.array([3.0, 2.0, 1.0, 3.0, 2.0, 1.0])
    ranks = rank_block(block, scores, n_ent, np.random.default_rng(0))
    assert ranks.tolist() == [1, 1, 2]


def test_non_candidates_rank_below_candidates_with_ties_among_them() -> None:
    n_ent = 4
    block = Block(
        X=np.zeros((1, 1)), row_group=np.array([0]), row_obj=np.array([0]),
        label=np.zeros(1), group_key=np.array([[0, 0, 0]]), q_group=np.array([0]),
        q_target=np.array([3]), priors={0: np.zeros(n_ent)}, n_groups=1,
    )
    ranks = rank_block(block, np.array([-5.0]), n_ent, None)
    # entity 0 is above; 1, 2, 3 tie on the prior: expected rank 1 + 1 + 2/2
    assert ranks.tolist() == [3.0]


def test_summarize() -> None:
    m = summarize(np.array([1, 2, 4, 20]))
    assert abs(m["MRR"] - (1 + 0.5 + 0.25 + 0.05) / 4) < 1e-12
    assert (m["H@1"], m["H@3"], m["H@10"]) == (0.25, 0.5, 0.75)
