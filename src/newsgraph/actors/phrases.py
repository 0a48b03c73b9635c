"""From an argument's head token to actors: noun-phrase core, coordination, coreference."""

from __future__ import annotations

from dataclasses import replace

from ..model import Actor
from ..nlp.groups import group_antecedent, group_size
from ..nlp.mentions import coref_words, earlier_body_object, previous_subject_group
from ..nlp.persons import label
from ..nlp.syntax import (
    conjoined_owner_noun,
    conjunct_subject_noun,
    main_clause_subject,
    partitive_antecedent,
    partitive_description,
    reported_speaker,
)
from .acted_on import host_government, other_than_the_doer, own_government
from .context import DocContext
from .coordination import (
    conjuncts,
    coordinated_adjectives,
    coordinated_names,
    coordinated_owners,
    included_members,
    listed,
    shared_modifier,
)
from .domestic import domestic_role, party_acting_on, placed_role, reported_own_side
from .heads import beyond_its_verb, names_go_between, past_role, persons_party
from .named_before import earlier_namesake, earlier_owned, held_group
from .parties import group_of_parties, plural_of_meeting, roles, those_responsible
from .resolver import Mention, make_actor, org_entry
from .unlisted import unknown_person, untitled_person

_CORE_DEPS = {"compound", "amod", "poss", "nmod", "det", "nummod", "appos", "case", "punct",
              "flat", "quantmod", "predet", "npadvmod"}
_LED_BY = {"lead", "head", "represent", "include", "comprise"}
_GROUP_HEADS = {"delegation", "team", "mission", "envoy", "group", "contingent"}


def resolve_argument(head, ctx: DocContext, *, follow_conj: bool = True) -> list[Actor]:
    """Actors named by the noun phrase headed by ``head`` (several when coordinated)."""
    actors = (coordinated_adjectives(head, ctx) or coordinated_owners(head, ctx)
              or coordinated_names(head, ctx) or included_members(head, ctx)
              or list(resolve_single(head, ctx)))
    if follow_conj:
        for conj in conjuncts(head):
            actors.extend(shared_modifier(head, conj, ctx)  # "X and the British and
                          or coordinated_adjectives(conj, ctx)  # Irish governments"
                          or coordinated_owners(conj, ctx)  # "X and the presidents of A and B"
                          or resolve_single(conj, ctx))
    unique: dict[tuple, Actor] = {}
    for actor in actors:
        unique.setdefault((actor.entity, actor.sector, actor.name), actor)
    return list(unique.values())


def resolve_single(head, ctx: DocContext) -> list[Actor]:
    if head.i in ctx._cache:
        return ctx._cache[head.i]
    ctx._cache[head.i] = []  # a phrase that leads back to itself names no one
    result = _counted_crowd(head, ctx)
    if result is None:
        result = _clause_speaker(head, ctx)
    if result is None:
        group = group_antecedent(head)  # "telephoned both foreign ministers and urged
        # them": the parties the group stands for
        result = group_of_parties(group if group is not None else head, ctx) or (
            those_responsible(head, ctx))
    if result is None:
        result = plural_of_meeting(head, ctx)
    if result is None:  # "Sudanese rebels accused the government", datelined Nairobi
        result = party_acting_on(head, ctx) or placed_role(head, ctx)
    if result is None:
        result = reported_own_side(head, ctx) or _coreferent(head, ctx)
    if result is None:
        result = _members_of_a_body(head, ctx)
    if result is None:
        leaders = _led_by(head) if head.lemma_.lower() in _GROUP_HEADS else None
        if leaders is not None:  # "delegations led by X and Y", "a mission of X and Y"
            result = resolve_argument(leaders, ctx)
        if not result:
            actor = _resolve_core(head, ctx)
            result = [actor] if actor else []
        if not result:
            result = _through_modifiers(head, ctx)
        if not result:
            result = _regional_group(head, ctx)
        if not result:
            result = held_group(head, ctx)
        if not result:
            result = domestic_role(head, ctx)
        if not result:
            result = (earlier_namesake(head, ctx) or earlier_owned(head, ctx)
                      or untitled_person(head, ctx))
    ctx._cache[head.i] = result
    return result


