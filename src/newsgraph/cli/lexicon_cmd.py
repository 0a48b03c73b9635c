"""``newsgraph lexicon import``: PETRARCH/TABARI verb dictionaries -> an event lexicon file."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape

from .app import app, console, print_skipped

lexicon_app = typer.Typer(help="Event lexicon: import PETRARCH/TABARI verb dictionaries.",
                          no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")


@lexicon_app.command("import")
def import_cmd(
    files: list[Path] = typer.Argument(..., exists=True, dir_okay=False,
                                       help="Verb dictionaries (*.verbs.txt, CAMEO.2.0.txt)."),
    out: Path = typer.Option(..., "--out", "-o", dir_okay=False,
                             help="Lexicon file to write (lexicon.yaml schema)."),
    loose: bool = typer.Option(
        False, "--loose", help="Keep patterns with a noun inside a prepositional phrase "
        "(\"* (TO PEACE)\") as just their preposition instead of skipping them."),
    show_warnings: bool = typer.Option(False, "--warnings", help="List every unreadable line."),
) -> None:
    """Import verb patterns as event-lexicon entries (used before the bundled lexicon)."""
    from ..events.verbdict import import_verb_files, to_yaml

    entries, reports = import_verb_files(files, loose=loose)
    for report in reports:
        console.print(escape(report.summary()), soft_wrap=True)
        print_skipped(report.path.name, report.warnings, show_warnings)
    header = ("newsgraph event lexicon imported with `newsgraph lexicon import` from:\n"
              + "\n".join(f"  {p}" for p in files)
              + "\nFields: see newsgraph/data/events/lexicon.yaml. Earlier entries win.")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(to_yaml(entries, header), encoding="utf-8")
    console.print(f"Wrote {len(entries)} entries to {out}. Use it with: "
                  f"export NEWSGRAPH_LEXICON={out}  (or: newsgraph eval petrarch RECORDS.xml "
                  f"--dictionaries DIR)")
