"""Relation-specific neighbourhood ("spread") scores on a tiny hand-made graph."""

from __future__ import annotations

import numpy as np

from newsgraph.forecast.tkg_features import HistoryIndex
from newsgraph.forecast.tkg_spread import top_per_query, top_weights


def _index() -> HistoryIndex:
    # 5 entities, 2 relations (+2 inverses). Subject 0 talks to 1 and 2 (relation 0);
    # 1 did relation 1 with 3 twice, 2 did relation 1 with 4 once.
    facts = np.array([
        [0, 0, 1, 0], [0, 0, 2, 0], [1, 1, 3, 1], [1, 1, 3, 2], [2, 1, 4, 2],
    ])
    inv = facts[:, [2, 1, 0, 3]].copy()
    inv[:, 1] += 2
    both = np.concatenate([facts, inv])
    index = HistoryIndex(5, 4)
    index.bulk_load(both, 3.0)
    return index


def test_top_weights_normalises_and_skips_self() -> None:
    w = np.array([[5.0, 1.0, 3.0, 0.0]])
    row, col, val = top_weights(np.array([0]), w, 2)
    assert sorted(col.tolist()) == [1, 2]
    assert np.isclose(val.sum(), 1.0)
    assert np.isclose(val[col == 2][0], 0.75)


def test_spread_reaches_objects_of_partners_for_the_query_relation() -> None:
    index = _index()
    qs, qr = np.array([0, 0]), np.array([1, 0])
    index.prepare_two_hop(qs, 3.0)
    index.prepare_spread(qs, qr, 3.0)
    keys, score, _ = index._spread[0]
    g, o = top_per_query(keys, score, 5, 5)
    # relation 1 through partners 1 and 2 reaches 3 and 4; relation 0 reaches nothing new
    assert set(o[g == 0].tolist()) == {3, 4}
    assert not np.any(g == 1)
    vals = index.spread_values(np.array([0, 0, 0]), np.array([3, 4, 2]))
    assert vals[0, 0] > 0 and vals[1, 0] > 0 and vals[2, 0] == 0
    # each partner's objects are shares of its (x, r, *) activity: both are 1.0 here
    assert np.isclose(vals[0, 0] + vals[1, 0], 1.0)


def test_relation_profile_counts_earlier_occurrences_only() -> None:
    from newsgraph.forecast.tkg_features import relation_profile

    facts = np.array([
        [0, 0, 1, 0], [0, 0, 1, 1],  # relation 0 repeats the triple
        [0, 1, 1, 0], [0, 1, 1, 0],  # relation 1: same timestamp is not "earlier"
        [0, 1, 2, 2],                # new object for (0, 1): pair and triple are new
    ])
    prof = relation_profile(facts, 3, 2)
    assert np.allclose(prof[0], [0.5, 0.5, 0.5])
    assert np.allclose(prof[1], [0.0, 0.0, 1 / 3])


def test_temporal_rule_confidence_looks_forward_within_the_horizon() -> None:
    from newsgraph.forecast.tkg_features import temporal_rule_confidence

    facts = np.array([
        [0, 0, 1, 0], [0, 1, 1, 1],  # r0 then r1 one step later on the same pair
        [2, 0, 3, 0], [2, 1, 3, 5],  # r0 then r1 five steps later
        [0, 1, 3, 1],                # another pair: no effect
    ])
    w1 = temporal_rule_confidence(facts, 4, 2, 1)
    w9 = temporal_rule_confidence(facts, 4, 2, 9)
    assert np.isclose(w1[0, 1], 0.5) and np.isclose(w9[0, 1], 1.0)
    assert w9[1, 0] == 0.0 and w9[0, 0] == 0.0
