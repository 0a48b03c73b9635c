"""Entity embeddings evolved over the last snapshots (RE-GCN style; optional: torch).

A compact CPU relative of RE-GCN (Li et al. 2021) with TiRGN's global history:

* **Evolution.** For a query time ``t`` the entity matrix starts from learned static
  embeddings ``H = normalise(E)`` and is evolved through the ``history`` latest snapshots
  before ``t`` (oldest first). In each snapshot a relational GCN of ``layers`` layers runs
  on the entities that occur in it only (sparse: ``index_add`` over its edges, inverse
  facts included): ``h'_o = rrelu(mean_{(s, r, o)} (h_s + R_r) W_l + h_o S_l)``, the result
  is normalised and mixed with the previous state by a time gate
  ``u = sigmoid(h W_g + b)``: ``h <- u h' + (1 - u) h``. Entities absent from the snapshot
  keep their state. Relation embeddings evolve with a GRU cell fed with the static
  relation embedding and the mean state of the relation's subjects in the snapshot.
* **Decoder.** ConvTransE: the evolved ``h_s`` and ``R_r`` as two channels, a 1-d
  convolution, a linear layer; the logits are its dot products with every evolved entity.
* **Global history** (``vocab``): a learned bonus added to the logit of every object
  ``o`` with ``(s, r, o)`` seen at any earlier time (the "historical vocabulary").
* **Global view** (``glob``, LogCL's local/global idea without its contrastive term):
  two more decoder channels, the mean of ``(h_x + R_r') W`` over the subject's distinct
  past facts ``(s, r', x)`` (its whole history) and the mean of ``h_o`` over the past
  objects of ``(s, r)``; zeros without history.

Training: one step per timestamp (all its facts, snapshots strictly before it), shuffled
timestamps, Adam, for ``epochs`` passes or ``budget_s`` seconds. Single-step use: at each
timestamp ``scores`` first (from the snapshots before it), then ``update`` (optional
online steps on that timestamp's facts, then the facts join the snapshot store and the
vocabulary). The model has the ``scores``/``update`` interface of the harness's learned
models (``tkg_embed``, ``tkg_neigh``).
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from typing import Any

import numpy as np

from .tkg_embed import torch, torch_available


@dataclass
class EvolveSettings:
    """Sizes and training budget (the same for every dataset)."""

    dim: int = 100
    history: int = 3  # snapshots evolved before each query time
    layers: int = 2  # relational GCN layers per snapshot
    channels: int = 50  # ConvTransE filters
    kernel: int = 3
    dropout: float = 0.2
    lr: float = 1e-3  # Adam
    epochs: int = 5  # passes over the training timestamps
    max_times: int = 1000  # most recent training timestamps used for the fit
    budget_s: float = 600.0  # wall-clock cap of the fit
    update_steps: int = 1  # online steps per timestamp after it was scored
    vocab: bool = True  # global-history bonus
    glob: bool = False  # global-history channels of the query (LogCL-style global view)
    threads: int = 1  # torch threads inside the model (restored afterwards)


def parse_settings(items: list[str], base: EvolveSettings | None = None) -> EvolveSettings:
    """``EvolveSettings`` with ``name=value`` overrides (booleans as 1/0, true/false)."""
    base = base or EvolveSettings()
    kinds = {f.name: type(getattr(base, f.name)) for f in fields(base)}
    conv = {bool: lambda v: v.lower() in ("1", "true", "yes"), int: lambda v: int(float(v)),
            float: float}
    return replace(base, **{k: conv[kinds[k]](v) for k, v in (x.split("=") for x in items)})


@contextmanager
def torch_threads(n: int):
    """Run torch with ``n`` threads inside the block, then restore the setting."""
    old = torch.get_num_threads()
    torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(old)


class Snapshots:
    """Augmented facts per timestamp; the ``k`` latest snapshots before a time."""

    def __init__(self) -> None:
        self.times: list[int] = []
        self.facts: dict[int, np.ndarray] = {}

    def add(self, facts: np.ndarray) -> None:
        """Add ``(s, r, o, t)`` rows (any order; a timestamp may be added in parts)."""
        f = np.asarray(facts)[:, :4].astype(np.int64)
        for t in np.unique(f[:, 3]).tolist():
            rows = f[f[:, 3] == t]
            if t in self.facts:
                self.facts[t] = np.concatenate([self.facts[t], rows])
            else:
                self.facts[t] = rows
                self.times.append(t)
        self.times.sort()

    def before(self, t: int, k: int) -> list[np.ndarray]:
        """The snapshots of the ``k`` latest timestamps strictly before ``t``, oldest first."""
        pos = int(np.searchsorted(np.asarray(self.times, dtype=np.int64), t))
        return [self.facts[x] for x in self.times[max(0, pos - k) : pos]]


class Vocabulary:
    """Every ``(s, r, o)`` seen, with the first time it was seen."""

    def __init__(self, n_ent: int, n_rel2: int) -> None:
        self.n_ent, self.n_rel2 = n_ent, n_rel2
        self.keys = np.zeros(0, dtype=np.int64)
        self.first = np.zeros(0, dtype=np.int64)

    def add(self, facts: np.ndarray) -> None:
        f = np.asarray(facts).astype(np.int64)
        keys = np.r_[self.keys, (f[:, 0] * self.n_rel2 + f[:, 1]) * self.n_ent + f[:, 2]]
        first = np.r_[self.first, f[:, 3]]
        order = np.lexsort((first, keys))
        keys, first = keys[order], first[order]
        keep = np.r_[True, keys[1:] != keys[:-1]]  # the earliest time of each key
        self.keys, self.first = keys[keep], first[keep]

    def _rows(self, lo_key: np.ndarray, hi_key: np.ndarray,
              t: int) -> tuple[np.ndarray, np.ndarray]:
        """Rows ``(query i, key)`` of the keys in ``[lo_key[i], hi_key[i])`` seen before ``t``."""
        lo, hi = np.searchsorted(self.keys, lo_key), np.searchsorted(self.keys, hi_key)
        lens = hi - lo
        rows = np.repeat(np.arange(len(lo_key)), lens)
        idx = np.repeat(lo - np.cumsum(lens) + lens, lens) + np.arange(lens.sum())
        ok = self.first[idx] < t
        return rows[ok], self.keys[idx][ok]

    def seen(self, s: np.ndarray, r: np.ndarray, t: int) -> tuple[np.ndarray, np.ndarray]:
        """Rows ``(query i, object o)`` with ``(s[i], r[i], o)`` seen before time ``t``."""
        base = (np.asarray(s, dtype=np.int64) * self.n_rel2 + r) * self.n_ent
        rows, keys = self._rows(base, base + self.n_ent, t)
        return rows, keys % self.n_ent

    def history(self, s: np.ndarray, t: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Rows ``(subject i, relation r', object x)``: every distinct ``(s[i], r', x)`` seen
        before time ``t`` (the subject's global history)."""
        span = self.n_rel2 * self.n_ent
        base = np.asarray(s, dtype=np.int64) * span
        rows, keys = self._rows(base, base + span, t)
        return rows, (keys % span) // self.n_ent, keys % self.n_ent


