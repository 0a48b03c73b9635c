"""Event extraction: triggers from the lexicon, actors from the parse, then status, time,
place, attribution and codes."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from ..actors import ActorResolver, DocContext, resolve_argument
from ..actors.phrases import roles
from ..actors.resolver import make_actor
from ..geo import default_gazetteer
from ..model import SYMMETRIC_TYPES, Actor, AnnotatedArticle, Event, Status, TimeSpan, content_hash
from . import arguments as args
from .attribution import find_attribution
from .codes import default_tables
from .lexicon import Lexicon, Trigger, default_lexicon, word_lists
from .status import event_status, governors
from .when_where import event_location, event_time

# Types whose events are coded without a recipient when none is named.
_NO_TARGET_TYPES = {"PROTEST", "MOBILIZE"}


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

    def __call__(self, annotated: AnnotatedArticle) -> list[Event]:
        doc, article = annotated.doc, annotated.article
        mentions = self.resolver.find_mentions(doc)
        ctx = DocContext(self.resolver, article.date, mentions, annotated.coref,
                         main_country=_main_country(mentions))
        events: list[Event] = []
        seen: set[tuple] = set()
        for index, sent in enumerate(doc.sents):
            for cand in self._candidates(sent, ctx):
                event = self._event(cand, index, sent, annotated, ctx)
                key = (index, event.type, event.source.entity, event.target.entity
                       if event.target else None, event.status)
                if key not in seen:
                    seen.add(key)
                    events.append(event)
                    ctx.events.append(event)
        return events

    # -- candidates ---------------------------------------------------------------------
    def _candidates(self, sent, ctx: DocContext) -> list[_Candidate]:
        found: list[_Candidate] = []
        for tok in sent:
            pos = "VERB" if tok.pos_ in ("VERB", "AUX") else "NOUN" if tok.pos_ in (
                "NOUN", "PROPN") else None
            if pos is None:
                continue
            lemma = tok.lemma_.lower()
            for trigger in self.lexicon.lookup(lemma, pos):
                if not _fits(tok, trigger):
                    continue
                found.extend(self._pairs(tok, trigger, ctx))
        return found

    def _pairs(self, tok, trigger: Trigger, ctx: DocContext) -> list[_Candidate]:
        if trigger.pos == "VERB":
            obj = args.verb_object(tok)
            source_heads = [h for h in (args.verb_source(tok),) if h is not None]
        else:
            obj = tok
            source_heads = args.noun_sources(tok, trigger.source)
            pair = args.between(tok)
            if len(pair) >= 2:
                return self._symmetric(tok, trigger, pair, ctx)
        target_heads = args.target_slots(tok, trigger, obj)
        if trigger.pos == "NOUN":
            target_heads += args.noun_subject_targets(tok)
        sources = _first_resolved(source_heads, ctx)
        if not sources and trigger.obj_source and obj is not None:
            sources = resolve_argument(obj, ctx)  # "Russian troops were deployed"
        if not sources and not source_heads:
            sources = self._implicit_domestic(tok, trigger, ctx)
        if not sources:
            return []
        if trigger.subject_sector and not any(s.sector in trigger.subject_sector
                                              for s in sources):
            return []
        targets = (_first_resolved(target_heads, ctx, exclude=sources)
                   or self._event_reference(target_heads, ctx)
                   or _first_resolved(args.nested_objects(target_heads), ctx)
                   or _generic_targets(target_heads, sources, ctx)
                   or self._place_targets(target_heads, tok, trigger, ctx))
        via_coref = any(h.i in ctx.coref for h in source_heads + target_heads)
        if not targets:
            if trigger.type in SYMMETRIC_TYPES and len(sources) >= 2:  # "A, B and C met"
                return [_Candidate(trigger, tok, a, b, via_coref)
                        for i, a in enumerate(sources) for b in sources[i + 1:]
                        if (a.entity, a.sector, a.name) != (b.entity, b.sector, b.name)]
            place = (self._place_country(tok)
                     if trigger.type in ("MOBILIZE", "PROTEST") else None)
            if trigger.type == "PROTEST" and (place or sources[0].country):
                # protesters address the government where they march ("in Beijing")
                country = place or sources[0].country
                name = ctx.resolver.kb.countries.get(country, country)
                government = make_actor(name, name, country, None, "GOV", None)
                return [_Candidate(trigger, tok, s, government, via_coref) for s in sources]
            if place is not None:  # "deployed troops in southern Lebanon"
                name = ctx.resolver.kb.countries.get(place, place)
                where = make_actor(name, name, place, None, None, None)
                return [_Candidate(trigger, tok, s, where, via_coref) for s in sources]
            if not trigger.prep_required and (
                    trigger.no_target_ok or trigger.type in _NO_TARGET_TYPES):
                return [_Candidate(trigger, tok, s, None, via_coref) for s in sources]
            return []
        pairs = [(s, t) for s in sources for t in targets if not _same(s, t)]
        if trigger.inverse:  # "received weapons from X": X gives
            pairs = [(t, s) for s, t in pairs]
        if trigger.mutual:  # "clashed with": violence both ways
            pairs += [(t, s) for s, t in pairs]
        return [_Candidate(trigger, tok, s, t, via_coref) for s, t in pairs]

    def _event_reference(self, heads: list, ctx: DocContext) -> list[Actor]:
        """"condemned the attack": the doer of the event the noun refers to, named on the
        noun ("Russia's attack") or in an earlier event of the same type."""
        for head in heads:
            lemma = head.lemma_.lower()
            types = {t.type for t in self.lexicon.lookup(lemma, "NOUN")}
            if not types and lemma not in roles()["event_nouns"]:
                continue
            named = _first_resolved(args.noun_sources(head, ("from",), light=False), ctx)
            if named:
                return named
            if not types and ctx.events:
                return [ctx.events[-1].source]  # "condemned the decision"
            for event in reversed(ctx.events):
                if event.type in types:
                    return [event.source]
        return []

    def _implicit_domestic(self, tok, trigger: Trigger, ctx: DocContext) -> list[Actor]:
        """Unnamed doers of domestic events: "300 people were arrested" (the police),
        "weeks of street protests" (citizens), in the country where it happens."""
        sector = _IMPLICIT_SECTOR.get(trigger.type)
        if sector is None or (trigger.pos == "VERB" and not args.is_passive(tok)):
            return []
        country = self._place_country(tok) or ctx.main_country
        if country is None:
            return []
        name = ctx.resolver.kb.countries.get(country, country)
        return [make_actor(name, name, country, None, sector, None)]

    def _place_country(self, tok) -> str | None:
        for owner in (tok, args.light_verb(tok) if tok.pos_ != "VERB" else None):
            if owner is None:
                continue
            for head in (h for w in _PLACE_PREPS for h in args.prep_objects(owner, w)):
                name = " ".join(t.text for t in head.subtree if t.dep_ in ("compound", "amod")
                                and t.i < head.i and t.ent_type_) + " " + head.text
                place = (self.gazetteer.lookup(name.strip()) or self.gazetteer.lookup(head.text)
                         or self._adjective_country(head))
                if place is not None and place.country:
                    return place.country
        return None

    def _adjective_country(self, head):
        """"southern Lebanon" parses as a modified place; "the Polish border" names Poland."""
        for tok in head.subtree:
            place = self.gazetteer.lookup(tok.text) if tok.ent_type_ in ("GPE", "LOC") else None
            if place is not None and place.country:
                return place
        return None

    def _place_targets(self, heads: list, tok, trigger: Trigger, ctx: DocContext
                       ) -> list[Actor]:
        """A town as the target stands for its country ("shelled Kharkiv"); violence with
        no named victim is directed at the country where it happens."""
        if trigger.type in _PLACE_TARGET_TYPES:
            obj = args.verb_object(tok) if trigger.pos == "VERB" else None
            heads = heads + [h for owner in (tok, obj) if owner is not None
                             for w in ("in", "at", "near") for h in args.prep_objects(owner, w)]
        for head in heads:
            if head.pos_ != "PROPN" or (head.ent_type_ == "PERSON" and not _single(head)):
                continue
            name = next((e.text for e in head.doc.ents if e.start <= head.i < e.end), head.text)
            place = self.gazetteer.lookup(name)
            if place is not None and place.country:
                kb = ctx.resolver.kb
                return [make_actor(name, kb.countries.get(place.country, place.country),
                                   place.country, None, None, None)]
        return []

    def _symmetric(self, tok, trigger: Trigger, pair: list, ctx: DocContext) -> list[_Candidate]:
        actors = [a for head in pair for a in resolve_argument(head, ctx, follow_conj=False)]
        if len(actors) < 2:
            return []
        return [_Candidate(trigger, tok, actors[0], t, False) for t in actors[1:]
                if not _same(actors[0], t)]

    # -- building the event -------------------------------------------------------------
    def _event(self, cand: _Candidate, index: int, sent, annotated: AnnotatedArticle,
               ctx: DocContext) -> Event:
        article = annotated.article
        trigger, tok = cand.trigger, cand.token
        when = event_time(tok, sent, annotated.timexes, article.date)
        status = event_status(tok, when.start if when.precision != "approx" else None,
                              article.date)
        if status is Status.OCCURRED and when.start and article.date and (
                when.start > article.date + dt.timedelta(days=1)):
            status = Status.PLANNED
        when = _default_time(when, status, article.date)
        plover = self.codes.plover(trigger.type, trigger.mode)
        lemmas = {t.lemma_.lower() for t in sent}
        location = event_location(tok, governors(tok), self.gazetteer,
                                  cand.target.country if cand.target else None,
                                  {cand.source.text, cand.target.text if cand.target else ""})
        event_id = content_hash(article.id, str(index), str(tok.i), trigger.type,
                                cand.source.entity or "", cand.target.entity
                                if cand.target else "")
        return Event(
            event_id=event_id, article_id=article.id, article_date=article.date,
            sentence_index=index, evidence=sent.text.strip(), type=trigger.type,
            mode=trigger.mode, context=self.codes.contexts(lemmas), cameo=trigger.cameo,
            status=status, source=cand.source, target=cand.target,
            attribution=find_attribution(tok, ctx), date=when, location=location,
            score=plover.score, goldstein=self.codes.goldstein(trigger.cameo),
            confidence=_confidence(cand, status), trigger=tok.text,
            span=(sent.start_char, sent.end_char),
        )


def _fits(tok, trigger: Trigger) -> bool:
    """The lexicon's conditions on the trigger's own dependents."""
    if trigger.particle and not any(c.lower_ == trigger.particle for c in tok.children):
        return False
    if trigger.pos == "NOUN" and " " in trigger.lemma:
        words = trigger.lemma.split()
        before = [t.lower_ for t in tok.doc[max(tok.i - len(words) + 1, 0): tok.i]]
        if before != words[:-1]:
            return False
    obj = args.verb_object(tok) if trigger.pos == "VERB" else None
    if trigger.obj and not (args.object_lemmas(obj) & trigger.obj):
        return False
    if trigger.no_obj and obj is not None:
        return False
    if trigger.not_with and any(
            c.dep_ in ("prep", "dative") and c.lower_ in trigger.not_with
            and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
            for owner in (tok, obj) if owner is not None for c in owner.children):
        return False
    if trigger.not_after:
        light = args.light_verb(tok)
        if light is not None and light.lemma_.lower() in trigger.not_after:
            return False  # "lodged a protest" is a diplomatic complaint, not a street protest
    if trigger.obj_entity and not _entity_like(obj):
        return False
    if trigger.obj_entity_or_poss and not (_entity_like(obj) or (obj is not None and (
            obj.lemma_.lower() in roles()["country_owned"] or any(
                c.dep_ in ("poss", "amod", "compound") and _entity_like(c)
                for c in obj.children)))):
        return False  # "struck the deal" is no attack; "struck Kyiv", "hit Iran's bases" are
    if trigger.requires_prep and not any(c.lower_ == trigger.requires_prep
                                         for c in tok.children):
        return False
    if trigger.requires_threat:
        threats = word_lists("threats")["threat_words"]
        return any(t.lemma_.lower() in threats for t in tok.subtree if t.i != tok.i)
    return True


def _entity_like(tok) -> bool:
    return tok is not None and (tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in (
        "GPE", "NORP", "ORG", "PERSON"))


def _first_resolved(heads: list, ctx: DocContext, exclude: list[Actor] = ()) -> list[Actor]:
    """Actors of the first head that resolves (heads come in order of preference), leaving
    out the ``exclude`` actors ("X warned that X would ..." is aimed at someone else)."""
    for head in heads:
        actors = [a for a in resolve_argument(head, ctx)
                  if not any(_same(a, other) for other in exclude)]
        if actors:
            return actors
    return []


def _generic_targets(heads: list, sources: list[Actor], ctx: DocContext) -> list[Actor]:
    """"police detained 200 people": unnamed people belong to the source's country."""
    for head in heads:
        if head.lemma_.lower() in roles()["generic_people"] and sources[0].country:
            sector = ctx.resolver.sector_of([head]) or "CVL"
            country = sources[0].country
            return [make_actor(head.text, ctx.resolver.kb.countries.get(country, country),
                               country, None, sector, None)]
    return []


