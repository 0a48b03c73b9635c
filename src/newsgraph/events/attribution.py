"""Who the text says reported an event: "according to X", "X said", state media."""

from __future__ import annotations

from ..actors import DocContext, resolve_argument
from ..model import Attribution
from .lexicon import word_lists


def find_attribution(trigger, ctx: DocContext) -> Attribution | None:
    """The reporter of the clause holding ``trigger``, or ``None`` when the text is direct."""
    speech = word_lists("attribution")["speech_verbs"]
    tok = trigger
    while tok.head.i != tok.i:
        came_from = tok
        tok = tok.head
        if tok.lemma_ in speech and tok.pos_ in ("VERB", "AUX") and came_from.dep_ in (
                "ccomp", "parataxis", "conj", "advcl", "xcomp"):
            subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.pos_ != "PRON" or subject is not None and (
                    subject.i in ctx.coref):
                return _attribution(subject, ctx)
    return _according_to(trigger.sent, ctx)


def _according_to(sent, ctx: DocContext) -> Attribution | None:
    for tok in sent:
        if tok.lower_ == "according":
            for prep in tok.children:
                if prep.lower_ == "to":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            return _attribution(pobj, ctx)
    return None


def _attribution(head, ctx: DocContext) -> Attribution:
    tokens = [t for t in head.subtree if t.dep_ not in ("relcl", "acl")
              and not t.is_punct and not t.is_space]  # nor a masked dateline
    text = head.doc[tokens[0].i: tokens[-1].i + 1].text if tokens else head.text
    actors = resolve_argument(head, ctx, follow_conj=False)
    if actors:
        actor = actors[0]
        return Attribution(text=text, country=actor.country, sector=actor.sector)
    return Attribution(text=text)


def is_speculative(attribution: Attribution | None) -> bool:
    """Attributed only to sources that forecast rather than report ("the experts")."""
    if attribution is None:
        return False
    words = word_lists("attribution")["speculative_sources"]
    return any(word in words for word in attribution.text.lower().split())
