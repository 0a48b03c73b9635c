"""The `newsgraph extract` command and the event contract (schemas/event.schema.json)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from typer.testing import CliRunner

from newsgraph.cli import app

SCHEMA = json.loads((Path(__file__).parent.parent / "schemas" / "event.schema.json").read_text())
ARTICLES = [
    {"id": "a1", "date": "2024-02-02", "outlet": "Test Wire",
     "text": "Germany will send air defence systems to Ukraine, Chancellor Olaf Scholz said. "
             "Moscow condemned the decision and threatened to retaliate against Berlin."},
    {"id": "a2", "date": "2024-02-03", "source": "Other Wire",
     "text": "South Korean and Japanese leaders met in Tokyo and agreed to expand cooperation."},
]


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def test_extract_jsonl_events_follow_the_contract(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    result = CliRunner().invoke(app, ["extract", str(src), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(events) >= 3
    for event in events:
        jsonschema.validate(event, SCHEMA)
    assert {e["article_id"] for e in events} == {"a1", "a2"}
    types = {(e["type"], e["source"]["country"]) for e in events}
    assert ("AID", "DEU") in types


def test_extract_from_stdin_plain_text():
    text = " date 2024-03-01 Brazil expelled two Venezuelan diplomats on Thursday."
    result = CliRunner().invoke(app, ["extract", "-"], input=text)
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert events and events[0]["article_date"] == "2024-03-01"
    jsonschema.validate(events[0], SCHEMA)


def test_bad_line_is_reported_with_file_and_line_and_skipped(tmp_path):
    src = tmp_path / "bad.jsonl"
    src.write_text(json.dumps(ARTICLES[0]) + "\n{not json\n" + json.dumps(ARTICLES[1]) + "\n")
    result = CliRunner().invoke(app, ["extract", str(src)])
    assert result.exit_code == 0
    assert f"{src}:2" in result.stderr
    ids = {json.loads(line)["article_id"] for line in result.stdout.splitlines() if line}
    assert ids == {"a1", "a2"}


def test_table_format(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", ARTICLES[:1])
    result = CliRunner().invoke(app, ["extract", str(src), "--format", "table"])
    assert result.exit_code == 0
    assert "AID" in result.stdout


def test_ingest_twice_adds_nothing(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    db = str(tmp_path / "ng.duckdb")
    first = CliRunner().invoke(app, ["ingest", str(src), "--db", db])
    assert first.exit_code == 0, first.output
    second = CliRunner().invoke(app, ["ingest", str(src), "--db", db])
    assert second.exit_code == 0, second.output
    from newsgraph.store import Store

    with Store(db, read_only=True) as store:
        stats = store.stats()
    assert stats["articles"] == 2
    assert "already stored (skipped)" in second.stdout


def test_duplicates_within_the_input_are_counted(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [ARTICLES[0], {**ARTICLES[0], "id": "copy"}])
    result = CliRunner().invoke(app, ["ingest", str(src), "--db", str(tmp_path / "d.duckdb")])
    assert result.exit_code == 0, result.output
    row = next(line for line in result.stdout.splitlines() if "duplicates or" in line)
    assert row.rstrip(" │").endswith("1")
