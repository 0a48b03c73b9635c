"""Place names to locations: ``Gazetteer.lookup(name, hint)``."""

from __future__ import annotations

from .gazetteer import Gazetteer, default_gazetteer

__all__ = ["Gazetteer", "default_gazetteer"]
