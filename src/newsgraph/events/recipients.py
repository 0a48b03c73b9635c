"""Which actors count as the same, and recipients that are the doer's own unnamed people."""

from __future__ import annotations

from ..actors import DocContext, resolve_argument
from ..actors.parties import roles
from ..model import Actor
from . import arguments as args


def first_resolved(heads: list, ctx: DocContext, exclude: list[Actor] = ()) -> list[Actor]:
    """Actors of the first head that resolves (heads come in order of preference), leaving
    out the ``exclude`` actors ("X warned that X would ..." is aimed at someone else)."""
    for head in heads:
        actors = [a for a in resolve_argument(head, ctx)
                  if not any(same(a, other) for other in exclude)]
        if actors:
            return actors
    return []


def generic_targets(heads: list, sources: list[Actor], ctx: DocContext, type_: str
                    ) -> list[Actor]:
    """"police detained 200 people", "soldiers patrolled the capital": unnamed people and
    places belong to the doer's country."""
    generic = roles()["generic_people"] | roles()["generic_places"]
    if type_ in NOT_AT_HOME:
        return []  # "discussed assistance for the people stranded at the border"
    quantities = roles()["quantities"]
    # "arrested dozens of people": the people counted
    heads = [p for h in heads for p in ([h] + args.prep_objects(h, "of")
                                        if h.lemma_.lower() in quantities else [h])]
    for head in heads:
        if type_ == "COERCE" and head.ent_type_ == "PERSON" and sources[0].country:
            # "police arrested former Vice President Jorge Glas": a person the knowledge
            # base does not know, held by the doer's state, is of the doer's country
            return [ctx.resolver.country_actor(sources[0].country, "CVL", head.text)]
        if head.pos_ == "NOUN" and head.lemma_.lower() in generic and sources[0].country:
            owner = first_resolved(args.possessors(head), ctx)  # "Palestinian prisoners"
            country = owner[0].country if owner and owner[0].country else sources[0].country
            sector = ctx.resolver.sector_of([head]) or "CVL"
            return [ctx.resolver.country_actor(country, sector, head.text)]
    return []


# Acts that may take the recipient of the verb they are coordinated with ("accused Morocco
# of hostile acts and cut diplomatic ties").
INHERITING_TYPES = {"THREATEN", "ACCUSE", "REQUEST", "REJECT", "SANCTION"}
# Types never aimed at the doer's own unnamed people or places ("aid for the people
# stranded", "pulled troops back from the border").
NOT_AT_HOME = {"AID", "CONSULT", "AGREE", "COOPERATE", "SUPPORT", "RETREAT"}
# Types whose unnamed doer is assumed domestic, with the doer's sector.
IMPLICIT_SECTOR = {"COERCE": "COP", "PROTEST": "CVL"}


def same(a: Actor, b: Actor) -> bool:
    """Self-directed pairs are dropped unless they are two named parts of one country
    (police and protesters, a court and an opposition leader)."""
    if a.entity != b.entity:
        return False
    if a.sector == b.sector:
        return True
    # a country named alone is its state: the same side as its army, not its rebels
    # ("Turkey struck the PKK", "Iran executed a man")
    other = b.sector if a.sector is None else a.sector if b.sector is None else None
    return other is not None and other in roles()["state_sectors"]