def _counted_crowd(head, ctx: DocContext) -> list[Actor] | None:
    """"15 people, most of them supporters of Morales": the people counted, else what the
    count is said to be; "residents marched, and their leaders asked": the residents."""
    counted = partitive_antecedent(head)
    if counted is not None:
        described = [c for c in head.head.head.children if c.dep_ == "appos"]
        return next((a for a in (resolve_argument(n, ctx) for n in [counted, *described])
                     if a), None)
    owner = conjoined_owner_noun(head)  # "a Filipino boat and its crew": the boat's
    if owner is not None:
        return resolve_single(owner, ctx) or None  # (not through "and": back to "its")
    crowd = conjunct_subject_noun(head) or previous_subject_group(head) or (
        earlier_body_object(head))  # "accused the government ... and called on it"
    return (resolve_argument(crowd, ctx) or None) if crowd is not None else None


def _clause_speaker(head, ctx: DocContext) -> list[Actor] | None:
    """"Denmark said it would provide tanks", "Iran warned that its forces ...": "it" in a
    reported clause is the country or organisation that says it, "they" the people who
    say it."""
    if head.lower_ not in ("it", "its", "they", "their") or head.pos_ != "PRON":
        return None
    if head.dep_ == "nsubj" and head.head.dep_ == "relcl":  # "said the RSF must leave the
        doer = main_clause_subject(head.head)  # cities it occupies": the RSF
        return (resolve_argument(doer, ctx) or None) if doer is not None else None
    speaker = reported_speaker(head)
    if speaker is None:
        return None
    if head.lower_ in ("they", "their"):  # "army officers announced that they had seized
        plural = speaker.tag_ in ("NNS", "NNPS") or any(  # power", "A, B and C said they"
            c.dep_ == "conj" for c in speaker.children)
        # (the speakers even when no country places them: "Student groups said they")
        return resolve_argument(speaker, ctx) if plural else None
    mention = ctx.mentions.get(speaker.i)
    # "Burundi's army said it had deposed the president": an institution speaking of itself
    institution = mention is None and speaker.tag_ == "NN" and (
        speaker.lemma_.lower() in roles()["institution_names"])
    if not institution and (mention is None or not mention.kinds & {"country", "seat", "org"}):
        return None
    return resolve_argument(speaker, ctx) or None


def _through_modifiers(head, ctx: DocContext) -> list[Actor]:
    """Last resorts: "hundreds of people", "the two countries' envoys", "the junta in
    Niamey"."""
    lemma = head.lemma_.lower()
    # "artillery fire that Baghdad blamed on Turkish forces": whom it is blamed on
    blamed = roles()["doer_participles"]
    linked = [o for acl in head.children if acl.dep_ in ("acl", "relcl")
              and acl.lemma_.lower() in blamed
              for o in _prep_objects(acl, (blamed[acl.lemma_.lower()],))]
    if lemma in roles()["title_offices"]:  # "the Prosecutor General's office": its holder
        linked += [c for c in head.children if c.dep_ == "poss"]
    followers = lemma in roles()["followers"]  # "supporters of the former president"
    if followers or lemma in roles()["quantities"]:
        linked += _prep_objects(head, ("of",))
    linked += [c for c in head.children if c.dep_ == "poss" and (  # "its air defences"
        c.i in ctx.coref or c.lower_ in ("its", "their")) or c.dep_ == "compound" and (
        c.i in ctx.coref)]  # "a league delegation" after the Arab League
    if ctx.resolver.sector_of([head]):
        linked += _prep_objects(head, ("in", "from"))
    # "Wakil Ahmed Muttawakil, a spokesman for Taliban leader Mullah Omar": whom they speak for
    linked += [o for voice in [head, *(c for c in head.children if c.dep_ == "appos")]
               if voice.lemma_.lower() in roles()["voices"] for o in _prep_objects(voice, ("for",))]
    for acl in (c for c in head.children if c.dep_ == "acl"):  # "the text, drafted by X"
        if lemma in roles()["weapons"]:  # "missiles fired from an Israeli helicopter"
            linked += _prep_objects(acl, ("from",))
        elif ctx.resolver.sector_of([head]) and acl.lemma_ not in roles()["sending_verbs"]:
            break  # "militants backed by Iran" are not Iran; "ministers sent by SADC" are
        linked += [o for a in acl.children if a.dep_ == "agent"
                   for o in a.children if o.dep_ == "pobj"]
    for tok in linked:
        actors = resolve_argument(tok, ctx)
        if actors:  # "opposition leaders in Minsk": the opposition's, not the government's
            named = [c for c in head.lefts if c.dep_ in ("compound", "amod")] + [head]
            sector = ctx.resolver.sector_of(named) or ("CVL" if followers else None)
            # "his army chief, Colonel Garba" is someone else than the "he"
            other = tok.lower_ in ("his", "her")
            name = next((c.text for c in head.children if c.dep_ == "appos"), head.text)
            return [make_actor(a.text, name if other else a.name, a.country, a.org,
                               sector or a.sector, None) if (sector or other) and a.country
                    else a for a in actors]
    return []


