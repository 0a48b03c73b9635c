"""Where a trigger's recipient is found: the target slots of the lexicon (``target:`` in
``data/events/lexicon.yaml``), each a small function of the trigger token and its object.

A slot that is not named here is a preposition ("on", "against", "to"): its object on the
trigger, on the verb's object or further down it ("imposed sanctions on Iran", "pledged
40 billion euros in military aid for Ukraine").
"""

from __future__ import annotations

from collections.abc import Callable

from ..nlp.groups import is_group_reference
from ..nlp.syntax import reported_speaker
from .arguments import possessors, reported_clauses, verb_object, verb_source
from .deps import child, children, is_infinitive, prep_objects
from .lexicon import Trigger, word_lists
from .nouns import bare_gerund, light_verb, quantity_head


def target_slots(trigger_tok, trigger: Trigger, obj) -> list:
    """Candidate target heads, in the lexicon's order of preference."""
    found: list = []
    for slot in trigger.target:
        rule = _SLOTS.get(slot)
        found.extend(rule(trigger_tok, obj) if rule is not None
                     else _preposition(trigger_tok, slot, obj))
    return found


def condition_clause(tok):
    """The "if"/"unless"/"until" clause (``threats.yaml``: threat_conditions) the verb
    depends on, also at the end of a list of verbs ("would suspend X and impose measures if
    the deadline passed")."""
    marks = word_lists("threats")["threat_conditions"]
    for clause in (c for verb in [tok, *children(tok, "conj")] for c in children(verb, "advcl")):
        if any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children):
            return clause
    return None


def clause_targets(verb) -> list:
    """Whom a subordinate clause is aimed at: its object, or the object of on/against/to/
    with/at on the verb or on its object ("impose sanctions *on Georgia*")."""
    obj = verb_object(verb)
    owners = [verb] + ([obj] if obj is not None else [])
    found = [obj] if obj is not None else []
    found += [o for owner in owners for w in ("on", "against", "to", "with", "at")
              for o in prep_objects(owner, w)]
    # "use force to remove Gbagbo": the purpose clause's object, when nothing nearer
    return found + [o for x in children(verb, "xcomp", "advcl") if is_infinitive(x)
                    for o in [verb_object(x)] if o is not None]


def _dobj(tok, obj) -> list:
    if obj is not None and obj.pos_ == "NUM":  # "ten of its paratroopers were killed"; not
        counted = [o for o in prep_objects(obj, "of")  # "accused the three of meddling"
                   if not bare_gerund(o)]
        return counted or ([obj] if is_group_reference(obj) else [])
    held = [c for c in obj.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")
            ] if obj is not None and obj.lemma_.lower() in ("hostage", "captive") else []
    if held:  # "holding four Japanese geologists hostage": the geologists
        return held
    return [obj] if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON") else []


def _poss_obj(tok, obj) -> list:
    return possessors(obj) if obj is not None else []


def _obj_in(tok, obj) -> list:
    """"demanded an immediate ceasefire in Gaza": Gaza."""
    return prep_objects(obj, "in") if obj is not None else []


def _dative(tok, obj) -> list:
    return children(tok, "dative", "iobj")


def _xcomp_obj(tok, obj) -> list:
    """"refused to sign a deal with Moscow", "threatened to hit Y"."""
    return [t for x in children(tok, "xcomp") for t in clause_targets(x)]


def _ccomp_obj(tok, obj) -> list:
    """"warned that Washington would impose sanctions on Georgia"."""
    return [t for c in children(tok, "ccomp") for t in clause_targets(c)]


def _ccomp_subj(tok, obj) -> list:
    """"warned that Hamas would pay": Hamas; on a noun, "a demand that Israel halt": Israel."""
    clauses = reported_clauses(tok) + [
        c for c in children(tok, "acl", "relcl")
        if tok.pos_ != "VERB" and any(m.lower_ == "that" for m in children(c, "mark"))]
    return [s for c in clauses for s in children(c, "nsubj", "nsubjpass")]


def _light_obj(tok, obj) -> list:
    """"warned Putin during a video call": Putin."""
    light = light_verb(tok) if tok.pos_ != "VERB" else None
    framed = tok.dep_ == "pobj" and tok.head.lower_ in ("during", "in", "on", "over", "by")
    return children(light, "dobj") if light is not None and framed else []


