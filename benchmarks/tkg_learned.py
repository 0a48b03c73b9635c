"""Experiment: stand-alone valid MRR of the harness's learned model (needs torch).

Fits the model exactly as the harness does (on the training facts before the ranker's
window), walks through the window with the online updates, then scores each validation
timestamp before updating on it. Prints the time-aware filtered MRR (expected ranks, both
directions, all entities) and the CPU seconds of the fit, the window walk and the valid
walk. ``name=value`` arguments override fields of ``NeighSettings``, e.g.

    .venv/bin/python benchmarks/tkg_learned.py /work/shared/data/tkg/ICEWS14 dim=128
"""

from __future__ import annotations

import resource
import sys
import time
from dataclasses import fields, replace

import numpy as np

from newsgraph.forecast.bench import train_window
from newsgraph.forecast.tkg_data import load_tkg, with_inverses
from newsgraph.forecast.tkg_neigh import NeighModel, NeighSettings


def settings(items: list[str]) -> NeighSettings:
    base = NeighSettings()
    kinds = {f.name: type(getattr(base, f.name)) for f in fields(base)}
    vals = {k: kinds[k](float(v)) for k, v in (item.split("=") for item in items)}
    return replace(base, **vals)


def valid_rr(model: NeighModel, va: np.ndarray, n_rel2: int) -> np.ndarray:
    """Reciprocal expected ranks of the valid queries (score, then update, per timestamp)."""
    out = []
    for t in np.unique(va[:, 3]):
        ft = va[va[:, 3] == t]
        uq, inv = np.unique(ft[:, 0] * n_rel2 + ft[:, 1], return_inverse=True)
        sc = model.scores(uq // n_rel2, uq % n_rel2, t)
        other = np.ones_like(sc, dtype=bool)
        other[inv, ft[:, 2]] = False  # time-aware filter: every answer of the query
        s, tgt = sc[inv], sc[inv, ft[:, 2]][:, None]
        higher = ((s > tgt) & other[inv]).sum(1)
        ties = ((s == tgt) & other[inv]).sum(1)
        out.append(1.0 / (1 + higher + ties / 2))
        model.update(ft)
    return np.concatenate(out)


def main() -> None:
    data_dir, cfg = sys.argv[1], settings(sys.argv[2:])
    data = load_tkg(data_dir)
    n_ent, n_rel2 = data.num_entities, 2 * data.num_relations
    tr, va = (with_inverses(x, data.num_relations) for x in (data.train, data.valid))
    start = train_window(tr, 60_000, 0.5)[0]
    c0, w0 = time.process_time(), time.perf_counter()
    model = NeighModel(n_ent, n_rel2, cfg, 0).fit(tr[tr[:, 3] < start], None)
    c1 = time.process_time()
    win = tr[tr[:, 3] >= start]
    for t in np.unique(win[:, 3]):
        model.update(win[win[:, 3] == t])
    c2 = time.process_time()
    rr = valid_rr(model, va, n_rel2)
    c3 = time.process_time()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6
    print(f"{' '.join(sys.argv[2:]) or 'default'}: valid MRR={rr.mean():.4f} CPU s fit "
          f"{c1 - c0:.0f} window {c2 - c1:.0f} valid {c3 - c2:.0f}; wall "
          f"{time.perf_counter() - w0:.0f}s; peak {peak:.1f} GB")


if __name__ == "__main__":
    main()
