"""Recipients of events whose sentence names none: meetings among the doers, protests aimed
at the government where they happen, deployments at the rival or where the story is,
withdrawals from the adversary, replies to whoever acted last, acts at home."""

from __future__ import annotations

from ..actors import DocContext
from ..actors.context import named_countries
from ..actors.domestic import foreign_modified
from ..actors.frames import country_of_places
from ..actors.parties import roles
from ..actors.phrases import core_tokens, mentions_in, resolve_single
from ..model import PLOVER_TYPES, SYMMETRIC_TYPES, Actor, Status
from ..nlp.syntax import previous_sentence, sentence_before_in_paragraph
from . import arguments as args
from . import nouns
from .deps import children
from .discourse import (
    accuser,
    adversary,
    carried_recipient,
    countries_of,
    demander,
    fired_at,
    implied_recipient,
    is_reply,
    latest_offender,
    referred_target,
    similar_target,
    story_country,
    unrest_at_home,
)
from .lexicon import Lexicon, Trigger, word_lists
from .places import Places
from .recipients import contacted, first_resolved
from .status import event_status
from .unnamed import (
    appeals_for_calm,
    appeals_for_reform,
    pulled_back_from,
    sides_of_the_fight,
)

Pairs = list[tuple[Actor, Actor | None]]
# Acts that a country's own people aim at their government when no one is named: demands by
# the opposition, civilians, parties or lawmakers; accusations by the opposition.
_AT_OWN_GOVERNMENT = {"REQUEST": ("OPP", "CVL", "PTY", "LEG"), "ACCUSE": ("OPP",)}

# Types whose events are coded without a recipient when none is named.
_NO_TARGET_TYPES = {"PROTEST", "MOBILIZE"}


def untargeted(tok, trigger: Trigger, sources: list[Actor], ctx: DocContext, places: Places,
               lexicon: Lexicon) -> Pairs:
    """(doer, recipient) pairs for an event with no recipient in its sentence; an empty
    list when the event is not to be coded."""
    for rule in (_among_doers, _where_it_happens):
        pairs = rule(tok, trigger, sources, ctx, places)
        if pairs is not None:
            return pairs
    return _from_the_article(tok, trigger, sources, ctx, lexicon)


def _among_doers(tok, trigger: Trigger, sources: list[Actor], ctx: DocContext,
                 places: Places) -> Pairs | None:
    """"A and B met" is a meeting; "A and B left for Doha" is no visit of each other; "the
    two neighbours massed troops along their border": each against the other."""
    facing = trigger.type == "MOBILIZE" and len(countries_of(sources)) >= 2 and _at_a_border(tok)
    if trigger.type in SYMMETRIC_TYPES and len(sources) == 1 and sources[0].country and (
            _rival_camps(tok)):  # "Lebanon's feuding leaders agreed": among themselves
        return [(sources[0], ctx.resolver.country_actor(sources[0].country, None))]
    if not ((trigger.type in SYMMETRIC_TYPES or trigger.mutual or facing) and len(sources) >= 2
            and trigger.mode not in ("visit", "host", "third-party")):  # "A and B offered to
        # mediate": between others; "Britain and France welcomed it": not each other
        return None
    if trigger.type in SYMMETRIC_TYPES and args.prep_objects(tok, "with"):
        return []  # "urged both to cooperate with the investigators": with them, whom the
        # knowledge base cannot name, not with each other
    pairs = [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:]
             if a.code != b.code]  # "Iranian Foreign Minister Abbas Araghchi": one party
    # "A, B and C met"; "A and B traded fire": each fired at the other
    return pairs + [(b, a) for a, b in pairs] if trigger.mutual or facing else pairs


