"""Countries from entity names (``tkg_country``) on tiny hand-made graphs."""

from __future__ import annotations

import numpy as np

from newsgraph.forecast.tkg_country import (
    CountryHistory,
    entity_countries,
    infer_countries,
    read_entity_names,
)
from newsgraph.forecast.tkg_features import HistoryIndex
from tkg_graphs import harness_mrr, walked_blocks, with_inverses, write_split_dataset

N_REL = 2  # relations 0, 1 and their inverses 2, 3
# 0 India, 1 Police (India), 2 Citizen (India), 3 Barack Obama, 4 Citizen (Chad), 5 Chad
NAMES = ["India", "Police_(India)", "Citizen (India)", "Barack_Obama", "Citizen_(Chad)",
         "Chad"]


def _aug(facts: list[list[int]]) -> np.ndarray:
    return with_inverses(facts, N_REL)


def _index(facts: list[list[int]], now: float) -> HistoryIndex:
    index = HistoryIndex(len(NAMES), 2 * N_REL)
    index.country = CountryHistory(*entity_countries(NAMES), 2 * N_REL, index.rates)
    index.bulk_load(_aug(facts), now)
    return index


def test_countries_come_from_the_names_in_either_spelling() -> None:
    country, home = entity_countries(NAMES)
    india, chad = country[0], country[5]
    assert india != chad and min(india, chad) >= 0
    assert list(country) == [india, india, india, -1, chad, chad]
    assert home[india] == 0 and home[chad] == 5


def test_entity_names_are_read_by_id(tmp_path) -> None:
    (tmp_path / "entity2id.txt").write_text("Chad\t1\nCitizen (Chad)\t0\n", encoding="utf-8")
    assert read_entity_names(tmp_path, 3) == ["Citizen (Chad)", "Chad", ""]


def test_features_see_the_country_of_a_pair_that_never_met() -> None:
    # Police (India) arrested (r0) Citizen (India) once; Obama met India and Chad
    index = _index([[1, 0, 2, 0], [3, 1, 0, 1], [3, 1, 5, 1]], 2.0)
    s = np.array([1, 1, 3, 3, 1])
    r = np.array([0, 0, 0, 1, 1])
    o = np.array([2, 4, 2, 4, 0])
    x = index.country.features(index, s, r, o, 2.0)
    assert x.shape == (5, 9) and x.dtype == np.float32
    assert list(x[:, 0][:2]) == [1.0, 0.0] and np.isnan(x[2, 0])  # Obama has no country
    assert list(x[:, 1]) == [0, 0, 0, 0, 1]  # India is Police (India)'s country
    # all of Police (India)'s activity is with India; Obama's is half with Chad
    assert np.allclose(x[0, 2:4], 1.0) and np.allclose(x[1, 2:4], 0.0)
    assert np.allclose(x[3, 2:4], 0.5)
    assert np.allclose(x[3, 4], 0.5)  # one of Obama's two r1 facts went to Chad
    # (c(s), r, o): India's entities did r0 only with Citizen (India)
    assert np.allclose(x[0, 6:8], 1.0) and np.allclose(x[1, 6:8], 0.0)
    assert np.isnan(x[2, 6]) and x[0, 8] > 0


def test_relation_share_and_the_candidate_side() -> None:
    index = _index([[3, 1, 5, 0], [3, 0, 2, 0], [4, 0, 3, 0]], 1.0)
    s, r, o = np.array([3, 3]), np.array([1, 0]), np.array([4, 4])
    x = index.country.features(index, s, r, o, 1.0)
    assert np.allclose(x[0, 4], 1.0)  # Obama's r1 facts all went to Chad
    assert np.allclose(x[1, 4], 0.0)  # his r0 fact went to India
    assert np.isnan(x[:, 5]).all()  # Obama has no country, so o's share with it is unknown
    y = index.country.features(index, np.array([2]), np.array([0]), np.array([3]), 1.0)
    assert np.allclose(y[0, 5], 1 / 3)  # Obama met Chad and the citizens of both countries
    y = index.country.features(index, np.array([4]), np.array([0]), np.array([2]), 1.0)
    assert np.allclose(y[0, 5], 0.0)  # Citizen (India) met only Obama, of no country


