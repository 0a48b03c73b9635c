"""The TKG benchmark harness (``newsgraph bench tkg``): single-step, both directions,
time-aware filter, random tie-breaking; hyperparameters chosen on the validation split."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from .metrics import summarize
from .ranker import Ranker, rank_block, training_rows
from .tkg_data import load_tkg, with_inverses
from .tkg_embed import EmbedSettings, make_embedder
from .tkg_features import (
    HistoryIndex,
    relation_profile,
    rule_confidence,
    temporal_rule_confidence,
)
from .tkg_model import Block, Settings, collect_block

PARAMS: dict[str, Any] = {
    "objective": "lambdarank", "num_leaves": 31, "learning_rate": 0.05, "n_estimators": 300,
    "truncation": 40, "bag": 2,  # LambdaRank truncation level; models averaged (seeds)
}
TREE_GRID = (50, 100, 200, 300)
RULE_HORIZONS = (1, 10)  # steps; the learner weighs the rule scores


def spread(times: np.ndarray, counts: np.ndarray, budget: int) -> np.ndarray:
    """Evenly spaced timestamps (bool mask) holding about ``budget`` queries in total."""
    step = max(1, int(np.ceil(counts.sum() / max(budget, 1))))
    use = np.zeros(len(times), dtype=bool)
    use[::step] = True
    return use


def train_window(train_aug: np.ndarray, target_queries: int, max_share: float) -> np.ndarray:
    """The last training timestamps holding about ``target_queries`` (augmented) queries."""
    times, counts = np.unique(train_aug[:, 3], return_counts=True)
    cum = np.cumsum(counts[::-1])
    k = int(np.searchsorted(cum, target_queries)) + 1
    k = max(1, min(k, int(len(times) * max_share)))
    return times[-k:]


def select_trees(
    blk_va: Block, model: Ranker, n_ent: int, log: Callable[[str], None]
) -> tuple[int, float]:
    """The number of trees (from ``TREE_GRID``) with the best expected valid MRR."""
    best_trees, best_mrr = TREE_GRID[0], -1.0
    for n_trees in TREE_GRID:
        if n_trees > model.params["n_estimators"]:
            break
        mrr = summarize(rank_block(blk_va, model.score(blk_va.X, n_trees), n_ent, None))["MRR"]
        log(f"valid MRR={mrr:.4f} with {n_trees} trees ({model.params.get('objective')})")
        if mrr > best_mrr:
            best_trees, best_mrr = n_trees, mrr
    return best_trees, best_mrr


def run_benchmark(
    data_dir: str | Path,
    max_test: int | None = None,
    seed: int = 0,
    log: Callable[[str], None] = print,
    params: dict[str, Any] | None = None,
    target_queries: int = 60_000,
    valid_queries: int = 30_000,
    embed: bool = True,
    embed_settings: EmbedSettings | None = None,
) -> dict[str, float]:
    """Fit on train, choose the number of trees on valid, evaluate on test (single-step).

    ``embed`` adds the learned-embedding model (``tkg_embed``; needs torch, otherwise the
    harness says so and runs without it), fitted on the facts before the ranker's window.

    Returns MRR and Hits@1/3/10 (fractions), ``fit_s``, ``eval_s`` and ``valid_MRR``.
    """
    t0 = time.perf_counter()
    data = load_tkg(data_dir)
    n_ent, n_rel2 = data.num_entities, 2 * data.num_relations
    test = data.test[:max_test] if max_test else data.test
    tr, va, te = (with_inverses(x, data.num_relations) for x in (data.train, data.valid, test))
    log(f"{Path(data_dir).name}: {n_ent} entities, {data.num_relations} relations, "
        f"train/valid/test {len(data.train)}/{len(data.valid)}/{len(test)}")
    window = train_window(tr, target_queries, 0.5)
    index = HistoryIndex(n_ent, n_rel2)
    index.bulk_load(tr[tr[:, 3] < window[0]], float(window[0]))
    index.fit_basis(float(window[0]))
    emb = make_embedder(n_ent, n_rel2, tr[tr[:, 3] < window[0]], seed, embed_settings,
                        log) if embed else None
    rules = np.stack([rule_confidence(tr, n_ent, n_rel2)] + [
        temporal_rule_confidence(tr, n_ent, n_rel2, h) for h in RULE_HORIZONS])
    settings = Settings()
    index.profile = relation_profile(tr, n_ent, n_rel2)
    blk_tr = collect_block(index, tr[tr[:, 3] >= window[0]], window, rules, settings, False,
                           embed=emb)
    vt, vc = np.unique(va[:, 3], return_counts=True)
    blk_va = collect_block(index, va, vt, rules, settings, use=spread(vt, vc, valid_queries),
                           embed=emb)
    log(f"features: train rows {len(blk_tr.label)}, valid rows {len(blk_va.label)} "
        f"({time.perf_counter() - t0:.0f}s)")
    model = Ranker(params or PARAMS, seed).fit(*training_rows(blk_tr))
    del blk_tr
    best_trees, best_mrr = select_trees(blk_va, model, n_ent, log)
    log(f"chosen: {best_trees} trees ({time.perf_counter() - t0:.0f}s)")
    fit_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    blk_te = collect_block(index, te, np.unique(te[:, 3]), rules, settings, embed=emb)
    scores = model.score(blk_te.X, best_trees)
    ranks = rank_block(blk_te, scores, n_ent, np.random.default_rng(seed))
    res = summarize(ranks)
    res.update(fit_s=fit_s, eval_s=time.perf_counter() - t1, valid_MRR=best_mrr)
    return res


def format_result(res: dict[str, float]) -> str:
    """The harness's last line."""
    return (f"MRR={res['MRR']:.4f} H@1={res['H@1']:.4f} H@3={res['H@3']:.4f} "
            f"H@10={res['H@10']:.4f} fit_s={res['fit_s']:.0f} eval_s={res['eval_s']:.0f}")
