"""Forecast experiments: build (and cache) the training and validation blocks of the TKG
harness once, then try ranker settings on them (valid expected-rank MRR only; no test).

``--emb-dir DIR`` records the learned model's scores of every query timestamp on the first
build and replays them on later builds (``--rebuild``), so blocks with new history
features or candidate sources can be rebuilt without torch and with identical learned
scores. ``--set name=value`` overrides a field of ``tkg_model.Settings``.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from dataclasses import fields, replace
from pathlib import Path

import numpy as np

from newsgraph.forecast.bench import countries, prepare, spread, train_window
from newsgraph.forecast.metrics import summarize
from newsgraph.forecast.ranker import Ranker, rank_block, training_rows
from newsgraph.forecast.tkg_data import load_tkg, with_inverses
from newsgraph.forecast.tkg_evolve import EvolveSettings
from newsgraph.forecast.tkg_model import Settings, collect_block
from newsgraph.forecast.tkg_neigh import NeighSettings, make_learned


class Recorded:
    """Wraps a learned model: saves its scores per timestamp (``record``) or replays them."""

    def __init__(self, path: Path, model=None) -> None:
        self.path, self.model = path, model
        path.mkdir(parents=True, exist_ok=True)

    def scores(self, qs, qr, t):
        f = self.path / f"{int(t)}.npy"
        if self.model is None:
            return np.load(f)
        out = self.model.scores(qs, qr, t)
        np.save(f, out.astype(np.float32))
        return out

    def update(self, ft) -> None:
        if self.model is not None:
            self.model.update(ft)


def build(data_dir: str, embed: bool, target: int, valid_queries: int,
          settings: Settings, emb_dir: str | None = None, paths: bool = True,
          emb_cfg: NeighSettings | None = None, evolve: list[str] | None = None,
          country: str | None = None, sector: bool = False):
    data = load_tkg(data_dir)
    n_ent, n_rel2 = data.num_entities, 2 * data.num_relations
    tr, va = (with_inverses(x, data.num_relations) for x in (data.train, data.valid))
    window = train_window(tr, target, 0.5)
    ctry = countries(data_dir, n_ent, tr[tr[:, 3] < window[0]], country, sector)
    if country == "infer":
        print(f"countries: {np.mean(ctry[0] >= 0):.3f} of entities (inferred from partners)")
    index, _, rules = prepare(tr, n_ent, n_rel2, window[0], 0, None, print, paths,
                              country=ctry)
    emb = None
    if emb_dir and (Path(emb_dir) / "done").exists():
        emb = Recorded(Path(emb_dir))
    elif embed:
        emb = make_learned(n_ent, n_rel2, tr[tr[:, 3] < window[0]], 0, emb_cfg)
        emb = Recorded(Path(emb_dir), emb) if emb_dir else emb
    if evolve is not None:  # a second learned model: candidates and features of its own
        from newsgraph.forecast.tkg_evolve import EvolveModel

        evo = EvolveModel(n_ent, n_rel2, parse_set(evolve, EvolveSettings()), 0)
        emb = [emb, evo.fit(tr[tr[:, 3] < window[0]], print)]
    blk_tr = collect_block(index, tr[tr[:, 3] >= window[0]], window, rules, settings, False,
                           embed=emb)
    vt, vc = np.unique(va[:, 3], return_counts=True)
    blk_va = collect_block(index, va, vt, rules, settings, use=spread(vt, vc, valid_queries),
                           embed=emb)
    first = emb[0] if isinstance(emb, list) else emb
    if emb_dir and isinstance(first, Recorded) and first.model is not None:
        (Path(emb_dir) / "done").write_text("ok")
    return n_ent, blk_tr, blk_va


def recall(blk) -> float:
    n = 10**7
    have = set((blk.row_group * n + blk.row_obj).tolist())
    q = blk.q_group * n + blk.q_target
    return float(np.mean([x in have for x in q.tolist()]))


def pair_kinds(data_dir: str, blk) -> np.ndarray:
    """Per valid query: 0 = (s, o) met before (any relation, either direction), 1 = new
    pair of known entities, 2 = subject or answer never seen before."""
    data = load_tkg(data_dir)
    n = data.num_entities
    allf = with_inverses(np.concatenate([data.train, data.valid]), data.num_relations)
    key = allf[:, 0] * n + allf[:, 2]
    uk, first = np.unique(key, return_index=True)
    ent_first = np.full(n, np.iinfo(np.int64).max)
    np.minimum.at(ent_first, allf[:, 0], allf[:, 3])
    s = blk.group_key[blk.q_group, 0]
    t = blk.group_key[blk.q_group, 2]
    o = blk.q_target
    pos = np.searchsorted(uk, s * n + o)
    seen = allf[first[np.minimum(pos, len(uk) - 1)], 3] < t
    kind = np.where(seen, 0, 1)
    kind[(ent_first[s] >= t) | (ent_first[o] >= t)] = 2
    return kind


def future_labels(data_dir: str, blk, k: int) -> np.ndarray:
    """Training labels 2 (true at t), 1 (true in the next ``k`` training steps), else 0."""
    data = load_tkg(data_dir)
    n, r2 = data.num_entities, 2 * data.num_relations
    tr = with_inverses(data.train, data.num_relations)
    span = int(tr[:, 3].max()) + k + 2
    key = np.unique(((tr[:, 0] * r2 + tr[:, 1]) * n + tr[:, 2]) * span + tr[:, 3])
    gk = blk.group_key[blk.row_group]
    base = ((gk[:, 0] * r2 + gk[:, 1]) * n + blk.row_obj) * span + gk[:, 2]
    near = np.zeros(len(base), dtype=bool)
    for d in range(1, k + 1):
        pos = np.minimum(np.searchsorted(key, base + d), len(key) - 1)
        near |= key[pos] == base + d
    lab = np.where(blk.label > 0, 2, near.astype(np.int8)).astype(np.int8)
    print(f"future labels: {np.mean(lab == 1):.4f} of rows near-future, "
          f"{np.mean(lab == 2):.4f} true", flush=True)
    return lab


def recency_weights(blk, max_rows: int, half_life: float) -> np.ndarray:
    """Per training row (as kept by ``training_rows``): ``0.5 ** (age / half_life)``, age
    the share of the block's span from its last query timestamp; constant within a query."""
    g = blk.row_group
    first = np.arange(len(g)) - np.searchsorted(g, g) < max_rows
    pos = np.bincount(g, weights=blk.label * first, minlength=blk.n_groups)
    keep = (pos[g] > 0) & first
    t = blk.group_key[g[keep], 2].astype(float)
    w = 0.5 ** ((t.max() - t) / max(t.max() - t.min(), 1.0) / half_life)
    print(f"recency weights: half-life {half_life}, mean {w.mean():.3f}, min {w.min():.3f}")
    return w.astype(np.float32)


