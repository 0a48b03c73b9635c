"""Threats said as future acts: "Israel would strike hard if Hezbollah violated the terms",
"Russia would respond", "Iran will retaliate against any aggression".

A future act of force or pressure made conditional, or a future act of retaliation, is a
threat made now: PLOVER codes the saying (THREATEN, occurred), not the act (ASSAULT,
planned). The word lists and codes live in ``data/events/threats.yaml``.
"""

from __future__ import annotations

import dataclasses

from ..model import Status
from . import arguments as args
from . import nouns
from .lexicon import Trigger, word_lists
from .slots import condition_clause
from .status import event_status, speech_head

_THREAT_VERBS = frozenset({"warn", "vow", "threaten"})


def is_future(tok) -> bool:
    """The verb carries a future modal ("would respond", "will hit back": the planned
    modals of ``status.yaml``, or "would"), or is the act threatened ("threatened to
    fire")."""
    future = word_lists("status")["planned_modals"] | {"would"}
    # a noun through its light verb: "would take all necessary measures"
    verb = tok if tok.pos_ in ("VERB", "AUX") else nouns.light_verb(tok, frames=False)
    return _threatened(tok) or verb is not None and any(
        c.dep_ == "aux" and c.lower_ in future for c in verb.children)


def _threatened(tok) -> bool:
    """The act someone threatened or vowed to do: "threatened to fire on", "vowed to keep
    attacking ships", "threatened to launch a ground operation" (the noun's light verb)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else nouns.light_verb(tok, frames=False)
    while verb is not None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in (
            word_lists("threats")["aspect_verbs"]):
        verb = verb.head  # "vowed to keep attacking"
    if verb is not None and verb.dep_ == "acl" and verb.head.lemma_.lower() == "threat":
        return True  # "Erdogan's threat to launch a ground incursion"
    return verb is not None and verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower(
        ) in word_lists("threats")["threatening_verbs"]  # "warned that they would fight"


def as_threat(tok, trigger: Trigger) -> Trigger | None:
    """The THREATEN entry a future act of force becomes, or None when it stays itself."""
    if trigger.type == "THREATEN" or not is_future(tok) or (
            trigger.pos != "VERB" and not _threatened(tok)):
        return None
    lists = word_lists("threats")
    codes = lists["conditional_threat_codes"]
    retaliation = tok.lemma_.lower() in lists["retaliation_verbs"] or (
        trigger.particle in ("back",))
    # "threatened to fire on any loudspeakers Seoul installs": the act threatened
    if trigger.type not in codes or not (
            _threatened(tok) or retaliation or condition_clause(tok) is not None):
        return None
    # "would strike hard if ...": with no object, "strike" can only be force
    entity_or_poss = trigger.obj_entity_or_poss and args.verb_object(tok) is not None
    return dataclasses.replace(
        trigger, type="THREATEN", mode=None, cameo=str(codes[trigger.type]),
        target=trigger.target + ("cond_subj",), future_only=True, no_target_ok=False, mutual=False,
        threatened_type=trigger.type,
        obj_entity_or_poss=entity_or_poss)


def threat_status(tok) -> Status:
    """A threat is made when it is said: "said it would not retaliate" is negated, and
    otherwise the status is the saying's ("may warn that ..." is possible)."""
    if event_status(tok, None, None) is Status.NEGATED:
        return Status.NEGATED
    head = speech_head(tok, also=_THREAT_VERBS)
    return event_status(head, None, None) if head is not None else Status.OCCURRED
