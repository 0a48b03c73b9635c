"""Coordinated actors: "South Korean and Japanese leaders", "the leaders of Kenya and
Tanzania", "Ruto and Samia Suluhu Hassan", and lists the tagger reads as appositions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Actor
from ..nlp.syntax import stray_subject_verb
from .resolver import make_actor

if TYPE_CHECKING:
    from .context import DocContext


def shared_modifier(head, conj, ctx: DocContext) -> list[Actor]:
    """"New Zealand soldiers and police", "Mauritanian herders and border guards": a bare
    role noun coordinated with a noun whose country a modifier names is of that country
    too."""
    sector = ctx.resolver.sector_of([*(c for c in conj.lefts if c.dep_ == "compound"), conj])
    if (head.pos_ != "NOUN" or conj.pos_ != "NOUN" or sector is None
            or any(c.dep_ in ("det", "poss", "amod") for c in conj.children)
            or _countries([c for c in conj.children if c.dep_ == "compound"], ctx)):
        return []  # "border guards" are still of the country, "allied army units" are not
    countries = _countries([c for c in head.children if c.dep_ in ("amod", "compound")
                            and c.i < head.i], ctx)
    if len(countries) != 1:
        return []
    return [ctx.resolver.country_actor(countries.pop(), sector, conj.text)]


def _countries(modifiers: list, ctx: DocContext) -> set[str]:
    """The countries the modifiers name."""
    from .phrases import mentions_in  # phrases resolves coordinations through here

    return {e.country for c in modifiers for m in mentions_in([c], ctx) for e in m.entries
            if e.country}


def coordinated_modifier(head):
    """The first of coordinated modifiers ("South Korean" in "South Korean and Japanese
    leaders", "Thai" in "Thai and Cambodian troops"), else None."""
    return next((m for m in head.children if m.dep_ in ("amod", "compound", "nmod")
                 and any(c.dep_ == "conj" for c in m.children)), None)


def coordinated_adjectives(head, ctx: DocContext) -> list[Actor]:
    """"South Korean and Japanese leaders": one actor per country adjective."""
    first = coordinated_modifier(head)
    if first is None:
        return []
    sector = ctx.resolver.sector_of([head])
    actors = []
    for adjective in [first, *conjuncts(first)]:
        mention = ctx.mentions.get(adjective.i)
        entry = next((e for e in mention.entries if e.country), None) if mention else None
        if entry is not None:
            actors.append(ctx.resolver.country_actor(entry.country, sector,
                                                     f"{adjective.text} {head.text}"))
    return actors if len(actors) >= 2 else []


def coordinated_owners(head, ctx: DocContext) -> list[Actor]:
    """"the leaders of Kenya and Tanzania": one actor per country, with the head's sector."""
    from .phrases import resolve_argument  # phrases resolves coordinations through here

    objects = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    # "of Kenya and Tanzania"; also parsed as two objects of one "of" ("of the Democratic
    # Republic of Congo and Rwanda")
    coordinated = len(objects) >= 2 or any(c.dep_ == "conj" for o in objects for c in o.children)
    if not coordinated or ctx.resolver.sector_of([head]) is None:
        return []
    sector = ctx.resolver.sector_of([head])
    actors = [make_actor(a.text, a.name, a.country, a.org, sector if a.country else a.sector, None)
              for o in objects for a in resolve_argument(o, ctx)]
    return actors if len(actors) >= 2 else []


def included_members(head, ctx: DocContext) -> list[Actor]:
    """"Seven Latin American governments, including Argentina, Brazil and Peru": the
    members the group is said to include (the others stay unnamed)."""
    from .phrases import resolve_argument  # phrases resolves coordinations through here

    if head.tag_ != "NNS":
        return []
    return [a for p in head.children if p.dep_ == "prep" and p.lower_ == "including"
            for o in p.children if o.dep_ == "pobj" for a in resolve_argument(o, ctx)]


def coordinated_names(head, ctx: DocContext) -> list[Actor]:
    """"Ruto and Samia Suluhu Hassan", parsed as one noun phrase: one actor per name."""
    from .phrases import mentions_in  # phrases resolves coordinations through here

    tokens = list(head.doc[head.left_edge.i: head.i + 1])
    if not any(t.dep_ == "cc" and t.lower_ == "and" for t in tokens):
        return []
    actors: list[Actor] = []
    for mention in mentions_in(tokens, ctx):
        if mention.kinds & {"person", "country"}:
            text = head.doc[mention.start:mention.end].text
            actor = ctx.resolver.entry_actor(mention.entries, text, ctx.date, set())
            if actor and all(a.name != actor.name for a in actors):
                actors.append(actor)
    return actors if len(actors) >= 2 else []


def conjuncts(head) -> list:
    """Coordinated heads; "the US, Russia, and Switzerland" often parses with Russia as an
    apposition that carries the rest of the list, which makes it a list, not an apposition."""
    out = []
    for child in head.children:
        if child.dep_ == "conj" and stray_subject_verb(child) is not None:
            continue  # "suspended the country and South Africa counted": a new clause's subject
        if child.dep_ == "conj" or listed(child):
            out.append(child)
            out.extend(conjuncts(child))
    later = [s for s in head.head.children if s.dep_ == "nsubj" and s.i > head.i
             ] if head.dep_ == "nsubj" else []
    if any(c.dep_ == "cc" and c.i > head.i for c in head.children):
        # "Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed": the
        # tagger may give the verb two subjects instead of one coordinated pair
        out += later
    elif later and _comma_between(head, later[0]) and any(
            c.dep_ == "conj" for c in later[0].children):
        # "a joint mission of the UN, the AU and ECOWAS met": the list's rest as a subject
        out += [later[0], *conjuncts(later[0])]
    out += _name_taken_for_conjunct(head)
    if head.dep_ == "pobj":  # "spoke to Putin and to Zelensky": the repeated preposition's
        prep = head.head
        out += [o for p in prep.children if p.dep_ == "conj" and p.lower_ == prep.lower_
                for o in p.children if o.dep_ == "pobj"]
    return out


def _name_taken_for_conjunct(head) -> list:
    """"The Organization for Security and Co-operation in Europe and the European Union
    called": a second name ("the European Union") the tagger joined to the last word of the
    first name's own "in"/"of"/"for" phrase."""
    if head.pos_ != "PROPN" or head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return []
    inner = [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("in", "of", "for")
             for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    return [c for o in inner for c in o.children if c.dep_ == "conj" and c.pos_ == "PROPN"
            and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)]


def _comma_between(first, second) -> bool:
    """Only a comma between the phrase of ``first`` and the phrase of ``second``."""
    return [t.text for t in first.doc[first.right_edge.i + 1: second.left_edge.i]] == [","]


def listed(tok) -> bool:
    """An "apposition" that carries the rest of a list ("the US, Russia, and Switzerland")."""
    return tok.dep_ == "appos" and tok.pos_ == "PROPN" and any(
        c.dep_ == "conj" for c in tok.children)
