"""The candidate's-side features of the TKG history (``tkg_sides``) on tiny hand-made graphs."""

from __future__ import annotations

import numpy as np

from newsgraph.forecast.tkg_features import HistoryIndex
from newsgraph.forecast.tkg_sides import backward_two_hop, object_side


def _index(facts: list[list[int]], n_ent: int, n_rel: int, now: float) -> HistoryIndex:
    f = np.array(facts, dtype=np.int64)
    inv = f[:, [2, 1, 0, 3]].copy()
    inv[:, 1] += n_rel
    index = HistoryIndex(n_ent, 2 * n_rel)
    index.bulk_load(np.concatenate([f, inv]), now)
    return index


# Subject 0 knows 1 and 2. Entity 3 only ever met 1 (so all of 3's walks pass through a
# partner of 0); entity 4 is a hub that met 2 once and 5, 6, 7 many times.
FACTS = [[0, 0, 1, 0], [0, 0, 2, 0], [3, 0, 1, 1], [4, 0, 2, 1],
         [4, 0, 5, 1], [4, 0, 6, 1], [4, 0, 7, 1], [4, 0, 5, 2], [4, 0, 6, 2]]


def test_backward_walks_favour_a_candidate_whose_partners_know_the_subject() -> None:
    index = _index(FACTS, 8, 1, 3.0)
    p = index._pair_matrix(3.0)
    keys, vals = backward_two_hop(p, np.array([0]), 8)
    got = dict(zip((keys % 8).tolist(), vals[:, 0].tolist(), strict=True))
    dense = (p @ p).toarray()
    assert np.isclose(got[3], dense[3, 0]) and np.isclose(got[4], dense[4, 0])
    assert got[3] > got[4] > 0  # from 3's side the subject is near; from the hub's, far
    index.prepare_two_hop(np.array([0]), 3.0)
    fwd = index.two_hop_values(np.array([0, 0]), np.array([3, 4]))
    assert fwd[0] > 0 and fwd[1] > 0  # the forward walk reaches both


def test_object_side_shares_and_partner_novelty() -> None:
    index = _index(FACTS + [[0, 0, 3, 2]], 8, 1, 3.0)
    s, r_inv, o = np.array([0, 0]), np.array([1, 1]), np.array([3, 4])
    pair, _, _ = index.tables["so"].lookup(s * 8 + o, 3.0)
    o_act, o_events, _ = index.tables["e"].lookup(o, 3.0)
    strict, _, _ = index.tables["sor"].lookup((s * 8 + o) * 2 + 0, 3.0)
    ro, _, _ = index.tables["ro"].lookup(0 * 8 + o, 3.0)
    x = object_side(index, s, r_inv, o, 3.0, o_events, pair / (o_act + 1e-9),
                    strict / (ro + 1e-9))
    assert x.shape == (2, 8) and np.isfinite(x).all()
    # 3 met 1 and 0 (0 is half its activity); 4 never met 0
    assert x[0, 0] > 0.3 and x[1, 0] == 0.0
    # the hub has more distinct partners (2, 5, 6, 7 vs 1, 0), fewer per event
    assert x[1, 4] > x[0, 4]
    assert x[1, 5] < x[0, 5]


def test_backward_walk_is_a_feature_of_every_candidate() -> None:
    index = _index(FACTS, 8, 1, 3.0)
    index.fit_basis(3.0, k=2)
    qs, qr = np.array([0]), np.array([0])
    g, o = index.candidates(qs, qr, 3.0, top_pop=5, max_cand=10)
    x = index.features(qs, qr, g, o, 3.0, np.zeros((1, 2, 2)))
    assert {3, 4} <= set(o.tolist()) and np.isfinite(x).all()
    keys, vals = backward_two_hop(index._pair_matrix(3.0), np.array([0]), 8)
    want = np.zeros(8)
    want[keys % 8] = vals[:, 0]
    # exactly one column holds the backward walk of each candidate
    hits = [j for j in range(x.shape[1]) if np.allclose(x[:, j], want[o], atol=1e-6)]
    assert len(hits) == 1