def _rival_camps(verb) -> bool:
    """The verb's subject is one country's several parties ("Lebanon's feuding leaders",
    "the rival factions"): ``roles.yaml``: rival_camps."""
    subject = args.verb_source(verb) if verb.pos_ in ("VERB", "AUX") else None
    return subject is not None and subject.tag_ == "NNS" and (
        subject.lemma_.lower() in roles()["rival_camps"]) and any(
        c.dep_ in ("amod", "compound") and c.lower_ in roles()["rival_modifiers"]
        for c in subject.children)


def _at_a_border(verb) -> bool:
    """The act happens along, at or near a border (``roles.yaml``: shared_places), or is
    listed with one that does ("calling up reservists and moving troops toward the
    frontier")."""
    obj = args.verb_object(verb)
    owners = [verb] + ([obj] if obj is not None else [])
    owners += [c for o in owners for c in children(o, "conj") if c.pos_ == "VERB"]
    return any(o.lemma_.lower() in roles()["shared_places"] for owner in owners
               for w in ("along", "at", "near", "on", "to", "toward", "towards")
               for o in args.prep_objects(owner, w))


def _where_it_happens(tok, trigger: Trigger, sources: list[Actor], ctx: DocContext,
                      places: Places) -> Pairs | None:
    """Protests at the government where they happen, deployments where the troops go,
    "launched the offensive" at whoever the offensive was named against before."""
    own = sources[0].country
    place = places.country_near(tok, ctx) if trigger.type in ("MOBILIZE", "PROTEST") else None
    embassy = _embassy_outside(tok, own, ctx) if trigger.type == "PROTEST" else None
    if embassy is not None:
        return [(s, embassy) for s in sources]
    if trigger.type == "PROTEST" and (place or own):
        government = ctx.resolver.country_actor(place or own, "GOV")
        return [(s, government) for s in sources]
    if place is None and trigger.story_country and not unrest_at_home(sources, ctx.events):
        place = _destination(own, ctx)  # "troops from Russia began arriving": in Kazakhstan;
        # Kenya's police sent out amid protests stay home
    if place is not None:
        return [(s, ctx.resolver.country_actor(place, None)) for s in sources]
    referred = (referred_target(tok, trigger.type, sources, ctx.events) or similar_target(
        tok, trigger.type, sources, ctx.events)) if trigger.pos == "NOUN" else None
    return [(s, referred) for s in sources] if referred is not None else None


def _embassy_outside(tok, own: str | None, ctx: DocContext) -> Actor | None:
    """"Outside the Japanese embassy in Seoul, activists rallied": at the embassy's country
    (also when the tagger loses the phrase's link to the verb)."""
    for noun in tok.sent:
        if noun.lemma_.lower() in roles()["foreign_buildings"] and noun.dep_ == "pobj" and (
                noun.head.lower_ in roles()["near_preps"]):
            found = [a for a in resolve_single(noun, ctx) if a.country not in (None, own)]
            if found:
                return ctx.resolver.country_actor(found[0].country, None)
    return None


def _went_before(own: str | None, ctx: DocContext) -> str | None:
    """Where others' troops went before ("New Zealand soldiers arrived alongside the
    Australians"; "Italy will lead the force into Albania ... France promised a contingent")."""
    return next((e.target.country for e in reversed(ctx.events) if e.type == "MOBILIZE"
                 and e.target is not None and own not in (e.source.country, e.target.country)
                 and e.source.country != e.target.country), None)


def _destination(own: str | None, ctx: DocContext) -> str | None:
    """Where troops arriving with no place named go: where others' troops went before,
    else the dateline's country, else the country the story is most about."""
    went = _went_before(own, ctx)
    if went is not None:
        return went
    if ctx.dateline not in (None, own):
        return ctx.dateline
    return next((c for c in ctx.countries if c != own), None)


