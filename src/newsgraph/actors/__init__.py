"""Actors: the knowledge base (data files) and resolving mentions to actors."""

from __future__ import annotations

from .kb import KnowledgeBase, load_kb
from .phrases import DocContext, named_countries, resolve_argument
from .resolver import ActorResolver, Mention

__all__ = ["ActorResolver", "DocContext", "KnowledgeBase", "Mention", "load_kb",
           "named_countries", "resolve_argument"]
