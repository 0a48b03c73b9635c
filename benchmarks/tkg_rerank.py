"""Experiment: a small neural reranker trained listwise on the ranker's candidate sets
(needs torch), on the cached blocks of ``tkg_experiment.py``, alone and blended with saved
LambdaRank valid scores (valid only, never test). Not part of the harness: it was measured
and not kept (docs/forecasting.md, "reranker round").

    python benchmarks/tkg_rerank.py DATA_DIR --cache FILE --lgb A.npy B.npy [--save F]
        [--set name=value ...]

Each candidate row of a query ``(s, r, ?, t)`` is scored by an MLP of its history features
(quantile-coded, as LightGBM bins them) concatenated with learned embeddings of ``s``,
``r`` and the candidate ``o``, plus a bilinear term ``<e_s * w_r, e_o>``, trained end to end
with a listwise softmax objective: every true candidate of a query against the query's
false candidates (the time-aware filter ranks each answer against non-answers only).
After each epoch it prints valid expected-rank MRR of the reranker alone and, for each
saved LambdaRank score file (and their average), of blends ``z(lgb) + w z(nn)`` for a few
``w``; ``w`` is also chosen on the even query timestamps and reported on the odd ones.
"""

from __future__ import annotations

import argparse
import pickle
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from newsgraph.forecast.ranker import rank_block
from newsgraph.forecast.tkg_data import load_tkg
from newsgraph.forecast.tkg_embed import EMBED_THREADS, torch

QUANTILES = 255


@dataclass
class RerankSettings:
    """Size and training of the reranker (set a priori)."""

    dim: int = 32  # entity and relation embedding size
    hidden: int = 128
    epochs: int = 4
    groups_per_batch: int = 256
    lr: float = 2e-3
    weight_decay: float = 1e-6
    dropout: float = 0.1
    max_rows: int = 100  # candidates per query used in training (by pre-score order)
    context: bool = False  # each candidate also sees the query's other candidates
    emb_drop: float = 0.0  # dropout on the embeddings (training only)
    seed: int = 0


class QuantileCoder:
    """Per column, codes a value by its bin among quantile edges of the training rows."""

    def __init__(self, X: np.ndarray, sample: int = 200_000, seed: int = 0) -> None:
        rng = np.random.default_rng(seed)
        rows = X[rng.choice(len(X), min(sample, len(X)), replace=False)]
        qs = np.linspace(0, 1, QUANTILES + 1)[1:-1]
        self.edges = [np.unique(np.quantile(rows[:, j], qs)) for j in range(X.shape[1])]

    def transform(self, X: np.ndarray) -> np.ndarray:
        """``uint8`` codes, same shape as ``X``."""
        out = np.empty(X.shape, dtype=np.uint8)
        for j, e in enumerate(self.edges):
            out[:, j] = np.searchsorted(e, X[:, j], side="right")
        return out


def padded_groups(row_group: np.ndarray, max_rows: int) -> np.ndarray:
    """Row indices per group, ``[n_groups, width]``, padded with -1; groups are consecutive
    runs of ``row_group`` (sorted), each cut to its first ``max_rows`` rows."""
    n_groups = int(row_group.max()) + 1 if len(row_group) else 0
    start = np.searchsorted(row_group, np.arange(n_groups))
    pos = np.arange(len(row_group)) - start[row_group]
    keep = pos < max_rows
    width = int(pos[keep].max()) + 1 if keep.any() else 1
    out = np.full((n_groups, width), -1, dtype=np.int64)
    out[row_group[keep], pos[keep]] = np.flatnonzero(keep)
    return out


def listwise_loss(scores: Any, label: Any, mask: Any) -> Any:
    """Mean over queries of the mean over their answers of ``-log softmax`` of the answer
    against the query's non-answers (tensors ``[groups, width]``; ``mask`` marks rows)."""
    label = label & mask
    neg = torch.where(mask & ~label, scores, torch.full_like(scores, -1e4))
    lse = torch.logsumexp(neg, dim=1, keepdim=True)
    per = torch.nn.functional.softplus(lse - scores) * label
    n_pos = label.sum(dim=1)
    has = n_pos > 0
    return (per.sum(dim=1)[has] / n_pos[has]).mean()


