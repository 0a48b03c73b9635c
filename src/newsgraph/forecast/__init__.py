"""Temporal event-graph forecasting and its TKG benchmark harness.

* :class:`Forecaster` - the product model: ``Forecaster().fit(events_df).predict("PRK")``.
* :func:`backtest` - rolling-origin evaluation of it on a store's history.
* :func:`run_benchmark` - ``newsgraph bench tkg``: the learned ranker on TKG datasets.
"""

from __future__ import annotations

from .backtest import OriginResult, backtest, overall
from .bench import format_result, run_benchmark
from .forecaster import Driver, Forecaster, Prediction

__all__ = [
    "Driver",
    "Forecaster",
    "OriginResult",
    "Prediction",
    "backtest",
    "format_result",
    "overall",
    "run_benchmark",
]
