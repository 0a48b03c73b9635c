"""The long-memory neighbourhood (``HistoryIndex.top_slow``): two-hop walks and the
partner spread on the pair matrix at the slowest decay rate, on a tiny hand-made graph."""

from __future__ import annotations

import numpy as np

from newsgraph.forecast.tkg_features import HistoryIndex
from tkg_graphs import with_inverses

# Subject 0 met entity 1 five times long ago (t 0-4) and entity 2 once, just before the
# query time (t 99). Entity 1 did relation 1 with 3 long ago, entity 2 with 4 recently.
# Fast rates see 0 as a partner of 2 (so 4 is "around" 0); the slowest rate still sees
# 0 as mostly a partner of 1 (so 3 is).
FACTS = [[0, 0, 1, t] for t in range(5)] + [[1, 1, 3, 2], [2, 1, 4, 98], [0, 0, 2, 99]]
T = 100.0


def _index(top_slow: int) -> HistoryIndex:
    index = HistoryIndex(5, 4)
    index.bulk_load(with_inverses(FACTS, 2), T)
    index.top_slow = top_slow
    return index


def _candidates(index: HistoryIndex) -> set[int]:
    g, o = index.candidates(np.array([0]), np.array([1]), T, 0, 100)
    return set(o[g == 0].tolist())


def test_long_memory_candidates_reach_the_objects_of_old_partners() -> None:
    assert _candidates(_index(0)) == {1, 2}  # partners only: every other source is off
    # the best long-memory object of each kind: the two-hop walk's is 0 itself (as for the
    # fast two-hop source), the partner spread's is 3; 4 (fast rates' choice) is not one
    assert _candidates(_index(1)) == {0, 1, 2, 3}


def test_long_memory_scores_prefer_old_partners_where_fast_ones_prefer_recent_ones() -> None:
    index = _index(1)
    _candidates(index)
    s, g, o = np.array([0, 0]), np.array([0, 0]), np.array([3, 4])
    slow = index.slow_values(g, o, s)
    fast = index.two_hop_values(s, o)
    assert fast[1] > fast[0]  # the pair matrix at rate 0.1: 0 is with 2, who knows 4
    assert slow[0, 0] > slow[1, 0] > 0  # two-hop at rate 0.003
    assert slow[0, 1] > slow[1, 1] > 0  # relation 1 done by 0's long-run partners
    # the spread values are shares of each partner's (x, r, *): weights sum to one
    assert np.isclose(slow[:, 1].sum(), 1.0)


def test_long_memory_adds_four_feature_columns_only_when_on() -> None:
    rules = np.zeros((4, 4))
    shapes = {}
    for k in (0, 1):
        index = _index(k)
        g, o = index.candidates(np.array([0]), np.array([1]), T, 0, 100)
        shapes[k] = index.features(np.array([0]), np.array([1]), g, o, T, rules).shape[1]
    assert shapes[1] == shapes[0] + 4
