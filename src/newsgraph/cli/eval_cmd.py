"""``newsgraph eval gold`` (and ``eval petrarch``): the project's yardsticks."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from ..errors import NewsgraphError
from ..evaluate.gold import read_gold, score_gold
from ..pipeline import extract_events
from .app import console, err_console, eval_app


@eval_app.command("gold")
def eval_gold(
    path: Path = typer.Argument(..., exists=True, dir_okay=False, help="Gold JSON Lines file."),
    show_errors: bool = typer.Option(False, "--errors", help="List misses and false alarms."),
) -> None:
    """Score event extraction against a gold file (precision, recall, F1, status accuracy)."""
    try:
        items = read_gold(path)
    except NewsgraphError as exc:
        err_console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    score = score_gold(items, extract_events)
    table = Table(title=f"{path.name}: {len(items)} articles, {score.expected} required events")
    table.add_column("type")
    table.add_column("found", justify="right")
    for type_, total in sorted(score.type_totals.items()):
        table.add_row(type_, f"{score.by_type[type_]}/{total}")
    console.print(table)
    if show_errors:
        for article_id, gold in score.misses:
            console.print(f"miss  {article_id}: {gold['type']} {gold['src']} -> {gold['tgt']}")
        for article_id, key in score.false_alarms:
            console.print(f"false {article_id}: {key}")
    typer.echo(
        f"precision={score.precision:.4f} recall={score.recall:.4f} f1={score.f1:.4f} "
        f"status_accuracy={score.status_accuracy:.4f}"
    )
