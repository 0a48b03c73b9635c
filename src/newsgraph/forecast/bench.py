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
from .tkg_features import HistoryIndex, rule_confidence
from .tkg_model import Settings, collect_block

GRID: list[dict[str, Any]] = [
    {"num_leaves": 31, "learning_rate": 0.05, "n_estimators": 300},
    {"num_leaves": 63, "learning_rate": 0.05, "n_estimators": 500},
    {"num_leaves": 15, "learning_rate": 0.1, "n_estimators": 200},
]


def train_window(train_aug: np.ndarray, target_queries: int, max_share: float) -> np.ndarray:
    """The last training timestamps holding about ``target_queries`` (augmented) queries."""
    times, counts = np.unique(train_aug[:, 3], return_counts=True)
    cum = np.cumsum(counts[::-1])
    k = int(np.searchsorted(cum, target_queries)) + 1
    k = max(1, min(k, int(len(times) * max_share)))
    return times[-k:]


def run_benchmark(
    data_dir: str | Path,
    max_test: int | None = None,
    seed: int = 0,
    log: Callable[[str], None] = print,
    grid: list[dict[str, Any]] | None = None,
    target_queries: int = 60_000,
) -> dict[str, float]:
    """Fit on train (+valid for selection), evaluate on test; returns metrics and timings."""
    t0 = time.perf_counter()
    data = load_tkg(data_dir)
    n_ent, n_rel2 = data.num_entities, 2 * data.num_relations
    test = data.test[:max_test] if max_test else data.test
    aug = {k: with_inverses(v, data.num_relations) for k, v in
           (("train", data.train), ("valid", data.valid), ("test", test))}
    log(f"{Path(data_dir).name}: {n_ent} entities, {data.num_relations} relations, "
        f"train/valid/test {len(data.train)}/{len(data.valid)}/{len(test)}")
    rules = rule_confidence(aug["train"], n_ent, n_rel2)
    window = train_window(aug["train"], target_queries, 0.5)
    index = HistoryIndex(n_ent, n_rel2)
    tr = aug["train"]
    index.bulk_load(tr[tr[:, 3] < window[0]], float(window[0]))
    settings = Settings()
    blk_tr = collect_block(index, tr[tr[:, 3] >= window[0]], window, rules, settings, False)
    blk_va = collect_block(index, aug["valid"], np.unique(aug["valid"][:, 3]), rules, settings)
    log(f"features: train rows {len(blk_tr.label)}, valid rows {len(blk_va.label)} "
        f"({time.perf_counter() - t0:.0f}s)")
    X, y, sizes = training_rows(blk_tr)
    best, best_mrr = None, -1.0
    for params in grid or GRID:
        model = Ranker(params, seed).fit(X, y, sizes)
        mrr = summarize(rank_block(blk_va, model.score(blk_va.X), n_ent, None))["MRR"]
        log(f"valid MRR={mrr:.4f} {params} ({time.perf_counter() - t0:.0f}s)")
        if mrr > best_mrr:
            best, best_mrr = model, mrr
    fit_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    blk_te = collect_block(index, aug["test"], np.unique(aug["test"][:, 3]), rules, settings)
    ranks = rank_block(blk_te, best.score(blk_te.X), n_ent, np.random.default_rng(seed))
    res = summarize(ranks)
    res.update(fit_s=fit_s, eval_s=time.perf_counter() - t1, valid_MRR=best_mrr)
    return res


def format_result(res: dict[str, float]) -> str:
    """The harness's last line."""
    return (f"MRR={res['MRR']:.4f} H@1={res['H@1']:.4f} H@3={res['H@3']:.4f} "
            f"H@10={res['H@10']:.4f} fit_s={res['fit_s']:.0f} eval_s={res['eval_s']:.0f}")
