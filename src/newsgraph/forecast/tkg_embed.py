"""Learned entity representations for TKG queries (optional: needs the ``torch`` extra).

A ComplEx factorisation (Trouillon et al. 2016) trained with a softmax over objects (1-N
scoring over all entities, or over a uniform sample of them on large graphs) and N3
regularisation (Lacroix et al. 2018) on inverse-augmented facts. It is made time-aware by
*online updating*: after the queries of a timestamp are scored, the model takes a gradient
step on that timestamp's facts (mixed with a replay sample of recent facts), so its scores
for timestamp ``t`` only ever depend on facts before ``t`` (single-step). Its scores become
features and a candidate source of the ranker (``tkg_model``). Without torch,
:func:`make_embedder` returns ``None`` and the harness runs the history features alone.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import numpy as np

try:
    import torch
except ImportError:  # pragma: no cover - depends on the environment
    torch = None

TORCH_OFF_MESSAGE = "learned-embedding features are off because torch is not installed"
# One thread: the matrices are small, and with two threads on a machine whose cores are
# shared the threads wait on each other (measured on ICEWS05-15 with another job running:
# 100,000 training rows took 64 s of wall time and 39 CPU s with two threads, 6.6 s and
# 3.5 CPU s with one; online updates 11 s vs 1-2 s). It also makes the model reproducible.
EMBED_THREADS = 1


@dataclass
class EmbedSettings:
    """Sizes and training budget of the learned model (the same for every dataset)."""

    dim: int = 64  # complex dimension (2 * dim real parameters per entity)
    lr: float = 0.1  # Adagrad
    reg: float = 5e-3  # N3 weight
    batch: int = 1024
    max_neg: int = 2048  # 1-N scoring up to this many entities, sampled softmax beyond
    max_facts: int = 400_000  # most recent (augmented) facts used for the initial fit
    fit_rows: int = 400_000  # training rows of the initial fit (passes over the facts)
    budget_s: float = 900.0  # wall-clock cap of the initial fit (the harness: tkg_budget)
    update_steps: int = 1  # online steps per timestamp
    replay: int = 1  # replay sample size, as a multiple of the timestamp's facts
    buffer: int = 200_000  # most recent facts kept for replay


def torch_available() -> bool:
    """Whether the optional torch extra is installed."""
    return torch is not None


class ComplExModel:
    """ComplEx entity/relation embeddings with softmax training and online updates."""

    def __init__(self, n_ent: int, n_rel2: int, cfg: EmbedSettings, seed: int = 0) -> None:
        if torch is None:
            raise RuntimeError(TORCH_OFF_MESSAGE)
        torch.set_num_threads(EMBED_THREADS)
        gen = torch.Generator().manual_seed(seed)
        self.cfg = cfg
        self.n_ent = n_ent
        self.ent = torch.nn.Parameter(1e-3 * torch.randn(n_ent, 2 * cfg.dim, generator=gen))
        self.rel = torch.nn.Parameter(1e-3 * torch.randn(n_rel2, 2 * cfg.dim, generator=gen))
        self.opt = torch.optim.Adagrad([self.ent, self.rel], lr=cfg.lr)
        self.rng = np.random.default_rng(seed)
        self.buffer = np.zeros((0, 4), dtype=np.int64)

    def _query(self, s: Any, r: Any) -> tuple[Any, Any, Any, Any]:
        d = self.cfg.dim
        es, rr = self.ent[s], self.rel[r]
        return es[:, :d], es[:, d:], rr[:, :d], rr[:, d:]

    def _logits(self, s: Any, r: Any, cand: Any = None) -> tuple[Any, tuple[Any, ...]]:
        d = self.cfg.dim
        a, b, c, e = self._query(s, r)
        q = torch.cat([a * c - b * e, a * e + b * c], dim=1)
        ent = self.ent if cand is None else self.ent[cand]
        return q @ ent.t(), (a, b, c, e, d)

    def step(self, facts: np.ndarray) -> float:
        """One gradient step on ``(s, r, o)`` rows; returns the loss. Scores all entities
        (1-N) when there are at most ``max_neg`` of them, else the batch's objects plus a
        uniform sample of ``max_neg`` entities (sampled softmax)."""
        s, r, o = (torch.from_numpy(np.ascontiguousarray(facts[:, i])) for i in range(3))
        cand = None
        if self.n_ent > self.cfg.max_neg:
            pool = np.r_[facts[:, 2], self.rng.integers(0, self.n_ent, self.cfg.max_neg)]
            cand_np = np.unique(pool)
            o = torch.from_numpy(np.searchsorted(cand_np, facts[:, 2]))
            cand = torch.from_numpy(cand_np)
        logits, (a, b, c, e, d) = self._logits(s, r, cand)
        loss = torch.nn.functional.cross_entropy(logits, o)
        eo = self.ent[torch.from_numpy(np.ascontiguousarray(facts[:, 2]))]
        n3 = (torch.sqrt(a**2 + b**2) ** 3).sum() + (torch.sqrt(c**2 + e**2) ** 3).sum()
        n3 = n3 + (torch.sqrt(eo[:, :d] ** 2 + eo[:, d:] ** 2) ** 3).sum()
        total = loss + self.cfg.reg * n3 / len(facts)
        self.opt.zero_grad()
        total.backward()
        self.opt.step()
        return float(loss.detach())

    def fit(self, facts: np.ndarray, log: Any = None) -> ComplExModel:
        """Initial fit on the most recent ``max_facts`` (augmented, time-sorted) facts:
        ``fit_rows`` training rows in shuffled passes (stops early past ``budget_s``)."""
        data = np.ascontiguousarray(facts[-self.cfg.max_facts :, :4].astype(np.int64))
        self._fit_rows(data, log)
        self.buffer = data[-self.cfg.buffer :]
        return self

    def _fit_rows(self, data: np.ndarray, log: Any) -> None:
        cfg = self.cfg
        t0, done, ep = time.perf_counter(), 0, 0
        while done < cfg.fit_rows and len(data) and time.perf_counter() - t0 < cfg.budget_s:
            perm = self.rng.permutation(len(data))[: cfg.fit_rows - done]
            losses = []
            for i in range(0, len(perm), cfg.batch):
                losses.append(self.step(data[perm[i : i + cfg.batch]]))
                if time.perf_counter() - t0 > cfg.budget_s:
                    break
            done, ep = done + len(perm), ep + 1
            if log is not None:
                log(f"embedding pass {ep}: loss {np.mean(losses):.3f} "
                    f"({time.perf_counter() - t0:.0f}s)")
        if done < cfg.fit_rows and log is not None:
            log(f"time budget: embedding fit stopped at its {cfg.budget_s:.0f}s cap "
                f"({done} of {cfg.fit_rows} rows)")

    def update(self, facts: np.ndarray) -> None:
        """Online steps on one timestamp's facts plus a replay sample of recent facts."""
        if len(facts) == 0:
            return
        new = facts[:, :4].astype(np.int64)
        cfg = self.cfg
        for _ in range(cfg.update_steps):
            k = min(len(self.buffer), cfg.replay * len(new))
            old = self.buffer[self.rng.integers(0, len(self.buffer), k)] if k else new[:0]
            self.step(np.concatenate([new, old]))
        self.buffer = np.concatenate([self.buffer, new])[-cfg.buffer :]

    def scores(self, qs: np.ndarray, qr: np.ndarray, t: float | None = None) -> np.ndarray:
        """Log-softmax scores ``(len(qs), n_ent)`` of every entity as the object (``t``,
        the query time, is not used: the model holds exactly the facts before it)."""
        with torch.no_grad():
            s = torch.from_numpy(np.asarray(qs, dtype=np.int64))
            r = torch.from_numpy(np.asarray(qr, dtype=np.int64))
            logits, _ = self._logits(s, r)
            return torch.log_softmax(logits, dim=1).numpy()


