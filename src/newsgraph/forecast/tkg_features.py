"""Candidate generation and features for TKG queries ``(s, r, ?, t)`` from past facts only.

All counts are exponentially decayed with several rates (one time step = one snapshot), so
the learner can pick the time scale. Feature groups, for a candidate object ``o``:

* strict recurrency ``(s, r, o)`` and its share of ``(s, r, *)``; recency of the last one;
* reciprocal recurrency ``(o, r, s)`` (the inverse relation from ``s``'s side);
* relaxed recurrency ``(s, *, o)`` (any relation, either direction) and its share;
* length-1 temporal rules ``r'(s, o) -> r(s, o)``: past ``(s, r', o)`` weighted by rule
  confidences ``W[r', r]`` estimated on the training split (static co-occurrence, and
  "followed within h steps");
* relation-specific neighbourhood scores (``tkg_spread``): what ``s``'s partners and the
  entities most similar to ``s`` recently did with relation ``r``;
* novelty of ``s`` and ``(s, r)`` (distinct partners per event) and a per-relation profile of
  how recurrent the relation is;
* popularity of ``o`` as the object of ``r`` and overall (share of recent activity);
* the candidate's side (``tkg_sides``): the pair's share of ``o``'s activity, two-hop walks
  from ``o`` back to ``s``, how often ``o`` meets new partners;
* query-level context: how much history ``s`` and ``(s, r)`` have.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from scipy.sparse.linalg import svds

from .decay import DecayTable
from .tkg_rules import relation_profile as relation_profile  # re-exported
from .tkg_rules import rule_confidence as rule_confidence
from .tkg_rules import temporal_rule_confidence as temporal_rule_confidence
from .tkg_sides import backward_two_hop, keyed_by_pair, object_side
from .tkg_spread import (
    expand_rows,
    key_ranges,
    lookup_sorted,
    query_neighbours,
    spread_scores,
    top_in_table,
    top_per_query,
    top_weights,
)

RATES = np.array([0.003, 0.03, 0.1, 0.3, 1.0])
SLOW_RATE = 0  # long-memory neighbourhood: index into RATES (the slowest)
SLOW_PARTNERS = 30  # its partner spread: the subject's strongest long-run partners


class HistoryIndex:
    """Decayed count tables over past (inverse-augmented) facts, advanced one step at a time."""

    def __init__(self, n_ent: int, n_rel2: int, rates: np.ndarray = RATES) -> None:
        self.n_ent, self.n_rel2 = n_ent, n_rel2
        self.rates = rates
        names = ("sor", "sro", "so", "sr", "ro", "r", "e")
        self.tables = {name: DecayTable(rates) for name in names}
        self.basis = np.zeros((n_ent, 0))
        self.n_spread = 10
        self.profile = np.zeros((n_rel2, 3))
        self.country = None  # a tkg_country.CountryHistory, advanced with the tables
        self.top_slow = 0  # long-memory neighbourhood: candidates per query and kind (0: off)
        self._slow_rows: tuple | None = None  # (g, o, slow_values) of the last candidates
        self.lite = False  # the time budget's history-only mode (see tkg_budget)

    def _pair_matrix(self, t: float, rate: int = 2) -> sparse.csr_matrix:
        """Row-normalised decayed pair matrix ``P[s, o]`` (any relation, both directions)."""
        n, tb = self.n_ent, self.tables["so"]
        vals = tb.vals[:, rate] * np.exp(-self.rates[rate] * (t - tb.ref))
        rows, cols = tb.keys // n, tb.keys % n
        deg = np.bincount(rows, weights=vals, minlength=n)
        return sparse.csr_matrix((vals / deg[rows], (rows, cols)), shape=(n, n))

    def fit_basis(self, t: float, k: int = 64) -> None:
        """Low-rank entity basis ``V`` (truncated SVD of the pair matrix at time ``t``); the
        similarity feature folds each subject's current row in: ``(P[s] V) V^T``."""
        p = self._pair_matrix(t)
        k = min(k, min(p.shape) - 1)
        if k < 1 or p.nnz == 0:
            return
        _, _, vt = svds(p, k=k, v0=np.ones(min(p.shape)) / np.sqrt(min(p.shape)))
        self.basis = vt.T.copy()

    def _keys(self, s: np.ndarray, r: np.ndarray, o: np.ndarray) -> dict[str, np.ndarray]:
        n, r2 = self.n_ent, self.n_rel2
        s, r, o = (np.asarray(x, dtype=np.int64) for x in (s, r, o))
        return {
            "sor": (s * n + o) * r2 + r,
            "sro": (s * r2 + r) * n + o,
            "so": s * n + o,
            "sr": s * r2 + r,
            "ro": r * n + o,
            "r": r,
            "e": o,
        }

    def bulk_load(self, facts: np.ndarray, now: float) -> None:
        """Load all (augmented) ``facts`` with time < ``now``."""
        keys = self._keys(facts[:, 0], facts[:, 1], facts[:, 2])
        for name, table in self.tables.items():
            table.bulk_load(keys[name], facts[:, 3], now)
        if self.country is not None:
            self.country.bulk_load(facts, now)

    def add(self, facts: np.ndarray, t: float) -> None:
        """Record the (augmented) facts of timestamp ``t``."""
        keys = self._keys(facts[:, 0], facts[:, 1], facts[:, 2])
        for name, table in self.tables.items():
            table.add(keys[name], t)
        if self.country is not None:
            self.country.add(facts, t)

    def entity_prior(self, t: float) -> np.ndarray:
        """Recent activity of every entity (mid decay rate), for non-candidates."""
        vals, _, _ = self.tables["e"].lookup(np.arange(self.n_ent, dtype=np.int64), t)
        return vals[:, 2]

    def candidates(
        self, qs: np.ndarray, qr: np.ndarray, t: float, top_pop: int, max_cand: int,
        extra: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """Candidate ``(query index, object)`` pairs: past partners of ``s``, the ``top_pop``
        most popular recent objects of ``r`` and the other sources below, plus ``extra``
        ``(g, o, dense pre-score bonus per query and entity)``; at most ``max_cand`` per
        query (by a cheap pre-score)."""
        n = self.n_ent
        qs64, qr64 = qs.astype(np.int64), qr.astype(np.int64)
        if self.lite:  # the strongest past partners only (hubs have thousands)
            g1, o1 = top_in_table(self.tables["so"], qs64, n, t, max_cand, 1)
        else:
            g1, k1 = self.tables["so"].ranges(qs64 * n, (qs64 + 1) * n)
            o1 = k1 - qs64[g1] * n
        g2, o2 = top_in_table(self.tables["ro"], qr64, n, t, top_pop, 2)
        g3, o3 = self._two_hop_top(qs64, t, top_pop)
        g4, o4 = self._sim_top(qs64, top_pop)
        self.prepare_spread(qs64, qr64, t)
        g5, o5 = top_per_query(*self._spread[0][:2], n, top_pop)
        g6, o6 = top_per_query(*self._spread[1][:2], n, top_pop)
        gx, ox = (extra[0], extra[1]) if extra is not None else (g1[:0], o1[:0])
        gs, os_ = [g1[:0]], [o1[:0]]
        if self.top_slow > 0:
            gs[0], os_[0] = self._top_keyed(qs64, *self._slow_two, self.top_slow)
            gb, ob = top_per_query(*self._slow_spread, n, self.top_slow)
            gs.append(gb)
            os_.append(ob)
        g = np.concatenate([g1, g2, g3, g4, g5, g6, gx, *gs])
        o = np.concatenate([o1, o2, o3, o4, o5, o6, ox, *os_])
        key = np.unique(g * n + o)
        g, o = key // n, key % n
        if len(g) == 0:
            return g, o
        pre = self._prescore(qs64[g], qr64[g], o, t)
        pre += self.spread_values(g, o)[:, [0, 2]].sum(axis=1)
        slow = self.slow_values(g, o, qs64[g]) if self.top_slow > 0 else None
        if slow is not None:
            pre += slow.sum(axis=1)
        if extra is not None:
            pre += extra[2][g, o]
        order = np.lexsort((-pre, g))
        g, o = g[order], o[order]
        first = np.searchsorted(g, g)
        keep = (np.arange(len(g)) - first) < max_cand
        g, o = g[keep], o[keep]
        if slow is not None:  # features() of these rows reuse them
            self._slow_rows = (g, o, slow[order][keep])
        return g, o

    def _prescore(self, s: np.ndarray, r: np.ndarray, o: np.ndarray, t: float) -> np.ndarray:
        k = self._keys(s, r, o)
        strict, _, _ = self.tables["sor"].lookup(k["sor"], t)
        pair, _, _ = self.tables["so"].lookup(k["so"], t)
        pop, _, _ = self.tables["ro"].lookup(k["ro"], t)
        two = self.two_hop_values(s, o) + np.maximum(self.sim_values(s, o), 0.0)
        return (100.0 * strict[:, 1] + 10.0 * pair[:, 1] + pop[:, 1] / (1.0 + pop[:, 1])
                + two)

    def prepare_two_hop(self, qs: np.ndarray, t: float) -> None:
        """Two-step transition scores ``P[s] @ P`` for the query subjects (kept as sorted
        ``s * N + o`` keys) and their low-rank similarity scores (dense rows)."""
        n = self.n_ent
        us = np.unique(qs.astype(np.int64))
        if self.lite:  # no walks: every two-hop, similarity and spread score is 0
            return self._no_walks(us)
        p = self._pair_matrix(t)
        self._two_keys, self._two_vals = keyed_by_pair((p[us] @ p).tocoo(), us, n)
        self._back = backward_two_hop(p, us, n)
        self._sim_rows = np.full(n, -1, dtype=np.int64)
        self._sim_rows[us] = np.arange(len(us))
        self._sim = np.asarray(p[us] @ self.basis) @ self.basis.T
        self._p_rows = p[us].toarray()
        self._us = us
        if self.top_slow > 0:  # the long-memory pair matrix (slowest decay rate)
            p0 = self._pair_matrix(t, SLOW_RATE)
            keys, vals = keyed_by_pair((p0[us] @ p0).tocoo(), us, n)
            self._slow_two = (keys, vals)
            self._p0_rows = p0[us].toarray()

    def _no_walks(self, us: np.ndarray) -> None:
        """:meth:`prepare_two_hop` in the lite mode: empty walks for the subjects ``us``."""
        z = np.zeros(0, dtype=np.int64)
        self._two_keys, self._two_vals, self._back = z, np.zeros(0), (z, np.zeros((0, 1)))
        self._sim_rows = np.full(self.n_ent, -1, dtype=np.int64)
        self._sim_rows[us] = np.arange(len(us))
        self._sim = self._p_rows = np.zeros((len(us), 0))
        self._us = us

    def prepare_spread(self, qs: np.ndarray, qr: np.ndarray, t: float) -> None:
        """Relation-specific neighbourhood scores of every query (see ``tkg_spread``) via
        the subject's recent partners and via its most similar entities (low-rank basis);
        needs :meth:`prepare_two_hop` for the same subjects."""
        us, rows = self._us, self._sim_rows
        if self.lite:
            z = np.zeros(0, dtype=np.int64)
            keys, vals = spread_scores(self, qs, qr, z, z, np.zeros(0), t)
            self._spread = [(keys, vals[:, 0], vals)] * 2
            return
        sources = [self._p_rows]
        if self.basis.shape[1]:
            vn = self.basis / np.maximum(np.linalg.norm(self.basis, axis=1, keepdims=True),
                                         1e-12)
            sources.append(vn[us] @ vn.T)
        else:
            sources.append(np.zeros((len(us), 0)))
        self._spread = []
        for wmat in sources:
            q, x, w = query_neighbours(qs, rows, *top_weights(us, wmat, self.n_spread))
            keys, vals = spread_scores(self, qs, qr, q, x, w, t)
            self._spread.append((keys, vals[:, 0], vals))
        if self.top_slow > 0:
            q, x, w = query_neighbours(qs, rows, *top_weights(us, self._p0_rows, SLOW_PARTNERS))
            keys, vals = spread_scores(self, qs, qr, q, x, w, t, (SLOW_RATE,))
            self._slow_spread = (keys, vals[:, 0])

    def spread_values(self, g: np.ndarray, o: np.ndarray) -> np.ndarray:
        """Spread features of candidate rows; needs :meth:`prepare_spread`."""
        key = g.astype(np.int64) * self.n_ent + o
        return np.hstack([lookup_sorted(k, v, key) for k, _, v in self._spread])

    def slow_values(self, g: np.ndarray, o: np.ndarray, s: np.ndarray) -> np.ndarray:
        """Long-memory two-hop and partner-spread scores of candidate rows ``(query g,
        object o)`` whose subjects are ``s``; needs :meth:`prepare_spread`."""
        n = self.n_ent
        two = lookup_sorted(self._slow_two[0], self._slow_two[1][:, None],
                            s.astype(np.int64) * n + o)
        spr = lookup_sorted(self._slow_spread[0], self._slow_spread[1][:, None],
                            g.astype(np.int64) * n + o)
        return np.hstack([two, spr])

    def _cached_slow(self, g: np.ndarray, o: np.ndarray, s: np.ndarray) -> np.ndarray:
        """:meth:`slow_values` of rows ``(g, o)``, reused from :meth:`candidates` when these
        are the rows it returned (it ranked them by the same values)."""
        cg, co, slow = self._slow_rows if self._slow_rows is not None else (g[:0], o[:0], None)
        if slow is not None and np.array_equal(cg, g) and np.array_equal(co, o):
            return slow
        return self.slow_values(g, o, s)

    def _top_keyed(self, qs: np.ndarray, keys: np.ndarray, vals: np.ndarray, k: int
                   ) -> tuple[np.ndarray, np.ndarray]:
        """The ``k`` best objects of each query's subject by scores keyed ``s * N + o`` (the
        subject itself included, as in the fast two-hop source): ``top_per_query`` over
        the subjects, spread to their queries."""
        us, inv = np.unique(qs, return_inverse=True)
        subj, obj = top_per_query(keys, vals, self.n_ent, k)
        return expand_rows(inv, np.searchsorted(us, subj), obj, len(us))

    def sim_values(self, s: np.ndarray, o: np.ndarray) -> np.ndarray:
        """Low-rank similarity score of ``(s, o)``; needs :meth:`prepare_two_hop`."""
        if self._sim.shape[1] == 0:
            return np.zeros(len(s))
        return self._sim[self._sim_rows[s], o]

    def _sim_top(self, qs: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """The ``k`` most similar objects of each query's subject (low-rank scores)."""
        if self._sim.shape[1] == 0 or k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        k = min(k, self.n_ent - 1)
        rows = self._sim_rows[qs]
        top = np.argpartition(-self._sim, k, axis=1)[:, :k]
        return np.repeat(np.arange(len(qs)), k), top[rows].ravel()

    def two_hop_values(self, s: np.ndarray, o: np.ndarray) -> np.ndarray:
        """Two-hop score of ``(s, o)`` (0 if absent); needs :meth:`prepare_two_hop`."""
        keys = s.astype(np.int64) * self.n_ent + o
        if len(self._two_keys) == 0:
            return np.zeros(len(keys))
        pos = np.minimum(np.searchsorted(self._two_keys, keys), len(self._two_keys) - 1)
        return np.where(self._two_keys[pos] == keys, self._two_vals[pos], 0.0)

    def _two_hop_top(self, qs: np.ndarray, t: float, k: int) -> tuple[np.ndarray, np.ndarray]:
        """The ``k`` best two-hop objects of each query subject."""
        self.prepare_two_hop(qs, t)
        n = self.n_ent
        us, inv = np.unique(qs, return_inverse=True)
        grp, keys = key_ranges(self._two_keys, us * n, (us + 1) * n)
        vals = self.two_hop_values(keys // n, keys % n)
        order = np.argsort(grp * 2.0 + (1.0 - np.minimum(vals, 1.0)))
        grp, keys = grp[order], keys[order]
        keep = (np.arange(len(grp)) - np.searchsorted(grp, grp)) < k
        return expand_rows(inv, grp[keep], keys[keep] % n, len(us))

    def features(
        self, qs: np.ndarray, qr: np.ndarray, g: np.ndarray, o: np.ndarray, t: float,
        rules: np.ndarray,
    ) -> np.ndarray:
        """Feature matrix (float32) for candidate rows ``(query g, object o)``."""
        s, r = qs[g].astype(np.int64), qr[g].astype(np.int64)
        half = self.n_rel2 // 2
        r_inv = np.where(r < half, r + half, r - half)
        k = self._keys(s, r, o)
        tb = self.tables
        strict, s_cnt, s_age = tb["sor"].lookup(k["sor"], t)
        recip, _, r_age = tb["sor"].lookup(self._keys(s, r_inv, o)["sor"], t)
        pair, p_cnt, p_age = tb["so"].lookup(k["so"], t)
        sr, sr_cnt, _ = tb["sr"].lookup(k["sr"], t)
        s_act, s_tot, _ = tb["e"].lookup(s, t)
        ro, _, ro_age = tb["ro"].lookup(k["ro"], t)
        rtot, _, _ = tb["r"].lookup(r, t)
        o_act, o_tot, o_age = tb["e"].lookup(o, t)
        allv = self._total(t)
        rule = self._rule_feature(s, r, o, t, rules)
        two = np.c_[self.two_hop_values(s, o), self.sim_values(s, o),
                    lookup_sorted(*self._back, s * self.n_ent + o)]
        spr = self.spread_values(g, o)
        eps = 1e-9
        cols = [
            strict, strict / (sr + eps), np.c_[np.log1p(s_cnt), _age(s_age)],
            recip, np.c_[_age(r_age)],
            pair, pair / (s_act + eps), np.c_[np.log1p(p_cnt), _age(p_age)],
            rule,
            ro / (rtot + eps), np.c_[_age(ro_age)],
            o_act / (allv + eps), np.c_[_age(o_age)],
            np.c_[np.log1p(sr_cnt), np.log1p(s_tot)], two, spr, self.profile[r],
            self._novelty(s, r, sr_cnt, s_tot),
            np.c_[np.log((ro[:, 1] / (rtot[:, 1] + eps) + eps) / (o_act[:, 1] / (allv[1] + eps)
                                                                 + eps)),
                  o_act[:, 3] / (o_act[:, 1] + eps), ro[:, 3] / (ro[:, 1] + eps),
                  s_cnt / np.maximum(p_cnt, 1.0)],
            object_side(self, s, r_inv, o, t, o_tot, pair / (o_act + eps), strict / (ro + eps)),
            _group_relative(
                g, np.c_[strict[:, [1, 3]], pair[:, [1, 3]], rule[:, [1, 3]], two[:, :1],
                         spr[:, [0, 2]], _age(s_age), _age(p_age)]),
        ]
        if self.top_slow > 0:
            slow = self._cached_slow(g, o, s)
            cols += [slow, _group_relative(g, slow)]
        return np.hstack(cols).astype(np.float32)

    def _novelty(
        self, s: np.ndarray, r: np.ndarray, sr_cnt: np.ndarray, s_tot: np.ndarray
    ) -> np.ndarray:
        """How often ``(s, r)`` and ``s`` met new partners: distinct objects of ``(s, r, *)``
        and of ``s`` (log), and each divided by the number of events."""
        n, r2 = self.n_ent, self.n_rel2
        lo = (s * r2 + r) * n
        keys = self.tables["sro"].keys
        d_sr = np.searchsorted(keys, lo + n) - np.searchsorted(keys, lo)
        keys = self.tables["so"].keys
        d_s = np.searchsorted(keys, (s + 1) * n) - np.searchsorted(keys, s * n)
        return np.c_[np.log1p(d_sr), d_sr / np.maximum(sr_cnt, 1.0),
                     np.log1p(d_s), d_s / np.maximum(s_tot, 1.0)]

    def _total(self, t: float) -> np.ndarray:
        tb = self.tables["r"]
        return tb._decayed(np.arange(len(tb.keys)), t).sum(axis=0)

    def _rule_feature(
        self, s: np.ndarray, r: np.ndarray, o: np.ndarray, t: float, rules: np.ndarray
    ) -> np.ndarray:
        """Per rule matrix ``W`` (``rules`` is one or a stack): ``sum_r' W[r', r] v(s, r', o)``
        (all rates) and ``max_r' W[r', r]`` over the relations present."""
        r2 = self.n_rel2
        base = (s * self.n_ent + o) * r2
        grp, keys = self.tables["sor"].ranges(base, base + r2)
        vals, _, _ = self.tables["sor"].lookup(keys, t)
        out = []
        for mat in rules.reshape(-1, r2, r2):
            w = mat[keys - base[grp], r[grp]]
            cols = np.zeros((len(s), len(self.rates) + 1))
            for j in range(len(self.rates)):
                cols[:, j] = np.bincount(grp, weights=w * vals[:, j], minlength=len(s))
            np.maximum.at(cols[:, -1], grp, w)
            out.append(cols)
        return np.hstack(out)


def _age(age: np.ndarray) -> np.ndarray:
    """Time since last occurrence as ``1 / (1 + age)`` (0 when never seen)."""
    return 1.0 / (1.0 + age)


def _group_relative(g: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Each column divided by its maximum within the candidate's query."""
    mx = np.zeros((int(g.max(initial=-1)) + 1, x.shape[1]))
    np.maximum.at(mx, g, x)
    return x / np.maximum(mx[g], 1e-12)
