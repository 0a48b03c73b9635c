"""End to end: articles from several outlets -> events -> store -> clusters."""

from __future__ import annotations

import datetime as dt

from newsgraph.model import Article
from newsgraph.pipeline import ingest
from newsgraph.store import Store

D = dt.date(2024, 4, 10)
ARTICLES = [
    Article(id="w1", date=D, outlet="Lakeside Wire", text=(
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in "
        "Arusha on Wednesday for talks on cross-border trade.")),
    Article(id="w2", date=D, outlet="Savanna Post", text=(
        "The leaders of Kenya and Tanzania held talks in Arusha on Wednesday, officials said. "
        "Separately, Tanzania lifted restrictions on Kenyan maize imports on Wednesday.")),
    Article(id="w3", date=D + dt.timedelta(days=1), outlet="Rift Daily", text=(
        "Ruto and Samia Suluhu Hassan met in Arusha on Wednesday and discussed trade.")),
]


def test_one_summit_three_outlets_and_a_separate_concession(tmp_path):
    with Store(tmp_path / "ng.duckdb") as store:
        summary = ingest(store, ARTICLES)
        store.update_clusters()
        clusters = store.clusters()
    assert summary.articles_added == 3
    consult = [c for c in clusters if c.type == "CONSULT"
               and {c.source.entity, c.target.entity} == {"KEN", "TZA"}]
    assert len(consult) == 1
    summit = consult[0]
    assert summit.num_articles == 3 and summit.num_sources == 3
    assert sorted(summit.article_ids) == ["w1", "w2", "w3"]
    concessions = [c for c in clusters if c.type == "CONCEDE"]
    assert concessions and all(c.cluster_id != summit.cluster_id for c in concessions)
    assert concessions[0].num_articles == 1
