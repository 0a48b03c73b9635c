"""Synthetic TKG datasets at the scale of the standard sets that are not in ../shared, for the
robustness round's scale check of ``newsgraph bench tkg`` (docs/forecasting.md, "Other
datasets"). Nothing here is real data; the sets only reproduce sizes, layout and skew.

* ``gdelt``: like RE-NET's GDELT (~1.73M / 0.24M / 0.31M facts, 7,691 entities, 240
  relations, 15-minute steps): 5 tab-separated columns, timestamps in minutes (multiples
  of 15), upper-case entity names without any "(country)" qualifier, CAMEO-like relation
  codes, ``stat.txt``.
* ``wiki``: like RE-NET's WIKI (~540k train facts, 12,554 entities, 24 relations, 232
  yearly steps): facts that hold over intervals of years and are repeated every year (as in
  WIKI and YAGO), Wikidata-style entity names (``Q123``), timestamps as year indices.

Popularity is Zipf-like for entities and relations; a share of the facts of each step
repeats a recent fact (recurrency), the others are new pairs drawn from the popularity.

    python benchmarks/tkg_scale.py gdelt /tmp/tkg_gdelt
    python benchmarks/tkg_scale.py wiki /tmp/tkg_wiki
    /usr/bin/time -v newsgraph bench tkg /tmp/tkg_gdelt
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np


def zipf_weights(n: int, a: float, rng: np.random.Generator) -> np.ndarray:
    """Zipf-like popularity over ``n`` items in a random order."""
    w = 1.0 / np.arange(1, n + 1) ** a
    return rng.permutation(w / w.sum())


def event_stream(n_ent: int, n_rel: int, n_steps: int, n_facts: int, repeat: float,
                 seed: int) -> np.ndarray:
    """``(s, r, o, step)`` facts, ``n_facts`` in all over ``n_steps``; at each step a share
    ``repeat`` of the facts repeats a fact of the last ~20 steps (recent ones more often),
    the rest are drawn from the popularity (objects partly from the subject's own
    neighbourhood block, so the graph has communities)."""
    rng = np.random.default_rng(seed)
    pe, pr = zipf_weights(n_ent, 1.05, rng), zipf_weights(n_rel, 1.2, rng)
    block = rng.integers(0, 64, n_ent)  # communities
    by_block = [np.flatnonzero(block == b) for b in range(64)]
    per_step = rng.poisson(n_facts / n_steps, n_steps).clip(1)
    out: list[np.ndarray] = []
    recent: list[np.ndarray] = []
    for t in range(n_steps):
        n = int(per_step[t])
        pool = np.concatenate(recent) if recent else np.zeros((0, 3), dtype=np.int64)
        n_rep = int(rng.binomial(n, repeat)) if len(pool) else 0
        rep = pool[len(pool) - 1 - np.minimum(rng.geometric(3.0 / max(len(pool), 1), n_rep),
                                               len(pool)) + 1] if n_rep else pool[:0]
        s = rng.choice(n_ent, n - n_rep, p=pe)
        r = rng.choice(n_rel, n - n_rep, p=pr)
        o = rng.choice(n_ent, n - n_rep, p=pe)
        local = rng.random(n - n_rep) < 0.5
        for i in np.flatnonzero(local):
            members = by_block[block[s[i]]]
            o[i] = members[rng.integers(len(members))]
        new = np.c_[s, r, o]
        new = new[new[:, 0] != new[:, 2]]
        step = np.concatenate([rep, new])
        recent = (recent + [step])[-20:]
        out.append(np.c_[step, np.full(len(step), t)])
    return np.concatenate(out).astype(np.int64)


def interval_stream(n_ent: int, n_rel: int, n_steps: int, n_facts: int, seed: int
                    ) -> np.ndarray:
    """WIKI/YAGO-like ``(s, r, o, year)`` facts: relations that hold over intervals of
    years (membership, spouse, employer) give one fact per year of the interval."""
    rng = np.random.default_rng(seed)
    pe, pr = zipf_weights(n_ent, 0.9, rng), zipf_weights(n_rel, 1.0, rng)
    mean_len = 6.0
    n_int = int(n_facts / mean_len * 1.15)
    start = rng.integers(-20, n_steps, n_int)
    length = rng.geometric(1.0 / mean_len, n_int)
    s, r, o = (rng.choice(n_ent, n_int, p=pe), rng.choice(n_rel, n_int, p=pr),
               rng.choice(n_ent, n_int, p=pe))
    reps = np.repeat(np.arange(n_int), length)
    year = start[reps] + (np.arange(len(reps)) - np.repeat(np.cumsum(length) - length, length))
    keep = (year >= 0) & (year < n_steps) & (s[reps] != o[reps])
    reps, year = reps[keep], year[keep]
    facts = np.unique(np.c_[s[reps], r[reps], o[reps], year], axis=0)
    return facts[np.argsort(facts[:, 3], kind="stable")].astype(np.int64)


def split_by_time(facts: np.ndarray, shares: tuple[float, float] = (0.8, 0.9)
                  ) -> list[np.ndarray]:
    """Train / valid / test by timestamp, at the given cumulative shares of the facts."""
    times = facts[:, 3]
    cut = [int(times[min(int(len(facts) * q), len(facts) - 1)]) for q in shares]
    return [facts[times < cut[0]], facts[(times >= cut[0]) & (times < cut[1])],
            facts[times >= cut[1]]]


def write(out: Path, splits: list[np.ndarray], ent_names: list[str], rel_names: list[str],
          time_unit: int, extra: str | None) -> None:
    """Write the RE-NET layout: ``train/valid/test.txt``, ``entity2id.txt``,
    ``relation2id.txt`` and ``stat.txt``."""
    out.mkdir(parents=True, exist_ok=True)
    for name, part in zip(("train", "valid", "test"), splits, strict=True):
        cols = [part[:, 0], part[:, 1], part[:, 2], part[:, 3] * time_unit]
        lines = ["\t".join(map(str, row)) + (f"\t{extra}" if extra else "")
                 for row in np.c_[tuple(cols)].tolist()]
        (out / f"{name}.txt").write_text("\n".join(lines) + "\n")
    (out / "entity2id.txt").write_text("".join(f"{n}\t{i}\n" for i, n in enumerate(ent_names)))
    (out / "relation2id.txt").write_text("".join(f"{n}\t{i}\n"
                                                 for i, n in enumerate(rel_names)))
    (out / "stat.txt").write_text(f"{len(ent_names)}\t{len(rel_names)}\t0\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("kind", choices=["gdelt", "wiki"])
    ap.add_argument("out", type=Path)
    ap.add_argument("--scale", type=float, default=1.0, help="Multiply the fact count.")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    if a.kind == "gdelt":
        n_ent, n_rel, steps = 7691, 240, 2975
        facts = event_stream(n_ent, n_rel, steps, int(2_278_405 * a.scale), 0.55, a.seed)
        splits = split_by_time(facts, (0.761, 0.866))
        ents = [f"ACTOR {i}" for i in range(n_ent)]
        rels = [f"{i // 10:02d}{i % 10}" for i in range(n_rel)]
        write(a.out, splits, ents, rels, 15, "0")
    else:
        n_ent, n_rel, steps = 12554, 24, 232
        facts = interval_stream(n_ent, n_rel, steps, int(669_934 * a.scale), a.seed)
        splits = split_by_time(facts)
        write(a.out, splits, [f"Q{1000 + 7 * i}" for i in range(n_ent)],
              [f"P{10 + i}" for i in range(n_rel)], 1, "0")
    for name, part in zip(("train", "valid", "test"), splits, strict=True):
        print(f"{name}: {len(part)} facts, {len(np.unique(part[:, 3]))} timestamps")


if __name__ == "__main__":
    main()
