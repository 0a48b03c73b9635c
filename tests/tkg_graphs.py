"""Hand-made temporal graphs for the forecasting model tests."""

from __future__ import annotations

import numpy as np


def copy_graph(rng: np.random.Generator, times: range) -> np.ndarray:
    """Subjects 0-3 do relation 1 with a random entity of 4-7 at t, and relation 0 with
    the same entity at t + 1: only the previous snapshot (the recent neighbourhood)
    predicts relation 0. Rows are (subject, relation, object, time), inverse relations
    (+2) included, sorted by time."""
    rows = []
    for t in times:
        for s in range(4):
            x = int(rng.integers(4, 8))
            rows += [[s, 1, x, t], [s, 0, x, t + 1]]
    f = np.array(rows)
    inv = f[:, [2, 1, 0, 3]].copy()
    inv[:, 1] += 2
    both = np.concatenate([f, inv])
    return both[np.argsort(both[:, 3], kind="stable")]


def with_inverses(facts: list[list[int]], n_rel: int) -> np.ndarray:
    """Hand-written (subject, relation, object, time) rows plus their inverses (relation +
    ``n_rel``), sorted by time."""
    f = np.array(facts, dtype=np.int64)
    inv = f[:, [2, 1, 0, 3]].copy()
    inv[:, 1] += n_rel
    out = np.concatenate([f, inv])
    return out[np.argsort(out[:, 3], kind="stable")]


def write_split_dataset(folder, lines: list[str], names: list[str], relations: int = 2,
                        valid_from: int = 20, test_from: int = 25) -> None:
    """Write time-ordered ``subject relation object time`` lines as a TKG dataset folder:
    train before ``valid_from``, valid before ``test_from``, test after; entity names."""
    cut1 = sum(1 for ln in lines if int(ln.split()[3]) < valid_from)
    cut2 = sum(1 for ln in lines if int(ln.split()[3]) < test_from)
    folder.mkdir(parents=True, exist_ok=True)
    for name, part in (("train", lines[:cut1]), ("valid", lines[cut1:cut2]),
                       ("test", lines[cut2:])):
        (folder / f"{name}.txt").write_text("\n".join(part) + "\n")
    (folder / "entity2id.txt").write_text("".join(f"{n}\t{i}\n" for i, n in enumerate(names)))
    (folder / "relation2id.txt").write_text("".join(f"R{r}\t{r}\n" for r in range(relations)))


# A small LambdaRank ranker for end-to-end harness tests on tiny graphs.
SMALL_RANKER = {"objective": "lambdarank", "num_leaves": 7, "learning_rate": 0.1,
                "n_estimators": 50, "min_child_samples": 5, "bag": 1}


def harness_mrr(folder, ranker: dict | None = None, **options) -> float:
    """The harness's test MRR on ``folder`` with the small ranker (``ranker`` overrides
    some of its parameters; the training groups are the harness's default,
    ``PARAMS["per_answer"]``), no learned model."""
    from newsgraph.forecast import run_benchmark
    from newsgraph.forecast.bench import PARAMS

    params = {**SMALL_RANKER, "per_answer": PARAMS["per_answer"], **(ranker or {})}
    return run_benchmark(folder, seed=0, log=lambda _: None, params=params, embed=False,
                         budget_minutes=0, **options)["MRR"]


def walked_blocks(index, plain, facts: np.ndarray, n_rel: int):
    """The feature blocks the ranker's walk collects over the facts after time 0 (queries
    at times 1 and 2) for ``index`` and for a ``plain`` index, both loaded with the facts
    at time 0: the second tells which columns the first adds."""
    from newsgraph.forecast.tkg_model import Settings, collect_block

    for ix in (index, plain):
        ix.bulk_load(facts[facts[:, 3] == 0], 1.0)
        ix.fit_basis(1.0)
    rules = np.zeros((n_rel, n_rel))
    late = facts[facts[:, 3] >= 1]
    return (collect_block(index, late, np.array([1, 2]), rules, Settings()),
            collect_block(plain, late, np.array([1, 2]), rules, Settings()))
