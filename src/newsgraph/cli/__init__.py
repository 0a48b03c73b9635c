"""The ``newsgraph`` command. Each module below registers its commands on ``app``."""

from __future__ import annotations

from . import (  # noqa: F401  (imported for their commands)
    actors_cmd,
    eval_cmd,
    extract_cmd,
    forecast_cmd,
    lexicon_cmd,
    petrarch_cmd,
    store_cmd,
    watch_cmd,
)
from .app import app


def main() -> None:
    app()
