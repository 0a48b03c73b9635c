"""Loading temporal knowledge graph (TKG) benchmark datasets.

A dataset folder holds ``train.txt``, ``valid.txt`` and ``test.txt`` (whitespace-separated
``subject relation object timestamp [extra]`` integer ids) plus ``entity2id.txt`` and
``relation2id.txt``. Timestamps may use any unit and step; they are mapped to their rank among
the sorted distinct timestamps of all three splits, so one step is one snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass
class TKGData:
    """A TKG dataset with timestamps mapped to ranks ``0..T-1``.

    Each split is an ``(n, 4)`` int64 array of ``(s, r, o, t)``.
    """

    train: np.ndarray
    valid: np.ndarray
    test: np.ndarray
    num_entities: int
    num_relations: int

    @property
    def all_facts(self) -> np.ndarray:
        """Train, valid and test stacked, in time order."""
        return np.concatenate([self.train, self.valid, self.test])


def _count_ids(path: Path) -> int:
    """Number of ids in an ``name<TAB>id`` file (max id + 1)."""
    best = -1
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[-1].strip().lstrip("-").isdigit():
                best = max(best, int(parts[-1]))
    return best + 1


def _read_split(path: Path) -> np.ndarray:
    """Read one split as an ``(n, 4)`` int64 array of raw ``(s, r, o, t)``."""
    rows = np.loadtxt(path, dtype=np.int64, ndmin=2, usecols=(0, 1, 2, 3))
    return rows.reshape(-1, 4)


def load_tkg(data_dir: str | Path) -> TKGData:
    """Load a dataset folder and map timestamps to their rank among distinct values."""
    d = Path(data_dir)
    splits = [_read_split(d / f"{name}.txt") for name in ("train", "valid", "test")]
    times = np.unique(np.concatenate([s[:, 3] for s in splits]))
    for s in splits:
        s[:, 3] = np.searchsorted(times, s[:, 3])
    stacked = np.concatenate(splits)
    n_ent = max(_count_ids(d / "entity2id.txt"), int(stacked[:, [0, 2]].max()) + 1)
    n_rel = max(_count_ids(d / "relation2id.txt"), int(stacked[:, 1].max()) + 1)
    train, valid, test = (s[np.argsort(s[:, 3], kind="stable")] for s in splits)
    return TKGData(train, valid, test, n_ent, n_rel)


def with_inverses(facts: np.ndarray, num_relations: int) -> np.ndarray:
    """Facts plus their inverses ``(o, r + R, s, t)``, sorted by time (stable)."""
    inv = facts[:, [2, 1, 0, 3]].copy()
    inv[:, 1] += num_relations
    both = np.concatenate([facts, inv])
    return both[np.argsort(both[:, 3], kind="stable")]