def _long(x: np.ndarray) -> Any:
    return torch.from_numpy(np.ascontiguousarray(x, dtype=np.int64))


def _mean_rows(x: Any, rows: np.ndarray, n: int) -> Any:
    """Mean of the rows of ``x`` per group ``rows`` (``n`` groups; zeros when empty)."""
    idx = _long(rows)
    cnt = torch.zeros(n).index_add_(0, idx, torch.ones(len(idx))).clamp_(min=1)
    return torch.zeros(n, x.shape[1]).index_add(0, idx, x) / cnt[:, None]


class EvolveNet(torch.nn.Module if torch is not None else object):
    """The parameters: static embeddings, GCN, time gate, relation GRU, ConvTransE."""

    def __init__(self, n_ent: int, n_rel2: int, cfg: EvolveSettings) -> None:
        super().__init__()
        nn, d = torch.nn, cfg.dim
        self.cfg = cfg
        self.ent = nn.Parameter(nn.init.xavier_normal_(torch.empty(n_ent, d)))
        self.rel = nn.Parameter(nn.init.xavier_normal_(torch.empty(n_rel2, d)))
        self.w_nb = nn.ParameterList(
            [nn.Parameter(nn.init.xavier_uniform_(torch.empty(d, d))) for _ in range(cfg.layers)])
        self.w_self = nn.ParameterList(
            [nn.Parameter(nn.init.xavier_uniform_(torch.empty(d, d))) for _ in range(cfg.layers)])
        self.gate = nn.Linear(d, d)
        self.gru = nn.GRUCell(2 * d, d)
        n_in = 4 if cfg.glob else 2  # h_s, R_r (and the two global-history channels)
        self.conv = nn.Conv1d(n_in, cfg.channels, cfg.kernel, padding=cfg.kernel // 2)
        self.bn = nn.ModuleList([nn.BatchNorm1d(n_in), nn.BatchNorm1d(cfg.channels),
                                 nn.BatchNorm1d(d)])
        self.w_glob = nn.Linear(d, d)
        self.fc = nn.Linear(cfg.channels * d, d)
        self.vocab_w = nn.Parameter(torch.tensor(1.0))

    def _gcn(self, h: Any, ls: Any, lr: Any, lo: Any, rel: Any) -> Any:
        """The GCN layers on the snapshot's local subgraph (rows of ``h``)."""
        fn = torch.nn.functional
        deg = torch.zeros(len(h)).index_add_(0, lo, torch.ones(len(lo))).clamp_(min=1)
        for w_nb, w_self in zip(self.w_nb, self.w_self, strict=True):
            msg = (h[ls] + rel[lr]) @ w_nb
            agg = torch.zeros_like(h).index_add(0, lo, msg) / deg[:, None]
            h = fn.rrelu(agg + h @ w_self, training=self.training)
            h = fn.dropout(h, self.cfg.dropout, self.training)
        return fn.normalize(h)

    def evolve(self, snaps: list[np.ndarray]) -> tuple[Any, Any]:
        """Entity and relation states after the snapshots (oldest first)."""
        fn = torch.nn.functional
        h_all, rel = fn.normalize(self.ent), self.rel
        for f in snaps:
            s, r = _long(f[:, 0]), _long(f[:, 1])
            cnt = torch.zeros(len(rel)).index_add_(0, r, torch.ones(len(r))).clamp_(min=1)
            x_r = torch.zeros_like(rel).index_add(0, r, h_all[s]) / cnt[:, None]
            rel = fn.normalize(self.gru(torch.cat([self.rel, x_r], 1), rel))
            act, inv = np.unique(np.r_[f[:, 0], f[:, 2]], return_inverse=True)
            act_t, prev = _long(act), h_all[_long(act)]
            new = self._gcn(prev, _long(inv[: len(f)]), r, _long(inv[len(f) :]), rel)
            u = torch.sigmoid(self.gate(prev))
            h_all = h_all.index_copy(0, act_t, u * new + (1 - u) * prev)
        return h_all, rel

    def global_view(self, h_all: Any, rel: Any, glob: tuple) -> list[Any]:
        """The two global-history channels of each query: the mean of ``(h_x + R_r') W``
        over the subject's distinct past facts ``(s, r', x)``, and the mean of ``h_o`` over
        the past objects ``o`` of ``(s, r)`` (zeros without history)."""
        inv, n_sub, (rows, rr, xx), (q_rows, objs) = glob
        hist = _mean_rows(h_all[_long(xx)] + rel[_long(rr)], rows, n_sub)
        same = _mean_rows(h_all[_long(objs)], q_rows, len(inv))
        return [self.w_glob(hist)[_long(inv)], same]

    def logits(self, h_all: Any, rel: Any, s: np.ndarray, r: np.ndarray,
               bonus: tuple[np.ndarray, np.ndarray] | None, glob: tuple | None = None) -> Any:
        """ConvTransE logits ``(len(s), n_ent)``, plus the global-history bonus."""
        fn, p = torch.nn.functional, self.cfg.dropout
        chans = [h_all[_long(s)], rel[_long(r)]]
        if glob is not None:
            chans += self.global_view(h_all, rel, glob)
        x = self.bn[0](torch.stack(chans, 1))
        x = self.conv(fn.dropout(x, p, self.training))
        x = fn.dropout(fn.relu(self.bn[1](x)), p, self.training)
        x = self.fc(x.flatten(1))
        x = fn.relu(self.bn[2](fn.dropout(x, p, self.training)))
        out = x @ h_all.t()
        if bonus is not None and len(bonus[0]):
            mask = torch.zeros_like(out)
            mask[_long(bonus[0]), _long(bonus[1])] = 1.0
            out = out + self.vocab_w * mask
        return out


class EvolveModel:
    """Fit, score and update the evolving-embedding model (see module doc)."""

    def __init__(self, n_ent: int, n_rel2: int, cfg: EvolveSettings | None = None,
                 seed: int = 0) -> None:
        if not torch_available():
            raise RuntimeError("the evolving-embedding model needs torch")
        self.cfg = cfg or EvolveSettings()
        torch.manual_seed(seed)
        self.net = EvolveNet(n_ent, n_rel2, self.cfg)
        self.opt = torch.optim.Adam(self.net.parameters(), lr=self.cfg.lr)
        self.snaps = Snapshots()
        self.vocab = Vocabulary(n_ent, n_rel2)
        self.rng = np.random.default_rng(seed)

    def _logits(self, facts_s: np.ndarray, facts_r: np.ndarray, t: int) -> Any:
        cfg = self.cfg
        h_all, rel = self.net.evolve(self.snaps.before(t, cfg.history))
        seen = self.vocab.seen(facts_s, facts_r, t) if cfg.vocab or cfg.glob else None
        glob = None
        if cfg.glob:
            us, inv = np.unique(facts_s, return_inverse=True)
            glob = (inv, len(us), self.vocab.history(us, t), seen)
        return self.net.logits(h_all, rel, facts_s, facts_r, seen if cfg.vocab else None, glob)

    def step(self, facts: np.ndarray) -> float:
        """One gradient step on the facts of one timestamp (snapshots before it)."""
        self.net.train()
        t = int(facts[0, 3])
        out = self._logits(facts[:, 0], facts[:, 1], t)
        loss = torch.nn.functional.cross_entropy(out, _long(facts[:, 2]))
        self.opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.net.parameters(), 1.0)
        self.opt.step()
        return float(loss.detach())

    def fit(self, facts: np.ndarray, log: Any = None) -> EvolveModel:
        """Train on augmented ``(s, r, o, t)`` facts (see module doc)."""
        cfg, t0 = self.cfg, time.perf_counter()
        facts = np.asarray(facts)[:, :4].astype(np.int64)
        self.snaps.add(facts)
        self.vocab.add(facts)
        times = np.asarray(self.snaps.times[1:][-cfg.max_times :], dtype=np.int64)
        with torch_threads(cfg.threads):
            for ep in range(cfg.epochs):
                losses = [self.step(self.snaps.facts[int(t)])
                          for t in self.rng.permutation(times)
                          if time.perf_counter() - t0 < cfg.budget_s]
                if log is not None:
                    log(f"evolve pass {ep + 1}: loss {np.mean(losses or [0]):.3f} "
                        f"({time.perf_counter() - t0:.0f}s, {len(losses)} steps)")
                if time.perf_counter() - t0 >= cfg.budget_s:
                    break
        return self

    def scores(self, qs: np.ndarray, qr: np.ndarray, t: float) -> np.ndarray:
        """Log-softmax scores ``(len(qs), n_ent)`` at time ``t`` from the snapshots before it."""
        self.net.eval()
        s, r = np.asarray(qs, dtype=np.int64), np.asarray(qr, dtype=np.int64)
        with torch_threads(self.cfg.threads), torch.no_grad():
            return torch.log_softmax(self._logits(s, r, int(t)), dim=1).numpy()

    def update(self, facts: np.ndarray) -> None:
        """Online steps on one timestamp's facts, then they join the snapshots and vocabulary."""
        if len(facts) == 0:
            return
        f = np.asarray(facts)[:, :4].astype(np.int64)
        with torch_threads(self.cfg.threads):
            for _ in range(self.cfg.update_steps):
                self.step(f)
        self.snaps.add(f)
        self.vocab.add(f)