def _net(n_feat: int, n_ent: int, n_rel2: int, cfg: RerankSettings):
    class Net(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.ent = torch.nn.Embedding(n_ent, cfg.dim)
            self.rel = torch.nn.Embedding(n_rel2, cfg.dim)
            for e in (self.ent, self.rel):
                torch.nn.init.normal_(e.weight, std=0.1)
            h = cfg.hidden
            self.inp = torch.nn.Linear(n_feat + 3 * cfg.dim, h)
            self.mid = torch.nn.Linear(h * (3 if cfg.context else 1), h // 2)
            self.out = torch.nn.Linear(h // 2, 1)
            self.drop = torch.nn.Dropout(cfg.dropout)
            self.edrop = torch.nn.Dropout(cfg.emb_drop)

        def forward(self, codes, s, r, o, mask):
            """Scores ``[groups, width]`` of padded candidate rows."""
            es, wr, eo = (self.edrop(e) for e in (self.ent(s)[:, None], self.rel(r)[:, None],
                                                   self.ent(o)))
            w = o.shape[1]
            x = torch.cat([codes.float() / QUANTILES, es.expand(-1, w, -1),
                           wr.expand(-1, w, -1), eo], dim=-1)
            h = self.drop(torch.relu(self.inp(x)))
            if cfg.context:  # the query's other candidates: max and mean of their codes
                m = mask[..., None]
                top = torch.where(m, h, torch.zeros_like(h)).amax(dim=1, keepdim=True)
                mean = (h * m).sum(dim=1, keepdim=True) / m.sum(dim=1, keepdim=True)
                h = torch.cat([h, top.expand(-1, w, -1) - h, mean.expand(-1, w, -1)], dim=-1)
            y = self.out(torch.relu(self.mid(h))).squeeze(-1)
            return y + (es * wr * eo).sum(-1)

    return Net()


class Reranker:
    """Fit on a training block, score any block's rows (higher is better)."""

    def __init__(self, n_ent: int, n_rel2: int, cfg: RerankSettings | None = None) -> None:
        if torch is None:
            raise RuntimeError("the reranker needs the torch extra")
        torch.set_num_threads(EMBED_THREADS)
        self.n_ent, self.n_rel2 = n_ent, n_rel2
        self.cfg = cfg or RerankSettings()
        self.coder: QuantileCoder | None = None
        self.net = None

    def _scores(self, block, codes: np.ndarray, idx: np.ndarray):
        """Scores ``[groups, width]`` of the padded row indices ``idx`` (-1: none)."""
        mask = idx >= 0
        rows = np.where(mask, idx, 0)
        g = block.row_group[rows[:, 0]]
        s, r = (np.ascontiguousarray(block.group_key[g, k].astype(np.int64)) for k in (0, 1))
        o = block.row_obj[rows].astype(np.int64)
        m = torch.from_numpy(mask)
        sc = self.net(torch.from_numpy(codes[rows]), torch.from_numpy(s), torch.from_numpy(r),
                      torch.from_numpy(o), m)
        return torch.where(m, sc, torch.full_like(sc, -1e4)), m

    def fit(self, block: Any, epoch_end: Callable[[int], None] | None = None) -> Reranker:
        """Train on ``block`` (a ``tkg_model.Block``); ``epoch_end(epoch)`` is called after
        each epoch (e.g. to score valid)."""
        cfg = self.cfg
        torch.manual_seed(cfg.seed)
        self.coder = QuantileCoder(block.X, seed=cfg.seed)
        codes = self.coder.transform(block.X)
        self.net = _net(block.X.shape[1], self.n_ent, self.n_rel2, cfg)
        opt = torch.optim.AdamW(self.net.parameters(), lr=cfg.lr,
                                weight_decay=cfg.weight_decay)
        groups = padded_groups(block.row_group, cfg.max_rows)
        lab = np.zeros(groups.shape, dtype=bool)
        lab[groups >= 0] = block.label[groups[groups >= 0]] > 0
        groups, lab = groups[lab.any(axis=1)], lab[lab.any(axis=1)]
        rng = np.random.default_rng(cfg.seed)
        for epoch in range(cfg.epochs):
            self.net.train()
            for b in np.array_split(rng.permutation(len(groups)),
                                    max(1, len(groups) // cfg.groups_per_batch)):
                sc, mask = self._scores(block, codes, groups[b])
                loss = listwise_loss(sc, torch.from_numpy(lab[b]), mask)
                opt.zero_grad()
                loss.backward()
                opt.step()
            if epoch_end is not None:
                epoch_end(epoch)
        return self

    def score(self, block: Any, chunk: int = 2_000) -> np.ndarray:
        """Scores of every row of ``block`` (all candidates of a query are seen together)."""
        codes = self.coder.transform(block.X)
        groups = padded_groups(block.row_group, len(block.row_group))
        self.net.eval()
        out = np.empty(len(codes), dtype=np.float32)
        with torch.no_grad():
            for a in range(0, len(groups), chunk):
                idx = groups[a : a + chunk]
                sc, mask = self._scores(block, codes, idx)
                out[idx[idx >= 0]] = sc.numpy()[mask.numpy()]
        return out


WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5)


def z(x: np.ndarray) -> np.ndarray:
    return (x - x.mean()) / x.std()


def report(blk_va, n_ent: int, nn: np.ndarray, lgb: dict[str, np.ndarray]) -> None:
    rr = 1.0 / rank_block(blk_va, nn, n_ent, None)
    print(f"  reranker alone: valid MRR={rr.mean():.4f}", flush=True)
    even = blk_va.group_key[blk_va.q_group, 2] % 2 == 0
    for name, base in lgb.items():
        res = {w: 1.0 / rank_block(blk_va, z(base) + w * z(nn), n_ent, None) for w in WEIGHTS}
        best = max(WEIGHTS, key=lambda w: res[w][even].mean())
        cells = " ".join(f"w={w}:{res[w].mean():.4f}" for w in WEIGHTS)
        print(f"  {name}: {cells} | w chosen on even t={best}: odd t "
              f"{res[0.0][~even].mean():.4f} -> {res[best][~even].mean():.4f}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data_dir")
    ap.add_argument("--cache", required=True)
    ap.add_argument("--lgb", nargs="*", default=[], help="saved LambdaRank valid scores")
    ap.add_argument("--save", help="save the final reranker valid scores here")
    ap.add_argument("--set", nargs="*", default=[], help="RerankSettings overrides")
    args = ap.parse_args()
    cfg = RerankSettings()
    for item in args.set:
        k, v = item.split("=")
        cfg = replace(cfg, **{k: type(getattr(cfg, k))(float(v))})
    print(cfg, flush=True)
    n_ent, blk_tr, blk_va = pickle.loads(Path(args.cache).read_bytes())
    n_rel2 = 2 * load_tkg(args.data_dir).num_relations
    lgb = {Path(f).name: np.load(f) for f in args.lgb}
    if len(lgb) > 1:
        lgb["bag"] = np.mean([z(x) for x in lgb.values()], axis=0)
    c0 = time.process_time()
    model = Reranker(n_ent, n_rel2, cfg)

    def epoch_end(epoch: int) -> None:
        c1 = time.process_time()
        nn = model.score(blk_va)
        print(f"epoch {epoch + 1}: {c1 - c0:.0f} CPU s to here", flush=True)
        report(blk_va, n_ent, nn, lgb)
        if args.save:
            np.save(args.save, nn)

    model.fit(blk_tr, epoch_end)
    print(f"total {time.process_time() - c0:.0f} CPU s", flush=True)


if __name__ == "__main__":
    main()
