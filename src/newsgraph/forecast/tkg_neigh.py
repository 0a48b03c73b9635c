"""A ComplEx query conditioned on the subject's recent neighbourhood (optional: torch).

A light relative of RE-GCN: the query ``(s, r, ?, t)`` is encoded as

    q = e_s * w_r  +  h_s(t) * u_r,   h_s(t) = sum_j a_j (e_{x_j} * m_{r'_j})

(complex products), where ``(s, r'_j, x_j, t_j)`` are the subject's facts of the last
``window`` steps before ``t`` (at most ``max_nb``, the most recent), ``m_{r'}`` is a
learned message per relation and ``a_j`` a softmax over the subject's recent facts of
``b[age_j] + A[r, r'_j]``, both learned: ``b`` per age in steps (starts at
``-decay * age``), ``A`` which recent relations matter for the query relation. Objects
are scored as in ComplEx, ``Re <q, conj(e_o)>``. Training, online updates and replay work
as in :class:`~newsgraph.forecast.tkg_embed.ComplExModel`; every fact's neighbourhood
comes from facts strictly before its own timestamp, and the model's store of past facts
only receives a timestamp's facts after its queries were scored (single-step). Its scores
feed the ranker exactly like the plain ComplEx ones (candidates and three features).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .tkg_embed import ComplExModel, EmbedSettings, make_embedder, torch, torch_available

SPAN = np.int64(1) << np.int64(32)  # key = subject * SPAN + time


@dataclass
class NeighSettings(EmbedSettings):
    """:class:`EmbedSettings` plus the neighbourhood of the query's subject."""

    window: int = 30  # steps of history before the query time
    max_nb: int = 64  # most recent facts of the subject kept per query
    decay: float = 0.1  # initial per-step decay of the (learned) age weights


