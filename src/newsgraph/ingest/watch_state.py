"""What ``newsgraph watch`` has already seen, kept in a small JSON file across restarts.

One entry per source (a folder or a feed URL): the files read (modification time and size),
the feed entries read (their guid or link), the feed's ``ETag`` / ``Last-Modified``, and the
error count and retry time that drive backoff.  The file is written atomically (a temporary
file renamed over the old one), so an interrupted watch never leaves it half written.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

VERSION = 1
#: Feed entry keys remembered per feed (the newest are kept).
MAX_SEEN = 20_000


@dataclass
class SourceState:
    """What is known about one source."""

    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    retry_at: float = 0.0  # epoch seconds; only meaningful while failures > 0
    last_error: str | None = None
    seen: list[str] = field(default_factory=list)  # feed entry keys, oldest first
    files: dict[str, list[int]] = field(default_factory=dict)  # path -> [mtime_ns, size]

    def remember(self, keys: list[str]) -> None:
        known = set(self.seen)
        self.seen.extend(k for k in keys if k not in known)
        del self.seen[:-MAX_SEEN]

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> SourceState:
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in d.items() if k in names})


@dataclass
class WatchState:
    """All sources' state, loaded from and saved to ``path``."""

    path: Path
    sources: dict[str, SourceState] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> WatchState:
        """Read the state file; a missing file is an empty state, a damaged one is set aside."""
        if not path.exists():
            return cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            sources = {k: SourceState.from_dict(v) for k, v in data.get("sources", {}).items()}
        except (ValueError, TypeError, AttributeError) as exc:
            backup = path.with_name(path.name + ".damaged")
            log.warning("%s: unreadable watch state (%s); moved to %s, starting afresh",
                        path, exc, backup)
            os.replace(path, backup)
            return cls(path)
        return cls(path, sources)

    def source(self, key: str) -> SourceState:
        return self.sources.setdefault(key, SourceState())

    def save(self) -> None:
        """Write atomically: temporary file in the same folder, fsync, rename."""
        data = {"version": VERSION,
                "sources": {k: asdict(v) for k, v in sorted(self.sources.items())}}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=self.path.name + ".", suffix=".tmp",
                                   dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, indent=1)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def default_state_path(db: Path) -> Path:
    """``<db>.watch.json`` next to the store."""
    return db.with_name(db.name + ".watch.json")
