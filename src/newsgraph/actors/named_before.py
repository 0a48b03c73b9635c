"""Actors named again without what identified them the first time: a surname after the
full name ("Darmanin said"), "the crew" after "15 British sailors"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Actor
from ..nlp.syntax import has_det
from .parties import roles

if TYPE_CHECKING:
    from .context import DocContext


def held_group(head, ctx: DocContext) -> list[Actor]:
    """"Iran seized 15 British sailors ... called on Tehran to free the crew": people held
    or sent abroad, named again without their country, are the country named before
    (``roles.yaml``: held_people)."""
    held = roles()["held_people"]
    if head.lemma_.lower() not in held:
        return []
    return _owned_before(head, ctx, held)


def earlier_owned(head, ctx: DocContext) -> list[Actor]:
    """"China's newly declared air defence zone ... Abe called the zone dangerous": a
    country's thing named again bare is that country's (``roles.yaml``: country_owned,
    owned_things)."""
    lemma = head.lemma_.lower()
    if lemma not in roles()["country_owned"] | roles()["owned_things"] or any(
            c.dep_ != "det" for c in head.children):
        return []
    return _owned_before(head, ctx, {lemma})


def _owned_before(head, ctx: DocContext, lemmas) -> list[Actor]:
    """The country of the latest earlier noun of ``lemmas`` whose modifiers name one."""
    from .phrases import mentions_in, resolve_single

    if head.pos_ != "NOUN" or not has_det(head, "the"):
        return []
    for tok in reversed(head.doc[: head.left_edge.i]):
        if tok.lemma_.lower() in lemmas and tok.pos_ == "NOUN":
            modifiers = [*tok.children, *(g for c in tok.children if c.dep_ == "compound"
                                          for g in c.children)]  # "Israeli embassy guard"
            owners = [c for c in modifiers if any(
                e.country for m in mentions_in([c], ctx) for e in m.entries)]
            # the people themselves ("15 British sailors"), else the thing's owner
            found = [a for a in resolve_single(tok, ctx) if a.country] or [
                a for c in owners[:1] for a in resolve_single(c, ctx) if a.country]
            if found and owners:
                return found
    return []


def earlier_namesake(head, ctx: DocContext) -> list[Actor]:
    """"Darmanin said" after "Interior Minister Gerald Darmanin": the fuller mention (also
    when the tagger takes a capitalised surname opening a sentence for a noun, or the
    surname alone for an organisation, a nationality or a date: "Rakhmonov later held
    talks")."""
    from .phrases import resolve_single

    if not (head.pos_ == "PROPN" or head.pos_ == "NOUN" and head.text[:1].isupper()) or (
            head.i in ctx.towns):
        return []  # (a surname the tagger took for a place: "telephoned Miliband")
    for tok in reversed(head.doc[: head.i]):
        if tok.lower_ == head.lower_ and tok.pos_ == "PROPN" and (
                tok.ent_type_ == "PERSON" or tok.dep_ == "appos"):  # "his army chief,
            # Brigadier Ansumane Mane", which the tagger may take for an organisation
            # "Catalonia's president Carles Puigdemont": the phrase it is in apposition to
            # first, over a guess from the dateline ("the chief U.N. arms inspector,
            # Richard Butler" in a story from Baghdad)
            found = (resolve_single(tok.head, ctx) if tok.dep_ == "appos" else []
                     ) or resolve_single(tok, ctx)
            if found:
                return found
    return []