def _members_of_a_body(head, ctx: DocContext) -> list[Actor] | None:
    """"Argentina's partners in the Mercosur trade bloc agreed", "members of the alliance",
    "At the OAS, ambassadors decided": the organisation, acting through its members or
    envoys (``roles.yaml``: member_nouns, diplomatic_posts)."""
    lemma = head.lemma_.lower()
    if head.tag_ != "NNS":
        return None
    if lemma in roles()["member_nouns"]:
        owners = _prep_objects(head, ("in", "of"))
    elif lemma in roles()["diplomatic_posts"] and head.dep_ == "nsubj" and not any(
            c.dep_ in ("poss", "amod", "compound") for c in head.children):
        owners = [o for o in _prep_objects(head.head, ("at",)) if o.i < head.i]
    else:
        return None
    bodies = [a for o in owners for a in resolve_argument(o, ctx) if a.org and not a.country]
    return bodies or None


def _prep_objects(head, words: tuple[str, ...]) -> list:
    return [c for p in head.children if p.dep_ == "prep" and p.lower_ in words
            for c in p.children if c.dep_ == "pobj"]


def _coreferent(head, ctx: DocContext) -> list[Actor] | None:
    spans = ctx.coref.get(head.i)
    if not spans:
        return None
    doc = head.doc
    actors: list[Actor] = []
    here: list[Actor] = []  # those named in the head's own sentence
    for start, end in spans:
        root = doc[start:end].root
        if root.pos_ not in ("PROPN", "NOUN"):  # "the European Union presidency": the
            root = next((t for t in reversed(doc[start:end])  # name, not its "the"
                         if t.pos_ in ("PROPN", "NOUN")), root)
        # "Kuwait's ruler, Sheikh Sabah ...": the whole phrase, which names the country
        actor = (_resolve_core(root.head, ctx, text=head.text) if root.dep_ == "appos" else None
                 ) or _resolve_core(root, ctx, text=head.text) or _unlisted(root, ctx) or (
            _placed_office(root, ctx))
        if actor and all(a.entity != actor.entity for a in actors):
            actors.append(actor)
        if actor and start >= head.sent.start and all(a.entity != actor.entity for a in here):
            here.append(actor)
    if len(spans) > 1:
        # "the two countries": the last two (or three...) distinct actors; those of its own
        # sentence if there are enough ("Turkish police ... Israeli officials said the two
        # countries' services ...", after an Iranian plot)
        size = group_size(head)
        actors = (here if len(here) >= size else actors)[-size:]
    elif actors and head.pos_ == "NOUN":
        actors = [host_government(head, actors[0], ctx) or own_government(head, actors[0], ctx)
                  or other_than_the_doer(head, actors[0], ctx)]
    sector = ctx.resolver.sector_of([head])
    if sector:
        actors = [make_actor(head.text, a.name, a.country, a.org, sector, None)
                  if a.sector is None and a.country else a for a in actors]
    return actors


