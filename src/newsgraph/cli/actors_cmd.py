"""``newsgraph actors import``: TABARI/PETRARCH dictionaries -> knowledge-base TSV files."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from ..actors.importer import FileReport, import_dictionaries
from .app import actors_app, console, print_skipped


@actors_app.command("import")
def import_cmd(
    files: list[Path] = typer.Argument(
        ..., exists=True, dir_okay=False,
        help="Actor (*.actors.txt) and agent (*.agents.txt) dictionaries."),
    out: Path = typer.Option(..., "--out", "-o", file_okay=False,
                             help="Directory for countries/organizations/people/sectors.tsv."),
    show_warnings: bool = typer.Option(False, "--warnings", help="List every skipped line."),
) -> None:
    """Import TABARI/PETRARCH actor and agent dictionaries into a knowledge-base directory."""
    reports = import_dictionaries(files, out, log_warnings=False)  # shown below
    console.print(summary_table(reports))
    for report in reports:
        print_skipped(report.path.name, report.warnings, show_warnings)
    console.print(f"Wrote {out}. Use it with: export NEWSGRAPH_ACTORS={out}  "
                  f"(or: newsgraph eval petrarch RECORDS.xml --dictionaries DIR)")


def summary_table(reports: list[FileReport]) -> Table:
    """Rows written per file (countries counts entries; rows of one code are merged)."""
    table = Table(title="Imported dictionaries")
    table.add_column("file")
    table.add_column("kind")
    for name in ("countries", "organizations", "people", "sectors", "skipped"):
        table.add_column(name, justify="right")
    for r in reports:
        table.add_row(r.path.name, r.kind, *(str(r.rows[n]) for n in
                      ("countries", "organizations", "people", "sectors")), str(r.skipped))
    return table
