"""The entities' sectors, read from their names, beside their countries (``tkg_country``).

``Police_(India)`` is the sector ``Police`` of the country ``India``; an entity named like
a country is of the sector "country", and the other entities of a dataset whose names
carry such qualifiers (people, organisations: ``Narendra_Modi``) share the sector "other".
When no name carries a qualifier, no entity has a sector and every column is missing.

Sectors act on sectors in typical ways ("police arrest citizens", mostly of their own
country), which holds for pairs that never met. For a query ``(s, r, ?, t)`` and a
candidate ``o``, with ``sec(x)`` the sector and ``c(x)`` the country of ``x``:

* ``(sec(s), r, sec(o))``'s share of ``(sec(s), r, *)`` (two rates) and its log count, and
  the share of the same restricted to the pair's country match (``c(s) == c(o)`` or not):
  what the subject's sector does with ``r``, at home and abroad;
* the share of ``s``'s recent activity, and of its ``(s, r, *)`` facts, with entities of
  ``sec(o)``, and with entities of ``o``'s sector *and* country; the share of ``o``'s
  recent activity with entities of ``sec(s)``.

Candidates: the entities of ``s``'s country in the sectors ``(sec(s), r)`` most often
went to within their own country recently (``Citizen_(India)`` for ``Police_(India)``
asked about arrests, even when the two never met). Counts use facts before ``t`` only.

An option of the harness (``run_benchmark(..., sector=True)``), not the default: on
ICEWS14 it raised valid MRR by +0.0022 and +0.0033 on two ranker seeds, short of the
+0.003 bar on one (``docs/forecasting.md``, the sectors round).
"""

from __future__ import annotations

import numpy as np

from .decay import DecayTable
from .tkg_country import NAME_TAG, RATE_COLS, attribute_share


def entity_sectors(names: list[str], country: np.ndarray, home: np.ndarray) -> np.ndarray:
    """Sector index per entity: the part of ``Sector_(Country)`` (or ``Sector (Country)``)
    before the country; the entities that are a country (``home``) share the sector
    "country", all others the sector "other". ``-1`` everywhere when no name has a
    qualifier."""
    norm = [n.strip().replace(" ", "_") for n in names]
    secs = [m.group(1) if (m := NAME_TAG.match(n)) else None for n in norm]
    ids = {c: k for k, c in enumerate(sorted({s for s in secs if s}))}
    if not ids:
        return np.full(len(names), -1, dtype=np.int64)
    out = np.array([ids[s] if s else len(ids) + 1 for s in secs], dtype=np.int64)
    states = np.asarray(home)[np.asarray(home) >= 0]
    out[states] = len(ids)
    return out


