"""``newsgraph forecast``, ``newsgraph backtest`` and ``newsgraph bench tkg``."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import typer
from rich.table import Table

from ..errors import NewsgraphError
from ..forecast import Forecaster, Prediction, backtest, format_result, overall, run_benchmark
from ..forecast.backtest import OriginResult
from .app import DbOption, app, bench_app, console, err_console


def load_history(db: str | None) -> pd.DataFrame:
    """The store's events as a DataFrame (``Store.events_df()``), opened read-only.

    A missing or unreadable store is reported as a message and exit code 1.
    """
    try:
        from ..store import Store
    except ImportError as exc:  # pragma: no cover - the store is part of the package
        err_console.print(f"[red]error:[/red] the event store is not available: {exc}")
        raise typer.Exit(1) from None
    try:
        with Store(db, read_only=True) as store:
            return store.events_df()
    except NewsgraphError as exc:
        err_console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from None


def forecast_rows(
    history: pd.DataFrame, actor: str, partner: str | None, days: int, top: int
) -> list[Prediction]:
    """Fit on ``history`` and forecast (the DataFrame-injected core of ``forecast``)."""
    return Forecaster().fit(history).predict(actor, partner=partner, days=days, top=top)


def render_predictions(preds: list[Prediction], fmt: str) -> None:
    """Print predictions as a Rich table or as JSON Lines."""
    if fmt == "jsonl":
        for p in preds:
            typer.echo(json.dumps(p.to_dict(), ensure_ascii=False))
        return
    table = Table(title="forecast")
    for col in ("type", "partner", "direction", "probability", "drivers"):
        table.add_column(col)
    for p in preds:
        drivers = ", ".join(f"{d.type} {d.date}" for d in p.drivers[:3])
        table.add_row(p.type, p.partner, p.direction, f"{p.probability:.2f}", drivers)
    console.print(table)


def render_backtest(results: list[OriginResult]) -> None:
    """Print backtest results per origin and overall."""
    table = Table(title="backtest")
    for col in ("origin", "actors", "targets", "MRR", "H@1", "H@3", "H@10"):
        table.add_column(col, justify="right")
    for r in [*results, overall(results)]:
        table.add_row(r.origin, str(r.actors), str(r.targets), f"{r.mrr:.3f}",
                      f"{r.hits1:.3f}", f"{r.hits3:.3f}", f"{r.hits10:.3f}")
    console.print(table)


@app.command("forecast")
def forecast_command(
    actor: str = typer.Option(..., "--actor", help="Actor code, e.g. PRK."),
    partner: str | None = typer.Option(None, "--partner", help="Only this partner."),
    days: int = typer.Option(14, "--days", min=1, help="Forecast horizon in days."),
    top: int = typer.Option(10, "--top", min=1, help="Number of predictions."),
    db: str | None = DbOption,
    fmt: str = typer.Option("table", "--format", help="table or jsonl."),
) -> None:
    """Forecast the most likely events of an actor in the next days, with their drivers."""
    if fmt not in ("table", "jsonl"):
        raise typer.BadParameter("use table or jsonl", param_hint="--format")
    preds = forecast_rows(load_history(db), actor, partner, days, top)
    if not preds:
        err_console.print(f"no occurred events involving {actor}"
                          + (f" and {partner}" if partner else "") + " in the store")
    render_predictions(preds, fmt)


@app.command("backtest")
def backtest_command(
    db: str | None = DbOption,
    days: int = typer.Option(7, "--days", min=1, help="Horizon (and origin spacing) in days."),
    origins: int = typer.Option(8, "--origins", min=1, help="Number of rolling origins."),
) -> None:
    """Rolling-origin evaluation of the forecaster on the store's own history."""
    render_backtest(backtest(load_history(db), days=days, origins=origins))


@bench_app.command("tkg")
def bench_tkg_command(
    data_dir: Path = typer.Argument(..., exists=True, file_okay=False, help="Dataset folder."),
    max_test: int | None = typer.Option(None, "--max-test", min=1, help="First N test facts."),
    seed: int = typer.Option(0, "--seed", help="Seed (tie-breaking, learner)."),
    budget_minutes: float = typer.Option(
        30.0, "--budget-minutes", min=0,
        help="Wall-clock budget of fit + eval; the harness falls back to cheaper settings "
        "when its projection exceeds it (0: no budget).",
    ),
) -> None:
    """TKG forecasting benchmark: single-step, time-aware filtered MRR and Hits@1/3/10."""
    try:
        res = run_benchmark(data_dir, max_test=max_test, seed=seed,
                            budget_minutes=budget_minutes,
                            log=lambda msg: console.print(msg, markup=False, highlight=False))
    except NewsgraphError as exc:  # a malformed dataset file: its name and line
        err_console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from None
    typer.echo(format_result(res))
