"""Typed access to ``newsgraph/data/codes``: cameo.tsv (CAMEO codes, Goldstein, PLOVER mapping),
plover.tsv (PLOVER types/modes with scores) and contexts.tsv (context keywords)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from newsgraph.config import alternatives, tab_rows
from newsgraph.errors import NewsgraphError

DEFAULT_DIR = Path(__file__).parent.parent / "data" / "codes"

_CAMEO_HEADER = ["code", "name", "goldstein", "plover_type", "plover_mode"]
_PLOVER_HEADER = ["type", "mode", "cameo", "score", "description"]
_CONTEXT_HEADER = ["context", "keywords"]
_Key = tuple[str, str | None]  # (PLOVER type, mode or None)


class CodeTableError(NewsgraphError, ValueError):
    """A code table file is malformed; the message starts with ``path:line``."""

    def __init__(self, path: Path, line: int, message: str) -> None:
        self.path = path
        self.line = line
        super().__init__(f"{path}:{line}: {message}")


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code and what it maps to."""

    code: str
    name: str
    goldstein: float
    plover_type: str | None
    plover_mode: str | None


@dataclass(frozen=True)
class PloverMode:
    """A PLOVER event type (``mode`` is None) or one of its modes."""

    type: str
    mode: str | None
    cameo: str
    score: float
    description: str


def _rows(path: Path, header: list[str]) -> Iterable[tuple[int, list[str]]]:
    """Yield ``(line number, fields)`` for each data row, checking header and field count."""
    rows = tab_rows(path)
    number, first = next(rows, (1, []))
    if first != header:
        raise CodeTableError(path, number, f"header must be {' TAB '.join(header)}")
    for number, fields in rows:
        if len(fields) != len(header):
            msg = f"expected {len(header)} tab-separated fields, found {len(fields)}"
            raise CodeTableError(path, number, msg)
        yield number, fields


def _score(path: Path, number: int, text: str, what: str) -> float:
    """Parse a number in [-10, 10] or raise a located error."""
    try:
        value = float(text)
    except ValueError:
        raise CodeTableError(path, number, f"{what} {text!r} is not a number") from None
    if not -10.0 <= value <= 10.0:
        raise CodeTableError(path, number, f"{what} {value} is outside -10..10")
    return value


