"""``newsgraph watch``: keep a store up to date from folders and feeds."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from ..errors import InputError
from .app import DbOption, app, console, err_console

if TYPE_CHECKING:
    from ..ingest.watch import PollReport


@app.command()
def watch(
    sources: list[str] = typer.Argument(
        ..., help="Folders (new or changed files are read) and RSS/Atom feed URLs."
    ),
    every: str = typer.Option("15m", "--every", help="Poll interval: 30s, 15m, 1h, 1d."),
    once: bool = typer.Option(False, "--once", help="Poll once and exit (for cron and tests)."),
    db: Path | None = DbOption,
    state: Path | None = typer.Option(
        None, "--state", help="What has been seen (default: <db>.watch.json)."
    ),
    fetch_pages: bool = typer.Option(
        True, "--fetch-pages/--no-fetch-pages",
        help="Fetch the linked page of feed entries that only carry a summary.",
    ),
    timeout: float = typer.Option(20.0, "--timeout", help="HTTP timeout in seconds."),
) -> None:
    """Poll folders and feeds, ingest what is new, and remember it across restarts."""
    from ..config import db_path
    from ..ingest.watch import Watcher, parse_interval
    from ..ingest.watch_state import default_state_path

    try:
        interval = parse_interval(every)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--every") from None
    store_path = db_path(db)
    state_path = state or default_state_path(store_path)
    try:
        from ..pipeline import ingest
        from ..store import Store
    except ImportError as exc:
        err_console.print(f"[red]error:[/red] the store is not available ({exc})")
        raise typer.Exit(2) from None

    def report_error(error: InputError) -> None:
        err_console.print(f"[yellow]skipped[/yellow] {error}")

    with Store(store_path) as store:

        def ingest_and_cluster(articles):
            summary = ingest(store, articles)
            if getattr(summary, "events_added", 0):
                store.update_clusters()  # queries and exports see the new events' clusters
            return summary

        watcher = Watcher(sources, ingest_and_cluster, state_path,
                          every=interval, timeout=timeout, fetch_pages=fetch_pages,
                          on_error=report_error)
        try:
            watcher.run(once=once, report=_print_report)
        except KeyboardInterrupt:
            console.print("stopped")
        finally:
            watcher.close()


def _print_report(report: PollReport) -> None:
    for item in report.sources:
        summary = item.result
        added = getattr(summary, "articles_added", None)
        events = getattr(summary, "events_added", None)
        detail = f", {added} added, {events} events" if added is not None else ""
        style = {"error": "red", "waiting": "yellow"}.get(item.status, "green")
        console.print(f"[{style}]{item.status:9}[/{style}] {item.source}: "
                      f"{item.articles} new articles{detail}"
                      + (f" ({item.message})" if item.message else ""))
