"""The event lexicon (``data/events/lexicon.yaml``) and the word lists for status and
attribution (``status.yaml``, ``attribution.yaml``)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import DATA_DIR, extra_lexicon_paths, load_yaml
from ..errors import ConfigError
from ..model import PLOVER_TYPES

EVENT_DIR = DATA_DIR / "events"


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: a verb or noun that signals an event type."""

    lemma: str
    pos: str
    type: str
    mode: str | None
    cameo: str
    target: tuple[str, ...]
    particle: str | None = None  # "call on": the "on"
    obj: frozenset[str] = frozenset()
    obj_not: frozenset[str] = frozenset()  # never with these direct objects ("host bases")
    obj_entity: bool = False
    obj_entity_or_poss: bool = False
    no_obj: bool = False
    prep_required: bool = False
    requires_prep: str | None = None
    requires_threat: bool = False
    requires_judgement: bool = False  # "called the attacks outrageous"
    requires_blame: bool = False  # "said Moscow was responsible": a reported clause of blame
    requires_dismissal: bool = False  # "said India's claims were false"
    requires_condemnation: bool = False  # "said the measures were unjustified"
    requires_obligation: bool = False  # "said Britain must stop"
    no_target_ok: bool = False
    mutual: bool = False  # violence both ways ("clashed with")
    obj_source: bool = False  # a passive's object is the doer ("troops were deployed")
    named_obj_source: bool = False  # the same when it names its country ("Colombian
    # troops had been sent"; police sent somewhere are the story's own)
    subject_sector: frozenset[str] = frozenset()
    source: tuple[str, ...] = ()
    not_after: frozenset[str] = frozenset()  # light verbs that cancel a noun trigger
    not_with: frozenset[str] = frozenset()  # prepositions that cancel a verb trigger
    inverse: bool = False  # the subject receives: "received weapons from X"
    subject_in: frozenset[str] = frozenset()  # only with these subject lemmas
    subject_not_in: frozenset[str] = frozenset()  # never with these subject lemmas
    future_only: bool = False  # a threat said as a future act: "Russia would respond"
    said_only: bool = False  # only said under a modal, when said ("said X should stand trial")
    promised_only: bool = False  # only as the act promised ("promised to hold an election")
    threatened_type: str | None = None  # and that act's type ("would strike": ASSAULT)
    reverse_cameo: str | None = None  # and the reverse event: a visit's hosting ("032:033")
    clause_verbs: frozenset[str] = frozenset()  # only with a reported clause of these verbs
    needs_clause: bool = False  # only with a clause or gerund under it ("denied engineering")
    story_country: bool = False  # with no place named, in the article's country ("arrived")
    at_home: bool = False  # with no recipient named, the doer's own country ("withdrew the bill")
    partner: bool = False  # with no recipient named, the partner just met ("an invitation")
    felt: bool = False  # a feeling, said of its subject ("was outraged", "disappointed by")


@dataclass
class Lexicon:
    """Triggers indexed by (lemma, pos); multiword lemmas by their first word."""

    triggers: dict[tuple[str, str], list[Trigger]] = field(default_factory=dict)

    def lookup(self, lemma: str, pos: str) -> list[Trigger]:
        return self.triggers.get((lemma, pos), [])

    def types_of(self, tok, pos: str) -> set[str]:
        """The PLOVER types the word ``tok`` can trigger as a ``pos`` ("the exercises":
        COOPERATE and MOBILIZE)."""
        return {t.type for t in self.lookup(tok.lemma_.lower(), pos)
                if pos != "NOUN" or words_before_fit(tok, t.lemma)}


def words_before_fit(tok, lemma: str) -> bool:
    """A multiword noun ("formal protest") only where its first words precede the noun."""
    words = lemma.split()
    before = [t.lower_ for t in tok.doc[max(tok.i - len(words) + 1, 0): tok.i]]
    return before == words[:-1]


_SET_KEYS = ("obj", "obj_not", "subject_sector", "not_after", "not_with", "subject_in",
             "subject_not_in", "clause_verbs")
_BOOL_KEYS = ("obj_entity", "obj_entity_or_poss", "no_obj", "prep_required", "requires_threat",
              "requires_judgement", "requires_blame", "requires_dismissal", "requires_condemnation",
              "requires_obligation",
              "no_target_ok", "mutual", "obj_source", "named_obj_source", "inverse",
              "future_only", "said_only", "promised_only", "needs_clause",
              "story_country", "at_home", "partner", "felt")


def _trigger(raw: dict[str, Any], where: str) -> Trigger:
    try:
        words = str(raw["lemma"]).split()
        if raw["type"] not in PLOVER_TYPES:
            raise ConfigError(f"{where}: unknown PLOVER type {raw['type']!r}")
        pos = raw["pos"]
        lemma = words[0] if pos == "VERB" else " ".join(words)
        particle = words[1] if pos == "VERB" and len(words) > 1 else None
        return Trigger(
            lemma=lemma, pos=pos, type=raw["type"], mode=raw.get("mode"),
            cameo=str(raw["cameo"]), target=tuple(raw.get("target") or ()), particle=particle,
            requires_prep=raw.get("requires_prep"), source=tuple(raw.get("source") or ()),
            reverse_cameo=str(raw["reverse_cameo"]) if raw.get("reverse_cameo") else None,
            **{k: frozenset(raw.get(k) or ()) for k in _SET_KEYS},
            **{k: bool(raw.get(k, False)) for k in _BOOL_KEYS},
        )
    except KeyError as exc:
        raise ConfigError(f"{where}: lexicon entry lacks {exc.args[0]!r}") from None


def load_lexicon(path: Path | None = None) -> Lexicon:
    path = path or EVENT_DIR / "lexicon.yaml"
    return lexicon_from_entries(load_yaml(path) or [], str(path))


def lexicon_from_entries(entries: list[dict[str, Any]], where: str = "lexicon") -> Lexicon:
    """A lexicon from entries in the ``lexicon.yaml`` schema, in their order."""
    lexicon = Lexicon()
    for n, raw in enumerate(entries, start=1):
        trigger = _trigger(raw, f"{where}: entry {n}")
        key_lemma = trigger.lemma.split()[-1] if trigger.pos == "NOUN" else trigger.lemma
        lexicon.triggers.setdefault((key_lemma, trigger.pos), []).append(trigger)
    return lexicon


def merge_lexicons(*lexicons: Lexicon) -> Lexicon:
    """One lexicon trying the triggers of the first, then the second, ... for each word."""
    merged = Lexicon()
    for lexicon in lexicons:
        for key, triggers in lexicon.triggers.items():
            merged.triggers.setdefault(key, []).extend(triggers)
    return merged


@functools.lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The bundled lexicon, after the files in ``$NEWSGRAPH_LEXICON`` (tried first)."""
    paths = extra_lexicon_paths()
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise ConfigError(f"NEWSGRAPH_LEXICON: no such lexicon file: {', '.join(missing)}")
    extra = [load_lexicon(path) for path in paths]
    return merge_lexicons(*extra, load_lexicon()) if extra else load_lexicon()


@functools.lru_cache(maxsize=4)
def word_lists(name: str) -> dict[str, Any]:
    """``status`` or ``attribution`` word lists, lists turned into sets."""
    data = load_yaml(EVENT_DIR / f"{name}.yaml")
    return {k: set(v) if isinstance(v, list) else v for k, v in data.items()}
