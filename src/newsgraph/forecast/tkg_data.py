"""Loading temporal knowledge graph (TKG) benchmark datasets.

A dataset folder holds ``train.txt``, ``valid.txt`` and ``test.txt``: one fact per line,
``subject relation object timestamp [extra ...]`` as integer ids separated by tabs or
spaces (RE-NET, RE-GCN, xERTE layouts: 4 or 5 columns, the extra columns are ignored).
Timestamps may use any unit and step (step indices, days, hours, 15-minute counts, years);
they are mapped to their rank among the sorted distinct timestamps of all three splits, so
one step is one snapshot. The splits must follow each other in time (extrapolation).

The id files are optional side information. ``entity2id.txt`` / ``relation2id.txt`` give
names by id in any of the usual layouts: ``name<TAB>id`` (names may hold spaces),
``name<TAB>id<TAB>extra...`` (RE-NET's YAGO adds dates), ``id<TAB>name``, with or without
a first line holding only the count (OpenKE); ``entity2id.json`` (``{"name": id}``,
TLogic) when there is no ``.txt``. The number of entities (relations) is the largest of:
the id files' largest id + 1, the first (second) number of ``stat.txt`` (RE-NET), and the
largest id in the facts + 1.

Facts given as names (TLogic, and the mmkb files it derives from:
``subject<TAB>relation<TAB>object<TAB>timestamp`` with names and dates) are read too: the
names get the ids of the id files (``.json`` or ``.txt``), names missing there new ids
after them; timestamps go through ``ts2id.json`` when there is one, else are integers or
ISO dates (counted in days). A malformed fact line raises :class:`TKGFormatError` naming
the file and line.
"""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from ..errors import NewsgraphError

SPLITS = ("train", "valid", "test")


class TKGFormatError(NewsgraphError, ValueError):
    """A dataset file that cannot be read; the message names the file and line."""


@dataclass
class TKGData:
    """A TKG dataset with timestamps mapped to ranks ``0..T-1``.

    Each split is an ``(n, 4)`` int64 array of ``(s, r, o, t)``.
    """

    train: np.ndarray
    valid: np.ndarray
    test: np.ndarray
    num_entities: int
    num_relations: int
    entity_names: list[str] | None = None  # by id, when the facts were names

    @property
    def all_facts(self) -> np.ndarray:
        """Train, valid and test stacked, in time order."""
        return np.concatenate([self.train, self.valid, self.test])


