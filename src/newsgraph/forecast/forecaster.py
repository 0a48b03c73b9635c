"""Forecasting future events of an actor from the event store's history.

The product model is a decayed-intensity (Hawkes-like) recurrency model, chosen because every
number it gives can be traced to past events:

* strict recurrency: past events of the same ``(type, partner, direction)``, decayed with a
  short and a long time constant (events per day);
* relaxed recurrency: the pair's activity of any type, times the share this type has in the
  actor's recent events.

The intensity ``lambda`` (events per day) becomes the probability of at least one such event
in the next ``days`` days: ``1 - exp(-lambda * days)``. The past events that contribute most
are returned as the prediction's drivers.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

REQUIRED = ("event_id", "type", "source_entity", "target_entity", "date")


@dataclass
class Driver:
    """A past event that supports a prediction."""

    event_id: str
    date: str
    type: str
    source: str
    target: str
    weight: float


@dataclass
class Prediction:
    """One forecast: ``actor`` and ``partner`` take part in an event of ``type``.

    ``direction`` is ``"out"`` when the actor is the source, ``"in"`` when it is the target.
    """

    type: str
    partner: str
    direction: str
    probability: float
    expected_events: float
    drivers: list[Driver] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return asdict(self)


def perspective_frame(history: pd.DataFrame, statuses: tuple[str, ...]) -> pd.DataFrame:
    """Each usable event twice: from its source's side (``out``) and its target's (``in``)."""
    missing = [c for c in REQUIRED if c not in history.columns]
    if missing:
        raise ValueError(f"history lacks columns: {', '.join(missing)}")
    df = history
    if "status" in df.columns and statuses:
        df = df[df["status"].isin(statuses)]
    df = df.dropna(subset=["source_entity", "target_entity", "date", "type"])
    df = df[df["source_entity"] != df["target_entity"]]
    day = pd.to_datetime(df["date"]).to_numpy("datetime64[D]").astype(np.int64).astype(float)
    base = {"event_id": df["event_id"].astype(str).to_numpy(), "type": df["type"].astype(str)
            .to_numpy(), "day": day, "source": df["source_entity"].astype(str).to_numpy(),
            "target": df["target_entity"].astype(str).to_numpy()}
    out = pd.DataFrame({**base, "actor": base["source"], "partner": base["target"],
                        "direction": "out"})
    inn = pd.DataFrame({**base, "actor": base["target"], "partner": base["source"],
                        "direction": "in"})
    return pd.concat([out, inn], ignore_index=True)


class Forecaster:
    """Decayed-intensity recurrency forecaster over a plain events DataFrame."""

    def __init__(
        self,
        tau_short: float = 7.0,
        tau_long: float = 90.0,
        relaxed_weight: float = 0.3,
        statuses: tuple[str, ...] = ("occurred",),
        top_types: int = 5,
    ) -> None:
        self.tau_short, self.tau_long = tau_short, tau_long
        self.relaxed_weight = relaxed_weight
        self.statuses = statuses
        self.top_types = top_types
        self.frame = pd.DataFrame()

    def fit(self, history: pd.DataFrame) -> Forecaster:
        """Keep the usable events of ``history`` (columns as ``Store.events_df()``)."""
        self.frame = perspective_frame(history, self.statuses)
        return self

    @property
    def last_day(self) -> float | None:
        """The last event day (days since 1970-01-01) in the history, if any."""
        return float(self.frame["day"].max()) if len(self.frame) else None

    def predict(
        self, actor: str, partner: str | None = None, days: int = 14, top: int = 10,
        as_of: float | str | date | None = None,
    ) -> list[Prediction]:
        """The ``top`` most likely ``(type, partner, direction)`` events of ``actor`` within
        ``days`` days from ``as_of`` (a date, or days since 1970-01-01; default: the day after
        the last event). Only events before ``as_of`` are used."""
        if not len(self.frame):
            return []
        if as_of is None:
            now = (self.last_day or 0.0) + 1.0
        elif isinstance(as_of, int | float):
            now = float(as_of)
        else:
            now = float(np.datetime64(pd.Timestamp(as_of).date(), "D").astype(np.int64))
        f = self.frame
        f = f[(f["actor"] == actor) & (f["day"] < now)]
        if partner is not None:
            f = f[f["partner"] == partner]
        if not len(f):
            return []
        scored = self._score(f, now)
        scored = scored.sort_values(["rate", "type", "partner"], ascending=[False, True, True])
        return [self._prediction(row, f, now, days) for row in scored.head(top).itertuples()]

    def _score(self, f: pd.DataFrame, now: float) -> pd.DataFrame:
        """Intensity (events per day) of every candidate key of one actor's history."""
        age = now - f["day"].to_numpy()
        w = (np.exp(-age / self.tau_short) / self.tau_short
             + np.exp(-age / self.tau_long) / self.tau_long) / 2.0
        f = f.assign(w=w)
        strict = f.groupby(["type", "partner", "direction"], as_index=False)["w"].sum()
        pair = f.groupby(["partner", "direction"], as_index=False)["w"].sum()
        share = f.groupby(["type", "direction"], as_index=False)["w"].sum()
        share["share"] = share["w"] / share.groupby("direction")["w"].transform("sum")
        share = share.sort_values("share", ascending=False).groupby("direction").head(
            self.top_types)
        cand = pair.merge(share[["type", "direction", "share"]], on="direction")
        cand["relaxed"] = cand["w"] * cand["share"] * self.relaxed_weight
        keys = ["type", "partner", "direction"]
        out = strict.rename(columns={"w": "strict"}).merge(
            cand[[*keys, "relaxed"]], on=keys, how="outer").fillna(0.0)
        # relaxed evidence for a key seen before also counts (pair activity of other types)
        out["rate"] = out["strict"] + out["relaxed"]
        return out

    def _prediction(self, row: Any, f: pd.DataFrame, now: float, days: int) -> Prediction:
        rate = float(row.rate)
        same = f[(f["partner"] == row.partner) & (f["direction"] == row.direction)]
        strict = same[same["type"] == row.type]
        pool = strict if len(strict) else same
        pool = pool.assign(weight=np.exp(-(now - pool["day"]) / self.tau_long))
        pool = pool.sort_values(["weight", "event_id"], ascending=[False, True]).head(5)
        drivers = [
            Driver(str(d.event_id), str(np.datetime64(int(d.day), "D")), str(d.type),
                   str(d.source), str(d.target), round(float(d.weight), 4))
            for d in pool.itertuples()
        ]
        return Prediction(
            type=str(row.type), partner=str(row.partner), direction=str(row.direction),
            probability=float(1.0 - np.exp(-rate * days)), expected_events=rate * days,
            drivers=drivers,
        )
