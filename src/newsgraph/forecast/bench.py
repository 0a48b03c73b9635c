"""The TKG benchmark harness (``newsgraph bench tkg``): single-step, both directions,
time-aware filter, random tie-breaking; hyperparameters chosen on the validation split."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from .metrics import summarize
from .ranker import Ranker, has_lightgbm, rank_block, training_rows
from .tkg_budget import DEFAULT_MINUTES, Budget
from .tkg_country import (
    CountryHistory,
    entity_countries,
    infer_countries,
    qualifiers_usable,
    read_entity_names,
)
from .tkg_data import load_tkg, with_inverses
from .tkg_embed import EmbedSettings
from .tkg_features import HistoryIndex
from .tkg_model import Block, Settings, collect_block, lite_settings
from .tkg_neigh import NeighSettings, make_learned
from .tkg_paths import PathRules, warm_up
from .tkg_rules import relation_profile, rule_confidence, temporal_rule_confidence
from .tkg_sector import SectorHistory, entity_sectors

PARAMS: dict[str, Any] = {
    "objective": "lambdarank", "num_leaves": 31, "learning_rate": 0.05, "n_estimators": 300,
    "truncation": 40, "bag": 2,  # LambdaRank truncation level; models averaged (seeds)
    "per_answer": True,  # one training group per answer (ranker.training_rows)
}
TREE_GRID = (50, 100, 200, 300)
SCORE_SHARE = 0.05  # budget share assumed for scoring test rows before it is measured
RULE_HORIZONS = (1, 10)  # steps; the learner weighs the rule scores
WARM_QUERIES = 30_000  # length-2 rules: queries walked before the ranker's window
TEST_CHUNK_ROWS = 4_000_000  # candidate rows per chunk of the test pass (memory)


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
    valid_scores: Callable[[int], np.ndarray], grid: list[int], blk_va: Block, n_ent: int,
    log: Callable[[str], None],
) -> tuple[int, float]:
    """The number of trees (from ``grid``) with the best expected valid MRR;
    ``valid_scores(n)`` scores the valid rows with the first ``n`` trees."""
    best_trees, best_mrr = grid[0], -1.0
    for n_trees in grid:
        mrr = summarize(rank_block(blk_va, valid_scores(n_trees), n_ent, None))["MRR"]
        log(f"valid MRR={mrr:.4f} with {n_trees} trees")
        if mrr > best_mrr:
            best_trees, best_mrr = n_trees, mrr
    return best_trees, best_mrr


def tree_grid(n_estimators: int, built: list[int]) -> list[int]:
    """Tree counts tried on valid: ``TREE_GRID`` up to the trees every model has (plus that
    count itself when a model was stopped early by the time budget)."""
    top = min([n_estimators, *built])
    grid = [n for n in TREE_GRID if n <= top]
    return grid if grid and grid[-1] == top or top >= n_estimators else [*grid, top]


def fit_ranker(
    blk_tr: Block, blk_va: Block, params: dict[str, Any], seed: int, n_ent: int,
    budget: Budget, test_walk_s: float, n_test: int, log: Callable[[str], None],
) -> tuple[Ranker, int, float]:
    """Train the (bagged) ranker within the time budget and choose its number of trees on
    valid. Returns the ranker, the chosen number of trees and the valid MRR."""
    per_answer = bool(params.get("per_answer")) and has_lightgbm()  # groups for LambdaRank
    X, y, sizes = training_rows(blk_tr, per_answer=per_answer)
    model = Ranker(params, seed)
    if not has_lightgbm():
        model.fit(X, y, sizes)
        grid = [n for n in TREE_GRID if n <= params["n_estimators"]]
        return (model, *select_trees(lambda n: model.score(blk_va.X, n), grid, blk_va,
                                     n_ent, log))
    n_est = params["n_estimators"]
    test_rows = len(blk_va.label) / max(len(blk_va.q_group), 1) * n_test
    per_model = SCORE_SHARE * budget.total if np.isfinite(budget.total) else 0.0
    va_scores: list[dict[int, np.ndarray]] = []
    train_s = 0.0
    for k in range(params.get("bag", 1)):
        if not budget.allow_model(k, train_s, per_model, test_walk_s):
            break
        t0 = budget.clock()
        deadline = budget.tree_deadline(test_walk_s + per_model * (k + 1))
        model.fit_one(X, y, sizes, stop=lambda d=deadline: budget.clock() > d)
        t1 = budget.clock()
        va_scores.append({n: model.score_model(k, blk_va.X, n)
                          for n in tree_grid(n_est, model.trees[-1:])})
        per_row_tree = (budget.clock() - t1) / max(len(blk_va.label) * sum(va_scores[-1]), 1)
        per_model = per_row_tree * test_rows * n_est
        train_s = budget.clock() - t0  # training and valid scoring of one model
        log(f"model {k + 1}: {model.trees[-1]} trees, {t1 - t0:.0f}s to train, "
            f"{budget.clock() - t1:.0f}s to score valid")
    if model.trees[0] < n_est:
        budget.note(f"{model.trees[0]} trees instead of {n_est}")
    grid = tree_grid(n_est, model.trees)
    for k, v in enumerate(va_scores):
        v.update({n: model.score_model(k, blk_va.X, n) for n in grid if n not in v})
    best_trees, best_mrr = select_trees(
        lambda n: np.mean([v[n] for v in va_scores], axis=0), grid, blk_va, n_ent, log)
    return model, best_trees, best_mrr


def prepare(
    tr: np.ndarray, n_ent: int, n_rel2: int, start: int, seed: int,
    embed: EmbedSettings | None, log: Callable[[str], None], path_rules: bool = True,
    evolve: Any = None, country: Any = None,
) -> tuple[HistoryIndex, Any, np.ndarray]:
    """History tables of the training facts before ``start`` (the ranker's window), the
    learned embedder fitted on them (``embed``: its settings, ``None``: none) and the rule
    matrices of the training split. With ``path_rules`` the history also carries the
    length-2 rules (``tkg_paths``), their confidences first estimated by walking the
    training timestamps before ``start`` that hold about ``WARM_QUERIES`` queries. With
    ``evolve`` (``tkg_evolve.EvolveSettings``) and a learned embedder, the learned model is
    the list ``[embedder, evolving model]`` (each adds candidates and features).
    ``country`` (``tkg_country.entity_countries``: country per entity and the country's
    own entity; optionally a third item, ``tkg_sector.entity_sectors``) adds the country
    (and sector) tables, candidates and features."""
    index = HistoryIndex(n_ent, n_rel2)
    if country is not None:
        index.country = CountryHistory(country[0], country[1], n_rel2, index.rates)
        if len(country) > 2 and country[2] is not None:
            index.country.sector = SectorHistory(country[2], country[0], n_rel2, index.rates)
    pre = tr[tr[:, 3] < start]
    if path_rules and len(pre):
        warm = train_window(pre, WARM_QUERIES, 0.5)
        index.bulk_load(pre[pre[:, 3] < warm[0]], float(warm[0]))
        index.paths = PathRules(n_ent, n_rel2)
        t0 = time.perf_counter()
        warm_up(index, index.paths, pre[pre[:, 3] >= warm[0]], warm)
        log(f"length-2 rules: {len(index.paths.keys)} from {len(warm)} timestamps "
            f"({time.perf_counter() - t0:.0f}s)")
    else:
        index.bulk_load(pre, float(start))
    index.fit_basis(float(start))
    emb = make_learned(n_ent, n_rel2, tr[tr[:, 3] < start], seed, embed,
                       log) if embed is not None else None
    if evolve is not None and emb is not None:
        emb = [emb, fit_evolve(tr[tr[:, 3] < start], n_ent, n_rel2, seed, evolve, log)]
    rules = np.stack([rule_confidence(tr, n_ent, n_rel2)] + [
        temporal_rule_confidence(tr, n_ent, n_rel2, h) for h in RULE_HORIZONS])
    index.profile = relation_profile(tr, n_ent, n_rel2)
    return index, emb, rules


def countries(data_dir: str | Path, n_ent: int, pre: np.ndarray, how: str | None,
              sector: bool = False, names: list[str] | None = None) -> Any:
    """``tkg_country.entity_countries`` of the dataset's entity names (``how``: ``None``
    for none, ``"names"``, or ``"infer"`` to give the others their partners' country in
    the facts ``pre``), with ``sector`` also the sectors of ``tkg_sector.entity_sectors``.
    ``names`` (by id) replaces the ids file's (``TKGData.entity_names`` of facts given
    as names). ``None`` as well when the names carry no usable "(country)" qualifiers
    (``tkg_country.qualifiers_usable``: GDELT, WIKI, YAGO, numeric ids): the country and
    sector tables, candidates and columns are then left out altogether."""
    if how is None:
        return None
    names = names if names is not None else read_entity_names(data_dir, n_ent)
    if not qualifiers_usable(names):
        return None
    country, home = entity_countries(names)
    sec = entity_sectors(names, country, home) if sector else None
    return (infer_countries(country, pre) if how == "infer" else country), home, sec


def fit_evolve(pre: np.ndarray, n_ent: int, n_rel2: int, seed: int, cfg: Any,
               log: Callable[[str], None]) -> Any:
    """The evolving-embedding model (``tkg_evolve``) fitted on the facts ``pre``."""
    from .tkg_evolve import EvolveModel

    t0 = time.perf_counter()
    model = EvolveModel(n_ent, n_rel2, cfg, seed).fit(pre, log)
    log(f"evolving model fitted ({time.perf_counter() - t0:.0f}s)")
    return model


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
    budget_minutes: float | None = DEFAULT_MINUTES,
    evolve: Any = None,
    country: str | None = "names",
    sector: bool = True,
) -> dict[str, float]:
    """Fit on train, choose the number of trees on valid, evaluate on test (single-step).

    ``embed`` adds the learned-embedding model (``tkg_embed``; needs torch, otherwise the
    harness says so and runs without it), fitted on the facts before the ranker's window.
    ``budget_minutes`` (``None``/0: none) bounds fit + eval: see ``tkg_budget``.
    ``evolve`` (``tkg_evolve.EvolveSettings``, default off) adds a second learned model,
    the evolving one (``prepare``), its fit capped like the first one's.
    ``country`` adds the countries read from the entity names (``tkg_country``; ``None``:
    off; ``"infer"``: also for the entities whose names give none, from their partners
    before the ranker's window). ``sector`` adds the sectors read from the same names
    (``tkg_sector``; needs ``country``; names without a "(qualifier)" give none, and the
    sector columns are then missing everywhere).

    Returns MRR and Hits@1/3/10 (fractions), ``fit_s``, ``eval_s`` and ``valid_MRR``.
    """
    budget = Budget(budget_minutes)
    t0 = time.perf_counter()
    data = load_tkg(data_dir)
    n_ent, n_rel2 = data.num_entities, 2 * data.num_relations
    test = data.test[:max_test] if max_test else data.test
    tr, va, te = (with_inverses(x, data.num_relations) for x in (data.train, data.valid, test))
    log(f"{Path(data_dir).name}: {n_ent} entities, {data.num_relations} relations, "
        f"train/valid/test {len(data.train)}/{len(data.valid)}/{len(test)}")
    window = train_window(tr, target_queries, 0.5)
    cfg = budget.capped(embed_settings or NeighSettings())
    ctry = countries(data_dir, n_ent, tr[tr[:, 3] < window[0]], country, sector,
                     data.entity_names)
    if country is not None and ctry is None:
        log("countries and sectors are off: the entity names carry no \"(country)\" "
            "qualifiers")
    index, emb, rules = prepare(tr, n_ent, n_rel2, window[0], seed, cfg if embed else None,
                                log, evolve=budget.capped(evolve), country=ctry)
    settings = Settings()
    vt, vc = np.unique(va[:, 3], return_counts=True)
    v_use = spread(vt, vc, valid_queries)
    v_q = int(vc[v_use].sum())
    win = tr[tr[:, 3] >= window[0]]
    pace = budget.pacer("training window", len(win), v_q + len(te), len(va) - v_q,
                        budget.train_reserve(), test_facts=len(te))
    blk_tr = collect_block(index, win, window, rules, settings, False, embed=emb, pace=pace)
    settings = lite_settings(settings) if budget.lite else settings
    pace_va = budget.pacer("validation", len(va), len(te), 0, budget.train_reserve(), v_q)
    blk_va = collect_block(index, va, vt, rules, settings, use=v_use, embed=emb,
                           pace=pace_va)
    log(f"features: train rows {len(blk_tr.label)}, valid rows {len(blk_va.label)} "
        f"({time.perf_counter() - t0:.0f}s)")
    rq, rh = pace_va.rates() if pace_va.q_facts else pace.rates()
    log(f"projected test walk {(rq + rh) * len(te):.0f}s")
    model, best_trees, best_mrr = fit_ranker(blk_tr, blk_va, params or PARAMS, seed, n_ent,
                                             budget, (rq + rh) * len(te), len(te), log)
    del blk_tr
    for msg in budget.notes:
        log(f"time budget: {msg}")
    log(f"chosen: {best_trees} trees ({time.perf_counter() - t0:.0f}s)")
    fit_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    asked = np.isin(va[:, 3], np.unique(blk_va.group_key[:, 2])).sum()
    rows_per_fact = len(blk_va.label) / max(asked, 1)
    del blk_va
    ranks = rank_test_split(index, te, rules, settings, emb, lambda x: model.score(x, best_trees),
                       n_ent, seed, rows_per_fact)
    res = summarize(ranks)
    res.update(fit_s=fit_s, eval_s=time.perf_counter() - t1, valid_MRR=best_mrr)
    return res


def rank_test_split(index: HistoryIndex, te: np.ndarray, rules: np.ndarray, settings: Settings,
               emb: Any, score: Callable[[np.ndarray], np.ndarray], n_ent: int, seed: int,
               rows_per_fact: float) -> np.ndarray:
    """The test pass: ranks of every query of the (augmented) test facts ``te``, walked in
    chunks of whole timestamps holding about ``TEST_CHUNK_ROWS`` candidate rows (estimated
    at ``rows_per_fact``), so the feature matrix of a large test split is never held at
    once. Identical to one block: the ranks of a timestamp depend only on its own rows,
    and the tie-breaking ``default_rng(seed)`` is drawn timestamp by timestamp."""
    rng = np.random.default_rng(seed)
    times, counts = np.unique(te[:, 3], return_counts=True)
    per_chunk = max(1, int(TEST_CHUNK_ROWS / max(rows_per_fact, 1e-9)))
    chunk = np.cumsum(counts) // per_chunk
    out = []
    for c in np.unique(chunk):
        ts = times[chunk == c]
        part = te[(te[:, 3] >= ts[0]) & (te[:, 3] <= ts[-1])]
        blk = collect_block(index, part, ts, rules, settings, embed=emb)
        out.append(rank_block(blk, score(blk.X), n_ent, rng))
    return np.concatenate(out)


def format_result(res: dict[str, float]) -> str:
    """The harness's last line."""
    return (f"MRR={res['MRR']:.4f} H@1={res['H@1']:.4f} H@3={res['H@3']:.4f} "
            f"H@10={res['H@10']:.4f} fit_s={res['fit_s']:.0f} eval_s={res['eval_s']:.0f}")
