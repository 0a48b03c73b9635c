"""Errors newsgraph reports to users. Each says where the problem is and what to do."""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class for errors shown to users."""


class InputError(NewsgraphError):
    """A piece of input could not be read; it is skipped and nothing stored is lost."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class ConfigError(NewsgraphError):
    """Configuration is missing or wrong (for example an uninstalled spaCy pipeline)."""