def _int(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.lstrip("-").isdigit() else None


def _id_line(line: str) -> tuple[str, int] | None:
    """``(name, id)`` of one line of an ids file, ``None`` for a line without one (a
    count header, a blank line)."""
    fields = line.rstrip("\r\n").split("\t")
    if len(fields) == 1:  # no tab: "name id" with spaces, or a count header
        fields = fields[0].rsplit(None, 1)
        if len(fields) < 2:
            return None
    first, second, last = _int(fields[0]), _int(fields[1]), _int(fields[-1])
    if second is not None:
        return fields[0], second
    if first is not None:
        return fields[1], first
    if last is not None:
        return "\t".join(fields[:-1]), last
    return None


def read_names(data_dir: str | Path, kind: str) -> dict[int, str]:
    """Names by id from ``{kind}2id.txt`` (or ``{kind}2id.json``), ``kind`` being
    ``"entity"`` or ``"relation"``; empty when there is no such file."""
    d = Path(data_dir)
    txt, js = d / f"{kind}2id.txt", d / f"{kind}2id.json"
    out: dict[int, str] = {}
    if txt.exists():
        with txt.open(encoding="utf-8", errors="replace") as fh:
            for line in fh:
                hit = _id_line(line)
                if hit is not None and hit[1] >= 0:
                    out[hit[1]] = hit[0]
    elif js.exists():
        for name, i in json.loads(js.read_text(encoding="utf-8")).items():
            if isinstance(i, int) and i >= 0:
                out[i] = str(name)
    return out


def _stat_counts(d: Path) -> tuple[int, int]:
    """Entity and relation counts of ``stat.txt`` (``0, 0`` when absent or unreadable)."""
    path = d / "stat.txt"
    if not path.exists():
        return 0, 0
    nums = [_int(x) for x in path.read_text(encoding="utf-8", errors="replace").split()[:2]]
    return (nums[0] or 0, nums[1] or 0) if len(nums) == 2 else (0, 0)


def _bad_line(path: Path) -> str:
    """Why ``path`` cannot be read as facts: its first malformed line, as a message."""
    with path.open(encoding="utf-8", errors="replace") as fh:
        for no, line in enumerate(fh, 1):
            fields = line.split()
            if not fields or fields[0].startswith("#"):
                continue
            if len(fields) < 4:
                return f"{path}:{no}: expected 'subject relation object timestamp', " \
                       f"found {len(fields)} field(s): {line.strip()[:80]!r}"
            bad = [f for f in fields[:4] if _int(f) is None]
            if bad:
                return (f"{path}:{no}: the first four fields must be integer ids, found "
                        f"{bad[0][:40]!r} (files with names or dates instead of ids need "
                        f"converting to ids first): {line.strip()[:80]!r}")
    return f"{path}: cannot be read as facts"


def _read_split(path: Path) -> np.ndarray:
    """Read one split as an ``(n, 4)`` int64 array of raw ``(s, r, o, t)``."""
    if not path.exists():
        raise TKGFormatError(f"{path}: missing (a dataset folder holds train.txt, "
                             "valid.txt and test.txt)")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # empty file: checked below
            rows = np.loadtxt(path, dtype=np.int64, ndmin=2, usecols=(0, 1, 2, 3))
    except ValueError as exc:
        raise TKGFormatError(_bad_line(path)) from exc
    rows = rows.reshape(-1, 4)
    if len(rows) == 0:
        raise TKGFormatError(f"{path}: no facts")
    neg = np.flatnonzero((rows[:, :3] < 0).any(axis=1))
    if len(neg):
        raise TKGFormatError(f"{path}: negative id in fact {neg[0] + 1} "
                             f"({' '.join(map(str, rows[neg[0]]))})")
    return rows


def _check_order(d: Path, splits: list[np.ndarray]) -> None:
    """Each split's timestamps must come after the previous split's (extrapolation)."""
    for k in (1, 2):
        last, first = int(splits[k - 1][:, 3].max()), int(splits[k][:, 3].min())
        if first <= last:
            raise TKGFormatError(
                f"{d / (SPLITS[k] + '.txt')}: timestamp {first} is not after the last "
                f"timestamp of {SPLITS[k - 1]}.txt ({last}); the splits of an extrapolation "
                "dataset follow each other in time")


def _stamp(text: str, ts2id: dict, where: str) -> int:
    """A timestamp of a named layout: ``ts2id``'s id, an integer, or an ISO date (days)."""
    if text in ts2id:
        return int(ts2id[text])
    value = _int(text)
    if value is not None:
        return value
    try:
        return date.fromisoformat(text.strip()[:10]).toordinal()
    except ValueError:
        raise TKGFormatError(f"{where}: timestamp {text[:40]!r} is neither an integer nor "
                             "a date (YYYY-MM-DD)") from None


def _id_map(d: Path, kind: str, names: set[str]) -> dict[str, int]:
    """Ids of ``names``: those of the dataset's id file, then new ones (sorted names)."""
    known = {name: i for i, name in read_names(d, kind).items()}
    nxt = max(known.values(), default=-1) + 1
    for k, name in enumerate(sorted(names - known.keys())):
        known[name] = nxt + k
    return known


def _read_named(d: Path) -> tuple[list[np.ndarray], list[str]]:
    """The splits of a dataset whose facts are names, as ids, and the entity names by id."""
    ts_path = d / "ts2id.json"
    ts2id = json.loads(ts_path.read_text(encoding="utf-8")) if ts_path.exists() else {}
    parts: list[list[tuple[str, str, str, int]]] = []
    for name in SPLITS:
        path, rows = d / f"{name}.txt", []
        with path.open(encoding="utf-8", errors="replace") as fh:
            for no, line in enumerate(fh, 1):
                f = line.rstrip("\r\n").split("\t")
                if not line.strip():
                    continue
                if len(f) < 4:
                    raise TKGFormatError(f"{path}:{no}: expected 4 tab-separated fields "
                                         f"(subject, relation, object, timestamp), found "
                                         f"{len(f)}: {line.strip()[:80]!r}")
                rows.append((f[0], f[1], f[2], _stamp(f[3], ts2id, f"{path}:{no}")))
        parts.append(rows)
    ents = _id_map(d, "entity", {x for rows in parts for r in rows for x in (r[0], r[2])})
    rels = _id_map(d, "relation", {r[1] for rows in parts for r in rows})
    splits = [np.array([[ents[s], rels[r], ents[o], t] for s, r, o, t in rows],
                       dtype=np.int64).reshape(-1, 4) for rows in parts]
    names = [""] * (max(ents.values(), default=-1) + 1)
    for name, i in ents.items():
        names[i] = name
    return splits, names


def _named_layout(d: Path) -> bool:
    """Whether the first fact of ``train.txt`` is tab-separated names (not ids)."""
    path = d / "train.txt"
    if not path.exists():
        return False
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.strip():
                f = line.rstrip("\r\n").split("\t")
                return len(f) >= 4 and _int(f[0]) is None
    return False


def load_tkg(data_dir: str | Path) -> TKGData:
    """Load a dataset folder and map timestamps to their rank among distinct values."""
    d = Path(data_dir)
    names = None
    if _named_layout(d):
        splits, names = _read_named(d)
    else:
        splits = [_read_split(d / f"{name}.txt") for name in SPLITS]
    for name, part in zip(SPLITS, splits, strict=True):
        if len(part) == 0:
            raise TKGFormatError(f"{d / (name + '.txt')}: no facts")
    _check_order(d, splits)
    times = np.unique(np.concatenate([s[:, 3] for s in splits]))
    for s in splits:
        s[:, 3] = np.searchsorted(times, s[:, 3])
    stacked = np.concatenate(splits)
    stat_ent, stat_rel = _stat_counts(d)
    n_ent = max(max(read_names(d, "entity"), default=-1) + 1, stat_ent,
                int(stacked[:, [0, 2]].max()) + 1)
    n_rel = max(max(read_names(d, "relation"), default=-1) + 1, stat_rel,
                int(stacked[:, 1].max()) + 1)
    train, valid, test = (s[np.argsort(s[:, 3], kind="stable")] for s in splits)
    if names is not None:
        names += [""] * (n_ent - len(names))
    return TKGData(train, valid, test, n_ent, n_rel, names)


def with_inverses(facts: np.ndarray, num_relations: int) -> np.ndarray:
    """Facts plus their inverses ``(o, r + R, s, t)``, sorted by time (stable)."""
    inv = facts[:, [2, 1, 0, 3]].copy()
    inv[:, 1] += num_relations
    both = np.concatenate([facts, inv])
    return both[np.argsort(both[:, 3], kind="stable")]
