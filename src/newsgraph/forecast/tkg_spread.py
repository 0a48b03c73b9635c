"""Relation-specific neighbourhood scores for TKG queries ``(s, r, ?, t)``.

For a query subject ``s`` and a set of weighted "neighbours" ``x`` of ``s`` (its recent
partners, or the entities most similar to it in the low-rank basis), the score of object
``o`` is

    sum_x w(s, x) * v(x, r, o) / v(x, r, *)

with ``v`` a decayed count: "the entities around ``s`` recently did ``r`` with ``o``". Unlike
the relation-agnostic two-hop score this keeps the query relation, and unlike the relation's
global popularity it is local to ``s``. It is both a candidate source (objects ``s`` never
met) and a feature. Everything uses facts before ``t`` only.
"""

from __future__ import annotations

import numpy as np

from .decay import DecayTable

SPREAD_RATES = (1, 3)  # indices into the history's decay rates


def top_weights(
    rows: np.ndarray, weights: np.ndarray, k: int, skip_self: bool = True
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The ``k`` largest positive entries of each row of a dense ``(m, n)`` weight matrix:
    ``(row index, column, weight)``, the weights of a row normalised to sum 1."""
    m, n = weights.shape
    k = min(k, n - 1)
    if m == 0 or k < 1:
        z = np.zeros(0, dtype=np.int64)
        return z, z, np.zeros(0)
    w = weights.copy()
    if skip_self:
        w[np.arange(m), rows] = 0.0
    col = np.argpartition(-w, k, axis=1)[:, :k]
    val = np.take_along_axis(w, col, axis=1)
    val = np.maximum(val, 0.0)
    tot = val.sum(axis=1, keepdims=True)
    val = np.divide(val, tot, out=np.zeros_like(val), where=tot > 0)
    row = np.repeat(np.arange(m), k)
    keep = val.ravel() > 0
    return row[keep], col.ravel()[keep].astype(np.int64), val.ravel()[keep]


def spread_scores(
    index: object, qs: np.ndarray, qr: np.ndarray, nb_row: np.ndarray,
    nb_x: np.ndarray, nb_w: np.ndarray, t: float, rates: tuple[int, ...] = SPREAD_RATES,
) -> tuple[np.ndarray, np.ndarray]:
    """Scores for every ``(query, object)`` reached through the neighbours.

    ``nb_row`` indexes rows of a neighbour table whose row for query ``i`` is
    ``row_of[qs[i]]`` (see :func:`query_neighbours`). Returns sorted keys ``q * N + o`` and a
    ``(len(keys), len(rates))`` value array (``rates``: indices into the history's
    decay rates).
    """
    n, r2 = index.n_ent, index.n_rel2
    q, x, w = nb_row, nb_x, nb_w
    base = (x * r2 + qr[q].astype(np.int64)) * n
    grp, keys = index.tables["sro"].ranges(base, base + n)
    if len(grp) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros((0, len(rates)))
    vals, _, _ = index.tables["sro"].lookup(keys, t)
    sr, _, _ = index.tables["sr"].lookup(x[grp] * r2 + qr[q[grp]], t)
    vals = vals[:, list(rates)] / np.maximum(sr[:, list(rates)], 1e-9)
    out_key = q[grp] * n + (keys - base[grp])
    uk, inv = np.unique(out_key, return_inverse=True)
    out = np.zeros((len(uk), len(rates)))
    for j in range(len(rates)):
        out[:, j] = np.bincount(inv, weights=w[grp] * vals[:, j], minlength=len(uk))
    return uk, out


def query_neighbours(
    qs: np.ndarray, rows_of: np.ndarray, nb_row: np.ndarray, nb_x: np.ndarray,
    nb_w: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Expand per-subject neighbour lists (sorted by subject row) to per-query lists."""
    m = int(rows_of.max(initial=-1)) + 1
    lens = np.bincount(nb_row, minlength=m)
    start = np.r_[0, np.cumsum(lens)[:-1]]
    r = rows_of[qs]
    ql = lens[r]
    q = np.repeat(np.arange(len(qs)), ql)
    idx = np.repeat(start[r] - np.cumsum(ql) + ql, ql) + np.arange(ql.sum())
    return q, nb_x[idx], nb_w[idx]


def lookup_sorted(keys: np.ndarray, vals: np.ndarray, query: np.ndarray) -> np.ndarray:
    """Rows of ``vals`` for ``query`` keys in sorted ``keys`` (zeros where absent)."""
    out = np.zeros((len(query), vals.shape[1]))
    if len(keys) == 0:
        return out
    pos = np.minimum(np.searchsorted(keys, query), len(keys) - 1)
    hit = keys[pos] == query
    out[hit] = vals[pos[hit]]
    return out


def top_per_query(keys: np.ndarray, score: np.ndarray, n: int, k: int
                  ) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` best objects per query from sorted ``q * N + o`` keys."""
    if len(keys) == 0 or k <= 0:
        z = np.zeros(0, dtype=np.int64)
        return z, z
    g = keys // n
    order = np.lexsort((-score, g))
    g, o = g[order], keys[order] % n
    keep = (np.arange(len(g)) - np.searchsorted(g, g)) < k
    return g[keep], o[keep]


def top_in_table(table: DecayTable, ids: np.ndarray, n: int, t: float, k: int, col: int
                 ) -> tuple[np.ndarray, np.ndarray]:
    """Per query ``i``, the ``k`` entities ``x`` with the largest decayed counts (rate
    column ``col``) of the keys ``ids[i] * n + x`` of ``table``: ``(query, entity)`` rows
    (the popular objects of a relation, the strongest partners of a subject)."""
    uid, inv = np.unique(ids, return_inverse=True)
    g, keys = table.ranges(uid * n, (uid + 1) * n)
    vals, _, _ = table.lookup(keys, t)
    order = np.lexsort((-vals[:, col], g))
    g, keys = g[order], keys[order]
    keep = (np.arange(len(g)) - np.searchsorted(g, g)) < k
    g, obj = g[keep], keys[keep] - uid[g[keep]] * n
    return expand_rows(inv, g, obj, len(uid))


def key_ranges(keys: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All sorted ``keys`` in ``[lo[i], hi[i])`` as ``(i, key)`` arrays."""
    a, b = np.searchsorted(keys, lo), np.searchsorted(keys, hi)
    lens = b - a
    grp = np.repeat(np.arange(len(lo)), lens)
    idx = np.repeat(a - np.cumsum(lens) + lens, lens) + np.arange(lens.sum())
    return grp, keys[idx]


def expand_rows(
    inv: np.ndarray, g: np.ndarray, obj: np.ndarray, n_unique: int
) -> tuple[np.ndarray, np.ndarray]:
    """Rows ``(g, obj)`` sorted by a unique-value index ``g`` -> rows per query, where query
    ``i`` has unique value ``inv[i]``."""
    lens = np.bincount(g, minlength=n_unique)[inv]
    seg = np.searchsorted(g, np.arange(n_unique))
    rows = np.repeat(np.arange(len(inv)), lens)
    offs = np.arange(len(rows)) - np.repeat(np.cumsum(lens) - lens, lens)
    return rows, obj[np.repeat(seg[inv], lens) + offs]
