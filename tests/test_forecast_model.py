"""The forecaster, the backtest, the TKG harness on a tiny synthetic dataset, and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from newsgraph.forecast import Forecaster, backtest, format_result, overall, run_benchmark
from newsgraph.forecast.decay import DecayTable
from newsgraph.forecast.tkg_data import load_tkg, with_inverses


def _history() -> pd.DataFrame:
    rows = []
    for i in range(10):  # PRK consults RUS every 3 days; CHN visits PRK twice
        rows.append((f"e{i}", "CONSULT", "occurred", "PRK", "RUS", f"2023-08-{1 + 3 * i:02d}"))
    rows.append(("c1", "CONSULT", "occurred", "CHN", "PRK", "2023-08-20"))
    rows.append(("c2", "AID", "occurred", "CHN", "PRK", "2023-08-25"))
    rows.append(("p1", "FIGHT", "planned", "PRK", "KOR", "2023-08-26"))
    rows.append(("n1", "PROTEST", "occurred", "PRK", None, "2023-08-26"))
    return pd.DataFrame(rows, columns=["event_id", "type", "status", "source_entity",
                                       "target_entity", "date"])


def test_forecaster_ranks_recurring_events_first_with_drivers() -> None:
    preds = Forecaster().fit(_history()).predict("PRK", days=14, top=5)
    top = preds[0]
    assert (top.type, top.partner, top.direction) == ("CONSULT", "RUS", "out")
    assert 0.5 < top.probability < 1.0
    assert top.drivers[0].event_id == "e9"
    assert all(p.probability >= q.probability for p, q in zip(preds, preds[1:], strict=False))
    assert not any(p.partner == "KOR" for p in preds)  # planned events are not history


def test_forecaster_partner_filter_and_incoming_direction() -> None:
    preds = Forecaster().fit(_history()).predict("PRK", partner="CHN", top=3)
    assert {p.partner for p in preds} == {"CHN"}
    assert {p.direction for p in preds} == {"in"}
    assert {p.type for p in preds} == {"CONSULT", "AID"}
    assert Forecaster().fit(_history()).predict("XXX") == []
    early = Forecaster().fit(_history()).predict("PRK", as_of="2023-08-15")
    assert early and all(d.date < "2023-08-15" for p in early for d in p.drivers)


def test_forecaster_rejects_frames_without_required_columns() -> None:
    with pytest.raises(ValueError, match="date"):
        Forecaster().fit(pd.DataFrame({"event_id": [], "type": []}))


def test_backtest_scores_recurring_history() -> None:
    results = backtest(_history(), days=3, origins=3)
    assert results
    total = overall(results)
    assert total.targets > 0 and total.mrr > 0.5


def test_decay_table_matches_direct_sum() -> None:
    rates = np.array([0.1, 1.0])
    table = DecayTable(rates)
    table.bulk_load(np.array([5, 5, 7]), np.array([0, 2, 1]), now=3.0)
    table.add(np.array([5, 9]), 3.0)
    vals, cnt, age = table.lookup(np.array([5, 7, 9, 11]), 4.0)
    expect5 = sum(np.exp(-rates * (4.0 - t)) for t in (0, 2, 3))
    assert np.allclose(vals[0], expect5)
    assert np.allclose(vals[1], np.exp(-rates * 3.0))
    assert cnt.tolist() == [3, 1, 1, 0] and age.tolist() == [1, 3, 1, np.inf]


def _write_tkg(folder: Path, seed: int = 0) -> None:
    """A small periodic TKG: each subject repeats one relation/object with noise."""
    rng = np.random.default_rng(seed)
    n_ent, n_rel, times = 30, 4, np.arange(0, 300, 10)  # step 10: mapped to ranks
    lines = []
    for t in times:
        for s in range(20):
            o = (s * 7 + (t // 10) % 2) % n_ent if rng.random() < 0.9 else rng.integers(n_ent)
            if o != s:
                lines.append(f"{s}\t{s % n_rel}\t{o}\t{t}")
    k = len(times)
    cut1 = sum(1 for ln in lines if int(ln.split()[3]) < times[int(k * 0.7)])
    cut2 = sum(1 for ln in lines if int(ln.split()[3]) < times[int(k * 0.85)])
    folder.mkdir(parents=True, exist_ok=True)
    for name, part in (("train", lines[:cut1]), ("valid", lines[cut1:cut2]),
                       ("test", lines[cut2:])):
        (folder / f"{name}.txt").write_text("\n".join(part) + "\n")
    (folder / "entity2id.txt").write_text("".join(f"E{i}\t{i}\n" for i in range(n_ent)))
    (folder / "relation2id.txt").write_text("".join(f"R{i}\t{i}\n" for i in range(n_rel)))


def test_load_tkg_maps_timestamps_to_ranks(tmp_path: Path) -> None:
    _write_tkg(tmp_path)
    data = load_tkg(tmp_path)
    assert data.num_entities == 30 and data.num_relations == 4
    assert data.train[0, 3] == 0 and data.test[-1, 3] == 29
    aug = with_inverses(data.train[:2], data.num_relations)
    rels = data.train[:2, 1]
    assert aug.shape == (4, 4) and set(aug[:, 1]) == {*rels, *(rels + 4)}


def test_benchmark_learns_a_periodic_graph(tmp_path: Path) -> None:
    _write_tkg(tmp_path)
    lines: list[str] = []
    params = {"objective": "lambdarank", "num_leaves": 7, "learning_rate": 0.1,
              "n_estimators": 50, "min_child_samples": 5}
    res = run_benchmark(tmp_path, seed=0, log=lines.append, params=params)
    assert res["MRR"] > 0.5
    assert format_result(res).startswith("MRR=")


def test_benchmark_without_lightgbm_uses_sklearn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsgraph.forecast import ranker

    monkeypatch.setattr(ranker, "lgb", None)
    _write_tkg(tmp_path)
    params = {"num_leaves": 7, "learning_rate": 0.1, "n_estimators": 50}
    res = run_benchmark(tmp_path, seed=0, log=lambda _: None, params=params)
    assert res["MRR"] > 0.5


def test_cli_forecast_jsonl_and_bench(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                      ) -> None:
    from newsgraph.cli.forecast_cmd import forecast_rows, render_predictions

    render_predictions(forecast_rows(_history(), "PRK", None, 14, 2), "jsonl")
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows[0]["type"] == "CONSULT" and rows[0]["drivers"]


def test_cli_commands(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsgraph.cli import app

    runner = CliRunner()
    missing = runner.invoke(app, ["forecast", "--actor", "PRK", "--db", str(tmp_path / "x.db")])
    assert missing.exit_code == 1
    data = tmp_path / "tkg"
    _write_tkg(data)
    res = runner.invoke(app, ["bench", "tkg", str(data), "--max-test", "40"])
    assert res.exit_code == 0, res.output
    assert res.output.strip().splitlines()[-1].startswith("MRR=")
    bad = tmp_path / "bad"
    _write_tkg(bad)
    with (bad / "valid.txt").open("a") as fh:
        fh.write("1\t2\n")
    res = runner.invoke(app, ["bench", "tkg", str(bad), "--max-test", "40"])
    assert res.exit_code == 1
    assert "valid.txt:" in res.output and "Traceback" not in res.output
