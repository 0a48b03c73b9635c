"""Where a clause or paragraph is set ("In Athens, police ...", "Inside Bolivia, ...",
"thousands stormed parliament in Yerevan"): the country of the places it names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.syntax import governing_verb, sentence_before_in_paragraph
from .acted_on import clause_subject
from .parties import roles

if TYPE_CHECKING:
    from .context import DocContext

# Prepositions that set where a clause or paragraph happens ("Inside Bolivia, ...").
_FRAME_PREPS = ("in", "inside", "across", "throughout", "through")


def frame_country(head, ctx: DocContext) -> str | None:
    """The country a paragraph is set in by a sentence opening "In Bolivia," or "Inside
    Bolivia," at or before the head's sentence (or, in the head's own sentence, "Outside
    the embassy in Seoul,"), unless it is where a named speaker appeals to the head from."""
    country = _framing_country(head, ctx)
    return None if country is None or _appealed_to_from(head, country, ctx) else country


def _framing_country(head, ctx: DocContext) -> str | None:
    opening = head.sent[0]  # "Outside the Japanese embassy in Seoul, activists rallied"
    if opening.lower_ in roles()["near_preps"]:
        country = country_of_places([t for t in opening.subtree if t.dep_ == "pobj"
                               and t.head.lower_ in _FRAME_PREPS], ctx)
        if country is not None:
            return country
    sent = head.sent
    while sent is not None:
        first = sent[0]
        if first.lower_ in _FRAME_PREPS and first.dep_ == "prep":
            country = country_of_places(list(first.subtree)[1:], ctx)
            if country is not None:
                return country
        sent = sentence_before_in_paragraph(sent)
    return None


def _appealed_to_from(head, country: str, ctx: DocContext) -> bool:
    """"In Washington, the State Department urged the security forces to show restraint":
    a place that is the named speaker's own sets the speaker, not whom it appeals to."""
    from .phrases import core_tokens, mentions_in, resolve_argument

    verb = governing_verb(head)
    if head.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in roles()["appeal_verbs"]:
        return False
    subject = clause_subject(head)  # also "... and called on the government"
    return subject is not None and bool(mentions_in(core_tokens(subject), ctx)) and any(
        a.country == country for a in resolve_argument(subject, ctx))


def town_before(head, ctx: DocContext) -> str | None:
    """"... was stopped near the Turkish consulate in Rotterdam. Police used water cannon":
    the country of the towns the sentence before, in the same paragraph, is set in."""
    before = sentence_before_in_paragraph(head.sent)
    if before is None:
        return None
    towns = [o for o in before if o.dep_ == "pobj" and o.i in ctx.towns
             and o.head.lower_ in _FRAME_PREPS]
    return country_of_places(towns, ctx)


def place_country(head, ctx: DocContext, objects: bool = False) -> str | None:
    """"In Athens, police used tear gas": the country or capital named as where the
    clause happens ("thousands of protesters stormed parliament in Yerevan"); with
    ``objects``, also of the object ("killed two people in Rafah") and, for the object of a
    participle, where the act it follows happened ("struck bases in Pakistan's Balochistan
    province, killing two children")."""
    head = counted(head)
    verb = head.head
    deps = ("nsubj", "nsubjpass", "dobj") if objects else ("nsubj", "nsubjpass")
    if head.dep_ not in deps or verb.pos_ not in ("VERB", "AUX"):
        return None
    country = country_of_places(_frame_places(verb), ctx)
    if country is None and head.dep_ == "dobj" and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "struck bases in Pakistan's Balochistan province, killing two children"
        country = country_of_places(_frame_places(verb.head), ctx)
    return country


def counted(head):
    """"dozens of protesters", "thousands of people": the count, whose clause says where
    and by whom."""
    while head.dep_ == "pobj" and head.head.lower_ == "of" and (
            head.head.head.lemma_.lower() in roles()["quantities"]):
        head = head.head.head
    return head


def _frame_places(verb) -> list:
    """"in Kazakhstan's largest city", on the verb or on its object ("clashed with the army
    in ..."; not whom an appeal goes to: "urged the leaders in Niamey"): the place words
    and their modifiers."""
    appeal = verb.lemma_.lower() in roles()["appeal_verbs"]
    owners = [verb, *(o for c in verb.children if c.dep_ in ("dobj", "prep") and not appeal
                      for o in ([c] if c.dep_ == "dobj" else c.children) if o.dep_ != "prep")]
    # not a body: "had confidence in Samoa's judiciary" happens nowhere in particular
    return [t for owner in owners for p in owner.children if p.dep_ == "prep"
            and p.lower_ in _FRAME_PREPS for o in p.children if o.dep_ == "pobj"
            and o.lemma_.lower() not in roles()["domestic_roles"]
            for t in [o, *(c for c in o.children if c.dep_ in (
                "poss", "compound", "amod", "appos"))]]


def country_of_places(tokens, ctx: DocContext) -> str | None:
    """The one country that the place words among ``tokens`` name: countries and capitals,
    or towns the gazetteer knows (``ctx.towns``)."""
    from .phrases import mentions_in

    countries = {e.country for m in mentions_in(tokens, ctx) for e in m.entries
                 if e.kind in ("country", "seat") and e.country}
    countries |= {ctx.towns[t.i] for t in tokens if t.i in ctx.towns}
    return countries.pop() if len(countries) == 1 else None
