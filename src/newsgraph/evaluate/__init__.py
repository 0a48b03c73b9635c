"""Yardsticks: scoring newsgraph against gold files and PETRARCH validation suites."""

from __future__ import annotations

from .gold import GoldScore, score_gold

__all__ = ["GoldScore", "score_gold"]
