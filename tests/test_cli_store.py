"""The store's commands through typer's CliRunner, on a store built from fixtures."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsgraph
from newsgraph.store import Store
from store_fixtures import story, syndicated_copy


def _load_app():  # noqa: ANN202
    """The ``newsgraph`` app; command modules of other stages that are not written yet are
    stood in for by empty modules so these tests can run on their own."""
    cli_dir = Path(newsgraph.__file__).parent / "cli"
    for name in ("extract_cmd", "watch_cmd"):
        full = f"newsgraph.cli.{name}"
        if full not in sys.modules and not (cli_dir / f"{name}.py").exists():
            sys.modules[full] = types.ModuleType(full)
    import importlib

    return importlib.import_module("newsgraph.cli").app


app = _load_app()
runner = CliRunner()


@pytest.fixture(autouse=True)
def wide_console(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgraph.cli.app import console

    monkeypatch.setattr(console, "width", 250)


@pytest.fixture()
def db(tmp_path: Path) -> str:
    path = tmp_path / "ng.duckdb"
    with Store(path) as s:
        s.add_batch(story())
        s.add_batch([syndicated_copy()])
    return str(path)


def run(*args: str) -> str:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def _jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_events_formats_and_filters(db: str) -> None:
    records = _jsonl(run("events", "--db", db, "--format", "jsonl", "--actor", "kim"))
    assert {r["event_id"] for r in records} == {"r1-e0", "r2-e0"}
    assert records[0]["source"]["country"] in ("PRK", "RUS")
    assert len(_jsonl(run("events", "--db", db, "-f", "jsonl", "--limit", "2"))) == 2
    csv_out = run("events", "--db", db, "--format", "csv", "--type", "CONSULT",
                  "--since", "2023-09-09")
    assert csv_out.splitlines()[0].startswith("event_id,")
    assert len(csv_out.splitlines()) == 3
    table = run("events", "--db", db, "--country", "CHN", "--status", "occurred")
    assert "CONCEDE" in table and "Liu Guozhong" in table


def test_stats(db: str) -> None:
    stats = json.loads(run("stats", "--db", db, "--json"))
    assert (stats["articles"], stats["near_duplicates"], stats["events"]) == (8, 1, 9)
    assert stats["top_dyads"][0] == ["CHN", "PRK", 4]
    assert "near_duplicates" in run("stats", "--db", db)


def test_clusters_jsonl_has_the_promised_fields(db: str) -> None:
    records = _jsonl(run("clusters", "--db", db, "--format", "jsonl"))
    assert len(records) == 5
    summit = next(r for r in records if r["type"] == "CONSULT" and
                  r["source"]["country"] == "CHN")
    for key in ("cluster_id", "type", "source", "target", "status", "date", "num_articles",
                "num_sources", "num_mentions", "article_ids", "status_history", "first_seen",
                "last_seen"):
        assert key in summit
    assert (summit["num_sources"], summit["num_articles"]) == (3, 3)
    assert summit["article_ids"] == ["a1", "a2", "a3"]
    assert summit["target"]["code"] == "PRK"
    trip = next(r for r in records if r["source"]["name"] == "Kim Jong Un")
    assert trip["status"] == "occurred"
    assert trip["status_history"] == [["2023-09-05", "planned"], ["2023-09-13", "occurred"]]
    only = _jsonl(run("clusters", "--db", db, "-f", "jsonl", "--min-sources", "3",
                      "--no-refresh"))
    assert [r["cluster_id"] for r in only] == [summit["cluster_id"]]
    assert "CONCEDE" in run("clusters", "--db", db)
    assert "cluster_id" in run("clusters", "--db", db, "-f", "csv").splitlines()[0]


def test_actors_dyad_timeline(db: str) -> None:
    actors = json.loads("[" + ",".join(run("actors", "--db", db, "-f", "jsonl")
                                       .splitlines()) + "]")
    assert actors[0]["name"] == "North Korea"
    assert "Vladimir Putin" in run("actors", "--db", db)
    dyad = _jsonl(run("dyad", "PRK", "CHN", "--db", db, "-f", "jsonl"))
    assert len(dyad) == 5  # four reports plus the syndicated copy
    assert len(_jsonl(run("dyad", "Vladimir Putin", "Kim Jong Un", "--db", db, "-f",
                          "jsonl", "--type", "CONSULT"))) == 2
    assert "Vladimir" in run("dyad", "RUS", "PRK", "--db", db)
    timeline = _jsonl(run("timeline", "RUS", "--db", db, "-f", "jsonl"))
    assert [r["date"]["start"] for r in timeline] == ["2023-09-11", "2023-09-13"]


def test_sql_read_only(db: str) -> None:
    out = run("sql", "SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC",
              "--db", db, "-f", "csv")
    assert out.splitlines()[1] == "CONSULT,6"
    result = runner.invoke(app, ["sql", "DELETE FROM events", "--db", db])
    assert result.exit_code == 1
    assert "read-only" in result.output
    assert json.loads(run("stats", "--db", db, "--json"))["events"] == 9


def test_exports_and_parquet_import(db: str, tmp_path: Path) -> None:
    gdelt = tmp_path / "events.tsv"
    run("export", str(gdelt), "--format", "gdelt", "--db", db)
    rows = [line.split("\t") for line in gdelt.read_text().splitlines()]
    assert len(rows) == 4 and all(len(r) == 61 for r in rows)
    plover = _jsonl(run("export", "-", "--format", "plover", "--db", db))
    assert len(plover) == 8 and all(r["status"] != "negated" for r in plover)
    assert run("export", "-", "--format", "csv", "--db", db).count("\n") == 10
    pq = tmp_path / "pq"
    run("export", str(pq), "--format", "parquet", "--db", db)
    fresh = str(tmp_path / "fresh.duckdb")
    out = run("import-parquet", str(pq), "--db", fresh)
    assert "events 9" in out
    assert json.loads(run("stats", "--db", fresh, "--json"))["clusters"] == 5


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "nope.duckdb")])
    assert result.exit_code == 1
    assert "no store" in result.output


def test_every_command_has_help() -> None:
    for command in ("events", "stats", "clusters", "actors", "dyad", "timeline", "sql",
                    "export", "import-parquet"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0, command
        assert "--db" in result.output
