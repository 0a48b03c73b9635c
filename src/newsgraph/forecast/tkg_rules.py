"""Rule and relation statistics mined once on the training split for the TKG features
(``tkg_features``): length-1 rule confidences ``W[r', r]`` (static co-occurrence of
relations on entity pairs, and TLogic-like "followed within h steps") and how recurrent
each relation is."""

from __future__ import annotations

import numpy as np
from scipy import sparse


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


def temporal_rule_confidence(
    facts: np.ndarray, n_ent: int, n_rel2: int, horizon: int
) -> np.ndarray:
    """``W[r', r]``: share of ``(s, r', o, t')`` (distinct per pair and timestamp) followed by
    ``(s, r, o)`` within the next ``horizon`` steps (TLogic-like temporal rule confidence)."""
    pair = facts[:, 0].astype(np.int64) * n_ent + facts[:, 2]
    span = int(facts[:, 3].max(initial=0)) + horizon + 2
    uk, inv = np.unique(pair * span + facts[:, 3], return_inverse=True)
    a = sparse.csr_matrix((np.ones(len(inv)), (inv, facts[:, 1])), shape=(len(uk), n_rel2))
    a.data[:] = 1.0
    rows, cols = [], []
    for d in range(1, horizon + 1):
        pos = np.minimum(np.searchsorted(uk, uk + d), len(uk) - 1)
        hit = uk[pos] == uk + d
        rows.append(np.flatnonzero(hit))
        cols.append(pos[hit])
    r_idx, c_idx = np.concatenate(rows), np.concatenate(cols)
    shift = sparse.csr_matrix((np.ones(len(r_idx)), (r_idx, c_idx)), shape=(len(uk), len(uk)))
    b = (shift @ a).tocsr()
    b.data[:] = 1.0
    co = (a.T @ b).toarray()
    support = np.maximum(np.asarray(a.sum(axis=0)).ravel(), 1.0)
    return co / support[:, None]


def relation_profile(facts: np.ndarray, n_ent: int, n_rel2: int) -> np.ndarray:
    """Per relation, the share of its facts whose ``(s, r, o)``, ``(s, *, o)`` and ``(s, r, *)``
    had occurred at an earlier timestamp (how recurrent the relation is), in ``facts``
    (sorted by time). Returns an ``(n_rel2, 3)`` array."""
    s, r, o, t = (facts[:, i].astype(np.int64) for i in range(4))
    out = np.zeros((n_rel2, 3))
    cnt = np.maximum(np.bincount(r, minlength=n_rel2), 1)
    for j, key in enumerate(((s * n_ent + o) * n_rel2 + r, s * n_ent + o, s * n_rel2 + r)):
        _, first, inv = np.unique(key, return_index=True, return_inverse=True)
        seen = t > t[first][inv]
        out[:, j] = np.bincount(r, weights=seen, minlength=n_rel2) / cnt
    return out
