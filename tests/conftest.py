"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.model import Article


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extract_text():
    """Extract events from one text dated ``date`` (default 2024-05-15)."""
    from newsgraph.pipeline import extract_events

    def run(text: str, date: dt.date | None = dt.date(2024, 5, 15)):
        article = Article(id="t1", text=text, date=date)
        return next(iter(extract_events([article])))[1]

    return run


@pytest.fixture(scope="session")
def extract_keys(extract_text):
    """(type, source, target, status) of the events in one text."""

    def run(text: str, date: dt.date | None = dt.date(2024, 5, 15)):
        return {(e.type, e.source.entity, e.target.entity if e.target else None, e.status)
                for e in extract_text(text, date)}

    return run
