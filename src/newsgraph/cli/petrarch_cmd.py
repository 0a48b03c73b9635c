"""``newsgraph eval petrarch``: score event extraction on a PETRARCH validation file."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from ..actors import ActorResolver
from ..actors.importer import dictionary_kind, import_dictionaries
from ..actors.kb import KnowledgeBase, load_directory, load_kb
from ..evaluate.petrarch import Counts, PetrarchScore, Record, read_records, score_record
from ..events.lexicon import Lexicon, default_lexicon, lexicon_from_entries, merge_lexicons
from ..model import Article, Event
from .app import console, err_console, eval_app


@eval_app.command("petrarch")
def eval_petrarch(
    records_file: Path = typer.Argument(..., exists=True, dir_okay=False,
                                        help="PETRARCH validation records (.xml)."),
    dictionaries: list[Path] = typer.Option(
        [], "--dictionaries", "-d", exists=True,
        help="Actor/agent/verb dictionaries, or directories holding such files."),
    only_dictionaries: bool = typer.Option(
        False, "--only-dictionaries", help="Use only the imported actor dictionaries, not "
        "the bundled knowledge base (for the fictional unit-test suites)."),
    bundled_lexicon: bool | None = typer.Option(
        None, "--bundled-lexicon/--no-bundled-lexicon",
        help="After imported verb dictionaries, fall back on the bundled event lexicon "
        "(default: yes, except with --only-dictionaries)."),
    limit: int = typer.Option(0, "--limit", help="Score only the first N records (0: all)."),
    show_errors: bool = typer.Option(False, "--errors", help="List misses and false alarms."),
) -> None:
    """Precision/recall/F1 on (source, target, CAMEO root) and on full codes."""
    records = read_records(records_file)
    if limit:
        records = records[:limit]
    if not records:
        err_console.print(f"[red]error:[/] no sentence records in {records_file}")
        raise typer.Exit(2)
    files = _dictionary_files(dictionaries)
    verbs = [f for f in files if _kind(f) == "verbs"]
    lexicon = _lexicon(verbs, not only_dictionaries if bundled_lexicon is None
                       else bundled_lexicon)
    with tempfile.TemporaryDirectory(prefix="newsgraph-petrarch-") as tmp:
        kb = _knowledge_base([f for f in files if f not in verbs], Path(tmp), only_dictionaries)
        score = run_suite(records, kb, lexicon)
    _report(records_file, score, show_errors)


def _dictionary_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += [p for p in sorted(path.iterdir())
                      if p.suffix == ".txt" and _kind(p) != "other"]
        else:
            files.append(path)
    return files


def _kind(path: Path) -> str:
    """``actors``, ``agents``, ``verbs`` (by name, or by content: ``CAMEO.2.0.txt``) or
    ``other``."""
    from ..events.verbdict import looks_like_verb_dictionary

    kind = dictionary_kind(path)
    if kind == "other" and looks_like_verb_dictionary(path):
        return "verbs"
    return kind


def _knowledge_base(files: list[Path], tmp: Path, only: bool) -> KnowledgeBase:
    reports = import_dictionaries(files, tmp, log_warnings=False) if files else []
    skipped = sum(r.skipped for r in reports)
    if reports:
        err_console.print(f"imported {len(reports)} dictionaries "
                          f"({', '.join(r.path.name for r in reports)}); {skipped} lines skipped")
    if not only:
        return load_kb(tmp) if files else load_kb()
    kb = KnowledgeBase()
    load_directory(kb, tmp)
    return kb


def _lexicon(files: list[Path], bundled: bool) -> Lexicon | None:
    """Imported verb dictionaries first, then (``bundled``) the bundled lexicon."""
    if not files:
        return None
    from ..events.verbdict import import_verb_files

    entries, reports = import_verb_files(files)
    for report in reports:
        err_console.print(escape(report.summary()), soft_wrap=True)
    imported = lexicon_from_entries(entries, "imported verbs")
    return merge_lexicons(imported, default_lexicon()) if bundled else imported


def run_suite(records: list[Record], kb: KnowledgeBase, lexicon: Lexicon | None = None
              ) -> PetrarchScore:
    """Extract events from every record's sentence with ``kb`` (and ``lexicon``, else the
    default one) and score them."""
    score = PetrarchScore()
    for record, events in _extract(records, kb, lexicon):
        score_record(record, events, score)
    return score


def _extract(records: list[Record], kb: KnowledgeBase, lexicon: Lexicon | None
             ) -> Iterator[tuple[Record, list[Event]]]:
    from ..events.extract import Extractor
    from ..nlp import annotate

    extractor = Extractor(resolver=ActorResolver(kb), lexicon=lexicon)
    by_id = {}
    articles = []
    for n, record in enumerate(records):
        article = Article(id=f"{n}:{record.id}", text=record.text, date=record.date)
        by_id[article.id] = record
        articles.append(article)
    for annotated in annotate(articles):
        yield by_id[annotated.article.id], extractor(annotated)


def _report(path: Path, score: PetrarchScore, show_errors: bool) -> None:
    expects = ", ".join(f"{k}={v}" for k, v in sorted(score.by_expect.items()))
    table = Table(title=f"{path.name}: {score.records} sentences ({expects})")
    for column in ("match", "predicted", "correct", "expected", "found", "P", "R", "F1"):
        table.add_column(column, justify="left" if column == "match" else "right")
    for name, counts in (("root", score.root), ("full", score.full)):
        table.add_row(name, *_cells(counts))
    console.print(table)
    if show_errors:
        for line in score.errors:
            typer.echo(line)
    r, f = score.root, score.full
    typer.echo(f"root: P={r.precision:.4f} R={r.recall:.4f} F1={r.f1:.4f}  "
               f"full: P={f.precision:.4f} R={f.recall:.4f} F1={f.f1:.4f}")


def _cells(c: Counts) -> list[str]:
    return [str(c.predicted), str(c.correct), str(c.expected), str(c.found),
            f"{c.precision:.4f}", f"{c.recall:.4f}", f"{c.f1:.4f}"]
