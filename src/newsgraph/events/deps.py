"""Small helpers over spaCy's dependency tree, shared by the argument finders."""

from __future__ import annotations

_PARTICLES = {"out", "away", "back", "off", "up", "down", "across"}
_MEDIA = {"phone", "telephone", "video", "videoconference", "videolink", "link", "call"}


def child(tok, *deps: str):
    return next((c for c in tok.children if c.dep_ in deps), None)


def children(tok, *deps: str) -> list:
    return [c for c in tok.children if c.dep_ in deps]


def prep_objects(tok, prep_word: str) -> list:
    """Objects of ``prep_word`` phrases attached to ``tok`` ("talks *with* Seoul"), also
    behind a particle ("pull out *of* Lebanon")."""
    out = []
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent", "dative", "prt") and prep.lower_ == prep_word:
            out.extend(c for c in prep.children if c.dep_ == "pobj")
        elif prep.dep_ in ("prep", "prt", "advmod") and prep.lower_ in _PARTICLES:
            out.extend(prep_objects(prep, prep_word))
        elif prep.dep_ == "prep" and prep.lower_ in ("by", "via", "over"):
            # "spoke by telephone with Lukashenko": the medium is no part of the frame
            out.extend(o for m in prep.children if m.dep_ == "pobj"
                       and m.lemma_.lower() in _MEDIA for o in prep_objects(m, prep_word))
    return out + [o for d in _dates_after(tok) for o in prep_objects(d, prep_word)]


def _dates_after(tok) -> list:
    """"cited the downing on July 3 of an airliner": the date right after a word (the
    tagger hangs it on the word or its verb), which the word's own phrases then hang on."""
    after = tok.right_edge.i + 1
    if after >= len(tok.doc):
        return []
    prep = tok.doc[after]
    owners = (tok, tok.head) if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else (tok,)
    if prep.lower_ not in ("on", "in") or prep.dep_ != "prep" or prep.head not in owners:
        return []
    return [m for m in prep.children if m.dep_ == "pobj" and m.ent_type_ == "DATE"]


def is_passive(verb) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def is_infinitive(verb) -> bool:
    """"to leave", "to remove Gbagbo": a verb with the infinitive marker."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def trailing_adjectives(noun) -> list:
    """Adjectives tagged as following a noun of ``noun``'s phrase, where a verdict on the
    phrase lands in a misparse ("called the expulsion of the envoy *unjustified*")."""
    return [t for t in noun.subtree if t.dep_ == "amod" and t.i > t.head.i]


def judged_object(verb, noun) -> bool:
    """"called the expulsion unjustified", "found the strikes illegal", "described the
    protests as a provocation": an object with a verdict after it is judged by the subject,
    not done by it."""
    return noun.dep_ == "dobj" and (
        bool(trailing_adjectives(noun))
        or any(c.dep_ in ("oprd", "xcomp") and c.pos_ in ("ADJ", "NOUN") and c.i > noun.i
               for c in verb.children)
        or any(c.dep_ == "prep" and c.lower_ == "as" and c.i > noun.i for c in verb.children))
