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
    from .phrases import mentions_in, resolve_single

    held = roles()["held_people"]
    if head.lemma_.lower() not in held or head.pos_ != "NOUN" or not has_det(head, "the"):
        return []
    for tok in reversed(head.doc[: head.left_edge.i]):
        if tok.lemma_.lower() in held and tok.pos_ == "NOUN":
            found = [a for a in resolve_single(tok, ctx) if a.country]
            if found and any(e.country for c in tok.children
                             for m in mentions_in([c], ctx) for e in m.entries):
                return found
    return []


def earlier_namesake(head, ctx: DocContext) -> list[Actor]:
    """"Darmanin said" after "Interior Minister Gerald Darmanin": the fuller mention (also
    when the tagger takes a capitalised surname opening a sentence for a noun, or the
    surname alone for an organisation)."""
    from .phrases import resolve_single

    if not (head.pos_ == "PROPN" or head.pos_ == "NOUN" and head.text[:1].isupper()) or (
            head.ent_type_ not in ("PERSON", "ORG", "", "GPE")) or head.i in ctx.towns:
        return []  # (a surname the tagger took for a place: "telephoned Miliband")
    for tok in reversed(head.doc[: head.i]):
        if tok.lower_ == head.lower_ and tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON":
            # "Catalonia's president Carles Puigdemont": the phrase it is in apposition to
            found = resolve_single(tok, ctx) or (
                resolve_single(tok.head, ctx) if tok.dep_ == "appos" else [])
            if found:
                return found
    return []
