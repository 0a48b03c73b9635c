"""TKG harness with and without the learned-embedding features (the ``torch`` extra).

    .venv/bin/python benchmarks/bench_tkg_embed.py DATA_DIR [--max-test N] [--seed 0]
        [--mode both|embed|plain] [--evolve [name=value ...]]

Runs ``newsgraph.forecast.run_benchmark`` on one dataset folder, once with the learned
ComplEx features (needs torch) and/or once without them, and prints for each run the
harness's final line plus the valid MRR, the process's CPU time and its peak RSS so far.
``--evolve`` adds the evolving-embedding model (``tkg_evolve``) as a second learned model
to the torch run, with ``EvolveSettings`` overrides ``name=value`` (e.g. ``glob=1``).
"""

from __future__ import annotations

import argparse
import resource
import time

from newsgraph.forecast import format_result, run_benchmark
from newsgraph.forecast.tkg_embed import torch_available
from newsgraph.forecast.tkg_evolve import parse_settings


def _run(data_dir: str, max_test: int | None, seed: int, embed: bool,
         evolve: list[str] | None = None) -> None:
    t0 = time.process_time()
    evo = parse_settings(evolve) if evolve is not None and embed else None
    res = run_benchmark(data_dir, max_test=max_test, seed=seed, embed=embed,
                        log=lambda msg: print(msg, flush=True), evolve=evo)
    cpu = time.process_time() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6  # KiB -> GB
    print(f"[{'embed' if embed else 'plain'}] valid_MRR={res['valid_MRR']:.4f} "
          f"cpu_s={cpu:.0f} peak_rss_gb={peak:.1f}")
    print(format_result(res), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir")
    ap.add_argument("--max-test", type=int, default=None)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--mode", choices=("both", "embed", "plain"), default="both")
    ap.add_argument("--evolve", nargs="*", default=None,
                    help="add the evolving-embedding model, EvolveSettings name=value")
    args = ap.parse_args()
    if args.mode != "plain" and not torch_available():
        print("torch is not installed: running without the learned embeddings only")
        args.mode = "plain"
    for embed in (True, False):
        if args.mode == "both" or args.mode == ("embed" if embed else "plain"):
            _run(args.data_dir, args.max_test, args.seed, embed, args.evolve)


if __name__ == "__main__":
    main()