def embed_candidates(
    logp: np.ndarray, k: int, bonus: float = 100.0
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The ``k`` best objects per query (rows of log-probabilities ``logp``) as candidate
    ``(query, object)`` rows, and a dense pre-score bonus (``bonus`` x probability)."""
    n_q, n = logp.shape
    k = min(k, n)
    if n_q == 0 or k <= 0:
        z = np.zeros(0, dtype=np.int64)
        return z, z, np.zeros((n_q, n))
    top = np.argpartition(-logp, k - 1, axis=1)[:, :k]
    return np.repeat(np.arange(n_q), k), top.ravel().astype(np.int64), bonus * np.exp(logp)


def embed_features(logp: np.ndarray, g: np.ndarray, o: np.ndarray) -> np.ndarray:
    """Features of candidate rows ``(query g, object o)`` from the learned scores: the
    log-probability, its gap to the query's best, and the log of the object's rank among all
    entities (1 = best)."""
    if len(g) == 0:
        return np.zeros((0, 3), dtype=np.float32)
    val = logp[g, o]
    best = logp.max(axis=1)[g]
    rank = _row_ranks(logp, g, o)
    return np.c_[val, val - best, np.log(rank)].astype(np.float32)


def _row_ranks(logp: np.ndarray, g: np.ndarray, o: np.ndarray) -> np.ndarray:
    """Rank (1 = best, ties by index) of entity ``o`` within row ``g`` of ``logp``."""
    order = np.argsort(-logp, axis=1, kind="stable")
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(1, logp.shape[1] + 1)[None, :], axis=1)
    return ranks[g, o].astype(np.float64)


def make_embedder(
    n_ent: int, n_rel2: int, facts: np.ndarray, seed: int = 0,
    cfg: EmbedSettings | None = None, log: Any = print,
) -> ComplExModel | None:
    """A fitted :class:`ComplExModel`, or ``None`` (with a one-line message) without torch."""
    if torch is None:
        log(TORCH_OFF_MESSAGE)
        return None
    return ComplExModel(n_ent, n_rel2, cfg or EmbedSettings(), seed).fit(facts, log)
