"""Parties a sentence leaves unnamed, found in the rest of the sentence or the article.

"Warplanes bombed a market ..., blaming Sudan for the raid" (the blamed did it), "the
sanctions would be lifted" (by whoever imposed them), "Juba announced it was pulling its
troops out" (away from its latest adversary), "the United States urged restraint" (both
sides of the latest fight). Each function returns nothing when the context does not say.
"""

from __future__ import annotations

from ..actors import DocContext, resolve_argument
from ..actors.parties import event_parties, roles
from ..model import Actor, Event, Status
from . import arguments as args
from . import nouns
from .discourse import adversary, countries_of, referred_event
from .lexicon import Lexicon, Trigger, word_lists
from .places import Places
from .recipients import IMPLICIT_SECTOR, VERDICT_TYPES, contacted, first_resolved
from .status import governors

_FIGHT_TYPES = ("ASSAULT", "THREATEN", "MOBILIZE", "COERCE")


def blamed_doer(tok, ctx: DocContext) -> list[Actor]:
    """"Warplanes bombed a market ..., the army said, blaming Sudan for the raid": an
    attack with no named doer was done by whom the same sentence blames."""
    governing = nouns.light_verb(tok) if tok.pos_ == "NOUN" else None
    if governing is not None and governing.lemma_.lower() in word_lists("status")[
            "causative_verbs"]:
        return []  # "accused Khartoum of exploiting the fighting": not of fighting
    blame = word_lists("threats")["blame_verbs"]
    accused = [args.verb_object(t) for t in tok.sent if t.pos_ == "VERB"
               and t.lemma_.lower() in blame and t.i != tok.i]
    return first_resolved([a for a in accused if a is not None], ctx)


def announced_doer(tok, trigger: Trigger, ctx: DocContext) -> list[Actor]:
    """"Morales announced that the commission's mandate would not be renewed", "Moscow said
    20 Czech diplomats would be expelled": a state's step in the passive with no doer named,
    announced by that state's government, is its own (``roles.yaml``: announced_types)."""
    if tok.dep_ != "ccomp" or not args.is_passive(tok) or args.prep_objects(tok, "by") or (
            trigger.type not in roles()["announced_types"]) or (
            tok.head.lemma_.lower() not in roles()["report_verbs"] | word_lists("threats")[
                "threatening_verbs"]):  # ("warned that aid could be suspended if ...")
        return []
    speaker = args.verb_source(tok.head)
    found = first_resolved([speaker], ctx) if speaker is not None else []
    return [a for a in found if a.country and a.sector in (None, "GOV", "LEG")]


def retaliated_against(tok, ctx: DocContext) -> list[Actor]:
    """"Turkish artillery pounded Syrian targets in retaliation for a mortar bomb that killed
    five civilians": an attack with no named doer that another act answers was done by
    whom that act strikes."""
    node = tok
    for _ in range(4):
        if node.dep_ == "pobj" and node.head.lower_ == "for" and (
                node.head.head.lemma_.lower() in word_lists("threats")["motive_nouns"]):
            motive = node.head.head
            verb = motive.head.head if motive.dep_ == "pobj" else motive.head
            if verb.pos_ != "VERB":
                return []
            struck = [args.verb_object(verb), *args.prep_objects(verb, "on"),
                      *args.prep_objects(verb, "against")]
            return first_resolved([h for h in struck if h is not None], ctx)
        if node.head.i == node.i:
            break
        node = node.head
    return []


def members_as_body(tok, heads: list, ctx: DocContext) -> list[Actor]:
    """"South American leaders suspended Paraguay from Mercosur and Unasur": members named
    by no country act as the organisations they suspend or expel someone from."""
    if tok.pos_ != "VERB" or not heads or any(
            h.lemma_.lower() not in roles()["member_nouns"] or h.tag_ != "NNS" for h in heads):
        return []
    bodies = [a for o in args.prep_objects(tok, "from") for a in resolve_argument(o, ctx)]
    return [a for a in bodies if a.org and not a.country]


