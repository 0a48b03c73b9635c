"""The learned combination of history features, and ranking a block over all entities."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from .metrics import expected_ranks, filtered_ranks
from .tkg_model import Block

try:  # LightGBM is optional; sklearn's gradient boosting is the fallback
    import lightgbm as lgb
except ImportError:  # pragma: no cover - depends on the environment
    lgb = None


def has_lightgbm() -> bool:
    """Whether LightGBM is installed (bagging and the training time budget need it)."""
    return lgb is not None


def training_rows(block: Block, max_rows: int = 50, per_answer: bool = False
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows of groups that contain a true candidate among their first ``max_rows`` (by the
    cheap pre-score): ``(X, y, group sizes)``. With ``per_answer``, a query with several
    answers gives one group per answer (that answer and the query's wrong candidates),
    as the time-aware filter ranks each answer without the others at evaluation."""
    g = block.row_group
    first = np.arange(len(g)) - np.searchsorted(g, g) < max_rows
    pos = np.bincount(g, weights=block.label * first, minlength=block.n_groups)
    keep = np.flatnonzero((pos[g] > 0) & first)
    if per_answer:
        idx, sizes = answer_groups(g[keep], block.label[keep] > 0)
        keep = keep[idx]
    else:
        sizes = np.bincount(g[keep])
        sizes = sizes[sizes > 0]
    return block.X[keep], block.label[keep].astype(np.float32), sizes