class SectorHistory:
    """Decayed counts of ``(sec(s), r, c(s) == c(o), sec(o))`` and ``(sec(s), r)``."""

    def __init__(self, sector: np.ndarray, country: np.ndarray, n_rel2: int,
                 rates: np.ndarray) -> None:
        self.sector = np.asarray(sector, dtype=np.int64)
        self.country = np.asarray(country, dtype=np.int64)
        self.n_ent, self.n_rel2 = len(self.sector), n_rel2
        self.n_s = max(int(self.sector.max(initial=-1)) + 1, 1)
        n_c = max(int(self.country.max(initial=-1)) + 1, 1)
        both = (self.sector >= 0) & (self.country >= 0)
        self.group = np.where(both, self.country * self.n_s + self.sector, -1)
        self.n_g = n_c * self.n_s
        ents = np.flatnonzero(both)
        order = np.argsort(self.group[ents], kind="stable")
        self.g_key, self.g_ent = self.group[ents][order], ents[order]  # (country, sector)
        self.srs, self.sr = DecayTable(rates), DecayTable(rates)

    def _same(self, s: np.ndarray, o: np.ndarray) -> np.ndarray:
        cs = self.country[s]
        return ((cs >= 0) & (cs == self.country[o])).astype(np.int64)

    def _keys(self, facts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        a, b = self.sector[facts[:, 0]], self.sector[facts[:, 2]]
        m = (a >= 0) & (b >= 0)
        f = facts[m]
        sr = a[m] * self.n_rel2 + f[:, 1]
        return (sr * 2 + self._same(f[:, 0], f[:, 2])) * self.n_s + b[m], sr, m

    def bulk_load(self, facts: np.ndarray, now: float) -> None:
        """Load all (augmented) ``facts`` with time < ``now``."""
        srs, sr, m = self._keys(facts)
        self.srs.bulk_load(srs, facts[m, 3], now)
        self.sr.bulk_load(sr, facts[m, 3], now)

    def add(self, facts: np.ndarray, t: float) -> None:
        """Record the (augmented) facts of timestamp ``t``."""
        srs, sr, _ = self._keys(facts)
        self.srs.add(srs, t)
        self.sr.add(sr, t)

    def candidates(self, qs: np.ndarray, qr: np.ndarray, t: float, k: int
                   ) -> tuple[np.ndarray, np.ndarray]:
        """Per query whose subject has a sector and a country: the entities of that country
        in the ``k`` sectors ``(sec(s), r)`` went to most within its own country recently:
        ``(query index, object)`` rows."""
        q = np.flatnonzero(self.group[qs] >= 0)
        z = np.zeros(0, dtype=np.int64)
        if len(q) == 0 or k <= 0 or len(self.g_key) == 0:
            return z, z
        sr = self.sector[qs[q]] * self.n_rel2 + qr[q]
        lo = (sr * 2 + 1) * self.n_s
        grp, keys = self.srs.ranges(lo, lo + self.n_s)
        vals, _, _ = self.srs.lookup(keys, t)
        order = np.lexsort((-vals[:, RATE_COLS[0]], grp))
        grp, keys = grp[order], keys[order]
        keep = (np.arange(len(grp)) - np.searchsorted(grp, grp)) < k
        grp, sec_o = grp[keep], keys[keep] % self.n_s
        want = self.country[qs[q[grp]]] * self.n_s + sec_o
        pos = np.minimum(np.searchsorted(self.g_key, want), len(self.g_key) - 1)
        hit = self.g_key[pos] == want
        rows, obj = q[grp[hit]], self.g_ent[pos[hit]]
        own = obj != qs[rows]
        return rows[own], obj[own]

    def features(self, index: object, s: np.ndarray, r: np.ndarray, o: np.ndarray,
                 t: float) -> np.ndarray:
        """Nine columns per candidate row (float32; NaN where a sector is unknown):
        ``(sec(s), r, c(s) == c(o), sec(o))``'s share of ``(sec(s), r, *)``,
        ``(sec(s), r, sec(o))``'s share (two rates) and its log count, ``s``'s activity
        share with ``sec(o)`` (two rates), ``(s, r, *)``'s share with ``sec(o)``, ``s``'s
        activity share with ``o``'s sector and country, ``o``'s share with ``sec(s)``."""
        a, b = self.sector[s], self.sector[o]
        known = (a >= 0) & (b >= 0)
        sr = a * self.n_rel2 + r
        same = self._same(s, o)
        key = np.where(known, (sr * 2 + same) * self.n_s + b, -1)
        other = np.where(known, (sr * 2 + 1 - same) * self.n_s + b, -1)
        v_same, c_same, _ = self.srs.lookup(key, t)
        v_other, c_other, _ = self.srs.lookup(other, t)
        tot, _, _ = self.sr.lookup(np.where(known, sr, -1), t)
        cols = list(RATE_COLS)
        den = np.maximum(tot[:, cols], 1e-9)
        tables = index.tables  # type: ignore[attr-defined]
        n = self.n_ent
        s_aff = attribute_share(tables["so"], s, self.sector, self.n_s, b, t, n)
        sr_aff = attribute_share(tables["sro"], s * self.n_rel2 + r, self.sector, self.n_s,
                                 b, t, n)
        g_aff = attribute_share(tables["so"], s, self.group, self.n_g, self.group[o], t, n)
        o_aff = attribute_share(tables["so"], o, self.sector, self.n_s, a, t, n)
        out = np.c_[v_same[:, cols[0]] / den[:, 0], (v_same + v_other)[:, cols] / den,
                    np.log1p(c_same + c_other), s_aff, sr_aff[:, :1], g_aff[:, :1],
                    o_aff[:, :1]]
        out[~known, :4] = np.nan
        return out.astype(np.float32)