def judges_of(noun, lexicon: Lexicon, ctx: DocContext) -> set[str]:
    """The countries of whoever passes a verdict on an event noun ("Zimbabwe dismissed the
    measures", "welcomed the decision"), or of whom they called to do so: the noun is not
    their own act."""
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None or not lexicon.types_of(verb, "VERB") & VERDICT_TYPES:
        return set()
    subject = args.verb_source(verb)
    judges = first_resolved([subject], ctx) if subject is not None else []
    return countries_of(judges + contacted(verb, lexicon, ctx))


def earlier_captor(country: str | None, events) -> Actor | None:
    """"The Britons had been detained in Iraqi waters": foreigners held by no one named were
    held by whoever the article says seized people of their country before."""
    if country is None:
        return None
    return next((e.source for e in reversed(events) if e.type == "COERCE"
                 and e.status is not Status.NEGATED and e.target is not None
                 and e.target.country == country and e.source.country not in (None, country)),
                None)


def asked_of_captor(type_: str, heads: list, named: list[Actor], sources: list[Actor],
                    events) -> list[Actor]:
    """"Chile demanded his immediate release", "Spain requested his extradition", after
    Britain detained him: the release of someone held abroad is asked of the captor
    (``threats.yaml``: release_nouns), not of the person's own country."""
    if type_ != "REQUEST" or len(named) != 1 or not any(
            h.lemma_.lower() in word_lists("threats")["release_nouns"] for h in heads):
        return named
    captor = earlier_captor(named[0].country, events)
    own = {s.country for s in sources}
    return [captor] if captor is not None and captor.country not in own else named


def undone_measure(tok, trigger: Trigger, obj, lexicon: Lexicon, ctx: DocContext
                   ) -> Event | None:
    """"The sanctions would be lifted": a measure undone with no doer named is undone by
    whoever imposed it, towards whom it was imposed on (the article's earlier event that
    the definite noun names)."""
    if trigger.type not in ("CONCEDE", "RETREAT") or obj is None or not args.is_passive(tok):
        return None
    earlier = referred_event(obj, lexicon.types_of(obj, "NOUN"), ctx.events)
    return earlier if earlier is not None and earlier.target is not None else None


def sides_of_the_fight(tok, sources: list[Actor], ctx: DocContext) -> list[Actor]:
    """"Georgia and Russia traded fire ... the United States urged restraint": an appeal
    for calm to no one named goes to both sides of the article's latest fight between
    others, or to the country of a fight at home; an appeal for reform ("urged a return to
    democracy") only to the latter (``threats.yaml``: calls_for_calm, calls_for_reform)."""
    asked = _asked_for(tok)
    words = word_lists("threats")
    calm, reform = asked & words["calls_for_calm"], asked & words["calls_for_reform"]
    if not calm | reform:
        return []
    earlier = [e for e in ctx.events if e.span[1] <= tok.sent.start_char
               and e.type in _FIGHT_TYPES]
    last = earlier[-1] if earlier else None
    if last is not None and last.target is not None and last.source.country and (
            last.source.country == last.target.country):  # unrest at home: its country
        sides = [ctx.resolver.country_actor(last.source.country)]
    else:
        sides = event_parties(earlier, 2, states=True) if calm else []
    own = countries_of(sources)
    return [] if any(a.country in own for a in sides) else sides


def appeals_for_reform(tok) -> bool:
    """"called for early elections" (``threats.yaml``: calls_for_reform)."""
    return bool(_asked_for(tok) & word_lists("threats")["calls_for_reform"])


def _asked_for(tok) -> set[str]:
    """What an appeal asks for: its object, its "for" phrase, or its clause's verb and
    subject ("demanded that the results be published")."""
    clauses = args.children(tok, "ccomp")
    subjects = [s for c in clauses for s in args.children(c, "nsubj", "nsubjpass")]
    return args.object_lemmas(args.verb_object(tok)) | {
        o.lemma_.lower() for o in [*args.prep_objects(tok, "for"), *clauses, *subjects]}


def appeals_for_calm(tok) -> bool:
    """"appealed for calm", "urged restraint" (``threats.yaml``: calls_for_calm)."""
    return bool(_asked_for(tok) & word_lists("threats")["calls_for_calm"])


