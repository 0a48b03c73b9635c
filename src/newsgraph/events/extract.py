"""Event extraction: triggers from the lexicon, actors from the parse, then status, time,
place, attribution and codes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..actors import ActorResolver, DocContext, resolve_argument
from ..actors.context import ranked_countries
from ..actors.parties import party_key, roles
from ..actors.phrases import core_tokens
from ..geo import default_gazetteer
from ..model import SYMMETRIC_TYPES, Actor, AnnotatedArticle, Event, Status, content_hash
from ..nlp.syntax import reported_speaker
from . import arguments as args
from . import nouns
from .attribution import find_attribution, is_speculative
from .codes import default_tables
from .discourse import countries_of, fired_at, judged_alike, mentioned_before, referred_doer
from .ellipsis import copied_act, copies_an_act, copy_trigger
from .fits import fits
from .lexicon import Lexicon, Trigger, default_lexicon, word_lists
from .places import PLACE_TARGET_TYPES, Places
from .recipients import (
    CROWD_TYPES,
    coordinated_target,
    event_reference,
    faces_each_other,
    first_resolved,
    generic_targets,
    home_trip,
    it_is_a_thing,
    maker_of_thing,
    nested_recipients,
    same,
)
from .slots import target_slots
from .status import (
    asked_for,
    event_status,
    futurate,
    governors,
    is_refusal,
    not_coded_when_asked,
)
from .threat_frame import as_threat, threat_status
from .unnamed import (
    announced_doer,
    asked_of_captor,
    blamed_doer,
    implicit_domestic,
    judges_of,
    members_as_body,
    raided_side,
    retaliated_against,
    undone_measure,
)
from .untargeted import untargeted
from .when_where import default_time, event_location, event_time, long_past, time_in_the_past

# "Reject, not specified below" (CAMEO 120): what a negated acceptance is.
_REFUSAL_CAMEO = "120"


@dataclass
class _Candidate:
    trigger: Trigger
    token: object
    source: Actor
    target: Actor | None
    via_coref: bool


class Extractor:
    """Turns annotated articles into events; build once, call many times."""

    def __init__(self, resolver: ActorResolver | None = None, lexicon: Lexicon | None = None
                 ) -> None:
        self.resolver = resolver or ActorResolver()
        self.lexicon = lexicon or default_lexicon()
        self.codes = default_tables()
        self.gazetteer = default_gazetteer()
        self.places = Places(self.gazetteer)

    def __call__(self, annotated: AnnotatedArticle) -> list[Event]:
        doc, article = annotated.doc, annotated.article
        mentions = self.resolver.find_mentions(doc)
        ctx = DocContext(self.resolver, article.date, mentions, annotated.coref)
        ctx.dateline = self.places.dateline_country(article.text, ctx.named)
        # "MEXICO CITY - ... Bishop Samuel Ruiz of San Cristobal": Mexico's, not Venezuela's
        towns = self.places.towns(doc, mentions, ctx)
        ctx.countries = ranked_countries(mentions, [c for _, c in towns], ctx.dateline,
                                         article.date)
        ctx.towns = {i: c for ent, c in towns for i in range(ent.start, ent.end)}
        events: list[Event] = []
        seen: set[tuple] = set()
        for index, sent in enumerate(doc.sents):
            for cand in self._candidates(sent, index, ctx):
                event = self._event(cand, index, sent, annotated, ctx)
                key = (index, event.type, party_key(event.source),
                       event.target and party_key(event.target), event.status)
                if key not in seen:
                    seen.add(key)
                    events.append(event)
                    ctx.events.append(event)
        return events

    # -- candidates ---------------------------------------------------------------------
    def _candidates(self, sent, index: int, ctx: DocContext) -> Iterator[_Candidate]:
        """Candidates token by token, lazily: an event found earlier in the sentence is in
        ``ctx.events`` for the tokens after it ("accused X, a charge Y rejected")."""
        threats: set[int] = set()  # "threatened to reimpose sanctions": the threat only
        for tok in sent:
            # "is due in Reykjavik": a predicate adjective is read as a verb
            pos = "VERB" if tok.pos_ in ("VERB", "AUX") or (
                tok.pos_ == "ADJ" and tok.dep_ == "acomp") else "NOUN" if tok.pos_ in (
                "NOUN", "PROPN") else None
            if pos is None or (threats and any(g.i in threats for g in governors(tok)[1:])):
                continue
            if tok.dep_ == "compound" and nouns.package_head(tok) is tok or (
                    pos == "NOUN" and long_past(tok, ctx.date)):
                continue  # "riot police", "protest leaders": a modifier, not an event;
                # "the 1968 invasion": history
            if pos == "VERB" and copies_an_act(tok):  # "Japan and Australia followed"
                yield from self._copied(tok, index, ctx)
                continue
            lemma = tok.lemma_.lower()
            asked = asked_for(tok)
            for trigger in self.lexicon.lookup(lemma, pos):  # the first entry that codes wins
                if asked and not_coded_when_asked(trigger):
                    continue
                trigger = as_threat(tok, trigger) or trigger
                fitting = fits(tok, trigger)
                pairs = self._pairs(tok, trigger, ctx) if fitting else []
                if pairs:
                    if trigger.type == "THREATEN":
                        threats.add(tok.i)
                    yield from pairs
                    break
                if fitting and " " in trigger.lemma and pos == "NOUN":
                    break  # "a formal protest" with no recipient is still no street protest

    def _copied(self, tok, index: int, ctx: DocContext) -> list[_Candidate]:
        doer = args.verb_source(tok)
        sources = first_resolved([doer], ctx) if doer is not None else []
        model = copied_act(tok, sources, index, ctx.events) if sources else None
        if model is None:
            return []
        trigger = copy_trigger(tok, model)
        return [_Candidate(trigger, tok, s, model.target, False) for s in sources]

    def _pairs(self, tok, trigger: Trigger, ctx: DocContext) -> list[_Candidate]:
        if trigger.pos == "VERB":
            obj = args.verb_object(tok)
            # "Ethiopia said it was disappointed by the U.S.": whoever feels it
            doer = args.child(tok, "nsubjpass") if trigger.felt and args.is_passive(tok) else (
                args.verb_source(tok))
            source_heads = [doer] if doer is not None else []
        else:
            obj = nouns.package_head(tok)  # "the bloc's sanctions regime against Belarus"
            source_heads = ([] if obj is tok else  # "a wave of Israeli air strikes"
                            nouns.noun_sources(tok, trigger.source, light=False)
                            ) + nouns.noun_sources(obj, trigger.source,
                                                  frames=trigger.type in SYMMETRIC_TYPES)
            pair = nouns.between(obj)
            if nouns.names_a_pair(pair):
                return self._symmetric(tok, trigger, pair, ctx)
        target_heads = target_slots(obj if trigger.pos == "NOUN" else tok, trigger, obj)
        if trigger.pos == "NOUN":
            target_heads += nouns.noun_subject_targets(obj)
        sources = self._sources(tok, trigger, obj, source_heads, ctx) or (
            self._unnamed_doer(tok, trigger, ctx) if trigger.pos == "NOUN" else
            announced_doer(tok, trigger, ctx)) or (
            blamed_doer(tok, ctx) or retaliated_against(tok, ctx)
            if trigger.type == "ASSAULT" else [])
        if not sources:
            undone = undone_measure(tok, trigger, obj, self.lexicon, ctx)
            return [_Candidate(trigger, tok, undone.source, undone.target, False)] if undone else []
        # "accused each other", "fired on each other", "strikes on each other's territory"
        if (trigger.pos == "VERB" and args.is_reciprocal(obj)) or any(
                args.is_reciprocal(h) for h in target_heads):
            return [_Candidate(trigger, tok, a, b, False) for a in sources for b in sources
                    if not same(a, b)]
        # "Indian and Pakistani troops traded fire in Kashmir": at each other, not the place
        between_doers = trigger.mutual and not target_heads and len(countries_of(sources)) >= 2
        targets = [] if between_doers else self._targets(tok, trigger, target_heads, sources,
                                                         ctx, obj)
        via_coref = any(h.i in ctx.coref for h in source_heads + target_heads)
        if not targets:
            return [_Candidate(trigger, tok, s, t, via_coref)  # never one party with itself
                    for s, t in untargeted(tok, trigger, sources, ctx, self.places,
                                               self.lexicon)
                    if t is None or s.country or s.entity != t.entity]
        pairs = [(s, t) for s in sources for t in targets
                 if not same(s, t) and not home_trip(trigger, s, t)] or [
            (s, t) for s in sources for t in targets if trigger.at_home and s.country
            and t.country == s.country]  # "Jeenbekov declared an emergency in the capital"
        if faces_each_other(trigger.type, source_heads, sources, targets):
            # "both countries rushed reinforcements to the frontier": each the other's
            pairs = [(a, b) for a in sources for b in sources if a.country != b.country]
        if trigger.inverse:  # "received weapons from X": X gives
            pairs = [(t, s) for s, t in pairs]
        if trigger.mutual:  # "clashed with": violence both ways
            pairs += [(t, s) for s, t in pairs]
        found = [_Candidate(trigger, tok, s, t, via_coref) for s, t in pairs]
        reverse = self._reverse(trigger)
        return found + [_Candidate(reverse, tok, t, s, via_coref)
                        for s, t in pairs] if reverse else found

    def _refusal(self, trigger: Trigger) -> Trigger:
        """The REJECT entry a negated acceptance becomes ("said it could not accept the
        terms")."""
        type_, mode = self.codes.to_plover(_REFUSAL_CAMEO)
        return replace(trigger, type=type_, mode=mode, cameo=_REFUSAL_CAMEO)

    def _reverse(self, trigger: Trigger) -> Trigger | None:
        """The entry of the reverse event ("visited X": X hosted), if the entry has one."""
        if not trigger.reverse_cameo:
            return None
        type_, mode = self.codes.to_plover(trigger.reverse_cameo)
        return replace(trigger, type=type_, mode=mode, cameo=trigger.reverse_cameo,
                       reverse_cameo=None) if type_ else None

    def _unnamed_doer(self, noun, trigger: Trigger, ctx: DocContext) -> list[Actor]:
        """An event noun with no doer of its own: the doer of the earlier event it refers
        to, or for shared events the speaker ("Iran said cooperation could resume")."""
        readings = self.lexicon.types_of(noun, "NOUN")
        judges = judges_of(noun, self.lexicon, ctx)  # "Zimbabwe dismissed the measures"
        doer = referred_doer(noun, trigger.type, [e for e in ctx.events if e.source.country
                                                  not in judges], readings)
        shared = trigger.type in SYMMETRIC_TYPES and noun.dep_ in ("nsubj", "nsubjpass") and not (
            args.prep_objects(noun, "between"))  # "relations between the two": not the speaker's
        speaker = reported_speaker(noun) if shared else None
        return doer or (first_resolved([speaker], ctx) if speaker is not None else [])

    def _sources(self, tok, trigger: Trigger, obj, heads: list, ctx: DocContext
                 ) -> list[Actor]:
        sources = first_resolved(heads, ctx) or members_as_body(tok, heads, ctx)
        # "Russian troops were deployed"; a retreat only in the passive ("units were pulled back")
        if not sources and obj is not None and (trigger.obj_source or (
                trigger.named_obj_source and any(t.i in ctx.mentions for t in core_tokens(obj)))
                ) and (trigger.type != "RETREAT" or obj.dep_ == "nsubjpass"):
            sources = resolve_argument(obj, ctx)
        generic = roles()["generic_people"] | roles()["quantities"]
        # "hundreds of people"; "government supporters attacked a camp of demonstrators"
        # (a crowd that attacks is named, and so are the people it attacks: "killed in a
        # strike" is no crowd's act, "crowds burned its embassy" no domestic one)
        # ("Pakistan summoned the ambassador to protest", tagged a noun, is no crowd's)
        governing = args.child(tok.head, "nsubj") if args.is_infinitive(tok) else None
        if not sources and all(h.lemma_.lower() in generic for h in heads) and (
                governing is None or governing.lemma_.lower() in generic) and (
                trigger.type not in CROWD_TYPES or heads and args.object_lemmas(obj) & (
                    roles()["generic_people"] | roles()["generic_places"])):
            sources = implicit_domestic(tok, trigger, self.places, ctx)
        if trigger.subject_sector and not any(s.sector in trigger.subject_sector
                                              for s in sources):
            return []
        return sources

    def _targets(self, tok, trigger: Trigger, heads: list, sources: list[Actor],
                 ctx: DocContext, obj=None) -> list[Actor]:
        """The recipients, from the most to the least direct evidence."""
        raided = raided_side(tok, trigger, ctx)
        if raided and not any(t.ent_type_ in ("GPE", "NORP", "PERSON", "ORG")
                              for h in heads for t in h.subtree):
            return raided  # unnamed people killed in a raid on a named side are its people
        exclude = sources + ([  # a threat never aims at the threatener's own state
            ctx.resolver.country_actor(s.country, None) for s in sources
            if s.country and party_key(s)[1] is None] if trigger.type == "THREATEN" else [])
        # "India and China agreed to pull back from a plateau claimed by Bhutan": from
        # each other, not from whoever a phrase inside the place names
        mutual = trigger.type == "RETREAT" and len({s.country for s in sources}) >= 2
        if mutual:
            heads = [h for h in heads if h.pos_ != "NOUN"]
        nested = [] if mutual else nested_recipients(heads, trigger, self.lexicon)
        named = asked_of_captor(trigger.type, heads, first_resolved(heads, ctx, exclude=exclude)
                                or first_resolved(nested, ctx, exclude=exclude), sources,
                                ctx.events)
        objects = [h for h in heads if h.dep_ not in ("nsubj", "nsubjpass")]
        resolved = first_resolved(objects, ctx)
        if it_is_a_thing(trigger, objects, resolved, sources):
            # "praised the deal, and Britain welcomed it": "it" is the deal, not Britain
            if tok.dep_ != "conj":  # "India welcomed the accord. The US also welcomed it"
                return judged_alike(tok, trigger.type, sources, ctx.events)
            named, resolved = [], []
            heads = args.children(tok.head, "dobj")
        if named or mutual or resolved:
            return named  # a named recipient that is the doer itself: no guessing
        # "demanded an end to the bombing": the bombing's doer; not "condemned the attack
        # in a statement" (where it was said, not what), nor "asked for help" (to come)
        ending = word_lists("threats")["ending_nouns"]
        asked = ("in", "for") if trigger.type == "REQUEST" else ("in",)
        referred = [h for h in heads if not (h.dep_ == "pobj" and h.head.lower_ in asked)] + [
            n for h in heads if h.lemma_.lower() in ending for n in args.prep_objects(h, "to")]
        if obj is not None and obj is not tok and trigger.type in word_lists("threats")[
                "reply_types"]:
            referred = heads + [obj]  # "dismissed the accusation": whoever made it
        # "called on the Maoists": a name the knowledge base lacks is still a recipient
        own_name = any(h.pos_ == "PROPN" for h in objects)
        nested = event_reference(self.lexicon, referred, ctx, sources) or (
            [] if own_name else coordinated_target(tok, trigger, sources, self.lexicon, ctx)
        ) or maker_of_thing(tok, heads, ctx, sources)
        if nested:
            return nested
        # "fired back at the area": at whoever fired first, not where the shells fell
        answered = fired_at(tok, trigger.type, trigger.lemma, sources, ctx.events)
        if answered is not None:
            return [answered]
        generic = generic_targets(heads, sources, ctx, trigger.type)
        act = trigger.threatened_type or trigger.type  # "threatened to fire on Korean ships"
        place = self.places.targets(heads, tok, act, sources, ctx,
                                   around=not trigger.prep_required)
        # "Israeli strikes killed 20 people in Rafah": the place says whose people they are
        return (place or generic) if act in PLACE_TARGET_TYPES else (generic or place)

    def _symmetric(self, tok, trigger: Trigger, pair: list, ctx: DocContext) -> list[_Candidate]:
        actors = [a for head in pair for a in resolve_argument(head, ctx, follow_conj=False)]
        if len(actors) < 2:
            return []
        pairs = [(actors[0], t) for t in actors[1:] if not same(actors[0], t)]
        if trigger.mutual:  # "fighting between X and Y": each fought the other
            pairs += [(t, a) for a, t in pairs]
        return [_Candidate(trigger, tok, a, t, False) for a, t in pairs]

    # -- building the event -------------------------------------------------------------
    def _event(self, cand: _Candidate, index: int, sent, annotated: AnnotatedArticle,
               ctx: DocContext) -> Event:
        article = annotated.article
        trigger, tok = cand.trigger, cand.token
        when = event_time(tok, sent, annotated.timexes, article.date)
        past = tok.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in tok.children)
        if past and when.start and article.date and when.start > article.date:  # "was holding"
            when = time_in_the_past(when, sent, annotated.timexes, article.date)
        said = trigger.future_only or trigger.said_only
        status = threat_status(tok) if said else event_status(
            tok, when.start if when.precision != "approx" else None, article.date)
        ahead = when.start and article.date and when.start > article.date + dt.timedelta(days=1)
        if status is Status.OCCURRED and (ahead or futurate(tok, when, article.date)):
            status = Status.PLANNED
        if status is Status.OCCURRED and when.precision == "approx" and tok.pos_ != "VERB":
            earlier = mentioned_before(tok, trigger.type, cand.source, cand.target, ctx.events)
            status = earlier.status if earlier is not None else status  # the same event
        if status is Status.NEGATED and is_refusal(tok, trigger.type):
            trigger, status = self._refusal(trigger), Status.OCCURRED  # "could not accept"
        attribution = find_attribution(tok, ctx)
        if status is Status.PLANNED and is_speculative(attribution):
            status = Status.POSSIBLE  # "will seek aid, according to the experts"
        when = default_time(when, status, article.date)
        plover = self.codes.plover(trigger.type, trigger.mode)
        lemmas = [t.lemma_.lower() for t in sent]  # in order: keywords of several words
        location = event_location(tok, governors(tok), self.gazetteer,
                                  cand.target.country if cand.target else None,
                                  {cand.source.text, cand.target.text if cand.target else ""},
                                  ctx.named)
        if location is None and cand.target and (
                trigger.type in PLACE_TARGET_TYPES or trigger.mode == "visit"):
            hit = self.gazetteer.lookup(cand.target.text, named=ctx.named)  # "visited Kyiv"
            location = hit if hit is not None and hit.name == cand.target.text else None
        if location is None:  # a visit happens in the host's country, a hosting at home
            host = {"visit": cand.target, "host": cand.source}.get(trigger.mode or "")
            if host is not None and host.country:
                location = self.gazetteer.lookup(ctx.resolver.kb.countries.get(
                    host.country, host.country))
        event_id = content_hash(article.id, str(index), str(tok.i), trigger.type,
                                cand.source.entity or "", cand.target.entity
                                if cand.target else "")
        return Event(
            event_id=event_id, article_id=article.id, article_date=article.date,
            sentence_index=index, evidence=_original(sent, article.text), type=trigger.type,
            mode=trigger.mode, context=self.codes.contexts(lemmas), cameo=trigger.cameo,
            status=status, source=cand.source, target=cand.target,
            attribution=attribution, date=when, location=location,
            score=plover.score, goldstein=self.codes.goldstein(trigger.cameo),
            confidence=_confidence(cand, status), trigger=tok.text,
            span=(sent.start_char, sent.end_char),
        )


def _original(sent, text: str) -> str:
    """The sentence as the article wrote it (the parsed text folds some capitals)."""
    last = sent.doc[-1]  # the parsed text's length, without joining it again
    if last.idx + len(last.text_with_ws) != len(text):
        return sent.text.strip()
    return text[sent.start_char:sent.end_char].strip()


def _confidence(cand: _Candidate, status: Status) -> float:
    score = 0.45
    score += 0.2 if cand.source.name and (cand.source.country or cand.source.org) else 0.0
    score += 0.2 if cand.target is not None else 0.0
    score += 0.1 if cand.trigger.pos == "VERB" else 0.05
    score -= 0.15 if cand.via_coref else 0.0
    score -= 0.05 if status is Status.POSSIBLE else 0.0
    return max(0.05, min(0.99, score))


_default: Extractor | None = None


def extract(annotated: AnnotatedArticle) -> list[Event]:
    """Events in one annotated article (uses a shared default :class:`Extractor`)."""
    global _default
    if _default is None:
        _default = Extractor()
    return _default(annotated)
