"""Experiment: valid expected-rank MRR of averaged (standardised) saved valid scores of
several rankers (``tkg_experiment.py --tag``), e.g. to check a bag of different models."""

from __future__ import annotations

import argparse
import pickle
from pathlib import Path

import numpy as np

from newsgraph.forecast.metrics import summarize
from newsgraph.forecast.ranker import rank_block


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", required=True)
    ap.add_argument("scores", nargs="+")
    args = ap.parse_args()
    n_ent, _, blk = pickle.loads(Path(args.cache).read_bytes())
    total = 0
    for f in args.scores:
        sc = np.load(f)
        sc = (sc - sc.mean()) / sc.std()
        mrr = summarize(rank_block(blk, sc, n_ent, None))["MRR"]
        total = total + sc
        bag = summarize(rank_block(blk, total, n_ent, None))["MRR"]
        print(f"{f}: alone {mrr:.4f}, average so far {bag:.4f}")


if __name__ == "__main__":
    main()
