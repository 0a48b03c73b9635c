"""newsgraph: political event data from dated news articles, as a temporal event graph."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "open"]


def open(path: str | None = None, *, read_only: bool = False):  # noqa: A001
    """Open a newsgraph store; queries on it return pandas DataFrames."""
    from .store import Store

    return Store(path, read_only=read_only)
