"""Forecast experiments: build (and cache) the training and validation blocks of the TKG
harness once, then try ranker settings on them (valid expected-rank MRR only; no test)."""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

import numpy as np

from newsgraph.forecast.bench import RULE_HORIZONS, spread, train_window
from newsgraph.forecast.metrics import summarize
from newsgraph.forecast.ranker import Ranker, rank_block, training_rows
from newsgraph.forecast.tkg_data import load_tkg, with_inverses
from newsgraph.forecast.tkg_features import (
    HistoryIndex,
    relation_profile,
    rule_confidence,
    temporal_rule_confidence,
)
from newsgraph.forecast.tkg_model import Settings, collect_block
from newsgraph.forecast.tkg_neigh import make_learned


def build(data_dir: str, embed: bool, target: int, valid_queries: int):
    data = load_tkg(data_dir)
    n_ent, n_rel2 = data.num_entities, 2 * data.num_relations
    tr, va = (with_inverses(x, data.num_relations) for x in (data.train, data.valid))
    window = train_window(tr, target, 0.5)
    index = HistoryIndex(n_ent, n_rel2)
    index.bulk_load(tr[tr[:, 3] < window[0]], float(window[0]))
    index.fit_basis(float(window[0]))
    emb = make_learned(n_ent, n_rel2, tr[tr[:, 3] < window[0]], 0) if embed else None
    rules = np.stack([rule_confidence(tr, n_ent, n_rel2)] + [
        temporal_rule_confidence(tr, n_ent, n_rel2, h) for h in RULE_HORIZONS])
    index.profile = relation_profile(tr, n_ent, n_rel2)
    settings = Settings()
    blk_tr = collect_block(index, tr[tr[:, 3] >= window[0]], window, rules, settings, False,
                           embed=emb)
    vt, vc = np.unique(va[:, 3], return_counts=True)
    blk_va = collect_block(index, va, vt, rules, settings, use=spread(vt, vc, valid_queries),
                           embed=emb)
    return n_ent, blk_tr, blk_va


def recall(blk) -> float:
    n = 10**7
    have = set((blk.row_group * n + blk.row_obj).tolist())
    q = blk.q_group * n + blk.q_target
    return float(np.mean([x in have for x in q.tolist()]))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data_dir")
    ap.add_argument("--cache", required=True)
    ap.add_argument("--no-embed", action="store_true")
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--trees", type=int, default=300)
    ap.add_argument("--leaves", type=int, default=31)
    ap.add_argument("--lr", type=float, default=0.05)
    ap.add_argument("--rows", type=int, default=50)
    ap.add_argument("--trunc", type=int, default=20)
    ap.add_argument("--target", type=int, default=60_000)
    ap.add_argument("--grid", default="100,200,300")
    ap.add_argument("--bag", type=int, default=1)
    args = ap.parse_args()
    t0 = time.perf_counter()
    path = Path(args.cache)
    if path.exists() and not args.rebuild:
        n_ent, blk_tr, blk_va = pickle.loads(path.read_bytes())
    else:
        n_ent, blk_tr, blk_va = build(args.data_dir, not args.no_embed, args.target, 30_000)
        path.write_bytes(pickle.dumps((n_ent, blk_tr, blk_va), protocol=5))
    print(f"blocks ready ({time.perf_counter() - t0:.0f}s); recall train "
          f"{recall(blk_tr):.4f} valid {recall(blk_va):.4f}; X {blk_tr.X.shape}", flush=True)
    params = {"objective": "lambdarank", "num_leaves": args.leaves,
              "learning_rate": args.lr, "n_estimators": args.trees,
              "truncation": args.trunc}
    X, y, sizes = training_rows(blk_tr, args.rows)
    total = {}
    for seed in range(args.bag):
        model = Ranker(params, seed).fit(X, y, sizes)
        print(f"trained seed {seed} ({time.perf_counter() - t0:.0f}s)", flush=True)
        for nt in (int(x) for x in args.grid.split(",")):
            sc = model.score(blk_va.X, nt)
            sc = (sc - sc.mean()) / sc.std()
            total[nt] = total.get(nt, 0) + sc
            mrr = summarize(rank_block(blk_va, sc, n_ent, None))["MRR"]
            bag = summarize(rank_block(blk_va, total[nt], n_ent, None))["MRR"]
            print(f"valid MRR={mrr:.4f} bag={bag:.4f} trees={nt}", flush=True)
        np.save(f"{args.cache}.scores{seed}.npy", model.score(blk_va.X))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
