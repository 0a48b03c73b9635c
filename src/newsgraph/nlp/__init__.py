"""Linguistic annotation: spaCy parse, time expressions and light coreference.

``annotate(articles)`` yields :class:`~newsgraph.model.AnnotatedArticle` objects.
"""

from __future__ import annotations

from .annotate import annotate, load_pipeline
from .timex import find_time_expressions

__all__ = ["annotate", "find_time_expressions", "load_pipeline"]