def _light_dative(tok, obj) -> list:
    """"gave Guyana an ultimatum", "handed the list to the envoy with a formal protest"."""
    light = light_verb(tok) if tok.pos_ != "VERB" else None
    if light is None:
        return []
    handed = child(light, "dobj")  # "handed a list of names to the envoy"
    return children(light, "dative", "iobj") + (prep_objects(light, "to") or (
        _deeper_prep_objects(handed, "to") if handed is not None and handed is not tok else []))


def _light_subj(tok, obj) -> list:
    """"shot down by Israel with help from the US": Israel."""
    light = light_verb(tok) if tok.pos_ != "VERB" and tok.dep_ == "pobj" else None
    owner = tok.head.head if tok.dep_ == "pobj" else None
    if light is None and owner is not None and owner.dep_ == "dobj":
        light = owner.head  # "repelled the attack with support from X" (PP on the object)
    subject = verb_source(light) if light is not None else None
    return [subject] if subject is not None else []


def _deep_at(tok, obj) -> list:
    """"retaliated with missiles fired at Tel Aviv"."""
    return _deeper_prep_objects(tok, "at", depth=5)


def _speaker(tok, obj) -> list:
    """"Netanyahu said Iran would pay for it": Netanyahu."""
    return [s for s in (reported_speaker(tok),) if s is not None]


def _cond_subj(tok, obj) -> list:
    """"would strike if Hezbollah violated the terms": Hezbollah; "threatened to halt gas
    transit if the bloc imposed penalties": on the infinitive; "warned that if the United
    States kept up its pressure, Pyongyang would ...": on the reported clause."""
    verbs = [tok, *children(tok, "xcomp", "ccomp")]
    verbs += [x for v in verbs[1:] for x in children(v, "xcomp")]  # "would not hesitate to
    clauses = [condition_clause(t) for t in verbs]  # use them if X attacked"
    return [s for c in clauses if c is not None for s in children(c, "nsubj", "nsubjpass")]


def _at_request(tok, obj) -> list:
    """"at Honiara's request", "at the request of the government"."""
    return [o for r in tok.subtree if r.lemma_.lower() == "request" and r.dep_ == "pobj"
            and r.head.lower_ == "at" for o in possessors(r) + prep_objects(r, "of")]


def _in_place(word: str) -> Callable:
    def rule(tok, obj) -> list:
        """"paused its offensive in Syria" (the place attached to the verb); "suspended its
        diplomatic presence in Kabul" (attached to the object, or to what it is of:
        "hideouts of separatist groups in Iran's Sistan-Baluchestan province")."""
        owner = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" else obj
        if owner is None or owner is tok:
            return prep_objects(tok, word)
        return prep_objects(tok, word) + (prep_objects(owner, word) or [
            o for of in prep_objects(owner, "of") for o in prep_objects(of, word)])
    return rule


def _for_then(word: str) -> Callable:
    def rule(tok, obj) -> list:
        """"called for a ceasefire in Sudan": Sudan; "called for the withdrawal of Israeli
        troops", "for the release of Conde": Israeli troops, Conde (asked to act)."""
        return [o for f in prep_objects(tok, "for") for o in prep_objects(f, word)]
    return rule


def _for_obj(tok, obj) -> list:
    """"pushed for the UN to act": the UN."""
    return [subj for clause in children(tok, "advcl", "ccomp", "xcomp")
            if any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
            for subj in children(clause, "nsubj")]


def _purpose(words: str) -> Callable:
    def rule(tok, obj) -> list:
        """"marched to denounce the offensive": the offensive; "would send troops to help
        Morales": Morales (``threats.yaml``: the word list named ``words``)."""
        verbs = word_lists("threats")[words]
        return [o for c in children(tok, "advcl", "xcomp") if is_infinitive(c)
                and c.lemma_.lower() in verbs
                for o in children(c, "dobj") + prep_objects(c, "against")]
    return rule


def _chanted(tok, obj) -> list:
    """"rallied, chanting slogans against ECOWAS": ECOWAS (``threats.yaml``:
    protest_chants)."""
    verbs = word_lists("threats")["protest_chants"]
    clauses = children(tok, "advcl", "xcomp", "conj")
    clauses += [c for clause in clauses for c in children(clause, "conj")]  # "waving flags
    return [o for c in clauses if c.tag_ == "VBG" and c.lemma_.lower() in verbs  # and chanting"
            for owner in [c, *children(c, "dobj")] for o in prep_objects(owner, "against")]


def _poss(tok, obj) -> list:
    """"ordered his arrest": the possessor of a noun trigger (entries list it only for acts
    done to their possessor, ``roles.yaml``: possessed_patients)."""
    return children(tok, "poss") if tok.pos_ == "NOUN" else []


