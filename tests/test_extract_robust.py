"""No text stops the extractor: fragments and shuffles of the gold articles (cut mid-sentence,
upper-cased, undated, sentences of different stories run together) all come out as events
or nothing. One article that did stop it ("calls ... to demand that France withdraw its
troops", a demand with no one demanding) was skipped whole."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

from newsgraph.model import Article

GOLD = Path(__file__).parent / "gold" / "gold.jsonl"


def _sentences() -> list[str]:
    texts = [json.loads(line)["text"] for line in GOLD.read_text(encoding="utf-8").splitlines()]
    return [s for t in texts for s in re.split(r'(?<=[.!?"])\s+', t) if len(s) > 20]


def _variants(seed: int = 11, n: int = 60) -> list[Article]:
    rng = random.Random(seed)
    sentences = _sentences()
    articles = []
    for i, sentence in enumerate(rng.sample(sentences, n)):
        words = sentence.split()
        cut = rng.randint(1, len(words))
        articles += [
            Article(id=f"head{i}", text=" ".join(words[:cut]), date=dt.date(2021, 5, 5)),
            Article(id=f"tail{i}", text=" ".join(words[cut:]) or "...", date=dt.date(2021, 5, 5)),
            Article(id=f"upper{i}", text=sentence.upper(), date=None),
            Article(id=f"mix{i}", text=" ".join(rng.sample(sentences, 4)),
                    date=dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 2500))),
        ]
    return articles


def test_no_fragment_or_mixture_stops_the_extractor():
    from newsgraph.events.extract import Extractor
    from newsgraph.nlp.annotate import annotate

    extractor = Extractor()
    articles = _variants()
    coded = [extractor(annotated) for annotated in annotate(articles)]  # raises on a crash
    assert len(coded) == len(articles)
    assert any(coded)  # the mixtures still hold events


def test_a_demand_with_no_subject_is_coded(extract_text):
    events = extract_text("There were calls in Bamako to demand that France withdraw its troops.")
    assert all(e.source.entity for e in events)
