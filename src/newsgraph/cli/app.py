"""The Typer application and its command groups; commands live in sibling modules."""

from __future__ import annotations

import typer
from rich.console import Console

app = typer.Typer(
    name="newsgraph",
    help="Political event data from dated news articles, kept as a temporal event graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score newsgraph against gold standards.", no_args_is_help=True)
bench_app = typer.Typer(help="Run benchmarks on public datasets.", no_args_is_help=True)
actors_app = typer.Typer(help="Actor knowledge base: list and import dictionaries.")
app.add_typer(eval_app, name="eval")
app.add_typer(bench_app, name="bench")

console = Console()
err_console = Console(stderr=True)

DbOption = typer.Option(
    None, "--db", help="DuckDB store (default: $NEWSGRAPH_DB or ./newsgraph.duckdb)."
)


def print_skipped(name: str, warnings: list[str], show_all: bool) -> None:
    """The lines an importer skipped: the first three, or all with ``--warnings``."""
    from rich.markup import escape

    shown = warnings if show_all else warnings[:3]
    for warning in shown:
        err_console.print(f"[yellow]skipped[/] {escape(warning)}", soft_wrap=True)
    if len(warnings) > len(shown):
        err_console.print(f"… {len(warnings) - len(shown)} more in {name} (use --warnings)")
