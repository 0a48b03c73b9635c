"""One article the coder fails on is reported and skipped; the rest are stored."""

from __future__ import annotations

import datetime as dt
import importlib

import newsgraph.events as events_package
from newsgraph.model import Article
from newsgraph.pipeline import ingest
from newsgraph.store import Store

ARTICLES = [
    Article(id="ok1", date=dt.date(2024, 1, 2), text="Kenya urged Somalia to reopen the border."),
    Article(id="bad", date=dt.date(2024, 1, 2), text="Chile met Peru in Lima on Monday."),
    Article(id="ok2", date=dt.date(2024, 1, 2), text="Ghana praised Togo for its mediation."),
]


def _ingest_all_but_bad(tmp_path) -> list:
    """Ingest ARTICLES; the two good ones are stored, "bad" is reported once."""
    errors = []
    with Store(tmp_path / "ng.duckdb") as store:
        summary = ingest(store, ARTICLES, on_error=errors.append)
        ids = set(store.sql("SELECT id FROM articles")["id"])
    assert summary.articles_added == 2 and ids == {"ok1", "ok2"}
    assert len(errors) == 1 and "bad" in str(errors[0])
    return errors


def test_a_failing_article_is_reported_and_skipped(tmp_path, monkeypatch):
    real = events_package.extract

    def flaky(annotated):
        if annotated.article.id == "bad":
            raise RuntimeError("boom")
        return real(annotated)

    monkeypatch.setattr(events_package, "extract", flaky)
    errors = _ingest_all_but_bad(tmp_path)
    assert "boom" in str(errors[0])


def test_an_article_whose_coreference_fails_is_skipped_not_the_batch(tmp_path, monkeypatch):
    annotate_module = importlib.import_module("newsgraph.nlp.annotate")
    real = annotate_module.resolve_coreference

    def flaky(doc):
        if "Chile" in doc.text:
            raise IndexError("list index out of range")
        return real(doc)

    monkeypatch.setattr(annotate_module, "resolve_coreference", flaky)
    errors = _ingest_all_but_bad(tmp_path)
    assert "IndexError" in str(errors[0])
