"""Country nouns a clause acts on ("accused the Gulf state", "urged the government"):
which country they are, given who acts on them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Actor

if TYPE_CHECKING:
    from .context import DocContext


def host_government(head, actor: Actor, ctx: DocContext) -> Actor | None:
    """"Slovenia called for restraint ... The State Department urged the government to
    release detainees": "the government" (or "the authorities", "the military") that a
    foreign doer acts on is the story's country's, not the last country named (also as an
    owner: "backed the government's efforts")."""
    from .phrases import resolve_argument  # phrases resolves country nouns through here

    home = ctx.home_country
    acted_on = _acted_on(head)
    if head.lemma_.lower() not in _HOST_ROLES or acted_on.dep_ not in ("dobj", "pobj") or (
            home is None or actor.country in (home, None)):
        return None
    subject = clause_subject(acted_on)
    doers = {a.country for a in resolve_argument(subject, ctx)} if subject is not None else set()
    if not doers or home in doers:
        return None
    return ctx.resolver.country_actor(home, actor.sector or "GOV", head.text)


def _acted_on(head):
    """What the clause acts on: the noun, or what it owns ("backed the government's
    efforts")."""
    return head.head if head.dep_ == "poss" else head


# The host state's organs as a foreign doer names them ("urged the authorities to ...",
# "urged the military to publish the results").
_HOST_ROLES = ("government", "authority", "regime", "military", "army", "junta", "police")


def own_government(head, actor: Actor, ctx: DocContext) -> Actor | None:
    """"Opposition Labor leader Anthony Albanese accused the government", after China was
    named: "the government" that a party other than the state acts on is its own
    country's."""
    from .phrases import resolve_argument

    subject = clause_subject(head) if head.lemma_.lower() == "government" and (
        head.dep_ in ("dobj", "pobj")) else None
    doers = resolve_argument(subject, ctx) if subject is not None else []
    own = {a.country for a in doers if a.country and a.sector in _NON_STATE}
    if len(own) != 1 or actor.country in own:
        return None
    return ctx.resolver.country_actor(own.pop(), "GOV", head.text)


# Sectors of parties that act on their own country's government (and its parliament and
# courts: "some lawmakers urged the government to recall its ambassador").
_NON_STATE = {"OPP", "PTY", "CVL", "LAB", "REB", "EDU", "REL", "BUS", "LEG", "JUD"}


def clause_subject(head):
    """The subject of the verb ``head`` is the object of (directly or through a preposition),
    or of the verb it is coordinated with ("said it was troubled and urged ...")."""
    verb = head.head.head if head.dep_ == "pobj" else head.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while subject is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject


def other_than_the_doer(head, actor: Actor, ctx: DocContext) -> Actor:
    """"Saudi Arabia cut ties with Qatar. Riyadh accused the Gulf state": a country noun
    that the clause does something to is not the doer's own country; the last other
    country named before it is. A party other than the state acts on its own country's
    institutions ("the opposition accused the government")."""
    from .phrases import resolve_argument

    acted_on = _acted_on(head)
    subject = clause_subject(acted_on)
    if acted_on.dep_ not in ("dobj", "pobj") or subject is None or not actor.country:
        return actor
    doer_actors = resolve_argument(subject, ctx)
    doers = {a.country for a in doer_actors}
    sector = ctx.resolver.sector_of([head])
    if actor.country not in doers or sector and all(
            a.sector not in (None, sector, "GOV") for a in doer_actors):
        return actor  # "the opposition accused the government": its own country's
    for tok in reversed(head.doc[: head.i]):
        m = ctx.mentions.get(tok.i)
        countries = {e.country for e in (m.entries if m else ()) if e.kind != "person"}
        other = next((c for c in countries if c and c not in doers), None)
        if other is not None:
            return ctx.resolver.country_actor(other, None, head.text)
    return actor
