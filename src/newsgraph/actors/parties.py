"""Parties named only by the article's events: "both sides", "they" after a meeting; and
the noun classes of ``data/actors/roles.yaml``."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..config import load_yaml
from ..model import SYMMETRIC_TYPES, Actor, Status
from ..nlp.groups import group_size, is_all_of_a_kind, is_group_reference, names_rivals
from ..nlp.syntax import own_subject_noun, previous_sentence
from .kb import ACTOR_DIR

if TYPE_CHECKING:  # phrases imports this module
    from .context import DocContext


@functools.lru_cache(maxsize=1)
def roles() -> dict:
    """Noun classes from ``data/actors/roles.yaml`` (lists as sets; mappings kept)."""
    data = load_yaml(ACTOR_DIR / "roles.yaml")
    return {k: v if isinstance(v, dict) else frozenset(v) for k, v in data.items()}


def party_key(actor: Actor) -> tuple:
    """What tells two parties apart: a country's government, army and police are one party
    (the state); its rebels, protesters or a party are parties of their own."""
    state = actor.sector is None or actor.sector in roles()["state_sectors"]
    return actor.entity, None if state else actor.sector


def group_of_parties(head, ctx: DocContext) -> list[Actor] | None:
    """"Both sides", "the two delegations": the parties of the article's latest events,
    unless the whole group was named in the same sentence ("Erdogan said his Russian
    counterpart ... the two leaders"), which coreference links ("Israeli officials said the
    two countries' services ..." names only one of them there)."""
    if is_all_of_a_kind(head) or _country_in(head, ctx):  # "urged all armed groups to keep
        return _sides_at_home(head, ctx)  # calm", "all parties in Myanmar": the country's
    if not is_group_reference(head) or sum(start >= head.sent.start for start, _ in (
            ctx.coref.get(head.i, ()))) >= group_size(head) or _listed_together(head, ctx):
        return None
    earlier = [e for e in ctx.events if e.span[1] <= head.sent.start_char]
    # "the United States ... urged both countries": pairs without the one who urges
    doers = _doers(head, ctx)
    earlier = [e for e in earlier if not doers & {party_key(a) for a in (e.source, e.target)
                                                 if a is not None}]
    # "the two countries" are states: a country and its own rebels are "both sides" only
    states = head.lemma_.lower() in roles()["state_groups"]
    size = group_size(head)
    # "Macron called on Turkey to halt ... Merkel urged both sides": the sides of the
    # latest quarrel, not the latest pair of any kind; a third party's appeal to "both
    # countries" goes to the pair that quarrelled most
    quarrels = [e for e in earlier if e.type in roles()["quarrel_types"]] if (
        names_rivals(head) or doers) else []
    return (_main_quarrel(quarrels, size, states) or event_parties(quarrels, size, states)
            or event_parties(earlier, size, states) or _sides_at_home(head, ctx))


def _listed_together(head, ctx: DocContext) -> bool:
    """"Mali, Burkina Faso and Niger recalled ... the three governments": coreference
    linked a group of three or more to that many names listed together."""
    spans = ctx.coref.get(head.i, ())
    doc = head.doc
    return 3 <= group_size(head) == len(spans) and len({doc[a].sent.start for a, _ in spans}) == 1


def _doers(head, ctx: DocContext) -> set[tuple]:
    """The parties (``party_key``) of whoever acts on the group ("Washington urged both
    sides")."""
    from .acted_on import clause_subject
    from .phrases import resolve_argument

    subject = clause_subject(head) if head.dep_ in ("dobj", "pobj") else None
    if subject is None or subject.i == head.i:
        return set()
    return {party_key(a) for a in resolve_argument(subject, ctx) if a.country}


def _main_quarrel(quarrels: list, size: int, states: bool) -> list[Actor]:
    """"Both allies" after a row between Turkey and the Netherlands that others joined:
    the pair that quarrelled most, when one pair did so more than any other."""
    if size != 2:
        return []
    counts: dict[frozenset, int] = {}
    for event in quarrels:
        pair = event_parties([event], 2, states)
        if len(pair) == 2:
            key = frozenset(party_key(a) for a in pair)
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return []
    top = max(counts, key=counts.__getitem__)
    return next(event_parties([e], 2, states) for e in reversed(quarrels)
                if frozenset(party_key(a) for a in event_parties([e], 2, states)) == top)


def those_responsible(head, ctx: DocContext) -> list[Actor] | None:
    """"Soldiers seized power ... The United States called on those responsible to release
    the president": whoever did the latest attack or seizure before the sentence."""
    if head.lower_ != "those" or not any(c.lower_ == "responsible" for c in head.children):
        return None
    done = [e for e in ctx.events if e.span[1] <= head.sent.start_char
            and e.type in _CULPRIT_TYPES and e.status is Status.OCCURRED]
    return [done[-1].source] if done else None


_CULPRIT_TYPES = ("ASSAULT", "COERCE")


def _sides_at_home(head, ctx: DocContext) -> list[Actor] | None:
    """"Urged all sides (in Samoa) to respect the courts" with no two parties before: the
    sides of a dispute inside the country named, else the article's main country."""
    if not (names_rivals(head) or is_all_of_a_kind(head)):
        return None
    country = _country_in(head, ctx) or ctx.main_country
    return [ctx.resolver.country_actor(country)] if country else None


def _country_in(head, ctx: DocContext) -> str | None:
    """The country named by "in" on a group noun ("all sides in Samoa"; not a capital where
    they met: "talks between the two sides in Khartoum")."""
    named = [o for p in head.children if p.lower_ == "in" for o in p.children
             if o.dep_ == "pobj" and o.ent_type_ == "GPE"]
    mention = ctx.mentions.get(named[0].i) if named else None
    return next((e.country for e in mention.entries if e.country and e.kind == "country"),
                None) if mention else None


def plural_of_meeting(head, ctx: DocContext) -> list[Actor] | None:
    """"Biden hosted Kishida and Marcos ... Their coast guards will patrol": "they" after a
    meeting in the sentence before are all who met (not the last country named)."""
    if head.pos_ != "PRON" or head.lower_ not in ("they", "them", "their"):
        return None
    if own_subject_noun(head) is not None:
        return []  # "partners agreed to close their ports": the partners' own
    met = _met_just_now(head, ctx)
    if met is not None:
        return met
    before = previous_sentence(head)
    if before is None:
        return None
    if any(start >= head.sent.start for start, _ in ctx.coref.get(head.i, ())):
        return None  # "what the Chinese officials will attend or whether they will meet"
    earlier = [e for e in ctx.events if e.span[0] == before.start_char and e.target is not None]
    if not earlier or earlier[-1].type not in SYMMETRIC_TYPES:
        return None
    parties: dict[tuple, Actor] = {}
    for event in earlier:
        if event.type == earlier[-1].type:
            for actor in (event.source, event.target):
                parties.setdefault(party_key(actor), actor)
    return list(parties.values()) if len(parties) >= 2 else None


def _met_just_now(head, ctx: DocContext) -> list[Actor] | None:
    """"Clinton spoke to both prime ministers, urging them to step back": "them" as the
    object of a participle is whom the verb it hangs on reached."""
    verb = head.head
    if head.dep_ != "dobj" or verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return None
    parties: dict[tuple, Actor] = {}
    for event in ctx.events:
        if event.span[0] == head.sent.start_char and event.trigger == verb.head.text and (
                event.target is not None):
            parties.setdefault(party_key(event.target), event.target)
    return list(parties.values()) if len(parties) >= 2 else None


def _go_between(actor: Actor) -> bool:
    """"Rwandan envoys": a country's go-between (``roles.yaml``: go_betweens)."""
    words = actor.text.lower().split()
    return bool(words) and words[-1].removesuffix("s") in roles()["go_betweens"]


def event_parties(events: list, size: int, states: bool = False) -> list[Actor]:
    """The first ``size`` parties of the latest events between two parties, or none when
    there are fewer (a country merely mentioned later is no party: "talks with Ukraine ...,
    the Pentagon said ..., both sides"); with ``states``, only countries' states."""
    parties: dict[tuple, Actor] = {}
    for event in reversed(events):  # "the army ... the RSF": parties of one country too
        if event.target is None or party_key(event.source) == party_key(event.target) or (
                event.source.entity == event.target.entity
                and "CVL" in (event.source.sector, event.target.sector)) or (
                _go_between(event.source) or _go_between(event.target)):
            continue  # unnamed people or places at home, envoys in between, are no side
        for actor in (event.source, event.target):  # countries' sides, not the UN's
            if states and party_key(actor)[1] is not None:
                continue
            if actor.country and len(parties) < size:
                parties.setdefault(party_key(actor), actor)
        if len(parties) >= size:
            return list(parties.values())
    return []
