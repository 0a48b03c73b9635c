"""Scoring of gold files (DESIGN.md, "Gold files and how they are scored")."""

from __future__ import annotations

import json

import pytest

from newsgraph.errors import InputError
from newsgraph.evaluate.gold import read_gold, score_gold
from newsgraph.model import Actor, Article, Event, Status


def event(article_id: str, type_: str, src: str, tgt: str | None, status: str) -> Event:
    actor = lambda code: Actor(text=code, name=code, country=code)  # noqa: E731
    return Event(event_id=f"{article_id}{type_}{src}{tgt}{status}", article_id=article_id,
                 article_date=None, sentence_index=0, evidence="x", type=type_, mode=None,
                 context=[], cameo="010", status=Status(status), source=actor(src),
                 target=actor(tgt) if tgt else None)


GOLD = [
    {"id": "a", "date": "2024-01-01", "text": "one", "events": [
        {"type": ["CONSULT"], "src": ["RUS"], "tgt": ["PRK"], "status": ["occurred"]},
        {"type": ["AID", "COOPERATE"], "src": ["RUS"], "tgt": ["PRK"],
         "status": ["planned", "possible"]},
        {"type": ["ACCUSE"], "src": ["USA"], "tgt": ["RUS"], "status": ["occurred"],
         "optional": True}]},
    {"id": "b", "date": "2024-01-02", "text": "two", "events": []},
]
PREDICTED = {
    "a": [event("a", "CONSULT", "PRK", "RUS", "occurred"),   # symmetric: counts
          event("a", "COOPERATE", "RUS", "PRK", "occurred"),  # found, wrong status
          event("a", "ACCUSE", "USA", "RUS", "occurred"),     # optional: not a false alarm
          event("a", "ASSAULT", "RUS", "UKR", "occurred")],   # false alarm
    "b": [event("b", "PROTEST", "FRA", "FRA", "occurred")],   # false alarm in an empty article
}


@pytest.fixture
def gold_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in GOLD))
    return path


def fake_extract(articles: list[Article]):
    return [(a, PREDICTED[a.id]) for a in articles]


def test_scores_follow_the_design_rules(gold_file):
    score = score_gold(read_gold(gold_file), fake_extract)
    assert (score.predicted, score.correct) == (5, 3)
    assert (score.expected, score.found) == (2, 2)
    assert score.precision == pytest.approx(3 / 5)
    assert score.recall == 1.0
    assert score.f1 == pytest.approx(2 * 0.6 / 1.6)
    assert score.status_accuracy == 0.5
    assert {key for _, key in score.false_alarms} == {("ASSAULT", "RUS", "UKR"),
                                                      ("PROTEST", "FRA", "FRA")}


def test_bad_gold_line_names_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(GOLD[0]) + "\n" + json.dumps({"id": "c", "text": "t"}) + "\n")
    with pytest.raises(InputError, match=r"bad.jsonl:2: missing 'events'"):
        read_gold(path)


def test_article_the_extractor_skips_counts_as_missed(gold_file):
    def skipping_extract(articles: list[Article]):
        return [(a, PREDICTED[a.id]) for a in articles if a.id != "a"]

    score = score_gold(read_gold(gold_file), skipping_extract)
    assert (score.expected, score.found) == (2, 0)
    assert {article_id for article_id, _ in score.misses} == {"a"}
