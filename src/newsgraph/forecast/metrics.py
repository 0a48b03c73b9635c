"""Ranking metrics for TKG forecasting: time-aware filtered ranks with random tie-breaking.

Protocol (Gastinger et al. 2023/2024): for a query ``(s, r, ?, t)`` with true object ``o``,
every *other* entity ``o'`` with ``(s, r, o', t)`` true at the same timestamp ``t`` is removed
before ranking (time-aware filter). Ties are broken at random with a seeded generator:
``rank = 1 + #(scores > true) + U``, with ``U`` uniform on ``0..#ties`` (other entities with
exactly the true entity's score). Its expectation is the mean of the optimistic and the
pessimistic rank, which :func:`expected_ranks` gives.
"""

from __future__ import annotations

import numpy as np


def _counts(
    scores: np.ndarray, targets: np.ndarray, filter_rows: np.ndarray, filter_cols: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Numbers of strictly higher and of tied other entities, after the filter."""
    s = np.array(scores, dtype=np.float64, copy=True)
    rows = np.arange(len(targets))
    true = s[rows, targets].copy()
    if len(filter_rows):
        keep = filter_cols != targets[filter_rows]
        s[filter_rows[keep], filter_cols[keep]] = -np.inf
    higher = (s > true[:, None]).sum(axis=1)
    ties = (s == true[:, None]).sum(axis=1) - 1
    return higher, ties


def filtered_ranks(
    scores: np.ndarray,
    targets: np.ndarray,
    filter_rows: np.ndarray | None = None,
    filter_cols: np.ndarray | None = None,
    rng: np.random.Generator | None = None,
) -> np.ndarray:
    """Ranks (1 = best) of ``targets`` in ``scores`` (queries x entities), ties at random.

    ``filter_rows[i], filter_cols[i]`` name an entity to drop from query ``filter_rows[i]``
    (the true entity itself is never dropped). ``rng`` defaults to ``default_rng(0)``.
    """
    targets = np.asarray(targets, dtype=np.int64)
    fr = np.asarray(filter_rows if filter_rows is not None else [], dtype=np.int64)
    fc = np.asarray(filter_cols if filter_cols is not None else [], dtype=np.int64)
    higher, ties = _counts(scores, targets, fr, fc)
    rng = rng if rng is not None else np.random.default_rng(0)
    return 1 + higher + rng.integers(0, ties + 1)


def expected_ranks(
    scores: np.ndarray,
    targets: np.ndarray,
    filter_rows: np.ndarray | None = None,
    filter_cols: np.ndarray | None = None,
) -> np.ndarray:
    """Expected rank under random tie-breaking: ``1 + higher + ties / 2``."""
    targets = np.asarray(targets, dtype=np.int64)
    fr = np.asarray(filter_rows if filter_rows is not None else [], dtype=np.int64)
    fc = np.asarray(filter_cols if filter_cols is not None else [], dtype=np.int64)
    higher, ties = _counts(scores, targets, fr, fc)
    return 1.0 + higher + ties / 2.0


def summarize(ranks: np.ndarray) -> dict[str, float]:
    """MRR and Hits@1/3/10 (fractions in 0..1) of a rank array."""
    r = np.asarray(ranks, dtype=np.float64)
    if r.size == 0:
        return {"MRR": 0.0, "H@1": 0.0, "H@3": 0.0, "H@10": 0.0}
    return {
        "MRR": float(np.mean(1.0 / r)),
        "H@1": float(np.mean(r <= 1)),
        "H@3": float(np.mean(r <= 3)),
        "H@10": float(np.mean(r <= 10)),
    }


def same_time_filter(
    query_s: np.ndarray, query_r: np.ndarray, facts: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Filter pairs for queries ``(s, r, ?, t)`` given all true ``facts`` at that same ``t``.

    Returns ``(rows, cols)``: for each query row, every object ``o'`` with ``(s, r, o')`` in
    ``facts`` (``facts`` is ``(n, >=3)`` with columns ``s, r, o``, inverses included if
    subject queries are asked).
    """
    n_rel = int(max(query_r.max(initial=0), facts[:, 1].max(initial=0))) + 1
    qkey = query_s.astype(np.int64) * n_rel + query_r
    fkey = facts[:, 0].astype(np.int64) * n_rel + facts[:, 1]
    order = np.argsort(fkey, kind="stable")
    fkey_sorted, fobj = fkey[order], facts[order, 2].astype(np.int64)
    lo = np.searchsorted(fkey_sorted, qkey, side="left")
    hi = np.searchsorted(fkey_sorted, qkey, side="right")
    lens = hi - lo
    rows = np.repeat(np.arange(len(qkey)), lens)
    starts = np.repeat(lo - np.cumsum(lens) + lens, lens)
    idx = starts + np.arange(lens.sum()) if len(rows) else np.zeros(0, dtype=np.int64)
    return rows, fobj[idx]