def _from_the_article(tok, trigger: Trigger, sources: list[Actor], ctx: DocContext,
                      lexicon: Lexicon) -> Pairs:
    own = sources[0].country
    # troops pulled back amid unrest at home pull back from their own streets
    unrest = trigger.type == "RETREAT" and unrest_at_home(sources, ctx.events)
    if trigger.type == "RETREAT":  # facing the adversary, else ("disarmed") at home; a
        # step that is always taken at home ("return to barracks") whoever asks for it
        pulled = [] if trigger.at_home else pulled_back_from(tok, sources, lexicon, ctx)
        if pulled or not (trigger.at_home or unrest):
            return pulled
    if trigger.prep_required:
        return []  # the entry needs its recipient named
    nearby = _named_nearby(tok, trigger, sources, ctx, lexicon)
    if nearby is not None:
        return nearby
    carried = carried_recipient(trigger.type, sources, ctx.events, is_reply(tok),
                                ctx.countries)
    if carried is not None:  # "Washington would provide 31 tanks" (to Ukraine, above)
        return [(s, carried) for s in sources]
    if trigger.type == "MOBILIZE":  # "Athens put its forces on alert" after Turkey sent a
        faced = adversary(sources, ctx.events) or (  # ship; else where others' troops
            None if unrest_at_home(sources, ctx.events) else _joined(sources, ctx)
            or _country_of_story(sources, ctx))  # went, else the story's country
        if faced is not None:
            return [(s, faced) for s in sources]
    at_home = trigger.at_home or unrest or trigger.type == "MOBILIZE" or (
        trigger.type == "COERCE" and (trigger.pos == "NOUN" or trigger.obj))  # not "forced"
    if at_home and own:
        # "the army called up reservists", "imposed a curfew": at home, in the doer's country
        return [(s, ctx.resolver.country_actor(s.country or own, None)) for s in sources]
    if trigger.no_target_ok or trigger.type in _NO_TARGET_TYPES:
        return [(s, None) for s in sources]
    if "accuser" in trigger.target:  # a denial answers an accusation, nothing else
        other = accuser(sources, ctx.events) or _previous_claimant(tok, sources, ctx)
    elif "demander" in trigger.target:  # "would not hand over bin Laden": to whoever asked
        other = demander(sources, ctx.events)
    elif _citizens(sources, _AT_OWN_GOVERNMENT.get(trigger.type, ())) or (
            _citizens(sources, ("ELI",)) and trigger.type == "REQUEST" and appeals_for_reform(
                tok)):  # "opposition leaders demanded a new election", "Correa, a former
        # president, called for early elections": of their own government
        return [(s, ctx.resolver.country_actor(s.country, "GOV")) for s in sources]
    elif any(c.dep_ in ("dobj", "dative") and (c.pos_ == "PROPN" or _others(c))
             for c in tok.children) or (
            "to" in trigger.target and any(o.pos_ == "NOUN" for o in args.prep_objects(
                tok, "to"))):  # "appealed to the international community": no one else
        other = None  # "asked Funcinpec to name a premier": a name the KB lacks, no one else
        # ("urged other governments to follow": none of those named)
    else:
        before = sentence_before_in_paragraph(tok.sent) or tok.sent
        other = None if trigger.inverse else _embassy_host(tok, ctx) or implied_recipient(
            trigger.type, sources, ctx.events, trigger.partner, since=before.start_char,
            cameo="" if _names_a_place(tok, trigger) else trigger.cameo)
    if other is None and trigger.type == "THREATEN":
        other = _just_confronted(tok, sources, ctx)
    if other is None and trigger.felt and not args.children(tok, "prep", "ccomp"):
        other = latest_offender(sources, ctx.events)  # "said he was outraged", nothing more
    if other is None:  # "fired back": at whoever attacked them
        other = fired_at(tok, trigger.type, trigger.lemma, sources, ctx.events)
    if other is None and trigger.type == "ASSAULT" and trigger.lemma == "fire" and not (
            args.children(tok, "dobj", "prep")):  # "said the Pakistani side fired first":
        other = adversary(sources, ctx.events)  # at the other side of the fight
    if other is None and trigger.type == "CONSULT" and event_status(tok, None, None) in (
            Status.POSSIBLE, Status.NEGATED):  # "Turkey has proposed talks", after a standoff
        other = adversary(sources, ctx.events, PLOVER_TYPES)  # with Greece: with Greece
    if other is None and _handed_over(tok, trigger):
        other = _country_of_story(sources, ctx, trigger.type, own_goods=_their_own(tok))
    if other is None and _acting_at_home(tok, trigger, sources, ctx):
        other = ctx.resolver.country_actor(own, None)
    if other is None and trigger.type == "REQUEST":
        return [(s, p) for s in sources for p in sides_of_the_fight(tok, sources, ctx)]
    return [(s, other) for s in sources] if other is not None else []


