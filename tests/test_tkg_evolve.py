"""The evolving-embedding model (``tkg_evolve``) and its experiment script, on tiny
hand-made graphs (the model's tests are skipped without torch)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from newsgraph.forecast.tkg_evolve import EvolveSettings, Snapshots, Vocabulary
from newsgraph.forecast.tkg_model import Block
from tkg_graphs import copy_graph

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "tkg_evolve.py"
spec = importlib.util.spec_from_file_location("tkg_evolve_script", SCRIPT)
script = importlib.util.module_from_spec(spec)
sys.modules["tkg_evolve_script"] = script
spec.loader.exec_module(script)

TINY = EvolveSettings(dim=16, history=1, layers=1, channels=4, dropout=0.0, lr=0.01,
                      epochs=60, budget_s=60.0, update_steps=0, vocab=False, threads=1)


def test_snapshots_are_the_k_latest_strictly_before() -> None:
    snaps = Snapshots()
    snaps.add(np.array([[0, 0, 1, 5], [1, 0, 2, 2]]))
    snaps.add(np.array([[2, 1, 3, 5], [3, 1, 0, 9]]))  # time 5 again: merged
    got = snaps.before(9, 2)
    assert [x[:, 3].tolist() for x in got] == [[2], [5, 5]]  # oldest first, not 9
    assert snaps.before(5, 3)[0].tolist() == [[1, 0, 2, 2]]
    assert snaps.before(2, 3) == []


def test_vocabulary_keeps_the_first_time_and_filters_later_ones() -> None:
    voc = Vocabulary(n_ent=5, n_rel2=4)
    voc.add(np.array([[0, 1, 2, 7], [0, 1, 3, 4]]))
    voc.add(np.array([[0, 1, 2, 3], [1, 1, 2, 1]]))  # (0, 1, 2) seen earlier than 7
    rows, objs = voc.seen(np.array([0, 0, 1, 2]), np.array([1, 1, 1, 1]), 4)
    assert sorted(zip(rows.tolist(), objs.tolist(), strict=True)) == [(0, 2), (1, 2), (2, 2)]
    rows, objs = voc.seen(np.array([0]), np.array([1]), 5)
    assert sorted(objs.tolist()) == [2, 3]


def test_vocabulary_history_is_the_subjects_distinct_past_facts() -> None:
    voc = Vocabulary(n_ent=5, n_rel2=4)
    voc.add(np.array([[0, 1, 2, 3], [0, 3, 4, 1], [0, 1, 2, 0], [1, 2, 0, 1], [0, 2, 1, 6]]))
    rows, rels, objs = voc.history(np.array([1, 0]), 4)
    got = sorted(zip(rows.tolist(), rels.tolist(), objs.tolist(), strict=True))
    # subject 0's fact at 6 is not before 4; (0, 1, 2) once although seen twice
    assert got == [(0, 2, 0), (1, 1, 2), (1, 3, 4)]


def test_settings_overrides_keep_types() -> None:
    cfg = script.settings(["dim=32", "vocab=0", "lr=0.01"])
    assert (cfg.dim, cfg.vocab, cfg.lr) == (32, False, 0.01)


def test_filtered_rr_removes_other_answers_and_halves_ties() -> None:
    sc = np.array([[0.9, 0.8, 0.5, 0.5], [0.1, 0.2, 0.3, 0.4]])
    ft = np.array([[0, 0, 2, 1], [0, 0, 1, 1], [1, 0, 0, 1]])
    rr = script.filtered_rr(sc, np.array([0, 0, 1]), ft)
    # query 0, answer 2: 0.9 higher, 0.8 is another answer (filtered), 3 ties -> 1 + 1 + 0.5
    # answer 1: 0.9 higher -> 2; query 1 answer 0: three higher -> 4
    assert rr.tolist() == pytest.approx([1 / 2.5, 1 / 2, 1 / 4])


def test_block_features_fill_the_rows_of_the_timestamps_queries() -> None:
    n_rel2 = 4
    blk = Block(group_key=np.array([[0, 1, 3], [2, 0, 3], [1, 1, 5]]),
                row_group=np.array([0, 0, 1, 2]), row_obj=np.array([2, 0, 1, 0]))
    bf = script.BlockFeatures(blk)
    uq = np.array([0 * n_rel2 + 1, 1 * n_rel2 + 3, 2 * n_rel2 + 0])  # one extra query
    sc = np.log(np.array([[0.1, 0.2, 0.7], [0.3, 0.3, 0.4], [0.6, 0.3, 0.1]]))
    bf.fill(3, uq, sc, n_rel2)
    assert bf.filled == 3
    assert bf.out[:3, 0] == pytest.approx(np.log([0.7, 0.1, 0.3]))
    assert bf.out[:3, 2] == pytest.approx(np.log([1, 3, 2]))  # rank within the row
    assert bf.out[3].tolist() == [0, 0, 0]  # time 5 not filled yet


def _hits1(model, facts: np.ndarray) -> float:
    """Hits@1 of the relation-0 queries (scored before updating, per timestamp)."""
    hits = []
    for t in np.unique(facts[:, 3]).tolist():
        ft = facts[facts[:, 3] == t]
        q = ft[ft[:, 1] == 0]
        if len(q):
            hits += (model.scores(q[:, 0], q[:, 1], t).argmax(1) == q[:, 2]).tolist()
        model.update(ft)
    return float(np.mean(hits))


def test_evolved_states_carry_the_previous_snapshot() -> None:
    pytest.importorskip("torch")
    from newsgraph.forecast.tkg_evolve import EvolveModel

    facts = copy_graph(np.random.default_rng(0), range(80))
    train, test = facts[facts[:, 3] < 70], facts[facts[:, 3] >= 70]
    model = EvolveModel(8, 4, TINY, seed=0).fit(train)
    # chance among the four possible objects is 0.25; without history no model can beat it
    assert _hits1(model, test) > 0.6


def test_scores_at_t_ignore_facts_at_t_and_vocabulary_bonus_applies() -> None:
    pytest.importorskip("torch")
    from newsgraph.forecast.tkg_evolve import EvolveModel

    cfg = EvolveSettings(dim=8, history=2, layers=2, channels=2, epochs=1, vocab=True,
                         update_steps=0, threads=1)
    model = EvolveModel(8, 4, cfg, seed=1)
    model.update(np.array([[0, 1, 5, 0], [5, 3, 0, 0]]))
    before = model.scores(np.array([0]), np.array([1]), 1)
    model.snaps.add(np.array([[0, 1, 6, 1], [6, 3, 0, 1]]))  # facts at the query time
    model.vocab.add(np.array([[0, 1, 6, 1]]))
    assert np.array_equal(model.scores(np.array([0]), np.array([1]), 1), before)
    model.net.vocab_w.data.fill_(0.0)
    plain = model.scores(np.array([0]), np.array([1]), 1)
    model.net.vocab_w.data.fill_(5.0)
    gap = (model.scores(np.array([0]), np.array([1]), 1) - plain)[0]
    assert gap[5] - gap[6] == pytest.approx(5.0, abs=1e-4)  # (0, 1, 5) seen, (0, 1, 6) not yet
    assert np.allclose(np.delete(gap, 5), gap[6], atol=1e-5)


class Fixed:
    """A fake learned model preferring one object for every query; records its updates."""

    def __init__(self, best: int, n_ent: int) -> None:
        self.row = np.full(n_ent, -10.0)
        self.row[best] = -0.01
        self.updates: list[int] = []

    def scores(self, qs: np.ndarray, qr: np.ndarray, t: float) -> np.ndarray:
        return np.tile(self.row, (len(qs), 1))

    def update(self, facts: np.ndarray) -> None:
        self.updates.append(int(facts[0, 3]))


def test_collect_block_takes_several_learned_models() -> None:
    from newsgraph.forecast.tkg_features import HistoryIndex
    from newsgraph.forecast.tkg_model import Settings, collect_block

    n_ent, n_rel = 6, 2
    hist = np.array([[0, 0, 1, 0], [1, 2, 0, 0]])
    facts = np.array([[0, 0, 1, 1], [1, 2, 0, 1], [0, 0, 1, 2], [1, 2, 0, 2]])

    def block(models):
        index = HistoryIndex(n_ent, 2 * n_rel)
        index.bulk_load(hist, 1.0)
        rules = np.zeros((3, 2 * n_rel, 2 * n_rel))
        return collect_block(index, facts, np.array([1, 2]), rules,
                             Settings(top_emb=1), embed=models)

    one, two = Fixed(4, n_ent), Fixed(5, n_ent)
    single, both = block(one), block([Fixed(4, n_ent), two])
    assert both.X.shape[1] == single.X.shape[1] + 3  # three features per learned model
    objs = {(int(g), int(o)) for g, o in zip(both.row_group, both.row_obj, strict=True)}
    assert {o for _, o in objs} >= {4, 5}  # each model's best object is a candidate
    assert 5 not in single.row_obj.tolist()
    assert one.updates == [1, 2] and two.updates == [1, 2]  # updated after each timestamp


def test_global_view_sees_only_the_past_and_changes_the_query() -> None:
    pytest.importorskip("torch")
    from newsgraph.forecast.tkg_evolve import EvolveModel

    cfg = EvolveSettings(dim=8, history=1, layers=1, channels=2, epochs=1, vocab=False,
                         glob=True, update_steps=0, threads=1)
    model = EvolveModel(8, 4, cfg, seed=2)
    model.update(np.array([[0, 1, 5, 0], [5, 3, 0, 0]]))
    model.update(np.array([[3, 0, 2, 1], [2, 2, 3, 1]]))  # subject 0 idle at time 1
    q = (np.array([0, 1]), np.array([1, 1]))
    before = model.scores(*q, 2)
    model.vocab.add(np.array([[0, 0, 7, 2], [1, 0, 4, 2]]))  # facts at the query time
    assert np.array_equal(model.scores(*q, 2), before)
    model.vocab.add(np.array([[0, 0, 6, 1]]))  # a past fact of subject 0 only
    after = model.scores(*q, 2)
    assert not np.allclose(after[0], before[0])  # subject 0's global view changed
    assert np.allclose(after[1], before[1])  # subject 1 has no history either way


def test_benchmark_with_the_evolving_model_as_a_second_learned_model(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    from newsgraph.forecast import run_benchmark
    from newsgraph.forecast.tkg_neigh import NeighSettings
    from test_forecast_model import _write_tkg

    _write_tkg(tmp_path)
    params = {"objective": "lambdarank", "num_leaves": 7, "learning_rate": 0.1,
              "n_estimators": 50, "min_child_samples": 5}
    neigh = NeighSettings(dim=8, fit_rows=4000, batch=64, budget_s=30.0, window=3, max_nb=4)
    lines: list[str] = []
    evo = EvolveSettings(dim=8, history=2, layers=1, channels=2, epochs=2, glob=True)
    res = run_benchmark(tmp_path, seed=0, log=lines.append, params=params,
                        embed_settings=neigh, evolve=evo)
    assert res["MRR"] > 0.5
    assert any(ln.startswith("evolving model fitted") for ln in lines)
    assert sum(ln.startswith("evolve pass") for ln in lines) == 2


def test_budget_caps_each_learned_models_fit_and_keeps_none() -> None:
    from newsgraph.forecast.tkg_budget import Budget

    budget = Budget(30)  # 10% of 30 minutes: 180 s
    assert budget.capped(EvolveSettings(budget_s=600.0)).budget_s == 180.0
    assert budget.capped(EvolveSettings(budget_s=60.0)).budget_s == 60.0
    assert budget.capped(None) is None
