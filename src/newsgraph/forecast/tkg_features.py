"""Candidate generation and features for TKG queries ``(s, r, ?, t)`` from past facts only.

All counts are exponentially decayed with several rates (one time step = one snapshot), so
the learner can pick the time scale. Feature groups, for a candidate object ``o``:

* strict recurrency ``(s, r, o)`` and its share of ``(s, r, *)``; recency of the last one;
* reciprocal recurrency ``(o, r, s)`` (the inverse relation from ``s``'s side);
* relaxed recurrency ``(s, *, o)`` (any relation, either direction) and its share;
* length-1 temporal rules ``r'(s, o) -> r(s, o)``: past ``(s, r', o)`` weighted by the rule
  confidence ``W[r', r]`` estimated on the training split;
* popularity of ``o`` as the object of ``r`` and overall (share of recent activity);
* query-level context: how much history ``s`` and ``(s, r)`` have.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from scipy.sparse.linalg import svds

from .decay import DecayTable

RATES = np.array([0.003, 0.03, 0.1, 0.3, 1.0])


def rule_confidence(facts: np.ndarray, n_ent: int, n_rel2: int) -> np.ndarray:
    """``W[r', r]``: share of entity pairs linked by ``r'`` that are (ever) linked by ``r``."""
    pair = facts[:, 0].astype(np.int64) * n_ent + facts[:, 2]
    up, inv = np.unique(pair, return_inverse=True)
    b = sparse.csr_matrix(
        (np.ones(len(inv)), (inv, facts[:, 1])), shape=(len(up), n_rel2)
    )
    b.data[:] = 1.0
    b.sum_duplicates()
    b.data[:] = 1.0
    co = (b.T @ b).toarray()
    support = np.maximum(np.diag(co), 1.0)
    return co / support[:, None]


class HistoryIndex:
    """Decayed count tables over past (inverse-augmented) facts, advanced one step at a time."""

    def __init__(self, n_ent: int, n_rel2: int, rates: np.ndarray = RATES) -> None:
        self.n_ent, self.n_rel2 = n_ent, n_rel2
        self.rates = rates
        names = ("sor", "so", "sr", "ro", "r", "e")
        self.tables = {name: DecayTable(rates) for name in names}
        self.basis = np.zeros((n_ent, 0))

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

    def add(self, facts: np.ndarray, t: float) -> None:
        """Record the (augmented) facts of timestamp ``t``."""
        keys = self._keys(facts[:, 0], facts[:, 1], facts[:, 2])
        for name, table in self.tables.items():
            table.add(keys[name], t)

    def entity_prior(self, t: float) -> np.ndarray:
        """Recent activity of every entity (mid decay rate), for non-candidates."""
        vals, _, _ = self.tables["e"].lookup(np.arange(self.n_ent, dtype=np.int64), t)
        return vals[:, 2]

    def candidates(
        self, qs: np.ndarray, qr: np.ndarray, t: float, top_pop: int, max_cand: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """Candidate ``(query index, object)`` pairs: past partners of ``s`` and the
        ``top_pop`` most popular recent objects of ``r``; at most ``max_cand`` per query."""
        n = self.n_ent
        qs64, qr64 = qs.astype(np.int64), qr.astype(np.int64)
        g1, k1 = self.tables["so"].ranges(qs64 * n, (qs64 + 1) * n)
        o1 = k1 - qs64[g1] * n
        g2, o2 = self._popular(qr64, t, top_pop)
        g3, o3 = self._two_hop_top(qs64, t, top_pop)
        g4, o4 = self._sim_top(qs64, top_pop)
        g = np.concatenate([g1, g2, g3, g4])
        o = np.concatenate([o1, o2, o3, o4])
        key = np.unique(g * n + o)
        g, o = key // n, key % n
        if len(g) == 0:
            return g, o
        pre = self._prescore(qs64[g], qr64[g], o, t)
        order = np.lexsort((-pre, g))
        g, o = g[order], o[order]
        first = np.searchsorted(g, g)
        keep = (np.arange(len(g)) - first) < max_cand
        return g[keep], o[keep]

    def _popular(self, qr: np.ndarray, t: float, k: int) -> tuple[np.ndarray, np.ndarray]:
        ur, inv = np.unique(qr, return_inverse=True)
        n = self.n_ent
        g, keys = self.tables["ro"].ranges(ur * n, (ur + 1) * n)
        vals, _, _ = self.tables["ro"].lookup(keys, t)
        order = np.lexsort((-vals[:, 2], g))
        g, keys = g[order], keys[order]
        keep = (np.arange(len(g)) - np.searchsorted(g, g)) < k
        g, obj = g[keep], keys[keep] - ur[g[keep]] * n
        return _expand(inv, g, obj, len(ur))

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
        p = self._pair_matrix(t)
        us = np.unique(qs.astype(np.int64))
        p2 = (p[us] @ p).tocoo()
        keys = us[p2.row] * n + p2.col
        order = np.argsort(keys)
        self._two_keys, self._two_vals = keys[order], p2.data[order]
        self._sim_rows = np.full(n, -1, dtype=np.int64)
        self._sim_rows[us] = np.arange(len(us))
        self._sim = np.asarray(p[us] @ self.basis) @ self.basis.T

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
        grp, keys = _ranges(self._two_keys, us * n, (us + 1) * n)
        vals = self.two_hop_values(keys // n, keys % n)
        order = np.argsort(grp * 2.0 + (1.0 - np.minimum(vals, 1.0)))
        grp, keys = grp[order], keys[order]
        keep = (np.arange(len(grp)) - np.searchsorted(grp, grp)) < k
        return _expand(inv, grp[keep], keys[keep] % n, len(us))

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
        o_act, _, o_age = tb["e"].lookup(o, t)
        allv = self._total(t)
        rule = self._rule_feature(s, r, o, t, rules)
        two = np.c_[self.two_hop_values(s, o), self.sim_values(s, o)]
        eps = 1e-9
        cols = [
            strict, strict / (sr + eps), np.c_[np.log1p(s_cnt), _age(s_age)],
            recip, np.c_[_age(r_age)],
            pair, pair / (s_act + eps), np.c_[np.log1p(p_cnt), _age(p_age)],
            rule,
            ro / (rtot + eps), np.c_[_age(ro_age)],
            o_act / (allv + eps), np.c_[_age(o_age)],
            np.c_[np.log1p(sr_cnt), np.log1p(s_tot)], two,
            _group_relative(
                g, np.c_[strict[:, [1, 3]], pair[:, [1, 3]], rule[:, [1, 3]], two[:, :1]]),
        ]
        return np.hstack(cols).astype(np.float32)

    def _total(self, t: float) -> np.ndarray:
        tb = self.tables["r"]
        return tb._decayed(np.arange(len(tb.keys)), t).sum(axis=0)

    def _rule_feature(
        self, s: np.ndarray, r: np.ndarray, o: np.ndarray, t: float, rules: np.ndarray
    ) -> np.ndarray:
        """``sum_r' W[r', r] * v(s, r', o)`` (all rates) and ``max_r' W[r', r]`` present."""
        r2 = self.n_rel2
        base = (s * self.n_ent + o) * r2
        grp, keys = self.tables["sor"].ranges(base, base + r2)
        vals, _, _ = self.tables["sor"].lookup(keys, t)
        w = rules[keys - base[grp], r[grp]]
        out = np.zeros((len(s), len(self.rates) + 1))
        for j in range(len(self.rates)):
            out[:, j] = np.bincount(grp, weights=w * vals[:, j], minlength=len(s))
        mx = np.zeros(len(s))
        np.maximum.at(mx, grp, w)
        out[:, -1] = mx
        return out


def _age(age: np.ndarray) -> np.ndarray:
    """Time since last occurrence as ``1 / (1 + age)`` (0 when never seen)."""
    return 1.0 / (1.0 + age)


def _group_relative(g: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Each column divided by its maximum within the candidate's query."""
    mx = np.zeros((int(g.max(initial=-1)) + 1, x.shape[1]))
    np.maximum.at(mx, g, x)
    return x / np.maximum(mx[g], 1e-12)


def _ranges(keys: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All sorted ``keys`` in ``[lo[i], hi[i])`` as ``(i, key)`` arrays."""
    a, b = np.searchsorted(keys, lo), np.searchsorted(keys, hi)
    lens = b - a
    grp = np.repeat(np.arange(len(lo)), lens)
    idx = np.repeat(a - np.cumsum(lens) + lens, lens) + np.arange(lens.sum())
    return grp, keys[idx]


def _expand(
    inv: np.ndarray, g: np.ndarray, obj: np.ndarray, n_unique: int
) -> tuple[np.ndarray, np.ndarray]:
    """Rows ``(g, obj)`` sorted by a unique-value index ``g`` -> rows per query, where query
    ``i`` has unique value ``inv[i]``."""
    lens = np.bincount(g, minlength=n_unique)[inv]
    seg = np.searchsorted(g, np.arange(n_unique))
    rows = np.repeat(np.arange(len(inv)), lens)
    offs = np.arange(len(rows)) - np.repeat(np.cumsum(lens) - lens, lens)
    return rows, obj[np.repeat(seg[inv], lens) + offs]