# Who, acting on something unnamed at home, acts on their own country
_AT_HOME_DOERS = {"ASSAULT": ("REB",), "COERCE": ("COP", "MIL")}


def _acting_at_home(tok, trigger: Trigger, sources: list[Actor], ctx: DocContext) -> bool:
    """"Gunmen attacked the main armoury", "police raided the residence": insurgents or
    police named as acting at home, in a sentence that names no other country, act on their
    own country (not "Gross, who was arrested in 2009": no doer named)."""
    own = sources[0].country
    return bool(own) and args.child(tok, "nsubj") is not None and all(
        s.country == own and s.sector in _AT_HOME_DOERS.get(trigger.type, ())
        for s in sources) and named_countries(
        {t.i: ctx.mentions[t.i] for t in tok.sent if t.i in ctx.mentions}) <= {own}


def _others(noun) -> bool:
    """"other governments", "unnamed countries": not any state named before."""
    return noun.lemma_.lower() in roles()["state_groups"] and foreign_modified(noun, None)


def _named_nearby(tok, trigger: Trigger, sources: list[Actor], ctx: DocContext,
                  lexicon: Lexicon) -> Pairs | None:
    """An agreement "after talks with" named governments is with them; "called Obama to ask
    for help" asks Obama; an appeal for calm goes to the sides of the latest fight, not to
    whoever last acted against the speaker."""
    if trigger.type == "AGREE":
        partners = _talked_with(tok, sources, ctx, lexicon)
    elif trigger.type == "REQUEST":
        partners = contacted(tok, lexicon, ctx)
        if not partners and appeals_for_calm(tok):
            return [(s, p) for s in sources for p in sides_of_the_fight(tok, sources, ctx)]
    else:
        return None
    return [(s, p) for s in sources for p in partners] if partners else None


def _talked_with(tok, sources: list[Actor], ctx: DocContext, lexicon: Lexicon) -> list[Actor]:
    """"Iran agreed to suspend enrichment after talks with the foreign ministers of Britain,
    France and Germany": whom the talks an agreement followed were held with."""
    talks = [o for p in tok.subtree if p.dep_ == "prep" and p.lower_ in ("after", "following")
             for o in children(p, "pobj") if "CONSULT" in lexicon.types_of(o, "NOUN")]
    own = countries_of(sources)
    return [a for t in talks for a in first_resolved(args.prep_objects(t, "with"), ctx)
            if a.country not in own]


def _names_a_place(tok, trigger: Trigger) -> bool:
    """"withdraw their envoys from Bamako", "downgrade ties with Israel": the act names
    where it is aimed, even when that is the doer's own country (then it answers no one)."""
    obj = args.verb_object(tok) if tok.pos_ in ("VERB", "AUX") else None
    return any(args.prep_objects(owner, w) for owner in (tok, obj) if owner is not None
               for w in trigger.target)  # (slot names such as "dative" match no preposition)


def _embassy_host(tok, ctx: DocContext) -> Actor | None:
    """"The U.S. embassy in Rome delivered a note asking for his arrest": what an embassy
    says to no one named it says to its host country."""
    doer = args.verb_source(tok) if tok.pos_ in ("VERB", "AUX") else None
    if doer is None or doer.lemma_.lower() not in roles()["foreign_buildings"]:
        return None
    host = country_of_places(args.prep_objects(doer, "in"), ctx)
    return ctx.resolver.country_actor(host, "GOV") if host else None


