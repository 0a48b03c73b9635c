"""Sectors from entity names (``tkg_sector``) on tiny hand-made graphs."""

from __future__ import annotations

import numpy as np

from newsgraph.forecast.tkg_country import CountryHistory, entity_countries
from newsgraph.forecast.tkg_features import HistoryIndex
from newsgraph.forecast.tkg_sector import SectorHistory, entity_sectors
from tkg_graphs import harness_mrr, walked_blocks, with_inverses, write_split_dataset

N_REL = 2  # relations 0, 1 and their inverses 2, 3
# 0 India, 1 Police (India), 2 Citizen (India), 3 Barack Obama, 4 Citizen (Chad), 5 Chad,
# 6 Police (Chad)
NAMES = ["India", "Police_(India)", "Citizen (India)", "Barack_Obama", "Citizen_(Chad)",
         "Chad", "Police_(Chad)"]


def _index(facts: list[list[int]], now: float, names: list[str] = NAMES) -> HistoryIndex:
    index = HistoryIndex(len(names), 2 * N_REL)
    country, home = entity_countries(names)
    index.country = CountryHistory(country, home, 2 * N_REL, index.rates)
    index.country.sector = SectorHistory(entity_sectors(names, country, home), country,
                                         2 * N_REL, index.rates)
    index.bulk_load(with_inverses(facts, N_REL), now)
    return index


def test_sectors_come_from_the_names_in_either_spelling() -> None:
    country, home = entity_countries(NAMES)
    sec = entity_sectors(NAMES, country, home)
    citizen, police = sec[2], sec[1]
    assert citizen != police and sec[4] == citizen and sec[6] == police
    assert sec[0] == sec[5] not in (citizen, police)  # the countries share one sector
    assert sec[3] not in (citizen, police, sec[0]) and sec[3] >= 0  # "other": a person


def test_names_without_qualifiers_give_no_sector() -> None:
    names = ["Paris", "Berlin", "Barack_Obama"]
    country, home = entity_countries(names)
    assert (entity_sectors(names, country, home) == -1).all()
    index = _index([[0, 0, 1, 0], [2, 1, 0, 0]], 1.0, names)
    x = index.country.features(index, np.array([0, 2]), np.array([0, 1]), np.array([1, 0]),
                               1.0)
    assert x.shape == (2, 18) and np.isnan(x[:, 9:]).all()
    g, o = index.country.candidates(np.array([0, 2]), np.array([0, 1]), 1.0, 5, 5)
    assert len(g) == len(o) == 0


def test_sector_features_see_what_a_sector_does_to_one_it_never_met() -> None:
    # Police (India) arrested (r0) Citizen (India) twice; Obama met India (r1)
    index = _index([[1, 0, 2, 0], [1, 0, 2, 1], [3, 1, 0, 1]], 2.0)
    s, r, o = np.array([6, 6, 1, 3]), np.array([0, 0, 0, 1]), np.array([4, 2, 2, 0])
    x = index.country.features(index, s, r, o, 2.0)[:, 9:]
    assert x.shape == (4, 9) and x.dtype == np.float32
    # Police of Chad never acted, but police arrest citizens of their own country
    assert np.allclose(x[0, :3], 1.0) and np.isclose(x[0, 3], np.log1p(2))
    assert np.allclose(x[1, 0], 0.0) and np.allclose(x[1, 1:3], 1.0)  # citizens abroad
    assert np.allclose(x[0, 4:8], 0.0)  # Police (Chad) has no activity of its own
    assert np.allclose(x[1, 8], 1.0)  # all of Citizen (India)'s activity is with police
    assert np.allclose(x[2, 4:8], 1.0)  # Police (India): all with citizens, of India
    assert np.allclose(x[3, :3], 1.0) and np.isclose(x[3, 3], np.log1p(1))  # other->country
    assert np.allclose(x[3, 7], 1.0)  # a country is the one entity of its group


