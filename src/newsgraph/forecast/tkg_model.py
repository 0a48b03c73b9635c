"""Feature-based TKG forecaster: history features + a learned ranker (LightGBM or sklearn).

The model walks through time: at each query timestamp it builds candidates and features from
facts strictly before that timestamp, then adds that timestamp's facts to the history
(single-step setting). The ranker is trained on queries from the end of the training split;
validation queries choose its hyperparameters.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from .tkg_embed import embed_candidates, embed_features
from .tkg_features import HistoryIndex
from .tkg_paths import N_FEATURES as N_PATH_FEATURES
from .tkg_paths import subject_rows
from .tkg_spread import lookup_sorted

LITE_CANDIDATES = 50  # candidates per query in the history-only (lite) mode


@dataclass
class Block:
    """Candidates, features and queries for a run of consecutive timestamps."""

    X: list[np.ndarray] = field(default_factory=list)
    row_group: list[np.ndarray] = field(default_factory=list)
    row_obj: list[np.ndarray] = field(default_factory=list)
    label: list[np.ndarray] = field(default_factory=list)
    group_key: list[np.ndarray] = field(default_factory=list)  # (s, r, t) per group
    q_group: list[np.ndarray] = field(default_factory=list)
    q_target: list[np.ndarray] = field(default_factory=list)
    priors: dict[int, np.ndarray] = field(default_factory=dict)
    n_groups: int = 0

    def finish(self) -> None:
        """Concatenate the per-timestamp pieces."""
        for name in ("X", "row_group", "row_obj", "label", "group_key", "q_group", "q_target"):
            parts = getattr(self, name)
            if isinstance(parts, list):
                if parts:
                    setattr(self, name, np.concatenate(parts))
                else:
                    setattr(self, name, np.zeros((0, 3) if name == "group_key" else 0))


@dataclass
class Settings:
    """Candidate generation settings."""

    top_pop: int = 20
    max_cand: int = 100
    top_emb: int = 20  # candidates per query from the learned model (when there is one)
    top_country: int = 20  # candidates per query from (c(s), r) (with countries, tkg_country)
    top_sector: int = 10  # entities of c(s) in the sectors (sec(s), r) goes to (tkg_sector)
    top_slow: int = 0  # long-memory two-hop and partner-spread candidates (0: off)
    lite: bool = False  # history only (the time budget's fallback, see tkg_budget): no
    # walks (two-hop, low-rank, spread), learned models or length-2 rules; their columns
    # stay, as zeros (walks) and missing values (learned, rules)


def collect_block(
    index: HistoryIndex,
    facts: np.ndarray,
    times: np.ndarray,
    rules: np.ndarray,
    settings: Settings,
    keep_priors: bool = True,
    use: np.ndarray | None = None,
    embed: Any = None,
    pace: Any = None,
) -> Block:
    """Build a :class:`Block` for timestamps ``times`` (ascending), advancing ``index``.

    ``facts`` are the inverse-augmented facts at those timestamps (sorted by time). When
    ``use`` (bool per timestamp) is given, only those timestamps become queries; the others
    just enter the history. ``embed`` (a learned model with ``scores(qs, qr, t)`` and
    ``update``, see ``tkg_embed`` and ``tkg_neigh``; or a list of such models) adds
    candidates and features, and is updated with each timestamp's facts after its queries
    are built. ``pace`` (a
    ``tkg_budget.Pacer``) may turn timestamps into history only, when the time budget
    requires it, or switch the walk to ``Settings.lite`` (the rows built until then are
    dropped, so the block is all of one kind).
    """
    block = Block()
    _set_mode(index, settings)
    bounds = np.searchsorted(facts[:, 3], np.r_[times, times[-1] + 1])
    for i, t in enumerate(times):
        ft = facts[bounds[i] : bounds[i + 1]]
        query = bool(len(ft)) and (use is None or use[i])
        query = query and (pace is None or pace.admit(len(ft)))
        if pace is not None and pace.budget.lite and not settings.lite:
            settings, block = lite_settings(settings), Block()
            _set_mode(index, settings)
        t0 = time.perf_counter()
        if query:
            _collect_step(block, index, ft, float(t), rules, settings, keep_priors, embed)
        t1 = time.perf_counter()
        index.add(ft, float(t))
        for model in [] if settings.lite else _models(embed):
            model.update(ft)
        if pace is not None:
            pace.done(len(ft), t1 - t0, time.perf_counter() - t1, query)
    if pace is not None:
        pace.finish()
    block.finish()
    return block


def lite_settings(settings: Settings) -> Settings:
    """``settings`` in the history-only mode, with at most ``LITE_CANDIDATES`` per query."""
    return replace(settings, lite=True, max_cand=min(settings.max_cand, LITE_CANDIDATES))


def _set_mode(index: HistoryIndex, settings: Settings) -> None:
    index.top_slow = 0 if settings.lite else settings.top_slow
    index.lite = settings.lite


def _models(embed: Any) -> list[Any]:
    """The learned models of ``embed`` (``None``, one model or a list of them)."""
    return [] if embed is None else list(embed) if isinstance(embed, list) else [embed]


def _learned_candidates(embs: list[np.ndarray], k: int) -> Any:
    """The candidate rows and summed pre-score bonus of every learned model's scores."""
    if not embs:
        return None
    parts = [embed_candidates(e, k) for e in embs]
    return (np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts]),
            sum(p[2] for p in parts))