def _placed_office(office, ctx: DocContext) -> Actor | None:
    """"A government spokesman in Sanaa said ... He demanded": an office holder the
    knowledge base cannot name, as placed where the office was the subject."""
    if office.pos_ != "NOUN" or office.tag_ == "NNS" or office.dep_ != "nsubj":
        return None
    found = resolve_single(office, ctx)
    return found[0] if len(found) == 1 else None


def _unlisted(person, ctx: DocContext) -> Actor | None:
    """"Deputy Prime Minister Tariq Aziz said ..., and he accused ...": a person the
    knowledge base lacks, placed by the story, is what the pronoun stands for (also a
    surname named again that the tagger did not take for a person: "Mane denies ... he
    called")."""
    ent = next((e for e in person.doc.ents if e.start <= person.i < e.end), None)
    if person.pos_ != "PROPN" or ent is not None and label(ent) != "PERSON":
        return None
    found = resolve_single(person, ctx)
    return found[0] if len(found) == 1 else None


def core_tokens(head) -> list:
    """The head plus its modifiers (compounds, adjectives, possessors, appositions)."""
    keep = {head.i}
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ in _CORE_DEPS and child.i not in keep and not listed(child) and not (
                    names_go_between(child)) and not beyond_its_verb(child):
                keep.add(child.i)
                stack.append(child)
            elif child.dep_ == "prep" and child.lower_ == "of" and tok.i == head.i and (
                    head.lemma_.lower() not in roles()["patient_nouns"]):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        keep.update({child.i, pobj.i})
                        stack.append(pobj)
    return [head.doc[i] for i in sorted(keep)]


def _led_by(head):
    """"a delegation led by X": X's head token; "a joint mission of the UN, the AU and
    ECOWAS": the first of the bodies listed after "of"; or None."""
    members = _prep_objects(head, ("of",))
    if members and any(c.dep_ == "conj" for c in members[0].children):
        return members[0]
    for child in head.children:
        if child.dep_ in ("acl", "relcl") and child.lemma_ in _LED_BY:
            for agent in child.children:
                if agent.dep_ == "dobj":
                    return agent
                if agent.dep_ == "agent":
                    return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


def _resolve_core(head, ctx: DocContext, text: str | None = None) -> Actor | None:
    tokens = core_tokens(head)
    words = [t for t in tokens if not t.is_punct] or tokens
    span_text = text or head.doc[words[0].i: words[-1].i + 1].text
    found = mentions_in(tokens, ctx)
    sector = ctx.resolver.sector_of(tokens)
    hints = {e.country for m in found for e in m.entries if e.country}
    hints |= {ctx.towns[t.i] for t in tokens if t.i in ctx.towns}  # "Bishop Ruiz of San Cristobal"
    people = [m for m in found if "person" in m.kinds]
    # "the ally North Korea"; a name is not its description ("the United States, Japan's
    # closest ally")
    appositions = [c for c in head.children if c.dep_ == "appos" and not listed(c)
                   and not beyond_its_verb(c)
                   and (c.i in ctx.mentions or head.i not in ctx.mentions)]
    described = partitive_description(head) if head.tag_ == "NNS" else None
    for appos in appositions + ([described] if described is not None else []):
        led = _body_led(appos, ctx)
        if led is not None:
            return replace(led, text=span_text)
        actor = _resolve_core(appos, ctx)
        if actor is not None and not (actor.org and past_role(appos)):
            return actor
    titled_by_org = any("org" in m.kinds for m in found if m not in people)
    for m in people:
        if titled_by_org and not any(t.active(ctx.date) for e in m.entries for t in e.terms):
            continue  # "European Parliament President Jerzy Buzek", once Poland's premier
        actor = ctx.resolver.entry_actor(m.entries, span_text, ctx.date, hints, sector)
        if actor and actor.country and persons_party(head, m):
            return make_actor(actor.text, f"party of {actor.name}", actor.country, None,
                              "PTY", None)
        if actor and (actor.country or actor.org):
            return actor
    return _resolve_named(head, tokens, found, span_text, sector, ctx) or unknown_person(
        head, tokens, span_text, sector, hints, ctx)


