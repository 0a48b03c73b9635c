"""Which actors count as the same, recipients that are the doer's own unnamed people, and
recipients one phrase down or named by an event noun."""

from __future__ import annotations

import calendar

from ..actors import DocContext, resolve_argument
from ..actors.domestic import place_country
from ..actors.kb import load_kb
from ..actors.parties import party_key, roles
from ..model import SYMMETRIC_TYPES, Actor
from ..nlp.groups import is_group_reference
from ..nlp.syntax import has_det, previous_sentence
from . import arguments as args
from . import nouns
from .discourse import adversary, countries_of, same_word_first, told_of_kind
from .lexicon import Lexicon, Trigger, word_lists
from .misparses import called_party, is_participle_clause, trailing_participle


def first_resolved(heads: list, ctx: DocContext, exclude: list[Actor] = ()) -> list[Actor]:
    """Actors of the first head that resolves (heads come in order of preference), leaving
    out the ``exclude`` actors ("X warned that X would ..." is aimed at someone else)."""
    for head in heads:
        if head is None:
            continue
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
    members = _listed_members(heads, ctx)
    if members:
        return members
    # "arrested dozens of people": the people counted
    heads = [p for h in heads for p in ([h] + args.prep_objects(h, "of")
                                        if h.lemma_.lower() in quantities else [h])]
    for head in heads:
        if type_ == "COERCE" and head.ent_type_ == "PERSON" and sources[0].country:
            # "police arrested former Vice President Jorge Glas": a person the knowledge
            # base does not know, held by the doer's state, is of the doer's country
            return [ctx.resolver.country_actor(sources[0].country, "CVL", head.text)]
        if type_ == "MOBILIZE" and {head.lemma_.lower(), *(c.lower_ for c in args.children(
                head, "compound"))} & roles()["shared_places"]:
            # "moved troops to the frontier (area)" after a raid from across it: facing the
            # raider; else whom the doer just quarrelled with ("broke off relations with
            # Colombia and ordered troops along the border on alert")
            rival = adversary(sources, ctx.events) or adversary(
                sources, ctx.events, roles()["quarrel_types"]) or adversary(
                sources, ctx.events, ("AGREE", "CONSULT"))  # "agreed to settle their
            # quarrel through talks, but Turkish troops stayed massed along the border"
            if rival is not None:
                return [rival]
        if head.pos_ == "NOUN" and head.lemma_.lower() in generic and sources[0].country:
            if type_ == "MOBILIZE" and head.lemma_.lower() == "capital" and (
                    ctx.dateline not in (None, sources[0].country)):
                # "U.S. Marines fanned out across the capital", datelined Port-au-Prince
                return [ctx.resolver.country_actor(ctx.dateline, None, head.text)]
            owner = first_resolved(args.possessors(head), ctx)  # "Palestinian prisoners"
            # "struck bases in Pakistan's Balochistan province, killing two children"
            placed = place_country(head, ctx, objects=True) if type_ == "ASSAULT" else None
            if type_ == "ASSAULT" and placed is None and sources[0].sector in _STATE_FORCES and (
                    ctx.dateline not in (None, sources[0].country)) and (
                    ctx.dateline == ctx.main_country):
                placed = ctx.dateline  # "SEOUL - North Korean artillery pounded an island,
                # killing two civilians": a foreign state's attack, on the dateline's people
                # (not "WASHINGTON - ... the Iraqi army executing captured supporters")
            country = (owner[0].country if owner and owner[0].country else None) or (
                placed or sources[0].country)
            sector = ctx.resolver.sector_of([head]) or "CVL"
            return [ctx.resolver.country_actor(country, sector, head.text)]
    return []


def _listed_members(heads: list, ctx: DocContext) -> list[Actor]:
    """"seized hundreds of guests, among them cabinet ministers and the Japanese
    ambassador": the named among the unnamed many, one recipient each."""
    found: list[Actor] = []
    for head in heads:
        if head.lemma_.lower() not in roles()["quantities"] | roles()["generic_people"]:
            continue
        for prep in (c for owner in (head, head.head) for c in owner.children
                     if c.dep_ == "prep" and c.lower_ in ("among", "including")):
            members = [t for o in prep.children if o.dep_ == "pobj" and o.pos_ != "PRON"
                       for t in o.subtree if t.i == o.i or t.dep_ in ("conj", "appos")]
            for actor in (a for m in members for a in resolve_argument(m, ctx, follow_conj=False)):
                if not any(same(actor, other) for other in found):
                    found.append(actor)
    return found


