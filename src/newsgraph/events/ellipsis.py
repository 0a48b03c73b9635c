"""Acts told by pointing at an earlier one: "Japan, Australia and ASEAN followed within
hours", "Britain followed suit", "France did the same". The doer does what the latest
act of someone else did, to the same recipient (``threats.yaml``: copying_verbs)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Actor, Event, Status
from .deps import child, is_passive
from .lexicon import Trigger, word_lists

_RECENT = 2  # the act copied is in this sentence or at most this many before


def copies_an_act(verb) -> bool:
    """"followed", "followed suit", "did the same", "did likewise" (no object of its own)."""
    if verb.pos_ != "VERB" or is_passive(verb):  # "to be followed by a U.N. mission"
        return False
    objects = word_lists("threats")["copying_verbs"].get(verb.lemma_.lower())
    if objects is None:
        return False
    obj = child(verb, "dobj")
    if obj is None:
        return "" in objects or any(c.lower_ in objects for c in verb.children
                                    if c.dep_ == "advmod")
    return obj.lower_ in objects


def copied_act(verb, sources: list[Actor], sentence: int, events: Sequence[Event]
               ) -> Event | None:
    """The latest act done, in this sentence or the two before, whose doer is none of
    ``sources`` (nor their countries) and whose recipient is none of them either; for a
    verb joined to another ("Riyadh told its citizens to leave, and Kuwait followed"), only
    that verb's act, if it is one."""
    own = {s.entity for s in sources} | {s.country for s in sources if s.country}
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        events = [e for e in events if e.sentence_index == sentence
                  and e.trigger == verb.head.text]
    for event in reversed(events):
        if event.sentence_index < sentence - _RECENT:
            return None
        if event.target is None or event.status is not Status.OCCURRED or {
                event.source.entity, event.source.country} & own or (
                {event.target.entity, event.target.country} & own):
            continue  # an act done by others to others ("a coup" denied is none)
        return event
    return None


def copy_trigger(verb, event: Event) -> Trigger:
    """A trigger coding ``verb`` as the act of ``event``."""
    return Trigger(lemma=verb.lemma_.lower(), pos="VERB", type=event.type, mode=event.mode,
                   cameo=event.cameo, target=())