def _citizens(sources: list[Actor], sectors: tuple[str, ...]) -> bool:
    """Whether all ``sources`` are a country's people of ``sectors`` (opposition, civilians)."""
    return bool(sources) and all(s.country and s.sector in sectors for s in sources)


def _just_confronted(tok, sources: list[Actor], ctx: DocContext) -> Actor | None:
    """"Sudan cut ties with Chad, which it accused of arming the rebels ... Khartoum reserved
    the right to respond": a threat at no one named is aimed at the other country the doer
    acted against in this or the sentence before; else at one that acted against the doer
    ("Iran seized 15 British sailors. Britain warned of consequences") or on its own people
    ("Soldiers seized power in Guinea. Washington warned that it could limit its support")."""
    before = previous_sentence(tok)
    start = before.start_char if before is not None else 0
    own = countries_of(sources)
    hostile = word_lists("threats")["hostile_types"]
    recent = [e for e in reversed(ctx.events) if e.span[0] >= start and e.type in hostile
              and e.status is not Status.NEGATED and e.target is not None]
    return next((e.target for e in recent if e.source.country in own
                 and e.target.country not in own | {None}), None) or next(
        (e.source for e in recent if e.source.country not in own | {None}
         and e.target.country in own | {e.source.country}), None)


def _previous_claimant(tok, sources: list[Actor], ctx: DocContext) -> Actor | None:
    """"Afghan officials said the troops had been fired on first. A Pakistani spokesman
    denied that": a denial with no accusation found answers whoever made the claim the
    sentence before, if another country."""
    before = previous_sentence(tok)
    if before is None:
        return None
    speech = word_lists("attribution")["speech_verbs"]
    verb = before.root
    subject = args.verb_source(verb) if verb.lemma_.lower() in speech else None
    if subject is None or not mentions_in(core_tokens(subject), ctx):
        return None  # a named claimant ("Afghan officials"), not "Police said"
    claimants = [a for a in first_resolved([subject], ctx) if a.country]
    own = countries_of(sources)
    return claimants[0] if claimants and claimants[0].country not in own else None


def _handed_over(tok, trigger: Trigger) -> bool:
    """The doer hands something over: "India has provided $3 billion in loans", "Trump
    ordered sweeping tariffs"; not "helped to plan" or "enjoyed support from Moscow"."""
    if trigger.pos == "VERB":
        return args.verb_object(tok) is not None
    return nouns.light_verb(tok) is not None and not args.prep_objects(tok, "from")


def _joined(sources: list[Actor], ctx: DocContext) -> Actor | None:
    """Troops offered where others' went, unless that country sent its own against someone
    (a standoff: France reinforcing the region is not for Turkey)."""
    went = _went_before(sources[0].country, ctx)
    if went is None or any(e.type == "MOBILIZE" and e.source.country == went and e.target
                           is not None and e.target.country != went for e in ctx.events):
        return None
    return ctx.resolver.country_actor(went, None)


def _their_own(tok) -> bool:
    """The act's object is the doers' own: "suspended their aid", "put part of their budget
    support on hold"."""
    obj = args.verb_object(tok) if tok.pos_ == "VERB" else None
    return obj is not None and any(c.dep_ == "poss" and c.lower_ == "their"
                                   for o in [obj, *args.prep_objects(obj, "of")]
                                   for c in o.children)


def _country_of_story(sources: list[Actor], ctx: DocContext, type_: str | None = None,
                      own_goods: bool = False) -> Actor | None:
    story = story_country(sources, ctx.countries, type_, ctx.events, own_goods=own_goods)
    return ctx.resolver.country_actor(story, None) if story else None
