"""Query and export commands over the store: events, stats, clusters, actors, dyad,
timeline, sql, export, import-parquet."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any

import pandas as pd
import typer
from rich.table import Table

from ..cluster import first_seen, last_seen
from ..errors import NewsgraphError
from ..model import EventCluster
from ..store import Store
from .app import DbOption, actors_app, app, console, err_console

app.add_typer(actors_app, name="actors")


class Fmt(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class ExportFmt(StrEnum):
    gdelt = "gdelt"
    plover = "plover"
    csv = "csv"
    parquet = "parquet"


ActorOpt = typer.Option(None, "--actor", help="Actor name, code, country or org (either side).")
CountryOpt = typer.Option(None, "--country", help="ISO3 country on either side, e.g. PRK.")
TypeOpt = typer.Option(None, "--type", help="PLOVER event type, e.g. CONSULT.")
StatusOpt = typer.Option(None, "--status", help="occurred, planned, possible or negated.")
SectorOpt = typer.Option(None, "--sector", help="Actor sector on either side, e.g. GOV.")
SinceOpt = typer.Option(None, "--since", help="Events on or after this date (YYYY-MM-DD).")
UntilOpt = typer.Option(None, "--until", help="Events on or before this date (YYYY-MM-DD).")
LimitOpt = typer.Option(None, "--limit", min=0, help="At most this many rows.")
FormatOpt = typer.Option(Fmt.table, "--format", "-f", help="Output format.")


@contextlib.contextmanager
def _store(db: str | None, *, read_only: bool = True) -> Iterator[Store]:
    """Open the store, turning newsgraph errors into a message and exit code 1."""
    try:
        with Store(db, read_only=read_only) as store:
            yield store
    except NewsgraphError as exc:
        err_console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from None


def _filters(**kw: Any) -> dict[str, Any]:
    return {k: v for k, v in kw.items() if v is not None}


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, list | tuple) or hasattr(value, "tolist"):
        return ", ".join(str(v) for v in list(value))
    return str(value)


_MIN_WIDTH = {"cluster_id": 16, "date": 10, "type": 7, "status": 7, "cameo": 4,
              "evidence": 12, "source": 8, "target": 8}
_HEADERS = {"num_mentions": "ment.", "num_articles": "art.", "num_sources": "src."}


def _actor_label(df: pd.DataFrame, side: str) -> pd.Series:
    names = df[f"{side}_name"].map(_cell)
    entities = df[f"{side}_entity"].map(_cell)
    return [f"{n} ({e})" if e and e != n else n for n, e in zip(names, entities, strict=True)]


def _table(df: pd.DataFrame, columns: list[str], title: str) -> None:
    df = df.copy()
    for side in ("source", "target"):
        if side in columns and f"{side}_name" in df.columns:
            df[side] = _actor_label(df, side)
    table = Table(title=f"{title} ({len(df)})", show_lines=False)
    cols = [c for c in columns if c in df.columns]
    for col in cols:
        table.add_column(_HEADERS.get(col, col.replace("_", " ")), overflow="fold",
                         min_width=_MIN_WIDTH.get(col), max_width=60 if col == "evidence"
                         else None)
    for row in df[cols].itertuples(index=False):
        table.add_row(*(_cell(v) for v in row))
    console.print(table)


def _csv(df: pd.DataFrame) -> None:
    df = df.copy()
    for col in df.columns:
        if df[col].map(lambda v: isinstance(v, list) or hasattr(v, "tolist")).any():
            df[col] = df[col].map(_cell)
    sys.stdout.write(df.to_csv(index=False))


def _jsonl(records: Iterator[dict[str, Any]] | list[dict[str, Any]]) -> None:
    for record in records:
        sys.stdout.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


def _show_df(df: pd.DataFrame, fmt: Fmt, columns: list[str], title: str) -> None:
    if fmt is Fmt.csv:
        _csv(df)
    elif fmt is Fmt.jsonl:
        _jsonl(json.loads(df.to_json(orient="records", date_format="iso")))
    else:
        _table(df, columns, title)


EVENT_COLUMNS = ["date", "type", "status", "source", "target", "cameo", "evidence"]


def _event_output(store: Store, fmt: Fmt, title: str, filters: dict[str, Any]) -> None:
    if fmt is Fmt.jsonl:
        _jsonl(e.to_dict() for e in store.events(**filters))
    else:
        _show_df(store.events_df(**filters), fmt, EVENT_COLUMNS, title)


@app.command("events")
def events_cmd(
    actor: str = ActorOpt, country: str = CountryOpt, type_: str = TypeOpt,
    status: str = StatusOpt, sector: str = SectorOpt, since: str = SinceOpt,
    until: str = UntilOpt, limit: int = LimitOpt, fmt: Fmt = FormatOpt, db: str = DbOption,
) -> None:
    """List stored events (JSONL lines follow the event contract)."""
    filters = _filters(actor=actor, country=country, type=type_, status=status, sector=sector,
                       since=since, until=until, limit=limit)
    with _store(db) as store:
        _event_output(store, fmt, "events", filters)


@app.command("stats")
def stats_cmd(db: str = DbOption, as_json: bool = typer.Option(False, "--json",
                                                            help="Print JSON.")) -> None:
    """Counts: articles, near-duplicates, events by type and status, clusters, top dyads."""
    with _store(db) as store:
        stats = store.stats()
        stats["top_dyads"] = store.top_dyads(10)
    if as_json:
        sys.stdout.write(json.dumps(stats, indent=2) + "\n")
        return
    table = Table(title="newsgraph store", show_header=False)
    for key, value in stats.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items())
        elif key == "top_dyads":
            value = ", ".join(f"{a}–{b} {n}" for a, b, n in value)
        elif isinstance(value, list):
            value = " … ".join(str(v) for v in value)
        table.add_row(key, str(value))
    console.print(table)


def cluster_record(c: EventCluster) -> dict[str, Any]:
    """The JSONL object of a cluster."""
    return {
        "cluster_id": c.cluster_id, "type": c.type, "mode": c.mode,
        "source": c.source.to_dict(), "target": c.target.to_dict() if c.target else None,
        "status": c.status.value, "date": c.date.to_dict(),
        "num_articles": c.num_articles, "num_sources": c.num_sources,
        "num_mentions": c.num_mentions, "article_ids": list(dict.fromkeys(c.article_ids)),
        "event_ids": c.event_ids, "outlets": list(dict.fromkeys(c.outlets)),
        "status_history": [list(h) for h in c.status_history],
        "first_seen": first_seen(c), "last_seen": last_seen(c),
        "location": vars(c.location) if c.location else None,
    }


CLUSTER_COLUMNS = ["cluster_id", "date", "type", "status", "source", "target",
                   "num_mentions", "num_articles", "num_sources"]


@app.command("clusters")
def clusters_cmd(
    actor: str = ActorOpt, country: str = CountryOpt, type_: str = TypeOpt,
    status: str = StatusOpt, sector: str = SectorOpt, since: str = SinceOpt,
    until: str = UntilOpt,
    min_sources: int = typer.Option(None, "--min-sources", help="At least this many outlets."),
    limit: int = LimitOpt, fmt: Fmt = FormatOpt,
    refresh: bool = typer.Option(True, "--refresh/--no-refresh",
                                 help="Cluster new events first (needs write access)."),
    db: str = DbOption,
) -> None:
    """List event clusters: one real-world event with its reports, outlets and status."""
    filters = _filters(actor=actor, country=country, type=type_, status=status, sector=sector,
                       since=since, until=until, min_sources=min_sources, limit=limit)
    with _store(db, read_only=not refresh) as store:
        if refresh:
            store.update_clusters()
        if fmt is Fmt.jsonl:
            _jsonl(cluster_record(c) for c in store.clusters(**filters))
        else:
            _show_df(store.clusters_df(**filters), fmt, CLUSTER_COLUMNS, "clusters")


@actors_app.callback(invoke_without_command=True)
def actors_cmd(
    ctx: typer.Context, actor: str = ActorOpt, country: str = CountryOpt,
    type_: str = TypeOpt, status: str = StatusOpt, sector: str = SectorOpt,
    since: str = SinceOpt, until: str = UntilOpt, limit: int = LimitOpt,
    fmt: Fmt = FormatOpt, db: str = DbOption,
) -> None:
    """List the actors in the store with their event counts."""
    if ctx.invoked_subcommand is not None:
        return
    filters = _filters(actor=actor, country=country, type=type_, status=status, sector=sector,
                       since=since, until=until, limit=limit)
    with _store(db) as store:
        df = store.actors_df(**filters)
    _show_df(df, fmt, ["name", "code", "country", "org", "sector", "events", "as_source",
                       "as_target", "first_date", "last_date"], "actors")


@app.command("dyad")
def dyad_cmd(
    a: str = typer.Argument(..., help="First actor: ISO3 country, org acronym, name or code."),
    b: str = typer.Argument(..., help="Second actor."),
    type_: str = TypeOpt, status: str = StatusOpt, since: str = SinceOpt,
    until: str = UntilOpt, limit: int = LimitOpt, fmt: Fmt = FormatOpt, db: str = DbOption,
) -> None:
    """Events between two actors, in either direction, by date."""
    filters = _filters(type=type_, status=status, since=since, until=until, limit=limit)
    with _store(db) as store:
        if fmt is Fmt.jsonl:
            _jsonl(e.to_dict() for e in store.dyad_events(a, b, **filters))
        else:
            _show_df(store.dyad_df(a, b, **filters), fmt, EVENT_COLUMNS, f"{a} – {b}")


@app.command("timeline")
def timeline_cmd(
    actor: str = typer.Argument(..., help="Actor name, code, country or org."),
    type_: str = TypeOpt, status: str = StatusOpt, since: str = SinceOpt,
    until: str = UntilOpt, limit: int = LimitOpt, fmt: Fmt = FormatOpt, db: str = DbOption,
) -> None:
    """Events involving one actor, by date."""
    filters = _filters(actor=actor, type=type_, status=status, since=since, until=until,
                       limit=limit)
    with _store(db) as store:
        _event_output(store, fmt, f"timeline of {actor}", filters)


@app.command("sql")
def sql_cmd(
    query: str = typer.Argument(..., help="One SELECT (or WITH … SELECT) statement."),
    fmt: Fmt = FormatOpt, db: str = DbOption,
) -> None:
    """Run one read-only SQL query (SELECT or WITH … SELECT) on the store.

    Tables: articles, events, clusters, article_signatures, schema_version.
    """
    with _store(db) as store:
        try:
            df = store.sql(query)
        except NewsgraphError as exc:
            err_console.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(1) from None
    _show_df(df, fmt, list(df.columns), "result")


@contextlib.contextmanager
def _output(out: str) -> Iterator[Any]:
    if out == "-":
        yield sys.stdout
        return
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as handle:
        yield handle


@app.command("export")
def export_cmd(
    out: str = typer.Argument(..., help="Output file ('-' for stdout) or, for parquet, a "
                                        "new directory."),
    fmt: ExportFmt = typer.Option(..., "--format", "-f", help="gdelt (GDELT 2.0 event "
                                  "table, one row per cluster), plover (JSONL), csv, parquet."),
    actor: str = ActorOpt, country: str = CountryOpt, type_: str = TypeOpt,
    status: str = StatusOpt, since: str = SinceOpt, until: str = UntilOpt,
    min_sources: int = typer.Option(None, "--min-sources", help="Clusters (gdelt) with at "
                                    "least this many outlets."),
    header: bool = typer.Option(False, "--header", help="gdelt: write a header line."),
    overwrite: bool = typer.Option(False, "--overwrite", help="parquet: reuse a non-empty "
                                   "directory."),
    db: str = DbOption,
) -> None:
    """Export the store as GDELT 2.0 events, PLOVER JSONL, CSV or a Parquet directory.

    PLOVER drops negated events; GDELT writes one row per cluster.
    """
    filters = _filters(actor=actor, country=country, type=type_, status=status, since=since,
                       until=until)
    with _store(db, read_only=fmt is not ExportFmt.gdelt) as store:
        if fmt is ExportFmt.parquet:
            counts = store.export_parquet(out, overwrite=overwrite)
            err_console.print(f"wrote {out}: " + ", ".join(f"{k} {v}" for k, v in
                                                            counts.items()))
            return
        with _output(out) as handle:
            if fmt is ExportFmt.gdelt:
                store.update_clusters()
                n = store.export_gdelt(handle, header=header,
                                       **_filters(min_sources=min_sources, **filters))
            elif fmt is ExportFmt.plover:
                n = store.export_plover(handle, **filters)
            else:
                n = store.export_csv(handle, **filters)
        err_console.print(f"exported {n} rows ({fmt.value})")


@app.command("import-parquet")
def import_parquet_cmd(
    directory: str = typer.Argument(..., help="A directory written by export --format "
                                              "parquet."),
    db: str = DbOption,
) -> None:
    """Load a Parquet export into the store (rows already present are skipped)."""
    with _store(db, read_only=False) as store:
        added = store.import_parquet(directory)
    console.print("added: " + ", ".join(f"{k} {v}" for k, v in added.items()))
