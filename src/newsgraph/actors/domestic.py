"""Actors named only by their role ("the police", "protesters", "the junta"): which
country they belong to, from the clause, its neighbours and the article."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Actor
from ..nlp.syntax import (
    governing_verb,
    has_det,
    reported_speaker,
)
from .acted_on import host_government
from .frames import counted, country_of_places, frame_country, place_country, town_before
from .parties import roles

if TYPE_CHECKING:
    from .context import DocContext

# Sectors that act on their own country's crowds ("police detained protesters").
_FORCES = {"COP", "MIL", "JUD", "SPY"}


def domestic_role(head, ctx: DocContext) -> list[Actor]:
    """"the police", "the junta": with no country named, the country of the clause before
    ("Beijing's customs agency said ..., and the foreign ministry accused Tokyo"), else the
    article's own country."""
    from .phrases import core_tokens  # phrases resolves role words through this module

    sector = ctx.resolver.sector_of(core_tokens(head))
    # "the police"; "Congress", "Parliament": an institution written as a name
    common = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and (  # "the Defence Ministry"
        head.is_lower or head.lower_ in roles()["institution_names"] | roles()["title_offices"]
        | roles()["described_roles"]))  # "the Muslim Brotherhood"
    role = head if common else _role_title(head)  # "opposition leader Maria Corina Machado"
    if not sector or role is None or not _domestic(role):
        return []
    if sector == "GOV" and _led_unknown_body(role, ctx):
        sector = "PTY"
    if foreign_modified(head, sector):
        return []  # "outside forces", "unidentified gunmen": not the article's country by default
    country = (country_of_places([c for c in head.lefts if c.dep_ == "compound"], ctx)  # "Shanghai
               or _fellow_subject_country(head, ctx) or _rival_country(head, ctx)
               or place_country(head, ctx)  # police"
               or _previous_subject_country(head, sector, ctx) or _group_named_before(head, ctx))
    # "accused the navy" after "an Italian navy corvette": the navy named before, over
    # whoever acts on it or speaks
    definite = has_det(head, "the")
    named = _named_before(head, ctx) if country is None and definite else None
    if named is None:
        country = country or _doer_country(head, ctx) or _speaker_country(head, ctx) or (
            _leader_acted_on(head, ctx))
        named = _named_before(head, ctx) if country is None and not definite else None
    if named is not None:
        return [named]
    # "Communist Party leader X"; a spokesman with no country, in a story filed from a
    # capital it names, speaks for that capital
    at_dateline = sector in ("CVL", "EDU", "PTY") or (
        sector == "REB" and not _only_a_venue(head, ctx)) or (
        role.lemma_.lower() in roles()["voices"] and ctx.dateline in ctx.named)
    country = country or frame_country(head, ctx) or town_before(head, ctx) or (
        ctx.dateline if at_dateline else None) or (  # "SEOUL - ... two civilians"
        ctx.street_country if sector in roles()["street_sectors"] else ctx.main_country)
    if not country:
        return []
    actor = ctx.resolver.country_actor(country, sector, head.text)
    # "Britain called on the authorities to restore the rule of law": the story's
    return [host_government(head, actor, ctx) or actor if sector in ("GOV", "MIL", "COP")
            else actor]


def _domestic(role) -> bool:
    lemma = role.lemma_.lower()
    if role.pos_ == "PROPN" and role.lower_ in roles()["institution_names"]:
        return True  # "the Foreign Office", "Congress" (not "government offices")
    return lemma in roles()["domestic_roles"] or lemma in roles()["described_roles"] and any(
        c.dep_ in ("amod", "compound") for c in role.children)