# Types that judge a thing ("welcomed it", "dismissed the measures"): the thing is not the
# judge's own act, and "it" may name it.
VERDICT_TYPES = {"SUPPORT", "ACCUSE", "REJECT"}
# Acts that may take the recipient of the verb they are coordinated with ("accused Morocco
# of hostile acts and cut diplomatic ties").
INHERITING_TYPES = {"THREATEN", "ACCUSE", "REQUEST", "REJECT", "SANCTION"}
# Types never aimed at the doer's own unnamed people or places ("aid for the people
# stranded", "pulled troops back from the border").
NOT_AT_HOME = {"AID", "CONSULT", "AGREE", "COOPERATE", "SUPPORT", "RETREAT"}
# A country's forces and people, whom its own leaders' visits do not meet as a party.
_OWN_PEOPLE = {"MIL", "COP", "CVL"}
# Sectors of a state's own force (None: the state itself); not its police.
_STATE_FORCES = {None, "MIL", "GOV"}
# Types whose unnamed doer is assumed domestic, with the doer's sector.
IMPLICIT_SECTOR = {"COERCE": "COP", "ACCUSE": "JUD", "PROTEST": "CVL", "ASSAULT": "CVL"}
# Of those, types whose unnamed crowd must be named as the subject ("supporters attacked").
CROWD_TYPES = {"ASSAULT"}


def home_trip(trigger: Trigger, source: Actor, target: Actor) -> bool:
    """"Members of the FAST party arrived in Apia": a party's, rebels' or citizens' trip
    inside their own country visits no one (its talks, if any, are coded by their own
    words); nor does a leader's visit to his own troops or people ("visited troops on the
    frontier")."""
    if trigger.mode != "visit" or target.org is not None or source.country != target.country:
        return False
    if target.sector in _OWN_PEOPLE:
        return True
    return source.sector not in (None, *roles()["state_sectors"]) and (
        target.sector in (None, "GOV"))


def same(a: Actor, b: Actor) -> bool:
    """Self-directed pairs are dropped unless they are two named parts of one country
    (police and protesters, a court and an opposition leader), or a region and the rest of
    its country ("Madrid rejected Catalonia's plan")."""
    if a.entity != b.entity or _named_group(a) != _named_group(b):
        return False
    regions = load_kb().regions
    if (a.name if a.name in regions else None) != (b.name if b.name in regions else None):
        return False
    if a.sector == b.sector:
        return True
    # a country named alone is its state: the same side as its army, not its rebels
    # ("Turkey struck the PKK", "Iran executed a man")
    other = b.sector if a.sector is None else a.sector if b.sector is None else None
    return other is not None and other in roles()["state_sectors"]


def _named_group(actor: Actor) -> str | None:
    """An armed group named for itself ("the Taliban seized Kabul", "Hezbollah"): a side
    apart from its country's state, even where it governs."""
    return actor.code if actor.code in load_kb().armed_groups else None


def _speaker_of_earlier(head, ctx: DocContext) -> list[Actor]:
    """"In a speech to parliament, Assad said ... Jumblatt welcomed the speech": a definite
    noun for something said that repeats an earlier sentence's noun is that one, whose
    clause names its speaker (not "suspended Guinea over the coup ... criticised the coup",
    which Guinea's suspenders did not stage)."""
    if head.lemma_.lower() not in roles()["spoken_nouns"] or not has_det(head, "the"):
        return []
    earlier = _earlier_namesakes(head)
    if not earlier:
        return []
    verb = args.main_verb(earlier[-1])
    subject = args.verb_source(verb) if verb is not None else None
    return first_resolved([subject], ctx) if subject is not None else []


def _earlier_namesakes(head) -> list:
    """The nouns of the sentences before ``head``'s with its lemma."""
    return [t for t in head.doc[: head.sent.start] if t.lemma_ == head.lemma_
            and t.pos_ == "NOUN"]


_VERDICT_VERBS = {"call", "describe", "brand", "label", "term", "dub"}  # "called the ruling an
# injustice": a judge of the thing, not its maker


def maker_of_thing(verb, heads: list, ctx: DocContext, sources: list[Actor]) -> list[Actor]:
    """"China's State Council approved the reserve ... The United States criticised the
    reserve", "... called the law antisemitic": a definite thing judged (``status.yaml``:
    judging_verbs, or a verdict) that an earlier sentence names as the object of someone's
    act is that someone's (the latest such sentence; not the judges' own, nor another
    judge's)."""
    words = word_lists("status")
    if verb.lemma_ not in words["judging_verbs"] and verb.lemma_ not in _VERDICT_VERBS:
        return []
    own = {party_key(s) for s in sources}
    judging = set(words["judging_verbs"]) | set(words["causative_verbs"]) | _VERDICT_VERBS
    for head in heads:
        if head.pos_ != "NOUN" or not has_det(head, "the") or head.dep_ != "dobj":
            continue
        for earlier in reversed([t for t in _earlier_namesakes(head)
                                 if t.dep_ in ("dobj", "oprd")]):
            act = earlier.head if earlier.head.pos_ == "VERB" and (  # not another judge of
                earlier.head.lemma_ not in judging) else None  # it ("deplored the tests")
            subject = args.verb_source(act) if act is not None else None
            makers = [a for a in first_resolved([subject], ctx) if party_key(a) not in own
                      ] if subject is not None else []
            if makers:
                return makers
    return []


