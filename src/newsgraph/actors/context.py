"""What actor resolution knows about a whole article: its mentions, coreference links, the
countries and towns it names, and the events found so far."""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import Actor, Status
from .resolver import ActorResolver, Mention

# Events that are only words: a demand or a charge at home says nothing of where the
# police or the crowds are.
_WORDS_ONLY = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN"})


@dataclass
class DocContext:
    """What argument resolution needs to know about the whole document."""

    resolver: ActorResolver
    date: dt.date | None
    mentions: dict[int, Mention]
    coref: dict[int, list[tuple[int, int]]]
    countries: list[str] = field(default_factory=list)  # most mentioned first
    towns: dict[int, str] = field(default_factory=dict)  # token index -> its town's country
    dateline: str | None = None  # the country of the dateline's place ("HONIARA, July 24 -")

    events: list = field(default_factory=list)  # events found so far, in text order
    _cache: dict[int, list[Actor]] = field(default_factory=dict)  # token index -> actors

    @functools.cached_property
    def named(self) -> set[str]:
        """The countries the article's mentions name."""
        return named_countries(self.mentions)

    @property
    def main_country(self) -> str | None:
        """The country the article is mostly about (the most mentioned)."""
        return self.countries[0] if self.countries else None

    @property
    def home_country(self) -> str | None:
        """Where unnamed authorities are: the country of the latest domestic event so far
        ("protests spread to Almaty ... 10,000 people had been detained"), else the main
        country."""
        return self._latest_at_home(self.events)

    @property
    def street_country(self) -> str | None:
        """Where unnamed police and crowds are: as ``home_country``, from acts only (a
        demand at home, "opposition parties demanded that Zuma explain", is only words)."""
        return self._latest_at_home([e for e in self.events if e.type not in _WORDS_ONLY])

    def _latest_at_home(self, events: list) -> str | None:
        for event in reversed(events):  # what happened, not what was asked for
            if event.target is not None and event.source.country and (
                    event.source.country == event.target.country) and (
                    event.status is Status.OCCURRED):
                return event.source.country
        return self.main_country


def named_countries(mentions: dict[int, Mention]) -> set[str]:
    """The countries of ``mentions`` (names, adjectives, capitals, people)."""
    return {e.country for m in mentions.values() for e in m.entries if e.country}


def ranked_countries(mentions, towns: Sequence[str] = (), dateline: str | None = None,
                     date: dt.date | None = None) -> list[str]:
    """Countries of the article's mentions, of the ``towns`` it names and of its
    ``dateline``, the most mentioned first (the dateline's first among equals: "QUITO -
    ... The United States welcomed the accord" is about Ecuador). People count only for the
    dateline's country, whose office-holders they are on ``date`` ("CARACAS - Chavez ...":
    a story told through its president); a visiting leader named often is no sign of where
    the story happens (counting every person lowered F1 on the third held-out set, see
    docs/quality.md)."""
    counts = Counter([dateline] if dateline else [])
    for m in {id(m): m for m in mentions.values()}.values():
        entry = m.entries[0]
        if entry.country and not m.kin:
            counts[entry.country] += 1
        elif dateline and entry.kind == "person" and any(
                t.country == dateline and t.active(date) for t in entry.terms):
            counts[dateline] += 1
    counts.update(towns)
    return [country for country, _ in counts.most_common()]
