"""The doers and partners of an event noun: possessors, adjectival countries, ``by``
phrases, the subject of a light verb ("held talks with", "imposed sanctions on") and
"talks between X and Y"."""

from __future__ import annotations

from ..actors.coordination import conjuncts, coordinated_modifier
from ..actors.parties import roles
from ..nlp.groups import names_rivals
from .arguments import verb_source
from .deps import child, children, is_passive, judged_object, prep_objects
from .lexicon import word_lists


def quantity_head(noun):
    """"a barrage *of missiles*": the quantity noun the trigger is counted by."""
    if (noun.dep_ == "pobj" and noun.head.lower_ == "of"
            and noun.head.head.lemma_.lower() in roles()["event_quantities"]):
        return noun.head.head
    return None


def package_head(noun):
    """The noun an event noun is a modifier or an "of" of, when that noun only packages the
    event: "a sanctions *regime* against Belarus", "an aid *package* for Ukraine", "a new
    *round* of drills" (``status.yaml``: package_nouns); else the noun itself."""
    head = noun.head
    packages = word_lists("status")["package_nouns"]
    if noun.dep_ == "compound" and head.lemma_.lower() in packages:
        return head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in packages:
        return head.head  # "a new round of exercises in the Taiwan Strait"
    return noun


def noun_sources(noun, preps: tuple[str, ...] = (), *, light: bool = True,
                 frames: bool = True) -> list:
    """Possible doers of an event noun, most specific first (``preps``: extra
    prepositions naming the doer, as in "the withdrawal *of* US troops"; ``light``: also
    the subject of the verb the noun is the object of, as in "X held talks")."""
    patient = noun.lemma_.lower() in roles()["possessed_patients"] and not prep_objects(noun, "of")
    found = [] if patient else children(noun, "poss")  # "ordered his arrest": not his
    found += prep_objects(noun, "by")  # "the downing of an airliner by a U.S. cruiser"
    found += [b for o in prep_objects(noun, "of") for b in prep_objects(o, "by")]
    for word in preps:
        found += prep_objects(noun, word)
    blamed = roles()["doer_participles"]
    for acl in children(noun, "acl"):  # "an invitation extended by X"
        found += prep_objects(acl, "by")
    for acl in children(noun, "acl", "relcl"):  # "strikes blamed on the RSF", "an attack
        if acl.lemma_.lower() in blamed:        # that it blames on Israel"
            found += prep_objects(acl, blamed[acl.lemma_.lower()])
    found += [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and (
        c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")]
    judged = _judged_for(noun)  # "criticised China over the detention": China detained
    if judged is not None:
        return found + [judged]
    verb = light_verb(noun, frames) if light else None
    causative = word_lists("status")["causative_verbs"]
    if verb is not None and (verb.lemma_.lower() in causative or " ".join(  # "broke up"
            [verb.lemma_.lower(), *(c.lower_ for c in verb.children if c.dep_ == "prt")]
            ) in causative or judged_object(verb, noun)):
        verb = None  # "China's move set off riots": China caused them, others rioted
    if verb is not None:
        source = verb_source(verb)
        if source is None and noun.dep_ == "pobj" and is_passive(verb):
            source = child(verb, "nsubjpass")  # "soldiers were killed in a clash with X"
        if source is not None:
            found.append(source)
    return found


def _judged_for(noun):
    """Whom a verdict names as the doer of the act it is over ("criticised China over the
    detention of a journalist", "blamed Russia for the poisoning"): the verdict's object."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("over", "for"):
        return None
    verb = noun.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in word_lists("threats")[
            "doer_object_verbs"]:
        return None
    return child(verb, "dobj")


_DAMAGE_VERBS = {"kill", "hit", "destroy", "wound", "injure", "damage", "target", "strike",
                 "level", "flatten", "claim", "leave", "cause"}


def noun_subject_targets(noun) -> list:
    """"an air strike killed X": X is the target of the strike."""
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _DAMAGE_VERBS:
        obj = child(noun.head, "dobj")
        # "the attacks had damaged Serbia's interests": no one was attacked there
        return [obj] if obj is not None and obj.lemma_.lower() not in word_lists(
            "threats")["abstract_losses"] else []
    return []


_FRAMES = {"during", "after", "following", "amid", "before", "since", "despite"}


def light_verb(noun, frames: bool = True):
    """The verb a noun trigger is the object (or passive subject) of: "held talks",
    also through quantities ("held two rounds of talks"). ``frames``: also the verb of a
    temporal frame ("agreed after talks"), whose subject took part only in shared events
    (talks, yes; "fled after weeks of protests", no)."""
    noun = quantity_head(noun) or noun
    if (noun.dep_ == "pobj" and noun.head.lower_ == "for"
            and noun.head.head.lemma_.lower() in ("responsibility", "credit", "blame")):
        noun = noun.head.head  # "claimed responsibility for the attack": the claimer did it
    if (noun.dep_ == "pobj" and noun.head.lower_ in ("for", "of")
            and noun.head.head.lemma_.lower() in word_lists("status")["intent_nouns"]):
        noun = noun.head.head  # "announced plans for tariffs": whoever plans them
    amount = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
    if amount is not None and amount.dep_ == "dobj" and any(
            (c.like_num and c is not amount) or c.dep_ == "nummod" or c.tag_ == "$"
            for c in amount.subtree if c.i < noun.i):
        noun = amount  # "announced 50 million euros / $50 million in humanitarian assistance"
    if noun.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    if noun.dep_ == "conj" and noun.head.dep_ in ("dobj", "nsubjpass"):
        return noun.head.head
    adjective = noun.head.head if noun.dep_ == "pobj" else None
    if adjective is not None and adjective.dep_ == "acomp" and noun.head.lower_ in ("to", "for"):
        return adjective.head  # "remained open to dialogue", "is ready for talks"
    if noun.dep_ == "pobj" and noun.head.head.dep_ == "prep" and noun.head.head.head.pos_ in (
            "VERB", "AUX") and noun.head.head.lower_ in ("along", "together"):
        return noun.head.head.head  # "handed over the list along with a formal protest"
    if noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX"):
        prep = noun.head.lower_
        if prep in ("for", "in", "into", "at", "with", "without", "through") or (
                frames and prep in _FRAMES):
            return noun.head.head  # "took part in talks", "agreed after talks"
    return None


def bare_gerund(noun) -> bool:
    """"denied meddling", "accused the three of meddling": a gerund, or one the tagger took
    for a noun (no determiner, no owner)."""
    return noun.tag_ in ("NN", "VBG") and noun.lower_.endswith("ing") and not any(
        c.dep_ in ("det", "poss") for c in noun.children)


def names_a_pair(heads: list) -> bool:
    """"between X and Y", "between the neighbours", "between Indian and Chinese troops"."""
    return len(heads) >= 2 or bool(heads) and (
        names_rivals(heads[0]) or coordinated_modifier(heads[0]) is not None)


def between(noun) -> list:
    """"talks between X and Y": [X, Y]; also for what the talks ended without ("talks
    between X and Y ended without agreement")."""
    objs = prep_objects(noun, "between") + prep_objects(noun, "among")
    if not objs and noun.dep_ == "pobj" and noun.head.lower_ == "without":
        subject = child(noun.head.head, "nsubj")
        return between(subject) if subject is not None and subject.pos_ == "NOUN" else []
    if not objs:
        return []
    first = objs[0]
    named = next((c for c in first.children if c.dep_ in ("appos", "conj")
                  and c.pos_ == "PROPN" and c.doc[c.left_edge.i - 1].text == ","), None)
    if first.tag_ == "NNS" and named is not None:
        # "between the two foreign ministers, Lavrov and Kuleba": the names
        return [named, *conjuncts(named)]
    return [first] + [c for c in first.children if c.dep_ == "conj"]
