"""Experiment: rank the entities outside the candidate set by the learned model's score
instead of their recent activity (valid expected-rank MRR; needs a cache and recorded
learned scores from ``tkg_experiment.py --emb-dir``, and the saved valid scores)."""

from __future__ import annotations

import argparse
import pickle
from pathlib import Path

import numpy as np

from newsgraph.forecast.metrics import expected_ranks
from newsgraph.forecast.ranker import _same_group_pairs


def ranks(blk, row_scores, emb_dir: Path | None, mix: float) -> np.ndarray:
    gt = blk.group_key[:, 2]
    out = np.zeros(len(blk.q_group))
    q_order = np.argsort(blk.q_group, kind="stable")
    qg = blk.q_group[q_order]
    row_start = np.searchsorted(blk.row_group, np.arange(blk.n_groups + 1))
    q_start = np.searchsorted(qg, np.arange(blk.n_groups + 1))
    shift = float(np.max(np.abs(row_scores))) * 2 + 100.0
    for t in np.unique(gt):
        g0, g1 = np.searchsorted(gt, [t, t + 1])
        prior = blk.priors[int(t)]
        prior = np.log1p(prior) / (np.log1p(prior.max()) + 1.0)
        dense = np.tile(prior, (g1 - g0, 1))
        if emb_dir is not None:
            lp = np.load(emb_dir / f"{int(t)}.npy")
            assert lp.shape[0] == g1 - g0
            dense = dense + mix * (lp - lp.max(axis=1, keepdims=True)) / 50.0
        dense -= shift
        r0, r1 = row_start[g0], row_start[g1]
        dense[blk.row_group[r0:r1] - g0, blk.row_obj[r0:r1]] = row_scores[r0:r1]
        qi = q_order[q_start[g0]:q_start[g1]]
        qrow = blk.q_group[qi] - g0
        fr, fc = _same_group_pairs(qrow, blk.q_target[qi])
        out[qi] = expected_ranks(dense[qrow], blk.q_target[qi], fr, fc)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", required=True)
    ap.add_argument("--emb-dir", required=True)
    args = ap.parse_args()
    _, _, blk = pickle.loads(Path(args.cache).read_bytes())
    sc = np.load(f"{args.cache}.valid_scores.npy")
    base = ranks(blk, sc, None, 0.0)
    print(f"activity tail: MRR={np.mean(1 / base):.4f}")
    for mix in (1.0, 10.0, 100.0, 1000.0):
        r = ranks(blk, sc, Path(args.emb_dir), mix)
        print(f"learned tail mix {mix}: MRR={np.mean(1 / r):.4f}")


if __name__ == "__main__":
    main()