def nested_recipients(heads: list, trigger: Trigger, lexicon: Lexicon) -> list:
    """Recipients one phrase down; for an accusation about a hostile act ("condemned the
    attack on Ukraine") only its doer ("Russia's attack"), never its victim."""
    if trigger.type != "ACCUSE":
        return args.nested_objects(heads)
    hostile = word_lists("threats")["hostile_types"]
    acts = [h for h in heads if lexicon.types_of(h, "NOUN") & hostile]
    return [p for h in acts for p in args.possessors(h) if p.dep_ != "pobj"
            or p.head.lower_ == "by"] + args.nested_objects([h for h in heads
                                                             if h not in acts])


_WEEKDAYS = [name.lower() for name in calendar.day_name]


def _named_day(noun) -> str | None:
    """"Wednesday's announcement": wednesday."""
    return next((c.lower_ for c in noun.children if c.dep_ == "poss"
                 and c.lower_ in _WEEKDAYS), None)


def _on_day(event, day: str) -> bool:
    when = event.date
    return when.start is not None and when.precision == "day" and (
        _WEEKDAYS[when.start.weekday()] == day)


def event_reference(lexicon: Lexicon, heads: list, ctx: DocContext, sources: list[Actor]
                    ) -> list[Actor]:
    """"condemned the attack": the doer of the event the noun refers to, named on the
    noun ("Russia's attack") or in an earlier event of the same type by someone other
    than the ``sources`` (who do not answer their own acts)."""
    own = {party_key(s) for s in sources}
    event_nouns = roles()["event_nouns"]
    for head in heads:
        own |= {party_key(a) for a in contacted(head.head, lexicon, ctx)}
        if _mass_noun(head):
            continue  # "restrictions on aid": aid in general, not an earlier grant
        lemma = head.lemma_.lower()
        types = lexicon.types_of(head, "NOUN")
        if not types and lemma not in event_nouns:  # "the coup attempt": the coup
            kind = next((c for c in head.children if c.dep_ == "compound" and (
                c.lemma_.lower() in event_nouns or lexicon.types_of(c, "NOUN"))), None)
            if kind is None:
                continue
            lemma, types = kind.lemma_.lower(), lexicon.types_of(kind, "NOUN")
        named = first_resolved(nouns.noun_sources(head, ("from",), light=False), ctx) or [
            a for a in _speaker_of_earlier(head, ctx) if party_key(a) not in own]
        if named:
            return named
        types |= set(event_nouns.get(lemma, ()))
        found = _doers_of_earlier(head, types, own, sources, ctx)
        if found is None and types and event_nouns.get(lemma) == []:
            # "the measures" with no sanction before them: any earlier event
            found = _doers_of_earlier(head, set(), own, sources, ctx)
        if found is not None:
            return found
        if lemma in roles()["spoken_nouns"]:  # "Museveni told reporters that ... Kenyan
            # lawmakers condemned the remarks": said just before, with no event in it
            said = [a for a in _recent_speaker(head, ctx) if party_key(a) not in own]
            if said:
                return said
    return []


def _mass_noun(head) -> bool:
    """A singular object with no determiner, owner or modifier of its own ("aid")."""
    return head.tag_ == "NN" and head.dep_ in ("pobj", "dobj") and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "prep") for c in head.children)


def _recent_speaker(head, ctx: DocContext) -> list[Actor]:
    """Whoever the latest verb of saying in the two sentences before ``head``'s has as
    its subject (``attribution.yaml``: speech_verbs)."""
    if not has_det(head, "the") or any(c.dep_ in ("poss", "amod", "compound") or c.lower_ in (
            "of", "by") for c in head.children):
        return []  # "his remarks", "the remarks by X", "the joint statement"
    speech = word_lists("attribution")["speech_verbs"]
    sent = head.sent
    for _ in range(2):
        sent = previous_sentence(sent[0])
        if sent is None:
            return []
        for verb in reversed(sent):
            subject = args.child(verb, "nsubj") if verb.lemma_.lower() in speech else None
            found = first_resolved([subject], ctx) if subject is not None else []
            if found:
                return found
    return []


