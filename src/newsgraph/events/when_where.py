"""When and where an event happened, from the sentence around its trigger."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from ..model import Location, Status, TimeExpression, TimeSpan
from ..nlp.timex import resolve as resolve_time

_PLACE_PREPS = {"in", "at", "near", "outside", "inside"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_CLAUSES = {"xcomp", "ccomp", "advcl"}  # a trigger's own clauses keep their own times


def event_time(trigger, sent, timexes: list[TimeExpression], article_date: dt.date | None
               ) -> TimeSpan:
    """The time expression closest to the trigger within its clause, else an open span."""
    in_sent = [t for t in timexes if sent.start_char <= t.start_char < sent.end_char]
    if not in_sent:
        return TimeSpan(None, None, "approx")
    clause = {t.idx for t in trigger.head.subtree} if trigger.dep_ != "ROOT" else {
        t.idx for t in sent}
    # "ordered the envoy to leave within 48 hours": the leaving's time, not the order's
    # "condemned the emergency, and a committee will meet next week": a conjoined clause
    # with its own subject has its own time too
    # "accused Orban of using the row ...": a gerund's clause too
    embedded = {t.idx for c in trigger.children if c.dep_ in _CLAUSES or (
        c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)) or (
        c.dep_ == "prep" and any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in c.children))
        for t in c.subtree}
    # "Nicaragua, which announced last year that it would leave, rejected the text": a
    # relative clause on an argument has its own time (on the trigger noun itself, "the
    # raid, which began on Friday", it tells the trigger's)
    embedded |= {t.idx for c in trigger.children if c.dep_ != "conj" for r in c.subtree
                 if r.dep_ == "relcl" and r.head.i != trigger.i for t in r.subtree}
    # The clauses of the verbs joined to the trigger keep those verbs' times, after it
    # ("accused Warsaw ..., and said Russia would not replace the agreement, which expires
    # next year") and before it ("promised to hold a vote within 60 days, but the parties
    # dismissed the offer")
    for c in trigger.children:
        if c.dep_ == "conj" and c.pos_ == "VERB":
            embedded |= _clause_offsets(c)
    verb = trigger
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        embedded |= _clause_offsets(verb)
    in_clause = [t for t in in_sent if t.start_char in clause] or in_sent
    own = [t for t in in_clause if t.start_char not in embedded]
    if not own:
        return TimeSpan(None, None, "approx")
    best = min(own, key=lambda t: abs(t.start_char - trigger.idx))
    return best.span


def _clause_offsets(verb) -> set[int]:
    """The character offsets of the words in ``verb``'s own clauses (``_CLAUSES``)."""
    return {t.idx for c in verb.children if c.dep_ in _CLAUSES for t in c.subtree}


def long_past(noun, article_date: dt.date | None) -> bool:
    """"the 1968 Warsaw Pact invasion", "a 1977 treaty": an act named with a year two or
    more before the article's is background, not news."""
    return article_date is not None and noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("nummod", "compound", "amod", "nmod") and len(c.text) == 4
        and c.text.isdigit() and int(c.text) <= article_date.year - 2 for c in noun.children)


def event_location(trigger, chain, gazetteer, hint: str | None, actor_texts: set[str],
                   named: Collection[str] | None = None) -> Location | None:
    """A place in an ``in``/``at`` phrase on the trigger or a word governing it (a small
    town only in one of the ``named`` countries, see ``Gazetteer.lookup``)."""
    for tok in chain:
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                place = _place_name(pobj)
                if place and place not in actor_texts:
                    location = gazetteer.lookup(place, hint, named)
                    if location is not None:
                        return location
    return None


def _place_name(tok) -> str | None:
    """The named place a preposition's object is, or is in ("the city of Vladivostok")."""
    if tok.ent_type_ in _PLACE_LABELS:
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        return ent.text if ent is not None else tok.text
    for c in tok.children:
        if c.ent_type_ in _PLACE_LABELS and c.dep_ in ("compound", "appos", "pobj", "prep"):
            return _place_name(c)
        if c.dep_ == "prep" and c.lower_ == "of":
            for pobj in c.children:
                if pobj.ent_type_ in _PLACE_LABELS:
                    return _place_name(pobj)
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and c.ent_type_ in _PLACE_LABELS:
            return _place_name(c)
    return None


def time_in_the_past(when: TimeSpan, sent, timexes, article_date: dt.date) -> TimeSpan:
    """A past-tense verb's weekday read as the coming one (the sentence also speaks of a
    plan) is the last one."""
    for tx in timexes:
        if sent.start_char <= tx.start_char < sent.end_char and tx.span == when:
            return resolve_time(tx.text, article_date, future=False) or when
    return when


def default_time(when: TimeSpan, status: Status, article_date: dt.date | None) -> TimeSpan:
    """An event with no time expression: the day before the article for what occurred, open
    from the article date for the rest."""
    if when.start is not None or article_date is None:
        return when
    if status is Status.OCCURRED:
        return TimeSpan(article_date - dt.timedelta(days=1), article_date, "approx")
    return TimeSpan(article_date, None, "unknown")