def test_sector_candidates_are_the_subjects_compatriots_in_the_usual_sectors() -> None:
    index = _index([[1, 0, 2, 0], [1, 0, 4, 1], [3, 1, 0, 1]], 2.0)
    sector = index.country.sector
    g, o = sector.candidates(np.array([6, 1, 3]), np.array([0, 0, 0]), 2.0, 5)
    got = {(int(a), int(b)) for a, b in zip(g, o, strict=True)}
    # police arrest citizens of their own country (once at home, once abroad: only the
    # home facts count), so Police (Chad) gets Citizen (Chad) and Police (India) Citizen
    # (India); Obama has no country
    assert got == {(0, 4), (1, 2)}


def test_the_walk_adds_the_sector_columns_and_advances_the_tables() -> None:
    facts = with_inverses([[1, 0, 2, 0], [6, 0, 4, 1], [1, 0, 2, 2]], N_REL)
    index = HistoryIndex(len(NAMES), 2 * N_REL)
    country, home = entity_countries(NAMES)
    index.country = CountryHistory(country, home, 2 * N_REL, index.rates)
    index.country.sector = SectorHistory(entity_sectors(NAMES, country, home), country,
                                         2 * N_REL, index.rates)
    plain = HistoryIndex(len(NAMES), 2 * N_REL)
    plain.country = CountryHistory(country, home, 2 * N_REL, plain.rates)
    blk, ref = walked_blocks(index, plain, facts, 2 * N_REL)
    assert blk.X.shape[1] == ref.X.shape[1] + 9
    sec = index.country.sector
    police, citizen = sec.sector[1], sec.sector[2]
    key = ((police * 2 * N_REL + 0) * 2 + 1) * sec.n_s + citizen
    _, cnt, _ = sec.srs.lookup(np.array([key]), 3.0)
    assert cnt[0] == 3  # the facts at 1 and 2 entered after their own queries
    # at 1, Police (Chad) had never met Citizen (Chad): the sector candidates found it
    t1 = blk.group_key[:, 2] == 1
    q = np.flatnonzero(t1 & (blk.group_key[:, 0] == 6) & (blk.group_key[:, 1] == 0))
    assert len(q) == 1 and 4 in blk.row_obj[blk.row_group == q[0]]


def _write_sectors(folder, seed: int = 0) -> None:
    """120 countries with a police, citizens, an army and rebels each; country ``i`` is
    active at steps ``i // 4`` and ``i // 4 + 1`` only: its police arrests (relation 0)
    its citizens and its army does the same relation 0 with its rebels. So every first
    step is a pair of entities never seen, which only the sector links (the country's own
    history is empty, and relation 0's answers are half citizens, half rebels); 20 random
    pairs of active entities do relation 1."""
    rng = np.random.default_rng(seed)
    kinds = ("Police", "Citizen", "Army", "Rebel")
    names = [f"{k}_(Land{i})" for i in range(120) for k in kinds]
    lines = []
    for t in range(30):
        active = [i for i in range(120) if t in (i // 4, i // 4 + 1)]
        for i in active:
            lines += [f"{4 * i}\t0\t{4 * i + 1}\t{t}", f"{4 * i + 2}\t0\t{4 * i + 3}\t{t}"]
        ents = np.array([4 * i + k for i in active for k in range(4)])
        for a, b in rng.choice(ents, (20, 2)):
            if a != b:
                lines.append(f"{a}\t1\t{b}\t{t}")
    write_split_dataset(folder, lines, names)


def test_the_harness_ranks_answers_of_the_usual_sector_higher(tmp_path) -> None:
    _write_sectors(tmp_path)
    mrr = {sec: harness_mrr(tmp_path, sector=sec) for sec in (False, True)}
    assert mrr[True] > mrr[False] + 0.1  # measured: 0.504 against 0.274
    assert harness_mrr(tmp_path) == mrr[True]  # the sectors are on by default


def test_the_harness_runs_with_sectors_on_names_without_qualifiers(tmp_path) -> None:
    rng = np.random.default_rng(1)
    lines = [f"{a}\t{int(rng.integers(2))}\t{b}\t{t}" for t in range(12)
             for a, b in rng.integers(0, 12, (8, 2)) if a != b]
    write_split_dataset(tmp_path, lines, [f"Actor {i}" for i in range(12)],
                        valid_from=8, test_from=10)
    assert 0.0 < harness_mrr(tmp_path) <= 1.0  # the default (sectors on) runs there
    assert harness_mrr(tmp_path) == harness_mrr(tmp_path, sector=False)  # and adds nothing
