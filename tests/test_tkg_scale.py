"""What keeps the harness inside its budget on large datasets (GDELT-sized): the test pass
in chunks of timestamps, and the history-only (lite) mode the budget switches to when the
test walk alone would take more than half of it."""

from __future__ import annotations

import numpy as np
import pytest

from newsgraph.forecast import bench, run_benchmark, tkg_budget
from newsgraph.forecast.tkg_features import HistoryIndex
from newsgraph.forecast.tkg_model import Settings, collect_block, lite_settings
from test_tkg_layouts import GDELT_NAMES, _facts, _write
from tkg_graphs import SMALL_RANKER


def _run(folder, **options) -> tuple[dict, list[str]]:
    logs: list[str] = []
    res = run_benchmark(folder, seed=0, log=logs.append, params=SMALL_RANKER, **options)
    return res, logs


def test_the_test_pass_in_chunks_gives_the_same_ranks(tmp_path, monkeypatch) -> None:
    _write(tmp_path, _facts(), lambda t: t, ent=GDELT_NAMES)
    whole, _ = _run(tmp_path, embed=False, budget_minutes=0)
    monkeypatch.setattr(bench, "TEST_CHUNK_ROWS", 1)  # one timestamp per chunk
    chunked, _ = _run(tmp_path, embed=False, budget_minutes=0)
    assert {k: whole[k] for k in ("MRR", "H@1", "H@3", "H@10")} == {
        k: chunked[k] for k in ("MRR", "H@1", "H@3", "H@10")}


@pytest.mark.parametrize("embed", [False, True])
def test_a_test_walk_over_the_budget_turns_the_run_history_only(tmp_path, monkeypatch,
                                                                embed) -> None:
    if embed:
        pytest.importorskip("torch")
    _write(tmp_path, _facts(), lambda t: t, ent=GDELT_NAMES)
    monkeypatch.setattr(tkg_budget, "LITE_SHARE", 0.0)  # any test walk is too long
    res, logs = _run(tmp_path, embed=embed)
    assert any("history-only features (lite)" in line for line in logs)
    assert 0.3 < res["MRR"] <= 1.0  # the graph repeats itself: history suffices
    monkeypatch.setattr(tkg_budget, "LITE_SHARE", 1e9)
    _, logs = _run(tmp_path, embed=embed)
    assert not any("lite" in line for line in logs)


def test_lite_keeps_the_columns_and_only_the_strongest_partners() -> None:
    # subject 0 met 1..60 once each at t 0 and 61 three times: lite keeps 50 partners,
    # 61 among them; the full mode keeps every partner before the cap of 100
    rows = [[0, 0, o, 0] for o in range(1, 61)] + [[0, 0, 61, 0]] * 3
    facts = np.array(rows + [[0, 0, 61, 1]])
    blocks = {}
    for name, settings in (("full", Settings()), ("lite", lite_settings(Settings()))):
        index = HistoryIndex(62, 2)
        index.bulk_load(facts[facts[:, 3] == 0], 1.0)
        index.fit_basis(1.0)
        blocks[name] = collect_block(index, facts[facts[:, 3] == 1], np.array([1]),
                                     np.zeros((3, 2, 2)), settings)
    full, lite = blocks["full"], blocks["lite"]
    assert full.X.shape[1] == lite.X.shape[1]
    assert len(full.label) == 61 and len(lite.label) == 50 and 61 in lite.row_obj
    assert lite.label.sum() == 1