def pulled_back_from(tok, sources: list[Actor], lexicon: Lexicon, ctx: DocContext
                     ) -> list[tuple[Actor, Actor | None]]:
    """A withdrawal with no place named: from each other ("A and B agreed to pull troops
    back from the frontier"), from the doer's latest adversary in the article (Bush
    "demanded that Russia withdraw its forces" from Georgia, not from the US), else from
    whoever demands it ("demanded that New Delhi withdraw its troops")."""
    pairs = [(a, b) for a in sources for b in sources  # states, not "the US and NATO"
             if a.country != b.country and not (a.org or b.org) and a.country and b.country]
    if pairs:
        return pairs
    other = adversary(sources, ctx.events)
    if other is not None:
        return [(s, other) for s in sources]
    for verb in governors(tok)[1:]:
        if "REQUEST" in lexicon.types_of(verb, "VERB"):
            demanders = [a for a in first_resolved([args.verb_source(verb)], ctx,
                                                   exclude=sources) if a.country]
            if demanders:  # a state asking troops off its soil, not the UN
                return [(s, demanders[0]) for s in sources]
    return []


def raided_side(tok, trigger: Trigger, ctx: DocContext) -> list[Actor]:
    """"Commandos stormed a Turkish ship, killing nine activists": those killed in an attack
    are of the side the attack named."""
    if trigger.type != "ASSAULT" or tok.dep_ not in ("advcl", "conj") or tok.tag_ != "VBG":
        return []
    head = tok.head  # "pounded Kharkiv, hitting a store and killing 12 people"
    while head.dep_ in ("advcl", "conj") and head.tag_ == "VBG" and head.head.i != head.i:
        head = head.head
    return [e.target for e in ctx.events[-4:] if e.type == "ASSAULT" and e.target is not None
            and e.trigger == head.text and e.span[0] <= head.idx < e.span[1]][:1]


def patients_country(tok, trigger: Trigger, ctx: DocContext) -> str | None:
    """"Bolsonaro was placed under house arrest": by his own country's police; not
    "four Japanese employees had been detained", people named by their nationality
    (which news gives when they are held abroad)."""
    patient = args.verb_object(tok) if trigger.pos == "VERB" else next(
        iter(args.children(tok, "poss") or args.prep_objects(tok, "of")), None)
    if patient is None or patient.tag_ == "NNS" and any(
            c.dep_ == "amod" and c.ent_type_ == "NORP" for c in patient.children):
        return None
    own = [a.country for a in resolve_argument(patient, ctx)]
    return own[0] if len(own) == 1 else None


def countries_named_in(tok, ctx: DocContext) -> list[str | None]:
    """"riots in several Vietnamese provinces": a place named by its country's adjective."""
    return [a.country for w in ("in", "across", "throughout")
            for o in args.prep_objects(tok, w) for a in resolve_argument(o, ctx)]


def implicit_domestic(tok, trigger: Trigger, places: Places, ctx: DocContext
                      ) -> list[Actor]:
    """Unnamed doers of domestic events: "300 people were arrested" (the police), "the
    rioters would be prosecuted" (the courts), "weeks of street protests" (citizens), in the
    country where it happens."""
    sector = IMPLICIT_SECTOR.get(trigger.type)
    active = not args.is_passive(tok)
    if sector is None or trigger.type == "COERCE" and trigger.pos == "VERB" and active or (
            trigger.type == "ACCUSE" and (active or trigger.lemma not in roles()["court_verbs"])):
        return []  # an active arrest names its doer; an unnamed crowd still protests
    patients = patients_country(tok, trigger, ctx) if trigger.type == "COERCE" else None
    captor = earlier_captor(patients, ctx.events)
    if captor is not None:  # "the Britons had been detained", after Iran seized them; "his
        return [captor]  # detention", after Saudi Arabia was said to hold him
    # (a noun's patient only says who held him: "the arrest of Gaddafi's son" in Geneva)
    country = places.country_near(tok, ctx) or (patients if trigger.pos == "VERB" else None)
    if not country:
        named_in = countries_named_in(tok, ctx)
        country = named_in[0] if named_in else ctx.street_country
    return [ctx.resolver.country_actor(country, sector)] if country else []
