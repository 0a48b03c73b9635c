"""Length-2 temporal rules ``r1(s, x) ∧ r2(x, o) → r(s, o)`` with a confidence per
``(r1, r2, r)`` (TLogic-like cyclic rules of length 2, fully relation-specific).

For a query ``(s, r, ?, t)`` the body groundings are the paths ``s -r1-> x -r2-> o``
through the ``n_nb`` strongest recent partners ``x`` of ``s`` (the ``per_pair`` strongest
relations ``r1`` of each pair, the ``per_x`` strongest recent ``(r2, o)`` of each ``x``;
facts before ``t`` only). A rule's confidence is estimated on the queries themselves,
causally: of the past queries with relation ``r`` whose subject had a path of type
``(r1, r2)`` to some ``o``, the share of such ``o`` that were an answer,
``num / (den + SMOOTH)``. The counts start with a walk through training timestamps before
the ranker's window (:func:`warm_up`) and are updated after each query timestamp's
features are built (:meth:`PathRules.learn`), so a score at ``t`` never sees answers at
``t`` or later. Features per candidate: the best confidence of its paths, the
noisy-or of its distinct rules, the path-weighted sum of confidences and the number of
distinct rules reaching it.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .tkg_spread import lookup_sorted, query_neighbours, top_weights

PATH_RATE = 1  # index into the history's decay rates (0.03 per step)
SMOOTH = 3.0  # pseudo-count added to a rule's number of body groundings
N_FEATURES = 4


def _top_per_group(grp: np.ndarray, score: np.ndarray, k: int) -> np.ndarray:
    """Indices of the ``k`` highest ``score`` rows per ``grp``, sorted by group."""
    order = np.lexsort((-score, grp))
    g = grp[order]
    return order[(np.arange(len(g)) - np.searchsorted(g, g)) < k]


def _expand_lists(idx: np.ndarray, start: np.ndarray, lens: np.ndarray
                  ) -> tuple[np.ndarray, np.ndarray]:
    """For each row ``i`` of ``idx`` (a list id), all positions of that list:
    ``(row, position)`` with ``position`` in ``start[idx[i]] .. + lens[idx[i]]``."""
    ln = lens[idx]
    rows = np.repeat(np.arange(len(idx)), ln)
    pos = np.repeat(start[idx] - np.cumsum(ln) + ln, ln) + np.arange(ln.sum())
    return rows, pos


class PathRules:
    """Online-estimated length-2 rule confidences and their features."""

    def __init__(self, n_ent: int, n_rel2: int, n_nb: int = 10, per_x: int = 50,
                 per_pair: int = 2) -> None:
        self.n_ent, self.n_rel2 = n_ent, n_rel2
        self.n_nb, self.per_x, self.per_pair = n_nb, per_x, per_pair
        self.keys = np.zeros(0, dtype=np.int64)  # rule (r1 * R2 + r2) * R2 + r
        self.num = np.zeros(0)
        self.den = np.zeros(0)
        self._last: tuple[np.ndarray, np.ndarray] = (self.keys, self.keys)

    def confidence(self, rule: np.ndarray) -> np.ndarray:
        """Smoothed confidence of each rule key (0 for rules never grounded)."""
        c = lookup_sorted(self.keys, (self.num / (self.den + SMOOTH))[:, None], rule)
        return c[:, 0]

    def groundings(self, index: Any, qs: np.ndarray, qr: np.ndarray, t: float,
                   rows: tuple[np.ndarray, np.ndarray, np.ndarray]
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Distinct ``(query, object, rule)`` paths and their weights ``w(s, x) * b(x, r2,
        o) / b(x)``. ``rows`` = ``(us, row_of, p_rows)``: the query subjects, each entity's
        row among them, and their rows of the row-normalised pair matrix."""
        n, r2n = self.n_ent, self.n_rel2
        us, row_of, p_rows = rows
        q, x, w = query_neighbours(qs, row_of, *top_weights(us, p_rows, self.n_nb))
        s = qs[q].astype(np.int64)
        base = (s * n + x) * r2n
        grp, keys = index.tables["sor"].ranges(base, base + r2n)
        a, _, _ = index.tables["sor"].lookup(keys, t)
        keep = _top_per_group(grp, a[:, PATH_RATE], self.per_pair)
        e_grp, e_r1 = grp[keep], keys[keep] - base[grp[keep]]
        ux, x_idx = np.unique(x[e_grp], return_inverse=True)
        xg, xk = index.tables["sro"].ranges(ux * r2n * n, (ux + 1) * r2n * n)
        b, _, _ = index.tables["sro"].lookup(xk, t)
        keep = _top_per_group(xg, b[:, PATH_RATE], self.per_x)
        xg, xk, b = xg[keep], xk[keep], b[keep, PATH_RATE]
        b = b / np.maximum(np.bincount(xg, weights=b, minlength=len(ux))[xg], 1e-12)
        start = np.searchsorted(xg, np.arange(len(ux)))
        lens = np.bincount(xg, minlength=len(ux))
        er, pos = _expand_lists(x_idx, start, lens)
        qq, obj = q[e_grp[er]], xk[pos] % n
        rule = (e_r1[er] * r2n + (xk[pos] // n) % r2n) * r2n + qr[qq]
        wt = w[e_grp[er]] * b[pos]
        ok = obj != s[e_grp[er]]
        r3 = np.int64(r2n) ** 3
        key = (qq[ok].astype(np.int64) * n + obj[ok]) * r3 + rule[ok]
        uk, inv = np.unique(key, return_inverse=True)
        return uk // r3 // n, uk // r3 % n, uk % r3, np.bincount(inv, weights=wt[ok])

    def score(self, index: Any, qs: np.ndarray, qr: np.ndarray, t: float,
              rows: tuple[np.ndarray, np.ndarray, np.ndarray]
              ) -> tuple[np.ndarray, np.ndarray]:
        """Features of every ``(query, object)`` reached by a path: sorted keys
        ``q * N + o`` and an ``(m, N_FEATURES)`` array. Keeps the groundings for
        :meth:`learn`."""
        q, o, rule, wt = self.groundings(index, qs, qr, t, rows)
        self._last = (q * self.n_ent + o, rule)
        c = self.confidence(rule)
        uk, inv = np.unique(q * self.n_ent + o, return_inverse=True)
        best = np.zeros(len(uk))
        np.maximum.at(best, inv, c)
        miss = np.bincount(inv, weights=np.log1p(-np.minimum(c, 0.999)), minlength=len(uk))
        out = np.c_[best, 1.0 - np.exp(miss), np.bincount(inv, weights=c * wt,
                                                          minlength=len(uk)),
                    np.log1p(np.bincount(inv, minlength=len(uk)))]
        return uk, out

    def learn(self, truth: np.ndarray) -> None:
        """Count the last scored groundings: each is a body grounding of its rule, and a
        head grounding when its ``q * N + o`` is in ``truth`` (sorted answer keys)."""
        qo, rule = self._last
        hit = np.isin(qo, truth).astype(np.float64)
        ur, inv = np.unique(rule, return_inverse=True)
        den = np.bincount(inv, minlength=len(ur)).astype(np.float64)
        num = np.bincount(inv, weights=hit, minlength=len(ur))
        pos = np.searchsorted(self.keys, ur)
        found = pos < len(self.keys)
        found[found] = self.keys[pos[found]] == ur[found]
        self.den[pos[found]] += den[found]
        self.num[pos[found]] += num[found]
        new = ~found
        self.keys = np.insert(self.keys, pos[new], ur[new])
        self.den = np.insert(self.den, pos[new], den[new])
        self.num = np.insert(self.num, pos[new], num[new])
        self._last = (self.keys[:0], self.keys[:0])


def subject_rows(index: Any, qs: np.ndarray, t: float
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(us, row_of, p_rows)`` for :meth:`PathRules.score` from the history's pair matrix
    (the same as the history keeps after ``prepare_two_hop``)."""
    p = index._pair_matrix(t)
    us = np.unique(qs.astype(np.int64))
    row_of = np.full(index.n_ent, -1, dtype=np.int64)
    row_of[us] = np.arange(len(us))
    return us, row_of, p[us].toarray()


def queries(ft: np.ndarray, n_rel2: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distinct queries of a timestamp's facts: ``(qs, qr, q_inv)``, ``q_inv`` the query
    of each fact."""
    qkey = ft[:, 0].astype(np.int64) * n_rel2 + ft[:, 1]
    uq, q_inv = np.unique(qkey, return_inverse=True)
    return uq // n_rel2, uq % n_rel2, q_inv


def warm_up(index: Any, paths: PathRules, facts: np.ndarray, times: np.ndarray) -> None:
    """Estimate rule confidences on the (inverse-augmented, time-sorted) ``facts`` of
    ``times``, advancing ``index`` through them (each timestamp: score, learn, add)."""
    bounds = np.searchsorted(facts[:, 3], np.r_[times, times[-1] + 1])
    for i, t in enumerate(times):
        ft = facts[bounds[i] : bounds[i + 1]]
        if len(ft):
            qs, qr, q_inv = queries(ft, index.n_rel2)
            paths.score(index, qs, qr, float(t), subject_rows(index, qs, float(t)))
            paths.learn(np.unique(q_inv.astype(np.int64) * index.n_ent + ft[:, 2]))
        index.add(ft, float(t))
