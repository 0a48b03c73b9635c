"""Clusters kept in the store: incremental updates, stable ids, filters."""

from __future__ import annotations

from newsgraph.model import Status
from newsgraph.store import Store
from store_fixtures import story


def test_update_clusters_incrementally_keeps_ids() -> None:
    items = story()
    with Store(":memory:") as s:
        s.add_batch([items[0], items[4]])  # a1 summit report, r1 planned trip
        assert s.update_clusters() == 2
        ids = {c.type + c.source.country: c.cluster_id for c in s.clusters()}
        planned = s.clusters(type="CONSULT", actor="kim")[0]
        assert planned.status is Status.PLANNED
        s.add_batch(items)
        assert s.update_clusters() == 5  # 2 extended, 3 new
        assert s.update_clusters() == 0
        after = {c.type + c.source.country: c.cluster_id for c in s.clusters()}
        assert all(after[k] == v for k, v in ids.items())
        [trip] = s.clusters(actor="putin")
        assert trip.status is Status.OCCURRED
        assert trip.status_history == [("2023-09-05", "planned"), ("2023-09-13", "occurred")]
        [summit] = s.clusters(type="CONSULT", country="CHN")
        assert (summit.num_mentions, summit.num_articles, summit.num_sources) == (3, 3, 3)


def test_cluster_filters_and_dataframe() -> None:
    with Store(":memory:") as s:
        s.add_batch(story())
        s.update_clusters()
        assert len(s.clusters()) == 5
        assert [c.type for c in s.clusters(min_sources=3)] == ["CONSULT"]
        assert [c.type for c in s.clusters(status="negated")] == ["SANCTION"]
        assert len(s.clusters(since="2023-09-10")) == 3
        assert len(s.clusters(limit=1)) == 1
        df = s.clusters_df(country="CHN")
        assert sorted(df["type"]) == ["CONCEDE", "CONSULT"]
        row = df[df["type"] == "CONSULT"].iloc[0]
        assert sorted(row["article_ids"]) == ["a1", "a2", "a3"]
        assert (row["num_sources"], row["first_seen"].date().isoformat()) == (3, "2023-09-08")
        assert s.stats()["clusters"] == 5