def _doers_of_earlier(head, types: set[str], own: set, sources: list[Actor], ctx: DocContext
                      ) -> list[Actor] | None:
    """The doers of the latest earlier event of ``types`` (any type if empty) by someone
    other than ``own``, or None when there is none."""
    day = _named_day(head)
    for event in same_word_first(head, told_of_kind(head, list(reversed(ctx.events)))):
        if day is not None and not _on_day(event, day):
            continue  # "Wednesday's announcement": what was done on Wednesday
        if (not types or event.type in types) and party_key(event.source) not in own:
            # "the decision": any earlier event, with all its coordinated doers ("A, B
            # and C cut ties ... the measures"); a meeting or a deal is both sides'
            siblings = [e for e in ctx.events if (e.span, e.type, e.trigger) == (
                event.span, event.type, event.trigger)]
            homes = {s.country for s in sources}  # not the judge's own side of a deal
            parties = [e.source for e in siblings] + [
                e.target for e in siblings if e.type in SYMMETRIC_TYPES
                and e.target is not None and e.target.country not in homes]
            return list({party_key(p): p for p in parties if party_key(p) not in own}.values())
    return None


def contacted(verb, lexicon: Lexicon, ctx: DocContext) -> list[Actor]:
    """"Obama called Lee to condemn the attack", "called Obama to ask for help": whom the
    doer met or called in order to act (no doer of an act judged there)."""
    if not (verb.dep_ in ("xcomp", "advcl") and args.is_infinitive(verb) and (
            "CONSULT" in lexicon.types_of(verb.head, "VERB")
            or verb.head.lemma_.lower() == "summon")):  # "summoned Myanmar's ambassador to
        return []  # demand that the work be halted": of Myanmar
    party = called_party(verb.head)
    return first_resolved([party], ctx) if party is not None else []


def it_is_a_thing(trigger: Trigger, objects: list, named: list[Actor], sources: list[Actor]
                  ) -> bool:
    """"Britain welcomed it": an object "it" of a verdict resolved to the doer itself is a
    thing (the deal praised just before), not the doer."""
    pronouns = bool(objects) and all(h.lower_ == "it" and h.pos_ == "PRON" for h in objects)
    return trigger.type in VERDICT_TYPES and pronouns and bool(named) and all(
        any(same(a, s) for s in sources) for a in named)


def faces_each_other(type_: str, source_heads: list, sources: list[Actor],
                     targets: list[Actor]) -> bool:
    """A show or use of force by "both countries" (or "the two sides") at a place of
    their own ("rushed reinforcements to the frontier"): each at the other."""
    own = countries_of(sources)
    return (type_ in _FACING_TYPES and len(source_heads) == 1
            and is_group_reference(source_heads[0]) and len(own) >= 2
            and all(t.country in own for t in targets))


_FACING_TYPES = ("MOBILIZE", "ASSAULT", "RETREAT")


def coordinated_target(tok, trigger: Trigger, sources: list[Actor], lexicon: Lexicon,
                       ctx: DocContext) -> list[Actor]:
    """"called the decision a threat and warned it would retaliate", "accused Morocco
    and cut ties": an act with no recipient of its own is aimed where the verb it is
    coordinated with is (a sanction only at someone named there, not at the doer of an
    event named there: "regretted the veto and could introduce sanctions")."""
    # "demanded that Washington cancel the sale, warning that it would take
    # countermeasures": a participle is aimed where its verb is
    participle = is_participle_clause(tok)
    if trigger.type not in INHERITING_TYPES or tok.dep_ not in ("conj", "dep") and (
            not participle):  # (a verb in a list may be left unlabelled: "dep")
        return []
    if any(has_det(o, w) for o in args.children(tok, "dobj") for w in ("any", "all", "every")):
        return []  # "backing Moreno and rejecting any attempt to ...": no one in particular
    head = trailing_participle(tok) or tok.head
    heads = args.children(head, "dobj") + [o for w in ("on", "against", "to", "with")
                                           for o in args.prep_objects(head, w)]
    if participle:
        heads += [s for c in args.children(head, "ccomp") for s in args.children(c, "nsubj")]
    people = roles()["domestic_roles"] | roles()["generic_people"]
    # "would breach UN resolutions and warned ...": someone, not something, is warned,
    # though a thing may be an event with a doer ("called the decision a threat")
    someone = [h for h in heads if h.pos_ in ("PROPN", "PRON") or h.lemma_.lower() in people]
    own = countries_of(sources)
    # "massed troops ... but denies that it is preparing an attack": not its own troops
    named = first_resolved(someone, ctx, exclude=sources)
    if not named and trigger.type != "SANCTION":
        named = event_reference(lexicon, heads, ctx, sources)
    return [a for a in named if a.country not in own]
