"""``newsgraph extract``, ``ingest`` and ``demo``: the main job over files."""

from __future__ import annotations

import json

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from ..config import DATA_DIR, db_path
from ..errors import InputError, NewsgraphError
from ..ingest import read_articles
from ..model import Event
from ..pipeline import IngestSummary, extract_events, ingest
from .app import DbOption, app, console, err_console

SAMPLE_CORPUS = DATA_DIR / "sample" / "articles.jsonl"


class ErrorCounter:
    """Prints each input error (file:line: message) to stderr and counts them."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, error: InputError) -> None:
        self.count += 1
        err_console.print(f"[yellow]skipped[/] {error}", highlight=False, markup=True)


def event_table(events: list[Event], title: str = "Events") -> Table:
    table = Table(title=title, show_lines=False)
    for column, width in (("date", 10), ("type", 9), ("status", 8), ("source", 6),
                          ("target", 6)):
        table.add_column(column, no_wrap=True, min_width=width, overflow="ellipsis")
    table.add_column("evidence", overflow="ellipsis", no_wrap=True, min_width=10,
                     max_width=max(10, console.width - 75))
    for e in events:
        table.add_row(
            e.date.start.isoformat() if e.date.start else "",
            f"{e.type}" + (f"/{e.mode}" if e.mode else ""),
            e.status.value,
            e.source.code or e.source.name,
            (e.target.code or e.target.name) if e.target else "",
            e.evidence,
        )
    return table


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files or directories to read, or - for stdin."),
    format: str = typer.Option("jsonl", "--format", "-f", help="jsonl or table."),
) -> None:
    """Print the events found in PATHS (the DESIGN.md event contract) without storing them."""
    if format not in ("jsonl", "table"):
        raise typer.BadParameter("use --format jsonl or --format table", param_hint="--format")
    errors = ErrorCounter()
    try:
        collected: list[Event] = []
        for _, events in extract_events(read_articles(paths, on_error=errors),
                                        on_error=errors):
            if format == "jsonl":
                for event in events:
                    typer.echo(json.dumps(event.to_dict(), ensure_ascii=False))
            else:
                collected.extend(events)
        if format == "table":
            console.print(event_table(collected))
    except NewsgraphError as exc:
        err_console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    if errors.count:
        err_console.print(f"{errors.count} input problem(s) skipped; see above.")


def run_ingest(paths: list[str], db: str | None, batch_size: int = 64) -> IngestSummary:
    """Ingest ``paths`` into the store with a progress bar; returns the summary."""
    from ..store import Store

    errors = ErrorCounter()
    with Store(db_path(db)) as store, Progress(
        SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
        MofNCompleteColumn(), TextColumn("{task.fields[events]} events"),
        console=err_console, transient=False,
    ) as progress:
        task = progress.add_task("ingesting", total=None, events=0)
        summary = ingest(
            # the store drops exact duplicates itself, and counts them
            store, read_articles(paths, on_error=errors, dedup=False), batch_size=batch_size,
            progress=lambda n: progress.update(task, advance=n), on_error=errors,
        )
        progress.update(task, total=summary.articles_read, events=summary.events_added)
        store.update_clusters()
    summary.errors = errors.count
    return summary


def print_summary(summary: IngestSummary, db: str | None) -> None:
    table = Table(title=f"Ingest into {db_path(db)}", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [("articles read", summary.articles_read), ("articles added", summary.articles_added),
            ("duplicates or already stored (skipped)", summary.duplicates),
            ("near-duplicates (flagged)", summary.near_duplicates),
            ("events added", summary.events_added), ("input errors (skipped)", summary.errors)]
    rows += [(f"not coded: language {lang}", n) for lang, n in sorted(summary.not_coded.items())]
    for label, value in rows:
        table.add_row(label, str(value))
    console.print(table)


@app.command(name="ingest")
def ingest_command(
    paths: list[str] = typer.Argument(..., help="Files or directories to read, or - for stdin."),
    db: str | None = DbOption,
    batch_size: int = typer.Option(64, help="Articles per transaction."),
) -> None:
    """Store the articles in PATHS and their events. Running it again adds nothing."""
    try:
        summary = run_ingest(paths, db, batch_size)
    except NewsgraphError as exc:
        err_console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    print_summary(summary, db)


@app.command()
def demo(
    db: str | None = DbOption,
    limit: int = typer.Option(25, help="Events to show."),
) -> None:
    """Ingest the bundled sample corpus and show the events and the most active dyads."""
    from ..store import Store

    summary = run_ingest([str(SAMPLE_CORPUS)], db)
    print_summary(summary, db)
    with Store(db_path(db), read_only=True) as store:
        console.print(event_table(store.events(limit=limit), title=f"First {limit} events"))
        dyads = Table(title="Most active dyads")
        for column in ("source", "target", "events"):
            dyads.add_column(column)
        for source, target, count in store.top_dyads(10):
            dyads.add_row(source or "", target or "", str(count))
        console.print(dyads)
    console.print(f"Explore further: newsgraph events --db {db_path(db)} --help")
