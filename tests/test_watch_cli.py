"""The ``newsgraph watch`` command (skipped until the whole CLI imports)."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest

cli = pytest.importorskip("newsgraph.cli", reason="the CLI package does not import yet",
                          exc_type=ImportError)
from typer.testing import CliRunner  # noqa: E402

from newsgraph import pipeline  # noqa: E402


class FakeStore:
    opened: list[Path] = []

    def __init__(self, path: Path) -> None:
        FakeStore.opened.append(Path(path))

    def __enter__(self) -> FakeStore:
        return self

    def __exit__(self, *exc: Any) -> None:
        pass


def test_watch_once_ingests_folder_and_writes_state(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(" date 2024-01-08\nPeru's congress removed the interior "
                                 "minister on Monday after a vote of censure.\n")
    batches: list[list[Any]] = []
    monkeypatch.setitem(sys.modules, "newsgraph.store", types.SimpleNamespace(Store=FakeStore))
    monkeypatch.setattr(pipeline, "ingest", lambda store, arts: batches.append(list(arts)))
    db = tmp_path / "news.duckdb"
    runner = CliRunner()
    result = runner.invoke(cli.app, ["watch", str(inbox), "--once", "--every", "30s",
                                     "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert len(batches) == 1 and batches[0][0].date_source == "input"
    assert FakeStore.opened[-1] == db
    assert (tmp_path / "news.duckdb.watch.json").exists()
    again = runner.invoke(cli.app, ["watch", str(inbox), "--once", "--db", str(db)])
    assert again.exit_code == 0 and len(batches) == 1


def test_watch_rejects_bad_interval(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli.app, ["watch", str(tmp_path), "--once", "--every", "soon",
                                          "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code != 0


def test_watch_keeps_clusters_up_to_date(tmp_path: Path) -> None:
    from newsgraph.store import Store

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for outlet in ("one", "two"):
        (inbox / f"{outlet}.txt").write_text(
            f" date 2024-03-05\nsource {outlet}\nKenya's president met Tanzania's president "
            f"in Arusha on Monday, officials from {outlet} said.\n")
    db = tmp_path / "news.duckdb"
    result = CliRunner().invoke(cli.app, ["watch", str(inbox), "--once", "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as store:
        clusters = store.sql("SELECT count(*) AS n FROM clusters")
    assert clusters["n"][0] >= 1
