"""The store: articles, events and clusters in DuckDB, with Parquet, GDELT and PLOVER exports.

``Store(path)`` is the entry point; see :class:`newsgraph.store.store.Store`.
"""

from __future__ import annotations

from .store import BatchResult, Store

__all__ = ["BatchResult", "Store"]