class RecentFacts:
    """Past facts keyed by ``(subject, time)`` for neighbourhood lookups."""

    def __init__(self) -> None:
        self.keys = np.zeros(0, dtype=np.int64)
        self.rel = np.zeros(0, dtype=np.int64)
        self.obj = np.zeros(0, dtype=np.int64)

    def add(self, facts: np.ndarray) -> None:
        """Add ``(s, r, o, t)`` rows (any order)."""
        if len(facts) == 0:
            return
        f = facts.astype(np.int64)
        new = f[:, 0] * SPAN + f[:, 3]
        order = np.argsort(new, kind="stable")
        new, f = new[order], f[order]
        pos = np.searchsorted(self.keys, new, side="right")
        self.keys = np.insert(self.keys, pos, new)
        self.rel = np.insert(self.rel, pos, f[:, 1])
        self.obj = np.insert(self.obj, pos, f[:, 2])

    def lookup(
        self, s: np.ndarray, t: np.ndarray, window: int, max_nb: int
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """For query ``i`` (subject ``s[i]`` at time ``t[i]``), the subject's facts with time
        in ``[t[i] - window, t[i])``, at most the ``max_nb`` latest: rows ``(i, r', x, age)``."""
        s64, t64 = np.asarray(s, dtype=np.int64), np.asarray(t, dtype=np.int64)
        hi = np.searchsorted(self.keys, s64 * SPAN + t64)
        lo = np.searchsorted(self.keys, s64 * SPAN + np.maximum(t64 - window, 0))
        lo = np.maximum(lo, hi - max_nb)
        lens = hi - lo
        rows = np.repeat(np.arange(len(s64)), lens)
        idx = np.repeat(lo - np.cumsum(lens) + lens, lens) + np.arange(lens.sum())
        age = t64[rows] - self.keys[idx] % SPAN
        return rows, self.rel[idx], self.obj[idx], age


def _cmul(x: Any, y: Any, d: int) -> Any:
    """Complex product of ``[re | im]`` rows."""
    a, b, c, e = x[:, :d], x[:, d:], y[:, :d], y[:, d:]
    return torch.cat([a * c - b * e, a * e + b * c], dim=1)


def _modulus3(x: Any, d: int) -> Any:
    return (torch.sqrt(x[:, :d] ** 2 + x[:, d:] ** 2 + 1e-12) ** 3).sum()


class NeighModel(ComplExModel):
    """ComplEx with the subject's recent neighbourhood in the query (see module doc)."""

    def __init__(self, n_ent: int, n_rel2: int, cfg: NeighSettings, seed: int = 0) -> None:
        super().__init__(n_ent, n_rel2, cfg, seed)
        gen = torch.Generator().manual_seed(seed + 1)
        d = cfg.dim
        msg = 1e-3 * torch.randn(n_rel2, 2 * d, generator=gen)
        msg[:, :d] += 1.0  # messages start as the partner's own embedding
        self.msg = torch.nn.Parameter(msg)
        self.out = torch.nn.Parameter(1e-3 * torch.randn(n_rel2, 2 * d, generator=gen))
        self.att = torch.nn.Parameter(torch.zeros(n_rel2, n_rel2))
        self.age = torch.nn.Parameter(-cfg.decay * torch.arange(cfg.window + 2.0))
        self.opt = torch.optim.Adagrad([self.ent, self.rel, self.msg, self.out, self.att,
                                        self.age], lr=cfg.lr)
        self.past = RecentFacts()
        self.now = 0

    def _context(self, s: np.ndarray, r: np.ndarray, t: np.ndarray) -> Any:
        """``h_s(t)`` for each query row (zeros without recent facts)."""
        cfg = self.cfg
        rows, rel, obj, age = self.past.lookup(s, t, cfg.window, cfg.max_nb)
        h = torch.zeros(len(s), 2 * cfg.dim)
        if len(rows) == 0:
            return h
        rows_t = torch.from_numpy(rows)
        logit = self.age[torch.from_numpy(np.minimum(age, cfg.window + 1))]
        logit = logit + self.att[torch.from_numpy(r[rows]), torch.from_numpy(rel)]
        top = torch.full((len(s),), -1e30).scatter_reduce(0, rows_t, logit, "amax")
        w = torch.exp(logit - top[rows_t])
        w = w / torch.zeros(len(s)).index_add(0, rows_t, w)[rows_t]
        m = _cmul(self.ent[torch.from_numpy(obj)], self.msg[torch.from_numpy(rel)], cfg.dim)
        return h.index_add(0, rows_t, w[:, None] * m)

    def _query_vec(self, s: np.ndarray, r: np.ndarray, t: np.ndarray) -> tuple[Any, Any]:
        d = self.cfg.dim
        s_t, r_t = torch.from_numpy(s), torch.from_numpy(r)
        h = self._context(s, r, t)
        es, out = self.ent[s_t], self.out[r_t]
        q = _cmul(es, self.rel[r_t], d) + _cmul(h, out, d)
        reg = _modulus3(es, d) + _modulus3(self.rel[r_t], d) + _modulus3(h, d)
        return q, reg + _modulus3(out, d)

    def step(self, facts: np.ndarray) -> float:
        """One gradient step on ``(s, r, o, t)`` rows (see ``ComplExModel.step``)."""
        f = np.ascontiguousarray(facts[:, :4].astype(np.int64))
        o = torch.from_numpy(f[:, 2])
        ent = self.ent
        if self.n_ent > self.cfg.max_neg:
            pool = np.r_[f[:, 2], self.rng.integers(0, self.n_ent, self.cfg.max_neg)]
            cand_np = np.unique(pool)
            o = torch.from_numpy(np.searchsorted(cand_np, f[:, 2]))
            ent = self.ent[torch.from_numpy(cand_np)]
        q, reg = self._query_vec(f[:, 0], f[:, 1], f[:, 3])
        loss = torch.nn.functional.cross_entropy(q @ ent.t(), o)
        reg = reg + _modulus3(self.ent[torch.from_numpy(f[:, 2])], self.cfg.dim)
        total = loss + self.cfg.reg * reg / len(f)
        self.opt.zero_grad()
        total.backward()
        self.opt.step()
        return float(loss.detach())

    def fit(self, facts: np.ndarray, log: Any = None) -> NeighModel:
        """As ``ComplExModel.fit``; every fact's neighbourhood is taken from earlier facts."""
        data = np.ascontiguousarray(facts[-self.cfg.max_facts :, :4].astype(np.int64))
        self.past.add(facts[facts[:, 3] >= data[0, 3] - self.cfg.window] if len(data)
                      else facts[:0])
        self._fit_rows(data, log)
        self.buffer = data[-self.cfg.buffer :]
        self.now = int(facts[:, 3].max(initial=-1)) + 1
        return self

    def update(self, facts: np.ndarray) -> None:
        """Online steps on one timestamp's facts (neighbourhoods before it) plus replay,
        then the facts join the neighbourhood store."""
        if len(facts) == 0:
            return
        new = facts[:, :4].astype(np.int64)
        for _ in range(self.cfg.update_steps):
            k = min(len(self.buffer), self.cfg.replay * len(new))
            old = self.buffer[self.rng.integers(0, len(self.buffer), k)] if k else new[:0]
            self.step(np.concatenate([new, old]))
        self.past.add(new)
        self.buffer = np.concatenate([self.buffer, new])[-self.cfg.buffer :]
        self.now = int(new[:, 3].max()) + 1

    def scores(self, qs: np.ndarray, qr: np.ndarray, t: float | None = None) -> np.ndarray:
        """Log-softmax scores ``(len(qs), n_ent)`` at time ``t`` (default: just after the
        latest facts seen)."""
        now = self.now if t is None else int(t)
        s, r = np.asarray(qs, dtype=np.int64), np.asarray(qr, dtype=np.int64)
        with torch.no_grad():
            q, _ = self._query_vec(s, r, np.full(len(s), now, dtype=np.int64))
            return torch.log_softmax(q @ self.ent.t(), dim=1).numpy()


def make_learned(
    n_ent: int, n_rel2: int, facts: np.ndarray, seed: int = 0,
    cfg: EmbedSettings | None = None, log: Any = print,
) -> ComplExModel | None:
    """A fitted learned model: :class:`NeighModel` for :class:`NeighSettings` (the
    default), plain ComplEx for :class:`EmbedSettings`; ``None`` without torch."""
    cfg = NeighSettings() if cfg is None else cfg
    if not torch_available() or not isinstance(cfg, NeighSettings):
        return make_embedder(n_ent, n_rel2, facts, seed, cfg, log)
    return NeighModel(n_ent, n_rel2, cfg, seed).fit(facts, log)