def _body_led(tok, ctx: DocContext) -> Actor | None:
    """"a former judge who leads the CICIG": the organisation a relative clause says the
    person heads now (``roles.yaml``: leading_verbs)."""
    for clause in (c for c in tok.children if c.dep_ == "relcl"):
        if clause.lemma_.lower() not in roles()["leading_verbs"] or any(
                c.dep_ == "aux" or c.tag_ == "VBD" for c in (clause, *clause.children)):
            continue  # not "who led it until 2012"
        bodies = [o for o in clause.children if o.dep_ == "dobj"]
        actor = _resolve_core(bodies[0], ctx) if bodies else None
        if actor is not None and actor.org:
            return actor
    return None


def _resolve_named(head, tokens, found, span_text, sector, ctx) -> Actor | None:
    # prefer the mention containing the head, then a country's over a people's of several
    # countries, then the mention closest to the head; for a post, its owner first ("Iraq's
    # U.N. ambassador": the owner's post at the UN)
    owners = {c.i for c in head.children if c.dep_ == "poss"} if (
        head.lemma_.lower() in roles()["diplomatic_posts"]) else set()
    ordered = sorted(found, key=lambda m: (not any(m.start <= i < m.end for i in owners),
                                           not (m.start <= head.i < m.end), m.shared,
                                           abs(head.i - m.start)))
    for m in ordered:
        kinds = m.kinds
        if "org" in kinds:  # "Hezbollah commanders" are Hezbollah, "UN officials" the UN
            entry = org_entry(m.entries, ctx.countries)
            return make_actor(span_text, entry.name, entry.country, entry.org,
                              entry.sector, entry.code)
        head_in = m.start <= head.i < m.end
        if head_in and kinds & {"country", "seat"}:
            return ctx.resolver.entry_actor(m.entries, span_text, ctx.date, set())
        if kinds & {"country", "adjectival", "seat", "org"}:
            entry = next(e for e in m.entries if e.kind in ("country", "adjectival", "seat", "org"))
            if entry.country is None or _related_to(head, m):
                continue
            lemma = head.lemma_.lower()
            if sector is None and not head_in and lemma in roles()["generic_people"]:
                sector = "CVL"  # "two Brazilian men", "British nationals"
            if (sector is None and not head_in and head.ent_type_ not in ("NORP", "GPE")
                    and head.pos_ != "PROPN" and lemma not in roles()["country_owned"]):
                continue  # "Russian wheat": an adjective on a non-actor noun
            if sector is None and head_in and "adjectival" in kinds and head.tag_ in (
                    "NNS", "NNPS"):
                sector = "CVL"  # "thousands of Kenyans", "called on Malians": the people
            return make_actor(span_text, entry.name, entry.country, None, sector, None)
    return None


def _related_to(head, mention) -> bool:
    """"Paraguay's neighbours", "China's allies": others than the owner (``coref.yaml``:
    relations), though "his Chinese counterpart" is Chinese."""
    return head.lemma_.lower() in coref_words()["relations"] and any(
        c.dep_ == "poss" and mention.start <= c.i < mention.end for c in head.children)


def _regional_group(head, ctx: DocContext) -> list[Actor]:
    """"West African states", "European governments", "Southeast Asian foreign ministers":
    the region's organisation (``roles.yaml``: regional_groups)."""
    if head.lemma_.lower() not in roles()["regional_group_nouns"] or head.tag_ not in ("NNS",
                                                                                     "NNPS"):
        return []
    words = " ".join(t.lower_ for t in head.doc[head.left_edge.i:head.i]
                     if t.pos_ in ("ADJ", "PROPN", "NOUN")).removesuffix(" foreign")
    org = roles()["regional_groups"].get(words)
    actor = ctx.resolver.resolve(org, ctx.date) if org else None
    return [actor] if actor is not None else []


def mentions_in(tokens, ctx: DocContext) -> list[Mention]:
    seen: list[Mention] = []
    for tok in tokens:
        m = ctx.mentions.get(tok.i)
        if m is not None and m not in seen:
            seen.append(m)
    return seen
