"""Length-2 temporal rules (``tkg_paths``) on tiny hand-made graphs."""

from __future__ import annotations

import numpy as np

from newsgraph.forecast.tkg_features import HistoryIndex
from newsgraph.forecast.tkg_model import Settings, collect_block
from newsgraph.forecast.tkg_paths import (
    N_FEATURES,
    SMOOTH,
    PathRules,
    subject_rows,
    warm_up,
)
from tkg_graphs import with_inverses

N_REL = 3  # relations 0, 1, 2 and their inverses 3, 4, 5


def _aug(facts: list[list[int]]) -> np.ndarray:
    return with_inverses(facts, N_REL)


def _index(facts: list[list[int]], n_ent: int, now: float) -> HistoryIndex:
    index = HistoryIndex(n_ent, 2 * N_REL)
    index.bulk_load(_aug(facts), now)
    return index


def _rule(r1: int, r2: int, r: int) -> int:
    return (r1 * 2 * N_REL + r2) * 2 * N_REL + r


# 0 -r0-> 1 -r1-> 2 and 0 -r0-> 3 -r2-> 4: two paths of different types from subject 0
FACTS = [[0, 0, 1, 0], [1, 1, 2, 0], [0, 0, 3, 0], [3, 2, 4, 0]]


def test_groundings_are_the_typed_two_step_paths_from_the_subject() -> None:
    index = _index(FACTS, 5, 1.0)
    paths = PathRules(5, 2 * N_REL)
    qs, qr = np.array([0]), np.array([2])
    q, o, rule, wt = paths.groundings(index, qs, qr, 1.0, subject_rows(index, qs, 1.0))
    got = {(int(a), int(b)): float(c) for a, b, c in zip(o, rule, wt, strict=True)}
    assert set(got) == {(2, _rule(0, 1, 2)), (4, _rule(0, 2, 2))}
    assert (q == 0).all()
    # w(0, x) = 1/2 (two partners), and each x's facts are half to o, half back to 0
    assert np.allclose(list(got.values()), 0.25)
    # the inverse relations lead back to the subject itself, which is never an answer
    assert 0 not in o


def test_confidence_is_learned_from_answers_and_scores_follow_it() -> None:
    index = _index(FACTS, 5, 1.0)
    paths = PathRules(5, 2 * N_REL)
    qs, qr = np.array([0]), np.array([2])
    rows = subject_rows(index, qs, 1.0)
    keys, vals = paths.score(index, qs, qr, 1.0, rows)
    assert np.array_equal(keys, [2, 4]) and vals.shape == (2, N_FEATURES)
    assert (vals[:, :3] == 0).all()  # nothing learned yet: no confidence
    paths.learn(np.array([0 * 5 + 2]))  # the answer was 2 (reached by r0 then r1)
    assert np.isclose(paths.confidence(np.array([_rule(0, 1, 2)]))[0], 1 / (1 + SMOOTH))
    assert paths.confidence(np.array([_rule(0, 2, 2)]))[0] == 0.0
    keys, vals = paths.score(index, qs, qr, 1.0, rows)
    assert vals[0, 0] > 0 and vals[1, 0] == 0  # 2 is now favoured over 4
    assert vals[0, 2] > vals[1, 2]
    # the rule is specific to the query relation: relation 1 learned nothing
    _, other = paths.score(index, qs, np.array([1]), 1.0, rows)
    assert (other[:, :3] == 0).all()


def test_warm_up_counts_groundings_before_adding_each_timestamp() -> None:
    # at t=1 and t=2, 0 asks r2 and the answer is the r0-r1 path's end: learned twice
    facts = FACTS + [[0, 2, 2, 1], [0, 2, 2, 2]]
    aug = _aug(facts)
    index = _index(FACTS, 5, 1.0)
    paths = PathRules(5, 2 * N_REL)
    warm_up(index, paths, aug[aug[:, 3] >= 1], np.array([1, 2]))
    i = np.searchsorted(paths.keys, _rule(0, 1, 2))
    assert paths.keys[i] == _rule(0, 1, 2)
    assert paths.num[i] == 2 and paths.den[i] == 2
    assert index.tables["sor"].lookup(np.array([(0 * 5 + 2) * 6 + 2]), 3.0)[1][0] == 2


def test_collect_block_adds_the_features_and_learns_only_after_scoring() -> None:
    facts = FACTS + [[0, 2, 2, 1], [0, 2, 2, 2]]
    aug = _aug(facts)
    rules = np.zeros((3, 2 * N_REL, 2 * N_REL))
    plain = collect_block(_index(FACTS, 5, 1.0), aug[aug[:, 3] >= 1], np.array([1, 2]),
                          rules, Settings())
    index = _index(FACTS, 5, 1.0)
    index.paths = PathRules(5, 2 * N_REL)
    blk = collect_block(index, aug[aug[:, 3] >= 1], np.array([1, 2]), rules, Settings())
    assert blk.X.shape[1] == plain.X.shape[1] + N_FEATURES
    assert blk.X.dtype == np.float32  # the blocks stay single precision (memory)
    assert np.array_equal(blk.X[:, :-N_FEATURES], plain.X)
    t1 = blk.group_key[blk.row_group, 2] == 1
    row = t1 & (blk.group_key[blk.row_group, 0] == 0) & (blk.row_obj == 2)
    row &= blk.group_key[blk.row_group, 1] == 2
    best = blk.X[:, -N_FEATURES]
    assert row.sum() == 1 and best[row][0] == 0.0  # at t=1 nothing is known yet
    row2 = (~t1) & (blk.group_key[blk.row_group, 0] == 0) & (blk.row_obj == 2)
    row2 &= blk.group_key[blk.row_group, 1] == 2
    assert row2.sum() == 1 and best[row2][0] > 0  # learned from t=1's answer
