"""Actors: the knowledge base (data files) and resolving mentions to actors."""

from __future__ import annotations

from .context import DocContext, named_countries
from .kb import KnowledgeBase, load_kb
from .phrases import resolve_argument
from .resolver import ActorResolver, Mention

__all__ = ["ActorResolver", "DocContext", "KnowledgeBase", "Mention", "load_kb",
           "named_countries", "resolve_argument"]
