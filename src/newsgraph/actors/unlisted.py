"""People the knowledge base does not list: whose they are, from their title, the
article's dateline and the countries it names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Actor
from ..nlp.syntax import previous_sentence
from .frames import frame_country
from .parties import roles
from .resolver import make_actor

if TYPE_CHECKING:
    from .context import DocContext


def unknown_person(head, tokens, span_text, sector, hints, ctx) -> Actor | None:
    """A person missing from the knowledge base: keep them if their country is known, or if
    they hold an office whose holder the KB does not know in the dateline's country (or in
    the only country the article names without one)."""
    people = [t for t in tokens if t.ent_type_ == "PERSON"]
    if not people:
        return None
    country = next(iter(hints)) if len(hints) == 1 else None
    if country is None and not hints:  # "Prime Minister Allan Kemakeza", not "X, the
        title = [t for c in head.lefts if c.dep_ == "compound" for t in c.subtree
                 if not t.is_space]
        country = _uncovered_office(head, title, ctx) or (  # region's president"
            # "BAGHDAD - Deputy Prime Minister Tariq Aziz": an office the KB does not
            # record, held in the dateline's country
            ctx.dateline if title and title[0].lower_ in roles()["deputy_titles"] else None
        ) or _cabinet_office(head, title, ctx) or _ministry_voice(head, title, ctx)
    if country is None:
        return None
    name = " ".join(t.text for t in people)
    return make_actor(span_text, name, country, None, sector or "GOV", None)


def untitled_person(head, ctx: DocContext) -> list[Actor]:
    """"KABUL - ... shuttling between Abdullah Abdullah and Ashraf Ghani": someone the
    knowledge base lacks, named with no title or country, in a story datelined where it
    mostly happens, is of that country (a last resort)."""
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.ent_type_ == "PERSON":
        from .phrases import resolve_single  # phrases resolves unknown people through here

        return resolve_single(head.head, ctx)  # "the U.S. envoy Howard Wolpe": the envoy's
    if head.ent_type_ != "PERSON" or head.pos_ != "PROPN" or any(
            c.dep_ == "compound" and c.ent_type_ != "PERSON" for c in head.lefts) or (
            ctx.dateline is None or ctx.dateline != ctx.main_country or head.i in ctx.mentions):
        return []
    name = " ".join([*(t.text for t in head.lefts if t.ent_type_ == "PERSON"), head.text])
    return [make_actor(head.text, name, ctx.dateline, None, "ELI", None)]


def _cabinet_office(head, title: list, ctx: DocContext) -> str | None:
    """"SEOUL - Trade Minister Sung Yun-mo": a cabinet office the KB does not record (not
    "Foreign Minister"), held in the country the paragraph is set in ("In Beirut, Interior
    Minister ..."), else in the dateline's when the story is mostly about it."""
    title = [t for t in title if t.ent_type_ != "PERSON" and t.is_alpha]
    if not title or title[-1].lemma_.lower() not in roles()["cabinet_titles"] or (
            " ".join(t.lower_ for t in title) in roles()["kb_title_roles"]):
        return None
    return frame_country(head, ctx) or (
        ctx.dateline if ctx.dateline == ctx.main_country else None)


def _ministry_voice(head, title: list, ctx: DocContext) -> str | None:
    """"BEIJING - ... Foreign Ministry spokesman Zhu Bangzao said": a ministry's spokesman
    is of the country the paragraph is set in ("In Moscow, foreign ministry spokeswoman
    ..."), else of the dateline's country, unless the sentence before is led by another
    country ("Ethiopia denied it. Foreign ministry spokesman Dina Mufti said"): then of
    that one."""
    if not any(t.lemma_.lower() in roles()["title_offices"] for t in title) or not ctx.dateline:
        return None
    framed = frame_country(head, ctx)
    if framed is not None:
        return framed
    led = _led_before(head, ctx)
    others = led - {None, ctx.dateline}
    if not others:
        return ctx.dateline
    return others.pop() if len(others) == 1 and None not in led else None


def _led_before(head, ctx: DocContext) -> set[str | None]:
    """The countries of the subject of the sentence before ``head``'s."""
    from .phrases import resolve_argument  # phrases resolves unknown people through here

    before = previous_sentence(head)
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None) if (
        before is not None) else None
    return {a.country for a in resolve_argument(subject, ctx)} if subject is not None else set()


def _uncovered_office(head, tokens, ctx: DocContext) -> str | None:
    """"HONIARA - Prime Minister Allan Kemakeza ...": the country the article names whose
    holder of the title's office the KB does not record on the article's date (the
    dateline's country if it is one of several such, else the one that leads the sentence
    before: "North Macedonia's Prime Minister said ... Foreign Minister Bujar Osmani")."""
    words = [t.lower_ for t in tokens]
    titles = roles()["kb_title_roles"]
    # the longest title opening the phrase: "Prime Minister" (Fiame ...), "President" (Sir
    # ...); not "Foreign Ministry spokesman" or "Vice President"
    office = next((titles[" ".join(words[:n])] for n in range(len(words), 0, -1)
                   if " ".join(words[:n]) in titles), None)
    if office is None:
        return None
    unknown = [c for c in ctx.countries if not ctx.resolver.kb.knows_holder(c, office, ctx.date)]
    if ctx.dateline in unknown:
        return ctx.dateline
    if len(unknown) > 1:
        led = _led_before(head, ctx) & set(unknown)
        return led.pop() if len(led) == 1 else None
    return unknown[0] if unknown else None