_PLACE_TARGET_TYPES = {"ASSAULT", "COERCE"}
_PLACE_PREPS = ("in", "across", "at", "to", "into", "along", "near", "on")
# Types whose unnamed doer is assumed domestic, with the doer's sector.
_IMPLICIT_SECTOR = {"COERCE": "COP", "PROTEST": "CVL"}


def _single(head) -> bool:
    """A one-word name (NER sometimes calls a town a person: "Kharkiv")."""
    return not any(c.dep_ in ("compound", "flat") for c in head.children)


def _same(a: Actor, b: Actor) -> bool:
    """Self-directed pairs are dropped unless they are two named parts of one country
    (police and protesters, a court and an opposition leader)."""
    if a.entity != b.entity:
        return False
    return a.sector is None or b.sector is None or a.sector == b.sector


def _main_country(mentions) -> str | None:
    counts = Counter(e.country for m in {id(m): m for m in mentions.values()}.values()
                     for e in m.entries[:1] if e.country)
    return counts.most_common(1)[0][0] if counts else None


def _default_time(when: TimeSpan, status: Status, article_date: dt.date | None) -> TimeSpan:
    if when.start is not None or article_date is None:
        return when
    if status is Status.OCCURRED:
        return TimeSpan(article_date - dt.timedelta(days=1), article_date, "approx")
    return TimeSpan(article_date, None, "unknown")


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