def parse_set(items: list[str], base=None):
    """``name=value`` overrides of the fields of ``base`` (default ``Settings()``)."""
    base = Settings() if base is None else base
    kinds = {f.name: f.type for f in fields(base)}
    vals = {}
    for item in items:
        k, v = item.split("=")
        kind = str(kinds[k])
        vals[k] = (float(v) if "float" in kind else v.lower() in ("1", "true") if "bool" in kind
                   else int(float(v)))
    return replace(base, **vals)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data_dir")
    ap.add_argument("--cache", required=True)
    ap.add_argument("--emb-dir")
    ap.add_argument("--no-embed", action="store_true")
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--no-paths", action="store_true", help="without the length-2 rules")
    ap.add_argument("--set", nargs="*", default=[])
    ap.add_argument("--emb-set", nargs="*", default=[],
                    help="overrides of the learned model's NeighSettings, e.g. dim=128")
    ap.add_argument("--evolve", nargs="*", default=None,
                    help="add the evolving-embedding model (tkg_evolve) as a second learned "
                         "model on the build, with EvolveSettings overrides name=value")
    ap.add_argument("--country", nargs="?", const="names", default=None,
                    help="countries from the entity names (tkg_country) on the build; "
                         "'infer': also for the others, from their partners")
    ap.add_argument("--sector", action="store_true",
                    help="with --country: also the sectors of the names (tkg_sector)")
    ap.add_argument("--per-answer", action="store_true",
                    help="one LambdaRank group per answer (training_rows(per_answer=True))")
    ap.add_argument("--trees", type=int, default=300)
    ap.add_argument("--leaves", type=int, default=31)
    ap.add_argument("--lr", type=float, default=0.05)
    ap.add_argument("--rows", type=int, default=50)
    ap.add_argument("--trunc", type=int, default=40)
    ap.add_argument("--target", type=int, default=60_000)
    ap.add_argument("--grid", default="100,200,300")
    ap.add_argument("--bag", type=int, default=1)
    ap.add_argument("--seed0", type=int, default=0)
    ap.add_argument("--tag", default="", help="save each model's valid scores under it")
    ap.add_argument("--drop", default="", help="feature columns to drop, e.g. 90:95")
    ap.add_argument("--extra", nargs="*", default=[],
                    help=".npz files of extra feature columns (arrays tr and va, one row "
                         "per block row), e.g. from benchmarks/tkg_evolve.py")
    ap.add_argument("--future", type=int, default=0,
                    help="graded labels: 1 for (s, r, o) true within the next K steps")
    ap.add_argument("--gain", type=float, default=0.3, help="label gain of those")
    ap.add_argument("--half-life", type=float, default=0.0,
                    help="weight training queries by 0.5 ** (age / H), age as a share of the "
                         "window's span (0 at its end, 1 at its start)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    path = Path(args.cache)
    if path.exists() and not args.rebuild:
        n_ent, blk_tr, blk_va = pickle.loads(path.read_bytes())
    else:
        n_ent, blk_tr, blk_va = build(args.data_dir, not args.no_embed, args.target, 30_000,
                                      parse_set(args.set), args.emb_dir, not args.no_paths,
                                      parse_set(args.emb_set, NeighSettings()), args.evolve,
                                      args.country, args.sector)
        with path.open("wb") as f:  # streamed: no second copy of the blocks in memory
            pickle.dump((n_ent, blk_tr, blk_va), f, protocol=5)
    if args.drop:
        a, b = (int(x) for x in args.drop.split(":"))
        keep = np.r_[0:a, b:blk_tr.X.shape[1]]
        blk_tr.X, blk_va.X = blk_tr.X[:, keep], blk_va.X[:, keep]
    for name in args.extra:
        add = np.load(name)
        blk_tr.X, blk_va.X = np.hstack([blk_tr.X, add["tr"]]), np.hstack([blk_va.X, add["va"]])
    kind = pair_kinds(args.data_dir, blk_va)
    n_rel2 = 2 * load_tkg(args.data_dir).num_relations
    print(f"blocks ready ({time.perf_counter() - t0:.0f}s); recall train "
          f"{recall(blk_tr):.4f} valid {recall(blk_va):.4f}; X {blk_tr.X.shape}; "
          f"valid kinds {np.bincount(kind, minlength=3) / len(kind)}", flush=True)
    params = {"objective": "lambdarank", "num_leaves": args.leaves,
              "learning_rate": args.lr, "n_estimators": args.trees,
              "truncation": args.trunc}
    if args.future:
        blk_tr.label = future_labels(args.data_dir, blk_tr, args.future)
        params["label_gain"] = [0.0, args.gain, 1.0]
    if args.per_answer and args.half_life:
        ap.error("--per-answer and --half-life do not combine (weights are per row)")
    X, y, sizes = training_rows(blk_tr, args.rows, args.per_answer)
    weight = recency_weights(blk_tr, args.rows, args.half_life) if args.half_life else None
    total = {}
    for seed in range(args.seed0, args.seed0 + args.bag):
        model = Ranker(params, seed)
        if weight is None:
            model.fit(X, y, sizes)
        else:
            model.models.append(model._lgb_model(seed).fit(X, y, group=sizes,
                                                           sample_weight=weight))
        print(f"trained seed {seed} ({time.perf_counter() - t0:.0f}s)", flush=True)
        for nt in (int(x) for x in args.grid.split(",")):
            sc = model.score(blk_va.X, nt)
            sc = (sc - sc.mean()) / sc.std()
            total[nt] = total.get(nt, 0) + sc
            rr = 1.0 / rank_block(blk_va, sc, n_ent, None)
            bag = summarize(rank_block(blk_va, total[nt], n_ent, None))["MRR"]
            parts = " ".join(f"{rr[kind == k].mean():.4f}" for k in range(3))
            inv = blk_va.group_key[blk_va.q_group, 1] >= n_rel2 // 2
            print(f"valid MRR={rr.mean():.4f} bag={bag:.4f} trees={nt} by kind {parts} "
                  f"obj/subj {rr[~inv].mean():.4f}/{rr[inv].mean():.4f}", flush=True)
        if args.tag:
            np.save(f"{args.cache}.{args.tag}.s{seed}.npy", sc)
    np.save(f"{args.cache}.valid_scores.npy", total[max(total)])
    sys.stdout.flush()


if __name__ == "__main__":
    main()
