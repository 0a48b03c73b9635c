"""Event extraction: the lexicon (data files) and ``extract(annotated) -> list[Event]``."""

from __future__ import annotations

from .extract import Extractor, extract

__all__ = ["Extractor", "extract"]