def placed_role(head, ctx: DocContext) -> list[Actor] | None:
    """"Inside Bolivia, the government declared martial law", "Inside Bolivia, 15 people were
    killed": a role noun, or people, whose clause or paragraph is set in a named country
    are that country's, whatever government was named before."""
    from .phrases import core_tokens, mentions_in

    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or lemma not in roles()["domestic_roles"] | roles()["placed_people"]:
        return None
    core = core_tokens(head)
    sector = ctx.resolver.sector_of(core)
    if mentions_in(core, ctx) or foreign_modified(head, sector) or any(
            c.dep_ == "prep" and c.lower_ in ("from", "of") or c.dep_ == "acl" and (
                c.lemma_ in roles()["sending_verbs"]) for c in head.children):
        return None  # "South Korean officials", "officials from (or sent by) the two ..."
    # "lawmakers in Rarotonga" (not "in Serbia and Croatia": two countries, no one place)
    in_town = [w for p in head.children if p.dep_ == "prep" and p.lower_ == "in"
               for o in p.children if o.dep_ == "pobj" for w in (o, *o.conjuncts)]
    country = country_of_places(in_town, ctx) or place_country(head, ctx) or frame_country(
        head, ctx)
    return [ctx.resolver.country_actor(country, sector, head.text)] if country else None


def foreign_modified(head, sector: str | None) -> bool:
    """"Outside forces", "unidentified gunmen", "foreign troops" (though "the foreign
    ministry" is the article's country's)."""
    return any(c.dep_ == "amod" and (c.lower_ in roles()["foreign_modifiers"] or (
        c.lower_ == "foreign" and sector in ("MIL", "REB"))) for c in head.children)


def _named_before(head, ctx: DocContext) -> Actor | None:
    """"the junta" after "Niger's junta", "Leaders warned" after "West African leaders
    suspended Guinea": the actor of the latest earlier mention of the same role that names
    its country or organisation."""
    from .phrases import core_tokens, mentions_in, resolve_argument

    if _own_state(head) or any(c.dep_ == "amod" and c.tag_ == "VBN" for c in head.children):
        return None  # "the detained leaders": others than the leaders who acted before;
        # "government troops": the state's own, not the foreign troops named before
    for tok in reversed(head.doc[: head.i]):
        if tok.lemma_.lower() != head.lemma_.lower() or tok.pos_ != "NOUN":
            continue
        phrase = tok.head if tok.dep_ == "compound" else tok  # "an Italian navy corvette"
        if any(not m.kin for m in mentions_in(core_tokens(phrase), ctx)):
            actors = resolve_argument(phrase, ctx)
            if len(actors) != 1 or _abroad_before(actors[0], tok, head, ctx) or (
                    _other_kind(head, actors[0], ctx)):
                return None
            return actors[0]
    return None


def _other_kind(head, earlier: Actor, ctx: DocContext) -> bool:
    """"Opposition leaders" after "West African leaders": a modifier of its own gives the
    role another sector than the one named before."""
    from .phrases import core_tokens

    return any(c.dep_ in ("compound", "amod") for c in head.children) and (
        ctx.resolver.sector_of(core_tokens(head)) != earlier.sector)


def _abroad_before(actor: Actor, earlier, head, ctx: DocContext) -> bool:
    """"Australian police already help to train the force." and, a paragraph later, "Police
    said they had arrested dozens": police or crowds of another country than the unrest at
    home, named in an earlier paragraph, are not the ones a new paragraph speaks of."""
    return actor.sector in roles()["street_sectors"] and actor.country != ctx.street_country and (
        "\n" in head.doc[earlier.i:head.i].text)


def _group_named_before(head, ctx: DocContext) -> str | None:
    """"EDEK leader Vassos Lyssarides" after "Cyprus's socialist EDEK party": a group the
    knowledge base lacks, named before in a phrase that names its country."""
    from .phrases import resolve_single

    names = {t.lower_ for c in head.lefts if c.dep_ == "compound" for t in c.subtree
             if (t.pos_ == "PROPN" or t.ent_type_ == "ORG") and t.ent_type_ != "PERSON"
             and t.i not in ctx.mentions}
    for tok in head.doc[: head.left_edge.i]:
        if tok.lower_ in names and tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and (
                tok.head.i < head.left_edge.i):  # (always further back: no loop)
            actors = resolve_single(tok.head, ctx)
            if len(actors) == 1 and actors[0].country:
                return actors[0].country
    return None


def _role_title(head):
    """The role word before an unknown person's name: "leader" in "opposition leader Maria
    Corina Machado", "Minister" in "Interior Minister Gerald Darmanin"."""
    if head.pos_ != "PROPN":
        return None
    title = [t for c in head.children if c.dep_ == "compound" for t in c.subtree]
    if any(t.lemma_.lower() in roles()["kb_titles"] for t in title):
        return None  # an unknown president or defence minister is likely a foreign one
    return next((c for c in head.children if c.dep_ == "compound"
                 and c.lemma_.lower() in roles()["domestic_roles"]), None)