def answer_groups(group: np.ndarray, true: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For rows sorted by ``group``: one new group per true row, that row followed by the
    false rows of its group. Returns the row indices of all new groups in turn and their
    sizes."""
    ti, fi = np.flatnonzero(true), np.flatnonzero(~true)
    n_g = int(group.max(initial=-1)) + 1
    fstart = np.searchsorted(group[fi], np.arange(n_g + 1))
    n_false = (fstart[1:] - fstart[:-1])[group[ti]]
    sizes = n_false + 1
    out = np.empty(int(sizes.sum()), dtype=np.int64)
    head = np.cumsum(sizes) - sizes
    out[head] = ti
    rows = np.repeat(np.arange(len(ti)), n_false)
    offs = np.arange(len(rows)) - np.repeat(np.cumsum(n_false) - n_false, n_false)
    body = np.ones(len(out), dtype=bool)
    body[head] = False
    out[body] = fi[fstart[group[ti]][rows] + offs]
    return out, sizes


class Ranker:
    """Gradient-boosted ranker over candidate features (LambdaRank when LightGBM exists)."""

    def __init__(self, params: dict[str, Any], seed: int = 0) -> None:
        self.params = dict(params)
        self.seed = seed
        self.model: Any = None
        self.models: list[Any] = []
        self.trees: list[int] = []  # trees built per model

    def fit(self, X: np.ndarray, y: np.ndarray, sizes: np.ndarray) -> Ranker:
        """Fit on rows grouped consecutively by query (``sizes`` per query). With LightGBM,
        ``params["bag"]`` models (seeds ``seed, seed + 1, ...``; rows and features are
        subsampled per tree) are trained and their scores averaged."""
        if lgb is None:
            return self.fit_one(X, y, sizes)
        for _ in range(self.params.get("bag", 1)):
            self.fit_one(X, y, sizes)
        return self

    def fit_one(
        self, X: np.ndarray, y: np.ndarray, sizes: np.ndarray,
        stop: Callable[[], bool] | None = None, min_trees: int = 50,
    ) -> Ranker:
        """Add one model to the bag (seed ``seed + number of models so far``). ``stop``
        (checked after each tree, from ``min_trees`` on) ends its training early; the
        number of trees built is then in :attr:`trees`."""
        p = self.params
        if lgb is None:
            from sklearn.ensemble import HistGradientBoostingClassifier

            empty = np.isnan(X).all(axis=0)  # sklearn cannot bin an all-missing column
            self.model = HistGradientBoostingClassifier(
                max_iter=p["n_estimators"], learning_rate=p["learning_rate"],
                max_leaf_nodes=p["num_leaves"], random_state=self.seed,
            ).fit(np.where(empty, 0.0, X) if empty.any() else X, y)
            self.trees.append(p["n_estimators"])
            return self
        m = self._lgb_model(self.seed + len(self.models))
        callbacks = [_stop_callback(stop, min_trees)] if stop is not None else None
        if isinstance(m, lgb.LGBMRanker):
            m.fit(X, y, group=sizes, callbacks=callbacks)
        else:
            m.fit(X, y, callbacks=callbacks)
        self.models.append(m)
        self.trees.append(m.booster_.current_iteration())
        self.model = self.models[0]
        return self

    def _lgb_model(self, seed: int) -> Any:
        p = self.params
        cls = lgb.LGBMRanker if p.get("objective") == "lambdarank" else lgb.LGBMClassifier
        extra = ({"lambdarank_truncation_level": p.get("truncation", 20)}
                 if cls is lgb.LGBMRanker else {})
        return cls(
            n_estimators=p["n_estimators"],
            learning_rate=p["learning_rate"], num_leaves=p["num_leaves"],
            min_child_samples=p.get("min_child_samples", 50), subsample=0.8,
            subsample_freq=1, colsample_bytree=0.8, random_state=seed,
            n_jobs=2, verbose=-1, **extra,
        )

    def score(self, X: np.ndarray, n_trees: int | None = None) -> np.ndarray:
        """Higher is better; ``n_trees`` uses only the first trees (model selection)."""
        if lgb is not None:
            return np.mean([self.score_model(i, X, n_trees) for i in range(len(self.models))],
                           axis=0)
        if n_trees is None:
            return self.model.decision_function(X)
        stages = self.model.staged_decision_function(X)
        for i, out in enumerate(stages, start=1):
            if i >= n_trees:
                return out
        return self.model.decision_function(X)


    def score_model(self, i: int, X: np.ndarray, n_trees: int | None = None) -> np.ndarray:
        """Raw scores of bagged model ``i`` (LightGBM only)."""
        return self.models[i].booster_.predict(X, num_iteration=n_trees, raw_score=True,
                                               num_threads=2)


def _stop_callback(stop: Callable[[], bool], min_trees: int) -> Callable[[Any], None]:
    def callback(env: Any) -> None:
        if env.iteration + 1 >= min_trees and stop():
            raise lgb.EarlyStopException(env.iteration, [])

    return callback


def rank_block(
    block: Block, row_scores: np.ndarray, n_ent: int, rng: np.random.Generator | None
) -> np.ndarray:
    """Ranks of every query of ``block`` over all entities, time-aware filtered.

    Candidates keep their model score (shifted above everything else); other entities are
    ordered by their recent activity. ``rng=None`` gives expected ranks (ties averaged).
    """
    gt = block.group_key[:, 2]
    ranks = np.zeros(len(block.q_group))
    q_order = np.argsort(block.q_group, kind="stable")
    qg_sorted = block.q_group[q_order]
    row_start = np.searchsorted(block.row_group, np.arange(block.n_groups + 1))
    q_start = np.searchsorted(qg_sorted, np.arange(block.n_groups + 1))
    shift = float(np.max(np.abs(row_scores), initial=0.0)) * 2 + 10.0
    for t in np.unique(gt):
        g0, g1 = np.searchsorted(gt, [t, t + 1])
        prior = block.priors[int(t)]
        prior = np.log1p(prior) / (np.log1p(prior.max()) + 1.0) - shift
        dense = np.tile(prior, (g1 - g0, 1))
        r0, r1 = row_start[g0], row_start[g1]
        dense[block.row_group[r0:r1] - g0, block.row_obj[r0:r1]] = row_scores[r0:r1]
        qi = q_order[q_start[g0] : q_start[g1]]
        qrow = block.q_group[qi] - g0
        fr, fc = _same_group_pairs(qrow, block.q_target[qi])
        if rng is None:
            ranks[qi] = expected_ranks(dense[qrow], block.q_target[qi], fr, fc)
        else:
            ranks[qi] = filtered_ranks(dense[qrow], block.q_target[qi], fr, fc, rng)
    return ranks


def _same_group_pairs(qrow: np.ndarray, target: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each query, the targets of all queries in its group (time-aware filter)."""
    order = np.argsort(qrow, kind="stable")
    gs = qrow[order]
    lo = np.searchsorted(gs, qrow, side="left")
    hi = np.searchsorted(gs, qrow, side="right")
    lens = hi - lo
    rows = np.repeat(np.arange(len(qrow)), lens)
    idx = np.repeat(lo - np.cumsum(lens) + lens, lens) + np.arange(lens.sum())
    return rows, target[order][idx]
