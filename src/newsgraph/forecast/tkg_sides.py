"""The candidate's side of a TKG query ``(s, r, ?, t)``: how ``s`` looks from ``o``.

The other history features describe a candidate ``o`` from the subject's point of view
(``(s, *, o)`` as a share of ``s``'s activity, ``P[s] @ P`` two-hop walks from ``s``).
The same facts look different from ``o``: a small actor whose activity is mostly with
``s``, or whose partners mostly know ``s``, is a likelier answer than a hub with the same
counts. These features add that view; like the others they use facts before ``t`` only.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy import sparse


def keyed_by_pair(walks: sparse.coo_matrix, us: np.ndarray, n: int
                  ) -> tuple[np.ndarray, np.ndarray]:
    """The entries of ``walks`` (one row per subject of ``us``, one column per entity) as
    sorted keys ``s * n + o`` and their values."""
    keys = us[walks.row].astype(np.int64) * n + walks.col
    order = np.argsort(keys)
    return keys[order], walks.data[order]


def backward_two_hop(
    p: sparse.csr_matrix, us: np.ndarray, n: int
) -> tuple[np.ndarray, np.ndarray]:
    """Walks of two steps from each candidate back to each subject of ``us``:
    ``sum_x P[o, x] P[x, s]`` (``P`` row-normalised, so the walk starts from ``o``'s
    point of view), as sorted keys ``s * n + o`` and an ``(m, 1)`` value array."""
    keys, values = keyed_by_pair((p @ p[:, us]).T.tocoo(), us, n)
    return keys, values[:, None]


def object_side(
    index: Any, s: np.ndarray, r_inv: np.ndarray, o: np.ndarray, t: float,
    o_events: np.ndarray, pair_share: np.ndarray, strict_share: np.ndarray,
) -> np.ndarray:
    """Per candidate row (``index`` a ``tkg_features.HistoryIndex``; ``r_inv`` the inverse
    of the query relation): the pair's share of ``o``'s recent activity and
    ``(s, r, o)``'s share of ``(*, r, o)`` (each at two decay rates, given as ``(rows,
    rates)`` arrays), how often ``o`` meets new partners (its number of distinct
    partners, log and per event), and how often it meets new ones under the query
    relation (distinct subjects of ``(*, r, o)``, log and per fact)."""
    n, r2 = index.n_ent, index.n_rel2
    o = np.asarray(o, dtype=np.int64)
    keys = index.tables["so"].keys
    d_o = np.searchsorted(keys, (o + 1) * n) - np.searchsorted(keys, o * n)
    lo = (o * r2 + r_inv) * n
    keys = index.tables["sro"].keys
    d_or = np.searchsorted(keys, lo + n) - np.searchsorted(keys, lo)
    _, or_events, _ = index.tables["sr"].lookup(o * r2 + r_inv, t)
    return np.c_[pair_share[:, [1, 3]], strict_share[:, [1, 3]], np.log1p(d_o),
                 d_o / np.maximum(o_events, 1.0), np.log1p(d_or),
                 d_or / np.maximum(or_events, 1.0)]