def _internal_owner(tok, obj) -> list:
    """"said the events were Nepal's internal affair", "called the election an internal
    matter for Belarus", "described the events as an internal matter for Romania": the
    country whose internal affair the speaker says it is (a verdict that backs its
    government), else nothing."""
    verdicts = [a for clause in reported_clauses(tok) for a in children(clause, "attr")]
    verdicts += children(tok, "oprd") + prep_objects(tok, "as")
    if obj is not None:  # "called the election an internal matter", tagged on the object
        verdicts += children(obj, "npadvmod", "appos")
    return [owner for v in verdicts if v.lemma_.lower() in ("affair", "matter")
            and any(c.lower_ == "internal" for c in v.children)
            for owner in children(v, "poss") + prep_objects(v, "for")]


def _none(tok, obj) -> list:
    """Slots other parts of the extractor fill ("accuser", "by_obj", ...)."""
    return []


_SLOTS: dict[str, Callable] = {
    "dobj": _dobj, "dobj_entity": _dobj, "poss_obj": _poss_obj, "obj_in": _obj_in,
    "dative": _dative, "xcomp_obj": _xcomp_obj, "ccomp_obj": _ccomp_obj,
    "ccomp_subj": _ccomp_subj, "that_subj": _ccomp_subj, "light_obj": _light_obj,
    "light_dative": _light_dative, "light_subj": _light_subj, "deep_at": _deep_at,
    "speaker": _speaker, "cond_subj": _cond_subj, "at_request": _at_request,
    "to_country": _in_place("to"), "in_country": _in_place("in"),
    "for_in": _for_then("in"), "for_of": _for_then("of"), "for_obj": _for_obj,
    "purpose": _purpose("protest_purposes"), "helped": _purpose("help_purposes"),
    "dispersed": _purpose("dispersal_purposes"),
    "chanted": _chanted, "poss": _poss, "internal_owner": _internal_owner,
    "by_obj": _none, "of_against": _none, "with_src": _none, "accuser": _none,
    "demander": _none,
}


def _preposition(tok, word: str, obj) -> list:
    """The objects of ``word`` on the trigger, on the verb's object (or further down it),
    on the light verb of a noun object, on the trigger's quantity noun or amount."""
    objs = prep_objects(tok, word) or _stranded_prep_object(tok, word)
    if obj is not None and tok.pos_ == "VERB":  # "imposed sanctions on Iran"
        objs += prep_objects(obj, word) or _deeper_prep_objects(obj, word) or [
            o for clause in children(obj, "relcl") if clause.lemma_.lower() in _IMPOSING
            for o in prep_objects(clause, word)]  # "lifted the ban it imposed on Malaysians"
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj":  # "put the blame on Iran"
        objs += prep_objects(tok.head, word)
    quantity = quantity_head(tok)
    if quantity is not None:  # "a barrage of missiles on Ukrainian cities"
        objs += prep_objects(quantity, word)
    if tok.pos_ in ("NOUN", "PROPN"):  # "tariffs of 25 percent on Chinese cars"
        objs += [o for amount in prep_objects(tok, "of") for o in prep_objects(amount, word)]
    return objs


# Verbs of a relative clause that say whom a measure is aimed at ("the ban it imposed on").
_IMPOSING = ("impose", "place", "slap", "put", "level")


def _stranded_prep_object(verb, word: str) -> list:
    """"called on Ansip's government to resign", parsed as "on" with no object and the
    government as the subject of "resign": that subject."""
    if not any(p.dep_ == "prep" and p.lower_ == word and not children(p, "pobj")
               for p in verb.children):
        return []
    return [s for c in children(verb, "ccomp", "xcomp") for s in children(c, "nsubj")]


def _deeper_prep_objects(obj, word: str, depth: int = 3) -> list:
    """"pledged 40 billion euros in military aid *for Ukraine*": the preposition further
    down the object phrase (not inside relative clauses), nearest first."""
    level = [obj]
    for _ in range(depth):
        level = [c for t in level for c in t.children if c.dep_ in (
            "prep", "pobj", "pcomp", "dative", "compound", "amod", "nmod", "appos", "acl",
            "conj")]  # "imposed a travel ban and an assets freeze on Mugabe"
        found = [o for t in level if t.dep_ in ("prep", "dative") and t.lower_ == word
                 for o in t.children if o.dep_ == "pobj"]
        if found:
            return found
    return []
