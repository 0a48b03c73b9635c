"""Scoring newsgraph on the PETRARCH validation suites (CAMEO-coded test sentences).

Records: ``<Sentence date=YYYYMMDD id=.. ...>`` (also written self-closing) with ``<Text>`` and
``<EventCoding sourcecode= targetcode= eventcode=>`` children; ``<Parse>``, ``<PLEvent>`` and
``<!-- -->`` comments (also nested) are ignored.  Records with ``sentence="false"`` or
``evaluate="false"`` are skipped.  ``noevents="True"`` and ``error="..."`` (dateline,
storydiscard, sentencediscard, bad_input_parse) records expect no event: anything coded
there is a false positive.

Matching rules (per sentence, sets of keys):

- root key: (source entity, target entity, CAMEO root = first two digits of the event code);
  full key: (source code, target code, full event code).
- Entity of a PETRARCH code: ``IGO...`` codes -> the organisation acronym
  (``IGOUNO`` -> UN, ``IGOEUREEC`` -> EU, see ``importer.IGO_ACRONYMS``), ``NGO``/``IMG``/...
  -> that prefix, ``---`` -> unknown (None), else the first three letters.  Entity of a
  newsgraph actor: ``actor.country`` else ``actor.org``; a missing target is None.
- Code comparison (full key): a code is split into (entity, rest); newsgraph's rest is the
  actor's sector (``IGO`` counts as empty).  Two codes match when the pairs are equal, or when
  the actor's own ``code`` (imported organisations keep theirs) equals the PETRARCH code.
- An empty ``<Text>`` is rebuilt from the CoNLL-U ``<Parse>`` (FORM column).
- Symmetric newsgraph events (CONSULT, AGREE, COOPERATE) also match the reversed dyad.
- Negated newsgraph events are left out (CAMEO, like PLOVER, codes only what happened or
  is planned); ``--errors`` lists misses and false alarms at the full-code level.
- Precision: predicted keys that match an expected key / predicted keys; recall: expected keys
  matched by some predicted key / expected keys; F1 from the two.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..actors.importer import split_code
from ..events.verbdict.reader import drop_xml_comments
from ..model import SYMMETRIC_TYPES, Actor, Event
from .metrics import Counts

Part = tuple[str | None, str]  # (entity, rest of the code)
Key = tuple[Part | str | None, Part | str | None, str]

_ATTR = re.compile(r'([\w:-]+)\s*=\s*"([^"]*)"')
_SENTENCE = re.compile(r"<Sentence\b([^>]*?)/?>(.*?)(?=</Sentence>|<Sentence\b|\Z)", re.S)
_CODING = re.compile(r"<EventCoding\b([^>]*?)/?>", re.S)
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_PARSE = re.compile(r"<Parse>(.*?)</Parse>", re.S)


@dataclass
class Record:
    id: str
    date: dt.date | None
    text: str
    codings: list[tuple[str, str, str]]  # (source, target, event code)
    expect: str = "events"  # events | noevents | error
    category: str = ""


@dataclass
class PetrarchScore:
    records: int = 0
    root: Counts = field(default_factory=Counts)
    full: Counts = field(default_factory=Counts)
    by_expect: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)  # misses and false alarms, readable


# -- reading ----------------------------------------------------------------------------------
def strip_comments(text: str) -> str:
    """Remove ``<!-- -->`` blocks, allowing nesting (the 2_02 file nests them)."""
    return drop_xml_comments(text)[0]


def read_records(path: Path) -> list[Record]:
    """The evaluable sentences of a validation file (lenient: the files are not all XML)."""
    text = strip_comments(path.read_bytes().decode("utf-8", errors="replace"))
    records = []
    for match in _SENTENCE.finditer(text):
        attrs = dict(_ATTR.findall(match.group(1)))
        if "false" in (attrs.get("sentence", "").lower(), attrs.get("evaluate", "").lower()):
            continue
        parse = _PARSE.search(match.group(2))
        body = _PARSE.sub("", match.group(2))
        found = _TEXT.search(body)
        if not found:
            continue
        sentence = " ".join(found.group(1).split()) or _conllu_text(parse.group(1) if parse
                                                                     else "")
        records.append(_record(attrs, body, sentence))
    return records


def _conllu_text(parse: str) -> str:
    """The sentence of a CoNLL-U parse (one record in the GSR file has an empty ``<Text>``)."""
    out = []
    for line in parse.splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and cols[0].isdigit():
            out.append(cols[1] + ("" if "SpaceAfter=No" in cols[9] else " "))
    return "".join(out).strip()


def _record(attrs: dict[str, str], body: str, text: str) -> Record:
    codings, expect = [], "events"
    for raw in _CODING.findall(body):
        coding = dict(_ATTR.findall(raw))
        if coding.get("noevents", "").lower() == "true":
            expect = "noevents"
        elif coding.get("error"):
            expect = "error"
        elif coding.get("eventcode"):
            codings.append((coding.get("sourcecode", "").strip().upper(),
                            coding.get("targetcode", "").strip().upper(),
                            coding["eventcode"].strip()))
    if not codings and expect == "events":
        expect = "noevents"
    return Record(attrs.get("id", "?"), _date(attrs.get("date", "")), text, codings, expect,
                  attrs.get("category", ""))


def _date(value: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(value.strip(), "%Y%m%d").date()
    except ValueError:
        return None


# -- keys ------------------------------------------------------------------------------------
def petrarch_part(code: str) -> Part:
    """``USAGOV`` -> ('USA', 'GOV'); ``IGOUNO`` -> ('UN', ''); ``---REB`` -> (None, 'REB')."""
    country, org, rest = split_code(code or "---")
    return (country or org or None, rest)


def actor_part(actor: Actor | None) -> Part:
    if actor is None:
        return (None, "")
    sector = "" if actor.sector in (None, "IGO") else actor.sector
    return (actor.country or actor.org or None, sector or "")


def _code_match(actor: Actor | None, code: str) -> bool:
    if actor is not None and actor.code and actor.code.upper() == code:
        return True
    return actor_part(actor) == petrarch_part(code)


def _event_matches(event: Event, coding: tuple[str, str, str], full: bool) -> bool:
    src, tgt, code = coding
    dyads = [(event.source, event.target)]
    if event.type in SYMMETRIC_TYPES and event.target is not None:
        dyads.append((event.target, event.source))
    for a, b in dyads:
        if full:
            if event.cameo == code and _code_match(a, src) and _code_match(b, tgt):
                return True
        elif (event.cameo[:2] == code[:2] and actor_part(a)[0] == petrarch_part(src)[0]
              and actor_part(b)[0] == petrarch_part(tgt)[0]):
            return True
    return False


def _event_key(event: Event, full: bool) -> tuple:
    parts = (actor_part(event.source), actor_part(event.target))
    if full:
        return (*parts, event.cameo)
    return (parts[0][0], parts[1][0], event.cameo[:2])


# -- scoring ---------------------------------------------------------------------------------
def score_record(record: Record, events: Iterable[Event], score: PetrarchScore) -> None:
    """Add one sentence's predicted events to ``score``."""
    events = [e for e in events if e.status.value != "negated"]
    score.records += 1
    score.by_expect[record.expect] = score.by_expect.get(record.expect, 0) + 1
    for full, counts in ((False, score.root), (True, score.full)):
        keyed: dict[tuple, Event] = {}
        for event in events:
            keyed.setdefault(_event_key(event, full), event)
        counts.predicted += len(keyed)
        counts.expected += len(set(record.codings))
        for event in keyed.values():
            if any(_event_matches(event, c, full) for c in record.codings):
                counts.correct += 1
            elif full:
                score.errors.append(f"false {record.id}: {_show(event)}  | {record.text}")
        for coding in set(record.codings):
            if any(_event_matches(e, coding, full) for e in keyed.values()):
                counts.found += 1
            elif full:
                score.errors.append(f"miss  {record.id}: {' '.join(coding)}  | {record.text}")


def _show(event: Event) -> str:
    target = event.target.code if event.target else None
    return f"{event.source.code} {target} {event.cameo} ({event.type})"
