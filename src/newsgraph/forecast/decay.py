"""Exponentially decayed event counts keyed by int64 ids, updated one timestamp at a time.

A :class:`DecayTable` keeps, per key, counts decayed with several rates ``lambda_k``
(``sum_i exp(-lambda_k * (t - t_i))`` over past occurrences ``t_i``), the raw count and the last
time seen. Values are stored as of the key's last update and decayed lazily at lookup, so an
update touches only the keys that occur at the new timestamp.
"""

from __future__ import annotations

import numpy as np


class DecayTable:
    """Sorted-key table of decayed counts (vectorised; no per-key Python loops)."""

    def __init__(self, rates: np.ndarray) -> None:
        self.rates = np.asarray(rates, dtype=np.float64)
        self.keys = np.zeros(0, dtype=np.int64)
        self.vals = np.zeros((0, len(self.rates)))
        self.count = np.zeros(0)
        self.last = np.zeros(0)
        self.ref = np.zeros(0)

    def __len__(self) -> int:
        return len(self.keys)

    def bulk_load(self, keys: np.ndarray, times: np.ndarray, now: float) -> None:
        """Replace the content with occurrences ``(keys, times)``, all before ``now``."""
        uk, inv = np.unique(keys, return_inverse=True)
        w = np.exp(-np.outer(now - times.astype(np.float64), self.rates))
        vals = np.zeros((len(uk), len(self.rates)))
        for k in range(len(self.rates)):
            vals[:, k] = np.bincount(inv, weights=w[:, k], minlength=len(uk))
        last = np.full(len(uk), -np.inf)
        np.maximum.at(last, inv, times.astype(np.float64))
        self.keys, self.vals = uk, vals
        self.count = np.bincount(inv, minlength=len(uk)).astype(np.float64)
        self.ref = np.full(len(uk), float(now))
        self.last = last

    def add(self, keys: np.ndarray, t: float) -> None:
        """Record occurrences of ``keys`` (repeats allowed) at time ``t``."""
        if len(keys) == 0:
            return
        uk, cnt = np.unique(keys, return_counts=True)
        pos = np.searchsorted(self.keys, uk)
        found = pos < len(self.keys)
        found[found] = self.keys[pos[found]] == uk[found]
        p = pos[found]
        decay = np.exp(-np.outer(t - self.ref[p], self.rates))
        self.vals[p] = self.vals[p] * decay + cnt[found, None]
        self.count[p] += cnt[found]
        self.ref[p] = t
        self.last[p] = t
        new = ~found
        if new.any():
            ins = pos[new]
            nv = np.repeat(cnt[new, None].astype(np.float64), len(self.rates), axis=1)
            self.keys = np.insert(self.keys, ins, uk[new])
            self.vals = np.insert(self.vals, ins, nv, axis=0)
            self.count = np.insert(self.count, ins, cnt[new].astype(np.float64))
            self.ref = np.insert(self.ref, ins, float(t))
            self.last = np.insert(self.last, ins, float(t))

    def _decayed(self, idx: np.ndarray, t: float) -> np.ndarray:
        return self.vals[idx] * np.exp(-np.outer(t - self.ref[idx], self.rates))

    def lookup(self, keys: np.ndarray, t: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Decayed values ``(n, K)``, raw counts and time since last occurrence (inf if never)."""
        n = len(keys)
        vals = np.zeros((n, len(self.rates)))
        cnt = np.zeros(n)
        age = np.full(n, np.inf)
        if len(self.keys) == 0 or n == 0:
            return vals, cnt, age
        pos = np.minimum(np.searchsorted(self.keys, keys), len(self.keys) - 1)
        hit = self.keys[pos] == keys
        p = pos[hit]
        vals[hit] = self._decayed(p, t)
        cnt[hit] = self.count[p]
        age[hit] = t - self.last[p]
        return vals, cnt, age

    def ranges(self, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """All stored keys in ``[lo[i], hi[i])``: returns ``(group index i, key)`` arrays."""
        a = np.searchsorted(self.keys, lo)
        b = np.searchsorted(self.keys, hi)
        lens = b - a
        grp = np.repeat(np.arange(len(lo)), lens)
        idx = np.repeat(a - np.cumsum(lens) + lens, lens) + np.arange(lens.sum())
        return grp, self.keys[idx]
