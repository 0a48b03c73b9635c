"""The entities' countries, read from their names, as TKG features and a candidate source.

ICEWS actors are countries (``India``), people (``Narendra_Modi``) and sectors of a
country (``Police_(India)``, ``Citizen (India)`` in the xERTE files). The country in the
name is information the graph only holds indirectly (through shared partners), and it is
what links most new pairs: a fifth of the validation answers of ICEWS14 are entities the
subject never met, 15% of them of the subject's own country against 1% of all entities.
So for a query ``(s, r, ?, t)`` and a candidate ``o``, with ``c(x)`` the country of ``x``
(``-1`` when the name gives none; a country is its own country):

* whether ``s`` and ``o`` share a country (missing when either has none), and whether one
  of them is the other's country;
* the share of ``s``'s recent activity, and of its ``(s, r, *)`` facts, with entities of
  ``c(o)``; the share of ``o``'s recent activity with entities of ``c(s)``;
* ``(c(s), r, o)``: how much of what entities of ``s``'s country recently did with ``r``
  went to ``o`` (a country-level recurrency; it also gives candidates, the objects of
  ``(c(s), r)``, which reach subjects without a history of their own).

Counts are decayed like the other history tables and use facts before ``t`` only.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from .decay import DecayTable
from .tkg_data import read_names

RATE_COLS = (1, 3)  # decay rates used (indices into the history's rates: 0.03 and 0.3)
NAME_TAG = re.compile(r"^(.*?)[ _]\((.+)\)$")
MIN_TAGGED = 0.25  # qualifiers_usable: share of the entities with a "(qualifier)"
MIN_PER_TAG = 3.0  # and entities per distinct qualifier


def entity_countries(names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Country index per entity from its name (``-1``: none), and per country the entity
    that is the country itself (``-1``: none). ``Sector_(Country)`` and ``Sector
    (Country)`` give ``Country``; an entity named like a country is that country."""
    norm = [n.strip().replace(" ", "_") for n in names]
    tags = [m.group(2) if (m := NAME_TAG.match(n)) else None for n in norm]
    ids = {c: k for k, c in enumerate(sorted({t for t in tags if t}))}
    country = np.array([ids[t] if t else ids.get(n, -1)
                        for n, t in zip(norm, tags, strict=True)], dtype=np.int64)
    home = np.full(len(ids), -1, dtype=np.int64)
    for e, n in enumerate(norm):
        if n in ids:
            home[ids[n]] = e
    return country, home


def infer_countries(country: np.ndarray, facts: np.ndarray, min_share: float = 0.5
                    ) -> np.ndarray:
    """``country`` with a country for the entities whose names give none (people,
    organisations): the country of most of their ``facts``' partners that have one, when
    it holds at least ``min_share`` of them."""
    out = np.asarray(country, dtype=np.int64).copy()
    cp = out[facts[:, 2]]
    m = (out[facts[:, 0]] < 0) & (cp >= 0)
    if not m.any():
        return out
    n_c = int(out.max()) + 1
    ent, inv = np.unique(facts[m, 0], return_inverse=True)
    counts = np.zeros((len(ent), n_c))
    np.add.at(counts, (inv, cp[m]), 1.0)
    best = counts.argmax(axis=1)
    ok = counts[np.arange(len(ent)), best] >= min_share * counts.sum(axis=1)
    out[ent[ok]] = best[ok]
    return out


def read_entity_names(data_dir: str | Path, n_ent: int) -> list[str]:
    """Names by id from the dataset's entity ids file (``tkg_data.read_names``: any of the
    usual layouts); ids without a name (or no file at all) get ``""``."""
    names = [""] * n_ent
    for i, name in read_names(data_dir, "entity").items():
        if i < n_ent:
            names[i] = name
    return names