def test_country_candidates_reach_a_subject_without_history() -> None:
    # Police (India) and India arrested Citizen (India); Citizen (Chad) did r0 with Obama
    index = _index([[1, 0, 2, 0], [0, 0, 2, 1], [4, 0, 3, 1]], 2.0)
    g, o = index.country.candidates(np.array([2, 3, 5]), np.array([0, 0, 0]), 2.0, 5)
    got = {(int(a), int(b)) for a, b in zip(g, o, strict=True)}
    # Citizen (India) itself never acted, but India's entities did r0 with it; Obama has
    # no country; Chad's entities did r0 with Obama
    assert got == {(0, 2), (2, 3)}


def test_the_walk_adds_the_country_columns_and_advances_the_tables() -> None:
    facts = _aug([[1, 0, 2, 0], [0, 0, 2, 1], [1, 0, 2, 2]])
    index = HistoryIndex(len(NAMES), 2 * N_REL)
    plain = HistoryIndex(len(NAMES), 2 * N_REL)
    index.country = CountryHistory(*entity_countries(NAMES), 2 * N_REL, index.rates)
    blk, ref = walked_blocks(index, plain, facts, 2 * N_REL)
    assert blk.X.shape[1] == ref.X.shape[1] + 9
    # the facts at 1 and 2 entered the country tables after their own queries
    v, cnt, _ = index.country.cro.lookup(
        np.array([(int(index.country.country[1]) * 2 * N_REL + 0) * len(NAMES) + 2]), 3.0)
    assert cnt[0] == 3


def test_partners_give_a_country_to_entities_whose_names_do_not() -> None:
    country, _ = entity_countries(NAMES)
    # Obama (3) met India's entities twice and Chad once; entity 6 (no name) met no one
    facts = np.array([[3, 0, 0, 0], [3, 0, 2, 1], [3, 1, 5, 1], [1, 0, 3, 2]])
    got = infer_countries(np.r_[country, -1], facts)
    assert got[3] == country[0] and got[6] == -1
    assert list(got[:3]) == list(country[:3])  # names win over partners
    tie = infer_countries(np.r_[country, -1], facts[[0, 2]], min_share=0.6)
    assert tie[3] == -1  # half India, half Chad: below the share asked for


def _write_countries(folder, seed: int = 0) -> None:
    """Two countries of 100 sectors each; every step each of 10 subjects per country does
    relation 0 with a random sector of its own country (mostly a new partner) and
    relation 1 with two random sectors of either country (so the graph's communities do
    not show the countries)."""
    rng = np.random.default_rng(seed)
    names = [f"Sector{i}_({'Aland' if i < 100 else 'Bland'})" for i in range(200)]
    lines = []
    for t in range(30):
        for s in [*range(10), *range(100, 110)]:
            o = int(rng.integers(10, 100)) + (100 if s >= 100 else 0)
            lines.append(f"{s}\t0\t{o}\t{t}")
            lines += [f"{s}\t1\t{int(x)}\t{t}" for x in rng.integers(0, 200, 2) if x != s]
    write_split_dataset(folder, lines, names)


def test_the_harness_ranks_answers_of_the_subjects_country_higher(tmp_path) -> None:
    _write_countries(tmp_path)
    # the countries alone, with one training group per query as when they were measured
    # (the default's groups per answer raise both: 0.124 against 0.114; the default's
    # sectors are each one entity's here, "Sector5", and only add noise: 0.122)
    mrr = {how: harness_mrr(tmp_path, ranker={"per_answer": False}, country=how, sector=False)
           for how in (None, "names")}
    assert mrr["names"] > mrr[None] + 0.01  # measured: 0.131 against 0.106
