"""Experiment: the evolving-embedding model (``tkg_evolve``, RE-GCN style; needs torch).

Fits the model as the harness fits its learned model (on the training facts before the
ranker's window), walks through the window and valid with online updates (each timestamp
scored before the update on it) and prints the stand-alone time-aware filtered valid MRR
(expected ranks, both directions, all entities) with the CPU seconds of each phase.
With ``--cache FILE`` (blocks of ``tkg_experiment.py``) it also writes the model's three
ranker features (log-probability, gap to the query's best, log rank; as ``tkg_embed``)
for every row of the cached window and valid blocks to ``--out FILE.npz``, for
``tkg_experiment.py --extra FILE.npz``. ``name=value`` arguments override
``EvolveSettings``, e.g.

    .venv/bin/python benchmarks/tkg_evolve.py /work/shared/data/tkg/ICEWS14 dim=200
"""

from __future__ import annotations

import argparse
import pickle
import resource
import time
from pathlib import Path

import numpy as np

from newsgraph.forecast.bench import train_window
from newsgraph.forecast.tkg_data import load_tkg, with_inverses
from newsgraph.forecast.tkg_embed import embed_features
from newsgraph.forecast.tkg_evolve import EvolveModel, EvolveSettings, parse_settings


def settings(items: list[str]) -> EvolveSettings:
    return parse_settings(items)


def filtered_rr(sc: np.ndarray, inv: np.ndarray, ft: np.ndarray) -> np.ndarray:
    """Reciprocal expected ranks of the facts ``ft`` (query ``inv[i]`` of the score rows),
    every other answer of the same query at the same time filtered."""
    other = np.ones_like(sc, dtype=bool)
    other[inv, ft[:, 2]] = False
    s, tgt = sc[inv], sc[inv, ft[:, 2]][:, None]
    higher = ((s > tgt) & other[inv]).sum(1)
    ties = ((s == tgt) & other[inv]).sum(1)
    return 1.0 / (1 + higher + ties / 2)


class BlockFeatures:
    """The model's three ranker features for the rows of a cached block."""

    def __init__(self, blk) -> None:
        self.blk = blk
        self.gtime = blk.group_key[:, 2].astype(np.int64)
        self.out = np.zeros((len(blk.row_group), 3), dtype=np.float32)
        self.filled = 0

    def fill(self, t: int, uq: np.ndarray, sc: np.ndarray, n_rel2: int) -> None:
        """Rows of the block's queries at ``t``; ``sc`` are the scores of queries ``uq``."""
        blk = self.blk
        g0, g1 = np.searchsorted(self.gtime, t), np.searchsorted(self.gtime, t, "right")
        if g0 == g1:
            return
        r0, r1 = np.searchsorted(blk.row_group, g0), np.searchsorted(blk.row_group, g1)
        key = blk.group_key[g0:g1, 0] * n_rel2 + blk.group_key[g0:g1, 1]
        pos = np.searchsorted(uq, key)
        assert np.array_equal(uq[pos], key), "block queries differ from the facts'"
        g = pos[blk.row_group[r0:r1] - g0]
        self.out[r0:r1] = embed_features(sc, g, blk.row_obj[r0:r1])
        self.filled += r1 - r0


def walk(model: EvolveModel, facts: np.ndarray, n_rel2: int, feats: list, score: bool):
    """Score (when needed) then update at every timestamp of ``facts``; returns the
    reciprocal ranks when ``score``."""
    rr = []
    for t in np.unique(facts[:, 3]).tolist():
        ft = facts[facts[:, 3] == t]
        uq, inv = np.unique(ft[:, 0] * n_rel2 + ft[:, 1], return_inverse=True)
        if score or feats:
            sc = model.scores(uq // n_rel2, uq % n_rel2, t)
            for bf in feats:
                bf.fill(t, uq, sc, n_rel2)
            if score:
                rr.append(filtered_rr(sc, inv, ft))
        model.update(ft)
    return np.concatenate(rr) if rr else np.zeros(0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data_dir")
    ap.add_argument("overrides", nargs="*", help="EvolveSettings name=value")
    ap.add_argument("--cache", help="tkg_experiment.py blocks to write features for")
    ap.add_argument("--out", help="features file (.npz) for tkg_experiment.py --extra")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    cfg = settings(args.overrides)
    data = load_tkg(args.data_dir)
    n_ent, n_rel2 = data.num_entities, 2 * data.num_relations
    tr, va = (with_inverses(x, data.num_relations) for x in (data.train, data.valid))
    start = train_window(tr, 60_000, 0.5)[0]
    feats = []
    if args.cache:
        _, blk_tr, blk_va = pickle.loads(Path(args.cache).read_bytes())
        feats = [BlockFeatures(blk_tr), BlockFeatures(blk_va)]
    c0, w0 = time.process_time(), time.perf_counter()
    model = EvolveModel(n_ent, n_rel2, cfg, args.seed).fit(tr[tr[:, 3] < start], print)
    c1 = time.process_time()
    walk(model, tr[tr[:, 3] >= start], n_rel2, feats[:1], False)
    c2 = time.process_time()
    rr = walk(model, va, n_rel2, feats[1:], True)
    c3 = time.process_time()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6
    print(f"{' '.join(args.overrides) or 'default'} seed {args.seed}: valid MRR={rr.mean():.4f}"
          f" CPU s fit {c1 - c0:.0f} window {c2 - c1:.0f} valid {c3 - c2:.0f}; wall "
          f"{time.perf_counter() - w0:.0f}s; peak {peak:.1f} GB", flush=True)
    if feats and args.out:
        for bf in feats:
            assert bf.filled == len(bf.out), f"{bf.filled} of {len(bf.out)} rows filled"
        np.savez(args.out, tr=feats[0].out, va=feats[1].out)


if __name__ == "__main__":
    main()