def _with_rows(extra: Any, g: np.ndarray, o: np.ndarray, shape: tuple[int, int]) -> Any:
    """``extra`` candidate rows (``None`` or ``(g, o, dense bonus)``) plus rows ``(g, o)``."""
    if extra is None:
        return g, o, np.zeros(shape)
    return np.concatenate([extra[0], g]), np.concatenate([extra[1], o]), extra[2]


def _collect_step(
    block: Block, index: HistoryIndex, ft: np.ndarray, t: float, rules: np.ndarray,
    settings: Settings, keep_priors: bool, embed: Any = None,
) -> None:
    n = index.n_ent
    qkey = ft[:, 0].astype(np.int64) * index.n_rel2 + ft[:, 1]
    uq, q_inv = np.unique(qkey, return_inverse=True)
    qs, qr = uq // index.n_rel2, uq % index.n_rel2
    models = _models(embed)
    embs = [] if settings.lite else [model.scores(qs, qr, t) for model in models]
    extra = _learned_candidates(embs, settings.top_emb)
    if index.country is not None:
        extra = _with_rows(extra, *index.country.candidates(qs, qr, t, settings.top_country,
                                                             settings.top_sector),
                           (len(qs), n))
    paths = getattr(index, "paths", None)
    if paths is not None and not settings.lite:
        keys, vals = paths.score(index, qs, qr, t, subject_rows(index, qs, t))
    g, o = index.candidates(qs, qr, t, settings.top_pop, settings.max_cand, extra)
    X = index.features(qs, qr, g, o, t, rules)
    if settings.lite:  # the learned and rule columns, missing
        width = (N_PATH_FEATURES if paths is not None else 0) + 3 * len(models)
        X = np.hstack([X, np.full((len(g), width), np.nan, dtype=np.float32)])
    elif paths is not None:
        X = np.hstack([X, lookup_sorted(keys, vals, g * n + o).astype(np.float32)])
    for emb in embs:
        X = np.hstack([X, embed_features(emb, g, o)])
    if index.country is not None:
        X = np.hstack([X, index.country.features(index, qs[g], qr[g], o, t)])
    truth = np.unique(q_inv.astype(np.int64) * n + ft[:, 2])
    label = np.isin(g * n + o, truth).astype(np.int8)
    if paths is not None and not settings.lite:
        paths.learn(truth)
    off = block.n_groups
    block.X.append(X)
    block.row_group.append(g + off)
    block.row_obj.append(o)
    block.label.append(label)
    block.group_key.append(np.c_[qs, qr, np.full(len(uq), int(t))])
    block.q_group.append(q_inv + off)
    block.q_target.append(ft[:, 2].astype(np.int64))
    if keep_priors:
        block.priors[int(t)] = index.entity_prior(t)
    block.n_groups += len(uq)