def qualifiers_usable(names: list[str], min_share: float = MIN_TAGGED,
                      min_per_tag: float = MIN_PER_TAG) -> bool:
    """Whether the names carry ICEWS-style "(country)" qualifiers: at least ``min_share``
    of the entities have one and a qualifier is shared by ``min_per_tag`` entities on
    average. ICEWS: 59% and 12; names without qualifiers (GDELT, Wikidata ids, numeric
    ids) give 0, and a set where a few names are disambiguated Wikipedia titles
    (``Pinocchio_(1940_film)``, YAGO) falls short of both."""
    tags = [m.group(2) for n in names if (m := NAME_TAG.match(n.strip().replace(" ", "_")))]
    return (len(tags) >= min_share * max(len(names), 1)
            and len(tags) >= min_per_tag * len(set(tags)) > 0)


class CountryHistory:
    """Decayed counts of ``(c(s), r, o)`` and ``(c(s), r)`` beside a ``HistoryIndex``."""

    def __init__(self, country: np.ndarray, home: np.ndarray, n_rel2: int,
                 rates: np.ndarray) -> None:
        self.country = np.asarray(country, dtype=np.int64)
        self.n_ent, self.n_rel2 = len(self.country), n_rel2
        self.n_c = max(int(self.country.max(initial=-1)) + 1, 1)
        self.home = np.full(self.n_c, -1, dtype=np.int64)  # the entity that is the country
        self.home[: len(home)] = home
        self.cro, self.cr = DecayTable(rates), DecayTable(rates)
        self.sector = None  # a tkg_sector.SectorHistory, advanced with these tables

    def _keys(self, facts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        c = self.country[facts[:, 0]]
        f = facts[c >= 0]
        cr = c[c >= 0] * self.n_rel2 + f[:, 1]
        return cr * self.n_ent + f[:, 2], cr

    def bulk_load(self, facts: np.ndarray, now: float) -> None:
        """Load all (augmented) ``facts`` with time < ``now``."""
        c = self.country[facts[:, 0]] >= 0
        cro, cr = self._keys(facts)
        self.cro.bulk_load(cro, facts[c, 3], now)
        self.cr.bulk_load(cr, facts[c, 3], now)
        if self.sector is not None:
            self.sector.bulk_load(facts, now)

    def add(self, facts: np.ndarray, t: float) -> None:
        """Record the (augmented) facts of timestamp ``t``."""
        cro, cr = self._keys(facts)
        self.cro.add(cro, t)
        self.cr.add(cr, t)
        if self.sector is not None:
            self.sector.add(facts, t)

    def candidates(self, qs: np.ndarray, qr: np.ndarray, t: float, k: int,
                   k_sector: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """The ``k`` objects of ``(c(s), r)`` with the most recent facts, per query whose
        subject has a country, plus (with sectors) the ``k_sector`` of
        ``SectorHistory.candidates``: ``(query index, object)`` rows."""
        rows, obj = self._country_candidates(qs, qr, t, k)
        if self.sector is None:
            return rows, obj
        g2, o2 = self.sector.candidates(qs, qr, t, k_sector)
        return np.concatenate([rows, g2]), np.concatenate([obj, o2])

    def _country_candidates(self, qs: np.ndarray, qr: np.ndarray, t: float, k: int
                            ) -> tuple[np.ndarray, np.ndarray]:
        n = self.n_ent
        cr = self.country[qs] * self.n_rel2 + qr
        q = np.flatnonzero(self.country[qs] >= 0)
        if len(q) == 0 or k <= 0:
            return q, q
        ucr, inv = np.unique(cr[q], return_inverse=True)
        g, keys = self.cro.ranges(ucr * n, (ucr + 1) * n)
        vals, _, _ = self.cro.lookup(keys, t)
        order = np.lexsort((-vals[:, RATE_COLS[0]], g))
        g, keys = g[order], keys[order]
        keep = (np.arange(len(g)) - np.searchsorted(g, g)) < k
        g, obj = g[keep], keys[keep] % n
        lens = np.bincount(g, minlength=len(ucr))[inv]
        seg = np.searchsorted(g, np.arange(len(ucr)))
        rows = np.repeat(q, lens)
        offs = np.arange(len(rows)) - np.repeat(np.cumsum(lens) - lens, lens)
        return rows, obj[np.repeat(seg[inv], lens) + offs]

    def features(self, index: object, s: np.ndarray, r: np.ndarray, o: np.ndarray,
                 t: float) -> np.ndarray:
        """Nine columns per candidate row (float32; NaN where a country is unknown): same
        country, one is the other's country, ``s``'s activity share with ``c(o)`` (two
        rates), ``(s, r, *)``'s share with ``c(o)``, ``o``'s share with ``c(s)``,
        ``(c(s), r, o)``'s share of ``(c(s), r, *)`` (two rates) and its log count."""
        cs, co = self.country[s], self.country[o]
        known = (cs >= 0) & (co >= 0)
        same = np.where(known, (cs == co).astype(float), np.nan)
        home = ((self.home[np.maximum(cs, 0)] == o) & (cs >= 0)) | (
            (self.home[np.maximum(co, 0)] == s) & (co >= 0))
        tables = index.tables  # type: ignore[attr-defined]
        s_aff = self._share(tables["so"], s, co, t, self.n_ent)
        sr_aff = self._share(tables["sro"], s * self.n_rel2 + r, co, t, self.n_ent)
        o_aff = self._share(tables["so"], o, cs, t, self.n_ent)
        cr = cs * self.n_rel2 + r
        v, cnt, _ = self.cro.lookup(np.where(cs >= 0, cr * self.n_ent + o, -1), t)
        tot, _, _ = self.cr.lookup(np.where(cs >= 0, cr, -1), t)
        cols = list(RATE_COLS)
        share = np.where(cs[:, None] >= 0, v[:, cols] / np.maximum(tot[:, cols], 1e-9), np.nan)
        out = np.c_[same, home, s_aff, sr_aff[:, :1], o_aff[:, :1], share,
                    np.where(cs >= 0, np.log1p(cnt), np.nan)].astype(np.float32)
        if self.sector is None:
            return out
        return np.hstack([out, self.sector.features(index, s, r, o, t)])

    def _share(self, table: DecayTable, base: np.ndarray, c: np.ndarray, t: float,
               n: int) -> np.ndarray:
        """Per row, the share of the decayed counts of keys ``base * n + x`` whose ``x`` has
        country ``c`` (rates ``RATE_COLS``; NaN where ``c < 0``)."""
        return attribute_share(table, base, self.country, self.n_c, c, t, n)


def attribute_share(table: DecayTable, base: np.ndarray, attr: np.ndarray, n_attr: int,
                    c: np.ndarray, t: float, n: int) -> np.ndarray:
    """Per row, the share of the decayed counts of ``table``'s keys ``base * n + x`` whose
    ``x`` has attribute ``attr[x] == c`` (``attr`` per entity in ``0..n_attr - 1``, ``-1``
    for none; rates ``RATE_COLS``; NaN where ``c < 0``)."""
    ub, inv = np.unique(base, return_inverse=True)
    grp, keys = table.ranges(ub * n, (ub + 1) * n)
    vals, _, _ = table.lookup(keys, t)
    vals = vals[:, list(RATE_COLS)]
    tot = np.zeros((len(ub), vals.shape[1]))
    for j in range(vals.shape[1]):
        tot[:, j] = np.bincount(grp, weights=vals[:, j], minlength=len(ub))
    xc = attr[keys % n]
    m = xc >= 0
    ck = grp[m] * n_attr + xc[m]
    uk, kinv = np.unique(ck, return_inverse=True)
    per = np.zeros((len(uk), vals.shape[1]))
    for j in range(vals.shape[1]):
        per[:, j] = np.bincount(kinv, weights=vals[m, j], minlength=len(uk))
    q = inv * n_attr + np.maximum(c, 0)
    pos = np.minimum(np.searchsorted(uk, q), max(len(uk) - 1, 0))
    hit = (uk[pos] == q) if len(uk) else np.zeros(len(q), dtype=bool)
    out = np.zeros((len(q), vals.shape[1]))
    out[hit] = per[pos[hit]]
    out = out / np.maximum(tot[inv], 1e-9)
    out[c < 0] = np.nan
    return out
