"""Places standing in for actors: the country an event happens in, towns as targets."""

from __future__ import annotations

from ..actors import DocContext, resolve_argument
from ..actors.parties import party_key, roles
from ..geo import Gazetteer
from ..model import Actor, Location
from ..nlp.dateline import dateline_place
from ..nlp.persons import repeats_a_surname
from ..nlp.syntax import has_det, without_possessive
from . import arguments as args
from . import nouns

# Types whose events are aimed at the country where they happen when no victim is named.
PLACE_TARGET_TYPES = {"ASSAULT", "COERCE", "RETREAT"}
# Prepositions that say where an act happened, and those that say it happened inside a place.
_AROUND = ("in", "at", "near", "across", "inside")
_INSIDE = ("in", "inside")
_PLACE_PREPS = ("in", "across", "at", "to", "into", "along", "near", "on", "through", "around",
                "outside", "inside")


class Places:
    """Gazetteer look-ups for the extractor."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def towns(self, doc, mentions, ctx: DocContext) -> list[tuple]:
        """The towns and regions an article names, with their countries ("protests in
        Cochabamba and Santa Cruz" are Bolivia's), one per mention; a small town only in or
        next to a country the article or its dateline names ("Pando" in a Bolivia story is no
        Uruguayan town; "MEXICO CITY - ... Bishop Samuel Ruiz of San Cristobal": Mexico's), a
        town of the dateline's country first ("BISHKEK - ... rallied in Jalalabad")."""
        return [(ent, place.country) for ent in doc.ents if ent.label_ in ("GPE", "LOC")
                and not any(i in mentions for i in range(ent.start, ent.end))
                and not repeats_a_surname(ent)  # "General Lino Oviedo ... Oviedo said"
                for place in [self._local(ent.text, ctx)] if place and place.country]

    def _local(self, name: str, ctx: DocContext) -> Location | None:
        """The place ``name`` as the article means it: a town only in or next to a country
        the article or its dateline names, one of the dateline's country first ("BISHKEK -
        ... rallied in Jalalabad")."""
        return self.gazetteer.lookup(name, ctx.dateline, named=ctx.named | {ctx.dateline} - {None})

    def dateline_country(self, text: str, named: set[str]) -> str | None:
        """The country of the place in the article's dateline ("HONIARA, July 24 -")."""
        name = dateline_place(text)
        place = self.gazetteer.lookup(name, named=named) if name else None
        return place.country if place is not None else None

    def country_near(self, tok, ctx: DocContext) -> str | None:
        """The country of a place phrase on the trigger or its light verb ("in Beijing",
        "to Belarus", "in southern Lebanon")."""
        # "protests erupted in Almaty": the verb an event noun is the subject of
        subject_of = tok.head if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ != "VERB" else None
        # "new arrests of activists in Saudi Arabia": the place of whom a noun acts on
        of_whom = args.prep_objects(tok, "of") if tok.pos_ != "VERB" else []
        # "fishermen in Vigo burned a flag": the place of the unnamed people who act
        doers = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                 ] if tok.pos_ == "VERB" else []
        # "marched through the capital, burning flags": where the verb it goes with happens
        governing = tok.head if tok.pos_ == "VERB" and tok.dep_ in ("advcl", "conj") and (
            args.child(tok, *args.SUBJ) is None) else None
        for owner in (tok, nouns.light_verb(tok, frames=False) if tok.pos_ != "VERB" else None,
                      subject_of, *of_whom, *doers, governing):
            if owner is None:
                continue
            for head in (h for w in _PLACE_PREPS for h in args.prep_objects(owner, w)
                         if h.lemma_.lower() not in roles()["foreign_buildings"]):
                if repeats_a_surname(head.doc[head.i: head.i + 1]):
                    continue  # "Abdul Rahman Miri ... and Miri a few days later": no town
                name = " ".join(t.text for t in head.subtree if t.dep_ in ("compound", "amod")
                                and t.i < head.i and t.ent_type_) + " " + head.text
                place = (self._local(name.strip(), ctx) or self._local(head.text, ctx)
                         or self._named_inside(head, ctx))
                if place is not None and place.country:
                    return place.country
                if place is None and ctx.dateline and _bare_capital(head):
                    return ctx.dateline  # "KHARTOUM - ... marched through the capital"
        return None

    def _named_inside(self, head, ctx: DocContext):
        """"southern Lebanon" parses as a modified place; "the Polish border" names Poland.
        Whole names are looked up ("the Red Sea", not "Red"); a region stops the search.
        A person named in an owner's place is no town ("marched through the capital
        demanding Morales's resignation")."""
        tokens = list(head.subtree)
        first, last = tokens[0].i, tokens[-1].i
        names = [without_possessive(e.text) for e in head.doc.ents
                 if first <= e.start and e.end - 1 <= last  # "Guinea-Bissau's capital"
                 and e.label_ in ("GPE", "LOC", "NORP", "PERSON", "FAC", "ORG")
                 and not (e.label_ == "PERSON" and e.root.dep_ == "poss")]
        names += [t.text for t in tokens if t.pos_ == "PROPN" and not t.ent_type_
                  and not repeats_a_surname(t.doc[t.i: t.i + 1])]  # "... and Miri later"
        for name in names:
            place = self.gazetteer.lookup(name, named=ctx.named)
            if place is not None:
                return place if place.country else None
        return None

    def targets(self, heads: list, tok, type_: str, sources: list[Actor], ctx: DocContext,
                around: bool = True) -> list[Actor]:
        """A town as the target stands for its country ("shelled Kharkiv"); violence with
        no named victim is aimed at the country where it happens (only "in" it unless
        ``around``: "a ceremony at the crossing near Cucuta" is no incursion), at its
        government when the doers are from there ("seized power in Libreville")."""
        if type_ in PLACE_TARGET_TYPES:
            obj = args.verb_object(tok) if tok.pos_ in ("VERB", "AUX") else None
            heads = heads + [h for owner in (tok, obj) if owner is not None
                             for w in (_AROUND if around else _INSIDE)
                             for h in args.prep_objects(owner, w)]
        for head in heads:
            # "targets across the enclave", "a market in the South Sudanese town of Bentiu"
            if head.pos_ == "NOUN" and (head.i in ctx.coref or _owned(head, ctx)):
                named = [a for a in resolve_argument(head, ctx) if a.country] or [
                    ctx.resolver.country_actor(p.country, None, p.name)
                    for p in self._antecedent_places(head, ctx)]  # "Gori ... the city"
                if named:
                    return named[:1]
            if ctx.dateline and _bare_capital(head):  # "OUAGADOUGOU - ... are due in the capital"
                return [ctx.resolver.country_actor(ctx.dateline, _held_by(
                    ctx.dateline, type_, sources, head.doc, ctx), head.text)]
            ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
            if head.pos_ != "PROPN" or (ent is None and _part_of_a_name(head)):
                place = self._named_inside(head, ctx) if type_ in PLACE_TARGET_TYPES else None
                name = place.name if place is not None else ""  # "areas of Yemen"
            else:
                # the whole name; NER sometimes runs one over several ("Bentiu in South
                # Sudan" as one ORG), so the head's own compound name is tried too
                own = " ".join(t.text for t in head.subtree if t.i <= head.i and (
                    t.i == head.i or t.dep_ in ("compound", "flat")))
                whole = ent.text if ent is not None else head.text
                place = self._local(whole, ctx) or self._local(own, ctx)
                name = place.name if place is not None else whole
            if place is not None and place.country:
                return [ctx.resolver.country_actor(place.country, _held_by(
                    place.country, type_, sources, head.doc, ctx), name)]
        return []

    def _antecedent_places(self, head, ctx: DocContext) -> list:
        """Places that "the city" refers back to ("moved through Gori ... the city")."""
        doc = head.doc
        found = [self.gazetteer.lookup(doc[start:end].text, named=ctx.named)
                 for start, end in ctx.coref.get(head.i, ())]
        return [p for p in found if p is not None and p.country]


def _held_by(country: str, type_: str, sources: list[Actor], doc, ctx: DocContext
             ) -> str | None:
    """Who holds a town of the doers' own country: the government that doers from there
    seize power from ("seized power in Libreville"); in a story of an insurgency, the
    insurgents its state's forces strike ("Ivorian air raids on Bouake", rebel-held)."""
    if not any(s.country == country for s in sources):
        return None
    state = all(party_key(s)[1] is None for s in sources if s.country == country)
    insurgency = type_ == "ASSAULT" and state and any(
        ctx.resolver.sector_of([t]) == "REB" for t in doc if t.pos_ == "NOUN")
    return "REB" if insurgency else "GOV"


def _owned(head, ctx: DocContext) -> bool:
    """"the South Sudanese town", "Israel's border towns": a place noun whose country an
    adjective or possessive names (not "the border in Kashmir", which two countries share)."""
    return head.lemma_.lower() in roles()["country_owned"] and any(
        c.dep_ in ("amod", "poss", "compound", "nmod") and c.i in ctx.mentions
        for c in head.children)


def _part_of_a_name(head) -> bool:
    """The last word of a person's name the tagger cut short ("Maria Corina" + "Machado"):
    never looked up alone, since the gazetteer knows a "Machado" in the United States."""
    return any(c.dep_ in ("compound", "flat") and c.ent_type_ == "PERSON"
               for c in head.children)


def _bare_capital(head) -> bool:
    """"the capital", with no owner or name: in a datelined story, the dateline's."""
    return head.lemma_.lower() == "capital" and has_det(head, "the") and not any(
        c.dep_ in ("poss", "compound", "amod", "prep", "appos") for c in head.children)

