"""The types that flow between newsgraph's stages.

Data moves one way: ``Article`` (ingest) -> ``AnnotatedArticle`` (nlp) -> ``Event``
(events, using ``Actor`` from actors and ``Location`` from geo) -> ``EventCluster``
(cluster).  Every stage imports from here and never from another stage's internals.

``Event.to_dict`` / ``Event.from_dict`` implement the event contract of DESIGN.md
(also published as ``schemas/event.schema.json``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    """Whether the event happened, according to the text."""

    OCCURRED = "occurred"
    PLANNED = "planned"
    POSSIBLE = "possible"
    NEGATED = "negated"


PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT",
)
SYMMETRIC_TYPES: frozenset[str] = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def content_hash(*parts: str, length: int = 16) -> str:
    """A short, stable hex digest of ``parts`` (used for ids)."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


@dataclass
class Article:
    """One dated news article, as read by ``ingest``."""

    id: str
    text: str
    date: dt.date | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    origin: str | None = None  # "file:line" the article came from
    date_source: str | None = None  # where the date came from: input, meta, text, file
    lang: str | None = None
    summary_only: bool = False

    @property
    def hash(self) -> str:
        """Content hash of the normalised text: the same story twice has one hash."""
        return content_hash(" ".join(self.text.split()).lower(), length=32)


@dataclass
class Actor:
    """An actor as it appears in an event (the contract's source/target object)."""

    text: str
    name: str
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    code: str | None = None

    @property
    def entity(self) -> str | None:
        """The entity a dyad is counted on: ISO3 country, else organisation acronym."""
        return self.country or self.org

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Actor | None:
        if d is None:
            return None
        return cls(**{k: d.get(k) for k in ("text", "name", "country", "org", "sector", "code")})


@dataclass
class Attribution:
    """Who the text says reported the event."""

    text: str
    country: str | None = None
    sector: str | None = None


@dataclass
class TimeSpan:
    """When the event happened or is to happen; ``None`` ends are open."""

    start: dt.date | None = None
    end: dt.date | None = None
    precision: str = "day"  # day | week | month | year | unknown

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> TimeSpan:
        d = d or {}
        return cls(_date(d.get("start")), _date(d.get("end")), d.get("precision") or "unknown")


@dataclass
class Location:
    """A resolved place."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Event:
    """One coded event, backed by its sentence."""

    event_id: str
    article_id: str
    article_date: dt.date | None
    sentence_index: int
    evidence: str
    type: str
    mode: str | None
    context: list[str]
    cameo: str
    status: Status
    source: Actor
    target: Actor | None
    attribution: Attribution | None = None
    date: TimeSpan = field(default_factory=TimeSpan)
    location: Location | None = None
    score: float = 0.0
    goldstein: float = 0.0
    confidence: float = 0.5
    trigger: str = ""
    span: tuple[int, int] = (0, 0)  # character offsets of the evidence in the article text

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the event contract (DESIGN.md)."""
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "article_date": self.article_date.isoformat() if self.article_date else None,
            "sentence_index": self.sentence_index,
            "evidence": self.evidence,
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "status": self.status.value,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "attribution": asdict(self.attribution) if self.attribution else None,
            "date": self.date.to_dict(),
            "location": asdict(self.location) if self.location else None,
            "score": self.score,
            "goldstein": self.goldstein,
            "confidence": round(self.confidence, 3),
            "trigger": self.trigger,
            "span": list(self.span),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        attribution = d.get("attribution")
        location = d.get("location")
        return cls(
            event_id=d["event_id"],
            article_id=d["article_id"],
            article_date=_date(d.get("article_date")),
            sentence_index=int(d.get("sentence_index", 0)),
            evidence=d.get("evidence", ""),
            type=d["type"],
            mode=d.get("mode"),
            context=list(d.get("context") or []),
            cameo=d.get("cameo", ""),
            status=Status(d["status"]),
            source=Actor.from_dict(d["source"]),  # type: ignore[arg-type]
            target=Actor.from_dict(d.get("target")),
            attribution=Attribution(**attribution) if attribution else None,
            date=TimeSpan.from_dict(d.get("date")),
            location=Location(**location) if location else None,
            score=float(d.get("score") or 0.0),
            goldstein=float(d.get("goldstein") or 0.0),
            confidence=float(d.get("confidence") or 0.0),
            trigger=d.get("trigger", ""),
            span=tuple(d.get("span") or (0, 0)),  # type: ignore[arg-type]
        )


@dataclass
class AnnotatedArticle:
    """An article with its spaCy ``Doc`` and the time expressions found in it."""

    article: Article
    doc: Any  # spacy.tokens.Doc; kept untyped so model.py does not import spaCy
    timexes: list[TimeExpression] = field(default_factory=list)
    # anaphor token index -> antecedent token spans [(start, end), ...] (end exclusive)
    coref: dict[int, list[tuple[int, int]]] = field(default_factory=dict)


@dataclass
class TimeExpression:
    """A time expression in the text, resolved against the article date."""

    start_char: int
    end_char: int
    text: str
    span: TimeSpan


@dataclass
class EventCluster:
    """The same real-world event reported by one or more articles."""

    cluster_id: str
    type: str
    source: Actor
    target: Actor | None
    status: Status
    date: TimeSpan
    event_ids: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    status_history: list[tuple[str, str]] = field(default_factory=list)
    mode: str | None = None  # PLOVER mode of the first member that had one
    location: Location | None = None  # place of the first member that had one

    @property
    def num_mentions(self) -> int:
        return len(self.event_ids)

    @property
    def num_articles(self) -> int:
        return len(set(self.article_ids))

    @property
    def num_sources(self) -> int:
        return len(set(self.outlets))


def _date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
