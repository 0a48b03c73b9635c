"""The pure clustering function over hand-made events."""

from __future__ import annotations

import datetime as dt

from newsgraph.cluster import cluster, first_seen, last_seen, resolve_status
from newsgraph.model import Location, Status, TimeSpan
from store_fixtures import CHN, KIM, PRK, PYONGYANG, RUS, USA, VLADIVOSTOK, event, story

D = dt.date
OUTLETS = {"a1": "Korea Daily", "a2": "Beijing Wire", "a3": "Asia Courier",
           "a4": "Beijing Wire", "r1": "Global Post", "r2": "Korea Daily", "s1": "Global Post"}


def _events() -> list:
    return [e for _, evs in story() for e in evs]


def _by_type(clusters: list) -> dict:
    out: dict = {}
    for c in clusters:
        out.setdefault(c.type, []).append(c)
    return out


def test_summit_reported_by_three_outlets_is_one_cluster() -> None:
    clusters = cluster(_events(), outlets=OUTLETS)
    summit = [c for c in clusters if c.type == "CONSULT" and "CHN" in
              (c.source.country, c.target.country)]
    assert len(summit) == 1
    c = summit[0]
    assert (c.num_mentions, c.num_articles, c.num_sources) == (3, 3, 3)
    assert sorted(c.article_ids) == ["a1", "a2", "a3"]
    assert c.status is Status.OCCURRED
    assert c.date.start == D(2023, 9, 8)
    assert (first_seen(c), last_seen(c)) == ("2023-09-08", "2023-09-09")
    assert c.location == PYONGYANG


def test_same_day_concession_between_same_countries_stays_apart() -> None:
    clusters = cluster(_events(), outlets=OUTLETS)
    chn_prk = [c for c in clusters if {c.source.country, c.target.country} == {"CHN", "PRK"}]
    assert sorted(c.type for c in chn_prk) == ["CONCEDE", "CONSULT"]


def test_planned_then_occurred_becomes_occurred_with_history() -> None:
    clusters = cluster(_events(), outlets=OUTLETS)
    trip = [c for c in clusters if {c.source.country, c.target.country} == {"PRK", "RUS"}]
    assert len(trip) == 1
    c = trip[0]
    assert c.status is Status.OCCURRED
    assert c.status_history == [("2023-09-05", "planned"), ("2023-09-13", "occurred")]
    assert c.date.start == D(2023, 9, 13)  # dated by the report that it happened
    assert c.source == KIM  # the first report founds the cluster


def test_every_event_lands_in_exactly_one_cluster() -> None:
    events = _events()
    clusters = cluster(events)
    members = [e for c in clusters for e in c.event_ids]
    assert sorted(members) == sorted(e.event_id for e in events)
    assert len(clusters) == 5  # summit, concession, trip, sanction, request


def test_incremental_keeps_ids_and_does_not_mutate_existing() -> None:
    events = _events()
    first = cluster(events[:2], outlets=OUTLETS)
    snapshot = [list(c.event_ids) for c in first]
    later = cluster(events[2:], first, outlets=OUTLETS)
    assert [list(c.event_ids) for c in first] == snapshot
    assert {c.cluster_id for c in first} <= {c.cluster_id for c in later}
    assert sorted(c.cluster_id for c in later) == sorted(c.cluster_id for c in cluster(events))


def test_rerun_with_same_events_changes_nothing() -> None:
    events = _events()
    once = cluster(events, outlets=OUTLETS)
    again = cluster(events, once, outlets=OUTLETS)
    assert [(c.cluster_id, c.event_ids) for c in again] == \
        [(c.cluster_id, c.event_ids) for c in once]


def test_directed_types_do_not_merge_across_directions() -> None:
    a = event("a1", 5, "ACCUSE", USA, PRK, cameo="112")
    b = event("a2", 5, "ACCUSE", PRK, USA, cameo="112")
    assert len(cluster([a, b])) == 2


def test_symmetric_types_merge_across_directions() -> None:
    a = event("a1", 5, "AGREE", CHN, PRK, cameo="057")
    b = event("a2", 5, "AGREE", PRK, CHN, cameo="057")
    assert len(cluster([a, b])) == 1


def test_far_apart_dates_and_other_places_and_modes_stay_apart() -> None:
    a = event("a1", 5, "CONSULT", CHN, PRK, start=D(2023, 9, 8))
    far = event("a2", 5, "CONSULT", CHN, PRK, start=D(2023, 9, 20))
    assert len(cluster([a, far])) == 2
    here = event("a1", 6, "CONSULT", CHN, PRK, location=PYONGYANG)
    there = event("a2", 6, "CONSULT", CHN, PRK, location=VLADIVOSTOK)
    assert len(cluster([here, there])) == 2
    visit = event("a1", 7, "CONSULT", CHN, PRK, mode="visit")
    call = event("a2", 7, "CONSULT", CHN, PRK, mode="call")
    host = event("a3", 7, "CONSULT", PRK, CHN, mode="host")
    assert sorted(c.num_mentions for c in cluster([visit, call, host])) == [1, 2]


def test_dates_within_tolerance_join() -> None:
    a = event("a1", 5, "PROTEST", PRK, USA, start=D(2023, 9, 8))
    b = event("a3", 5, "PROTEST", PRK, USA, start=D(2023, 9, 10))
    assert len(cluster([a, b])) == 1


def test_undated_planned_event_joins_later_occurred_report() -> None:
    planned = event("r1", 3, "CONSULT", KIM, RUS, status=Status.PLANNED)
    planned.date = TimeSpan(None, None, "unknown")
    happened = event("r2", 3, "CONSULT", RUS, KIM, start=D(2023, 9, 13))
    [c] = cluster([happened, planned])
    assert c.status is Status.OCCURRED
    assert c.cluster_id == cluster([planned])[0].cluster_id  # earliest report founds it


def test_status_resolution() -> None:
    assert resolve_status([("2023-09-05", "planned"), ("2023-09-07", "negated")]) is \
        Status.NEGATED
    assert resolve_status([("2023-09-05", "planned"), ("2023-09-07", "negated"),
                           ("2023-09-09", "planned")]) is Status.PLANNED
    assert resolve_status([("2023-09-05", "occurred"), ("2023-09-07", "negated")]) is \
        Status.OCCURRED
    assert resolve_status([("2023-09-05", "possible"), ("2023-09-05", "planned")]) is \
        Status.PLANNED


def test_unknown_outlets_count_each_article() -> None:
    events = [event(k, 0, "CONSULT", CHN, PRK, start=D(2023, 9, 8)) for k in ("a1", "a2")]
    [c] = cluster(events)
    assert c.num_sources == 2


def test_org_actors_cluster_by_acronym() -> None:
    from store_fixtures import UN
    a = event("s1", 4, "REQUEST", USA, UN, cameo="020")
    b = event("a3", 4, "REQUEST", USA, UN, cameo="020", location=Location("New York", "USA"))
    assert len(cluster([a, b])) == 1