def _led_unknown_body(role, ctx: DocContext) -> bool:
    """"Vox leader Santiago Abascal", "CNRP deputy leader Kem Sokha": a leader of a body
    the knowledge base does not know (no country, organisation or place) leads a party,
    not a government."""
    if role.lemma_.lower() != "leader":
        return False
    body = [c for c in role.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return bool(body) and not any(
        c.i in ctx.mentions or c.i in ctx.towns or c.ent_type_ in ("GPE", "NORP", "LOC")
        for c in body)


def _leader_acted_on(head, ctx: DocContext) -> str | None:
    """"Senate Republican leader Bob Dole criticised Clinton": an opposition or a legislature
    acting on a country's leader or government is that country's."""
    if head.dep_ != "nsubj" or ctx.resolver.sector_of(head.subtree) not in ("OPP", "LEG"):
        return None
    obj = next((c for c in head.head.children if c.dep_ == "dobj"), None)
    mention = ctx.mentions.get(obj.i) if obj is not None else None
    if mention is None or "person" not in mention.kinds:
        return None
    leader = ctx.resolver.entry_actor(mention.entries, obj.text, ctx.date, set())
    return leader.country if leader is not None and leader.sector == "GOV" else None


def party_acting_on(head, ctx: DocContext) -> list[Actor] | None:
    """"Cyprus's socialist EDEK party pulled out of the government": a party, an opposition,
    a legislature or rebels acting on a bare institution act on their own country's (before
    coreference, which would take the last country named, or the dateline)."""
    # a bare institution: "accused the government of bad faith", not "the government of Kenya"
    named = any(c.dep_ not in ("det", "prep") or any(t.pos_ == "PROPN" for t in c.subtree)
                for c in head.children)
    if head.lemma_.lower() not in roles()["institution_names"] or head.dep_ not in (
            "dobj", "pobj") or named:
        return None
    subject = next((c for c in governing_verb(head).children if c.dep_ == "nsubj"
                    and not c.left_edge.i <= head.i <= c.right_edge.i), None)
    from .phrases import resolve_argument

    actors = resolve_argument(subject, ctx) if subject is not None else []
    if len(actors) != 1 or not actors[0].country or actors[0].sector not in (
            "PTY", "OPP", "LEG", "REB"):
        return None
    return [ctx.resolver.country_actor(actors[0].country, ctx.resolver.sector_of([head]),
                                       head.text)]


def _doer_country(head, ctx: DocContext) -> str | None:
    """Protesters, activists, students (and institutions: "Obama asked Congress") in object
    position belong to the country of whoever acts on them: "Georgian riot police pushed
    demonstrators back"."""
    institutions = roles()["institution_names"] | roles()["legislators"]
    if head.lemma_.lower() not in roles()["dissent_roles"] | institutions and (
            ctx.resolver.sector_of(head.subtree) != "OPP"):  # "opposition leaders"
        return None  # "Obama asked Congress", "asked lawmakers": the asker's
    head = counted(head)  # "police arrested dozens of protesters"
    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head.head
    if head.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while subject is None and verb.dep_ in ("xcomp", "advcl") and verb.head.i != verb.i:
        verb = verb.head  # "police used tear gas to disperse protesters"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    from .phrases import resolve_argument

    actors = resolve_argument(subject, ctx) if subject is not None else []
    if len(actors) != 1:
        return None
    institution = head.lemma_.lower() in institutions
    # police and soldiers act on their own country's crowds; a foreign government that
    # backs "opposition leader Juan Guaido" does not make him its own
    return actors[0].country if institution or actors[0].sector in _FORCES else None


def _previous_subject_country(head, sector: str, ctx: DocContext) -> str | None:
    """The country of the subject of the clause before; for rebels, the country that
    subject fought in ("Senegalese troops shelled rebel positions near Bissau, and the
    mutineers answered": Guinea-Bissau's)."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.dep_ != "conj":
        return None
    sibling = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    from .phrases import resolve_argument

    actors = resolve_argument(sibling, ctx) if sibling is not None else []
    if len(actors) != 1:
        return None
    own = actors[0].country
    fought = [e.target.country for e in ctx.events if sector == "REB" and e.type in (
        "ASSAULT", "COERCE", "MOBILIZE") and e.source.country == own and e.target
        and e.target.country not in (None, own) and e.span[0] >= head.sent.start_char]
    return fought[-1] if fought else own


def _only_a_venue(head, ctx: DocContext) -> bool:
    """"HELSINKI - Indonesia and the Free Aceh Movement signed a peace agreement in Helsinki":
    a dateline whose country is not what the story is about, where others met or agreed,
    and which has only hosted, helped or talked so far; its rebels are not the ones meant."""
    def parties(event) -> tuple:
        return event.source.country, event.target.country if event.target else None

    venues = {tok.sent.start_char for tok in head.doc if tok.dep_ == "pobj"
              and tok.head.lower_ == "in" and tok.i in ctx.mentions
              and any(e.country == ctx.dateline for e in ctx.mentions[tok.i].entries)}
    hosted = any(e.type in ("AGREE", "CONSULT") and e.span[0] in venues
                 and ctx.dateline not in parties(e) for e in ctx.events)
    friendly = ("CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID")
    return hosted and ctx.dateline != ctx.main_country and not any(
        e.type not in friendly for e in ctx.events if ctx.dateline in parties(e))


def _rival_country(head, ctx: DocContext) -> str | None:
    """"clashes between government troops and opposition units": the state's own force
    (``roles.yaml``: own_state_modifiers) is of the country of the side it is paired with."""
    if not _own_state(head):
        return None
    other = next((c for c in head.children if c.dep_ == "conj"), None) or (
        head.head if head.dep_ == "conj" else None)
    from .phrases import resolve_single

    actors = resolve_single(other, ctx) if other is not None else []
    return actors[0].country if len(actors) == 1 else None


def _own_state(head) -> bool:
    """"government troops", "regime forces" (``roles.yaml``: own_state_modifiers)."""
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in roles()[
        "own_state_modifiers"] for c in head.children)


def _fellow_subject_country(head, ctx: DocContext) -> str | None:
    """"President Emomali Rakhmonov and opposition leader Sayid Abdullo Nuri signed": a
    role coordinated with a named subject is of that subject's country."""
    if head.dep_ == "conj":
        first = head.head
    else:  # (also when the tagger makes both of them subjects of the verb)
        first = next((c for c in head.head.children if c.dep_ == head.dep_ and c.i < head.i
                      and c.nbor().dep_ == "cc"), None) if head.dep_ == "nsubj" else None
    if first is None or first.dep_ not in ("nsubj", "nsubjpass") or first.pos_ != "PROPN":
        return None
    from .phrases import resolve_single

    actors = resolve_single(first, ctx)
    return actors[0].country if len(actors) == 1 else None


def reported_own_side(head, ctx: DocContext) -> list[Actor] | None:
    """"Bolivia's energy minister said the price Brazil pays must rise and that the
    government would not back down": a bare role noun that a country's official reports
    on is that country's (before coreference, which would take the last country named)."""
    if head.pos_ != "NOUN" or any(c.dep_ != "det" for c in head.children) or (
            head.lemma_.lower() not in roles()["domestic_roles"]):
        return None
    country = _speaker_country(head, ctx)
    if country is None:
        return None
    return [ctx.resolver.country_actor(country, ctx.resolver.sector_of([head]), head.text)]


def _speaker_country(head, ctx: DocContext) -> str | None:
    """"Pakistani officials said authorities had frozen the accounts": the subject of a
    reported clause is the country of the officials who report it."""
    clause = head.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:  # "said X, and that Y"
        clause = clause.head
    if head.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or (
            clause.head.lemma_ not in roles()["report_verbs"]) or any(
            c.dep_ == "aux" and c.lower_ in roles()["obliging_modals"] for c in clause.children):
        return None  # "Phnom Penh demanded that the troops pull back": Thailand's
    speaker = reported_speaker(head)
    from .phrases import resolve_argument

    actors = resolve_argument(speaker, ctx) if speaker is not None else []
    return actors[0].country if len(actors) == 1 and not actors[0].org else None