@dataclass(frozen=True, eq=False)
class CodeTables:
    """The loaded CAMEO, PLOVER and context tables (use :meth:`load` or default_tables())."""

    _cameo: dict[str, CameoCode]
    _plover: dict[_Key, PloverMode]
    _contexts: dict[str, tuple[str, ...]]

    @classmethod
    def load(cls, data_dir: Path | None = None) -> CodeTables:
        """Read ``cameo.tsv``, ``plover.tsv`` and ``contexts.tsv`` from ``data_dir``."""
        base = Path(data_dir) if data_dir is not None else DEFAULT_DIR
        plover: dict[_Key, PloverMode] = {}
        first_line: dict[str, int] = {}
        path = base / "plover.tsv"
        for n, (ptype, mode, code, score, desc) in _rows(path, _PLOVER_HEADER):
            if not ptype.isupper():
                raise CodeTableError(path, n, f"PLOVER type {ptype!r} must be upper case")
            key = (ptype, mode or None)
            if key in plover:
                raise CodeTableError(path, n, f"duplicate row for {ptype} {mode or '(type)'}")
            first_line.setdefault(ptype, n)
            plover[key] = PloverMode(
                ptype, mode or None, code, _score(path, n, score, "score"), desc
            )
        for ptype, n in first_line.items():
            if (ptype, None) not in plover:
                raise CodeTableError(path, n, f"type {ptype} has modes but no row of its own")
        cameo: dict[str, CameoCode] = {}
        path = base / "cameo.tsv"
        for n, (code, name, gold, ptype, pmode) in _rows(path, _CAMEO_HEADER):
            if not (code.isdigit() and 2 <= len(code) <= 4):
                raise CodeTableError(path, n, f"CAMEO code {code!r} must be 2-4 digits")
            if code in cameo:
                raise CodeTableError(path, n, f"duplicate CAMEO code {code}")
            if (ptype or pmode) and (ptype, pmode or None) not in plover:
                msg = f"PLOVER type/mode {ptype or '-'}/{pmode or '-'} is not in plover.tsv"
                raise CodeTableError(path, n, msg)
            cameo[code] = CameoCode(
                code, name, _score(path, n, gold, "goldstein"), ptype or None, pmode or None
            )
        contexts: dict[str, tuple[str, ...]] = {}
        path = base / "contexts.tsv"
        for n, (name, keywords) in _rows(path, _CONTEXT_HEADER):
            words = tuple(k.lower() for k in alternatives(keywords))
            if not name or not words:
                raise CodeTableError(path, n, "context name and keywords must not be empty")
            contexts[name] = words
        return cls(cameo, plover, contexts)

    def cameo(self, code: str) -> CameoCode:
        """The row for an exact CAMEO code; KeyError if the code is not in cameo.tsv."""
        if code not in self._cameo:
            raise KeyError(
                f"unknown CAMEO code {code!r} (not in cameo.tsv; use strings like '042')"
            )
        return self._cameo[code]

    def _nearest(self, code: str) -> CameoCode:
        """The row for ``code`` or its closest listed ancestor ('0421' -> '042' -> '04')."""
        for candidate in [code] + [code[:n] for n in (3, 2) if len(code) > n]:
            if candidate in self._cameo:
                return self._cameo[candidate]
        return self.cameo(code)  # raises the helpful KeyError

    def goldstein(self, code: str) -> float:
        """Goldstein value of ``code``, falling back to its parents ('0421' -> '042' -> '04')."""
        return self._nearest(code).goldstein

    def plover(self, type: str, mode: str | None = None) -> PloverMode:
        """The row for a PLOVER type and mode; an unknown or missing mode gives the type's row."""
        row = self._plover.get((type, mode)) or self._plover.get((type, None))
        if row is None:
            raise KeyError(f"unknown PLOVER type {type!r}; known: {', '.join(self.types())}")
        return row

    def to_plover(self, cameo: str) -> tuple[str | None, str | None]:
        """PLOVER ``(type, mode)`` for a CAMEO code, walking up to parents for unlisted codes."""
        row = self._nearest(cameo)
        return row.plover_type, row.plover_mode

    def contexts(self, lemmas: Iterable[str]) -> list[str]:
        """Contexts whose keywords occur among ``lemmas`` (in order), in file order.

        Multi-word keywords match consecutive lemmas; spaCy's split hyphens are rejoined, and a
        trailing plural ``s`` is also tried, so "arms", "same - sex" and "troops" all match.
        """
        tokens = " ".join(t.strip().lower() for t in lemmas if t.strip())
        plain = " " + tokens.replace(" - ", "-") + " "  # rejoin hyphens spaCy split off
        singular = re.sub(r"(?<=\w\w\w)(?<!s)s ", " ", plain)  # crude plural strip
        text = plain + "|" + singular
        return [
            name for name, words in self._contexts.items() if any(f" {w} " in text for w in words)
        ]

    def types(self) -> list[str]:
        """PLOVER types in file order."""
        return list(dict.fromkeys(t for t, _ in self._plover))

    def modes(self, type: str) -> list[str]:
        """Modes of a PLOVER type in file order (empty if it has none)."""
        if (type, None) not in self._plover:
            raise KeyError(f"unknown PLOVER type {type!r}; known: {', '.join(self.types())}")
        return [m for t, m in self._plover if t == type and m is not None]

    def cameo_codes(self) -> list[str]:
        """All CAMEO codes in file order."""
        return list(self._cameo)

    def context_names(self) -> list[str]:
        """All context names in file order."""
        return list(self._contexts)


@functools.lru_cache(maxsize=1)
def default_tables() -> CodeTables:
    """The packaged tables, loaded once."""
    return CodeTables.load()
