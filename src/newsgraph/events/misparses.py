"""Clauses the small English tagger attaches wrongly, recognised so that the doer and the
object are read as the sentence meant them: a verb in a list hung on the previous object, a
participle hung on the reported clause, a subject joined to the previous clause's last noun,
an infinitive clause after an object-control verb, a document's participle, a reported
clause taken for a relative one."""

from __future__ import annotations

from ..actors.kb import load_kb
from ..actors.parties import roles
from ..nlp.syntax import stray_subject_verb
from .deps import child, children, is_infinitive
from .lexicon import word_lists

SUBJ = ("nsubj", "csubj")
# verbs whose object does what the infinitive says ("urged Pyongyang to limit")
OBJECT_CONTROL = {"urge", "ask", "call", "press", "push", "pressure", "force", "invite",
                  "persuade", "allow", "order", "tell", "encourage", "request", "prompt",
                  "lead", "cause", "spur", "drive", "compel", "oblige", "authorize",
                  "authorise", "instruct", "direct"}


def listed_verb(verb) -> bool:
    """"demanded a withdrawal, accused India of trespassing and warned ...": a verb in a
    list, tagged as a clause on the previous verb's object; it has an object of its own, which
    a participle describing that object ("a withdrawal, completed in May") would not."""
    head = verb.head
    return (verb.dep_ == "acl" and verb.tag_ == "VBD" and child(verb, "dobj") is not None
            and verb.i > 0 and verb.doc[verb.i - 1].text == "," and head.dep_ == "dobj"
            and head.head.pos_ == "VERB")


def document_issuer(verb):
    """The verb that issued the document a participle hangs on: "issued a statement
    opposing the coup", "in a letter urging restraint, Biden said"."""
    noun = verb.head
    if not (verb.dep_ == "acl" and verb.tag_ == "VBG"
            and noun.lemma_.lower() in word_lists("attribution")["document_nouns"]):
        return None
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    return governor if noun.dep_ in ("dobj", "pobj") and governor.pos_ in ("VERB", "AUX") else None


def is_participle_clause(verb) -> bool:
    """", warning that ...", ", killing 49 people": an adverbial clause headed by a
    participle, the doer's own act beside the verb it hangs on."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG"


def trailing_participle(verb):
    """"demanded that Japan withdraw the curbs, calling them retaliation", "accused Ethiopia
    of sending an aircraft, calling it an escalation": a participle after a comma that the
    tagger hung on the reported clause or the gerund belongs to the verb above them; that
    verb, or None."""
    if not is_participle_clause(verb) or verb.doc[verb.i - 1].text != ",":
        return None
    head = verb.head
    if head.dep_ == "ccomp" and head.head.i < head.i:  # not "shelled towns, killing 49,
        return head.head  # Yerevan said"
    if head.dep_ == "pcomp" and head.head.head.pos_ == "VERB" and head.head.head.i < head.i:
        return head.head.head
    return None


def stray_subject(verb):
    """"broke off relations on Monday and Venezuela sent tanks": the second clause's subject,
    which the tagger joined to the first clause's last noun (``stray_subject_verb``)."""
    before = verb.i - 1
    while before > 0 and verb.doc[before].pos_ == "ADV":
        before -= 1  # "and Venezuela also sent"
    noun = verb.doc[before]
    if noun.text == "," and noun.head.dep_ == "conj":  # "and France, the former power,"
        noun = noun.head
    stray = stray_subject_verb(noun)
    return noun if stray is not None and stray.i == verb.i else None


def clause_taken_for_phrase(verb):
    """"escalated after North Korea's ambassador, Kang Chol, accused Malaysia": the tagger
    read "after the ambassador" as a phrase and the verb as a clause with no subject; the
    phrase's noun, ending just before the verb, is its subject."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBD" or child(
            verb, "nsubj", "nsubjpass", "csubj", "expl") is not None:
        return None
    for prep in children(verb.head, "prep"):
        if prep.lower_ in _CLAUSE_PREPS and prep.i < verb.i:
            noun = child(prep, "pobj")
            if noun is not None and max(t.i for t in noun.subtree) in (verb.i - 1, verb.i - 2):
                return noun
    return None


def name_taken_for_date(verb):
    """"On Tuesday Wakil Ahmed Muttawakil, a spokesman for ..., said": the tagger read the
    name as part of the date's phrase, leaving the verb with no subject; the name is it."""
    if child(verb, "nsubj", "nsubjpass", "csubj", "expl") is not None:
        return None
    for prep in children(verb, "prep"):
        noun = child(prep, "pobj")
        if prep.i < verb.i and noun is not None and noun.ent_type_ in (
                "PERSON", "ORG", "GPE", "NORP") and any(
                t.ent_type_ in ("DATE", "TIME") for t in noun.lefts):
            return noun
    return None


def past_located_place(noun):
    """"the bombings of the embassies in Nairobi and Dar es Salaam, which killed 250": the
    relative clause the tagger hangs on the place tells of what happened there (the
    bombings), not of the place's government."""
    if noun.ent_type_ not in ("GPE", "LOC"):
        return noun
    place = noun
    while place.dep_ == "conj":
        place = place.head
    if place.dep_ != "pobj" or place.head.lower_ not in ("in", "at"):
        return noun
    described = place.head.head
    while described.dep_ == "pobj" and described.head.lower_ == "of":
        described = described.head.head
    return described if described.pos_ == "NOUN" else noun


# Words that open either a phrase or a clause ("after the talks", "after Iran struck").
_CLAUSE_PREPS = ("after", "before", "since", "until")


def continues_reporting_clause(verb):
    """"demanded that Eritrean troops leave Badme, and accuses Asmara of aggression": a verb
    the tagger joined to the reported clause that cannot share its subject (it does not agree
    with it in number, it is finite where the reported verb is a bare subjunctive, or it
    follows a list of the clause's verbs already closed by "and": "said workers had dug up
    the road, cut off the water and welded a gate shut, and accused Minsk"); it continues
    the clause that reports, whose verb this returns (else None)."""
    if verb.dep_ != "conj" or child(verb, *SUBJ) is not None:
        return None
    chain = [verb.head]
    while chain[-1].dep_ == "conj":
        chain.append(chain[-1].head)
    clause = chain[-1]
    if clause.dep_ != "ccomp":
        return None
    if all(child(node, *SUBJ) is None for node in chain[:-1]) and any(
            c.i < verb.head.i for node in chain for c in children(node, "cc")):
        return clause.head  # the list's own "and" came before the verb's own conjunct
    if len(chain) > 1:
        return None
    subject = child(clause, *SUBJ)
    if clause.tag_ == "VB" and verb.tag_ in ("VBZ", "VBD") and all(
            a.tag_ == "MD" for a in children(clause, "aux")):
        return clause.head  # "demanded that they leave ... and accused", "would leave ..."
    past_perfect = any(a.lower_ == "had" for a in children(clause, "aux"))
    if (clause.tag_ == "VBG" or past_perfect) and verb.tag_ == "VBD" and not children(
            verb, "aux") and verb.lemma_.lower() in word_lists("attribution")["speakers_acts"]:
        return clause.head  # "said Saudi Arabia was holding him and called his detention
        # an act of aggression", "said Yemeni troops had fired first and accused Sanaa":
        # the speaker's second act, not the clause's
    if children(clause, "auxpass") and child(verb, "dobj") is not None and not children(
            verb, "aux", "auxpass"):
        return clause.head  # "denied that its forces had been driven out and accused
        # France": a verb with an object cannot share the clause's passive
    plural = subject is not None and (subject.tag_ in ("NNS", "NNPS") or any(
        c.dep_ == "conj" for c in subject.children))
    return clause.head if verb.tag_ == "VBZ" and plural else None


def not_a_doer(noun) -> bool:
    """A common noun that names no one ("a provocation"): a clause coordinated with its
    relative clause was misattached and belongs to the main clause."""
    people = roles()["domestic_roles"] | roles()["generic_people"]
    sectors = load_kb().sectors  # "militiamen", "gunmen": role words are doers
    return noun.pos_ == "NOUN" and not noun.ent_type_ and not {
        noun.lemma_.lower(), noun.lower_} & (people | sectors.keys())


def free_relative(verb):
    """"struck what New Delhi described as a training camp", "hit what the army called a
    depot" (or "called depots", tagged as two objects), "struck what it said were bases":
    the camp, the depot, the bases."""
    for clause in children(verb, "ccomp"):
        if any(c.lemma_.lower() == "what" for c in children(clause, "dobj")):
            described = [o for p in children(clause, "prep") if p.lower_ == "as"
                         for o in children(p, "pobj")] + children(clause, "oprd", "attr") + [
                o for o in children(clause, "dobj") if o.lemma_.lower() != "what"]
            return described[0] if described else None
        said = [c for c in children(clause, "ccomp") if c.lemma_ == "be"
                and any(s.lemma_.lower() == "what" for s in children(c, "nsubj"))]
        if said:
            return child(said[0], "attr")
    return None


def shifted_object(verb):
    """"dismissed as laughable Australian claims that ...": the object moved after its
    verdict, which the tagger reads as "as laughable claims"; the claims are the object."""
    if child(verb, "dobj") is not None:
        return None
    for prep in children(verb, "prep"):
        if prep.lower_ == "as":
            noun = child(prep, "pobj")
            if noun is not None and noun.pos_ == "NOUN" and any(
                    c.dep_ == "amod" and c.i == prep.i + 1 for c in noun.children):
                return noun
    return None


def object_taken_for_speaker(verb):
    """"Rwandan forces have arrested rebel leader Laurent Nkunda, Rwanda's military said":
    the tagger makes the name after a reported verb with no object a second subject of the
    verb of saying; it is the reported verb's object."""
    if child(verb, "dobj") is not None or verb.dep_ != "ccomp" or verb.pos_ != "VERB":
        return None
    subjects = children(verb.head, "nsubj")
    if len(subjects) < 2 or not verb.i < subjects[0].i < subjects[1].i:
        return None
    between = verb.doc[subjects[0].i + 1: subjects[1].left_edge.i]
    return subjects[0] if any(t.text == "," for t in between) else None


def name_taken_for_adverb(verb):
    """"detained Pinochet late on Friday": a name right after a verb with no object, which
    the tagger hangs on the verb as an adverb, is its object (not a date: "met Tuesday")."""
    if child(verb, "dobj") is not None or verb.i + 1 >= len(verb.doc):
        return None
    after = verb.doc[verb.i + 1]
    return after if after.head.i == verb.i and after.dep_ in ("advmod", "npadvmod") and (
        after.pos_ == "PROPN" and after.ent_type_ not in ("DATE", "TIME")) else None


def particle_taken_for_preposition(verb):
    """"flew in hundreds of riot police", "sent in troops": an "in" right after a verb with
    no object, which the tagger reads as a preposition, is its particle, and the bare plural
    after it the object (not "flew in Tahiti", "met in the capital")."""
    if child(verb, "dobj") is not None or verb.i + 2 >= len(verb.doc):
        return None
    prep, noun = verb.doc[verb.i + 1], verb.doc[verb.i + 2]
    return noun if prep.lower_ == "in" and prep.head.i == verb.i and noun.head.i == prep.i and (
        noun.dep_ == "pobj" and noun.tag_ == "NNS" and noun.ent_type_ not in ("GPE", "LOC", "FAC")
    ) else None


def adjective_taken_for_verb(verb):
    """"accused neighbouring Chad of backing the rebels", tagged as a clause "neighbouring
    Chad": Chad."""
    if child(verb, "dobj") is not None:
        return None
    clause = next((c for c in children(verb, "xcomp") if c.tag_ == "VBG"
                   and c.lemma_.lower() in _ADJECTIVAL_PARTICIPLES), None)
    return child(clause, "dobj") if clause is not None else None


# Participles that are adjectives before a name ("neighbouring Chad").
_ADJECTIVAL_PARTICIPLES = {"neighbour", "neighbor", "neighbouring", "neighboring"}


def small_clause_subject(verb):
    """"held Putin responsible" parsed as a clause "Putin responsible": Putin; also a
    verbless clause ("declared the envoy persona non grata")."""
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "oprd", "xcomp")
                   and c.pos_ in ("ADJ", "NOUN", "PROPN")), None)
    if clause is None:
        return None
    # the tagger sometimes runs the subject into the predicate ("ambassador persona", "the
    # allegation absurd")
    compound = child(clause, "compound")
    return child(clause, "nsubj") or (compound if compound is not None and (
        clause.pos_ != "ADJ" or compound.pos_ == "NOUN") else None)


def infinitive_subject(verb):
    """"ordered the peacekeepers to leave" parsed as a clause "the peacekeepers to leave":
    the peacekeepers."""
    if verb.lemma_.lower() not in OBJECT_CONTROL:
        return None  # "wants Putin to attack": a wish about Putin, no act on him
    for clause in children(verb, "ccomp"):
        subject = child(clause, "nsubj")
        if subject is not None and subject.i > verb.i and is_infinitive(clause):
            return subject
    return None


def clause_taken_for_relative(verb) -> list:
    """"told reporters on the islands that Japan must take responsibility", "told a news
    conference in Algiers that Morocco had never stopped its hostile actions": a reported
    clause the tagger hung as a relative clause on a noun after the verb, its "that" taken
    for an object although the clause has an object of its own."""
    if verb.pos_ != "VERB":
        return []
    return [t for c in verb.children if c.dep_ in ("dobj", "prep") for t in c.subtree
            if t.dep_ == "relcl" and any(k.lower_ == "that" and k.dep_ == "dobj" for k in
                                         t.children)
            and any(k.dep_ in ("nsubj", "nsubjpass") for k in t.children)
            and any(k.dep_ == "dobj" and k.lower_ != "that" for k in t.children)]


def joined_to_gerund(verb):
    """"accused the government of having defended the case poorly and called on it to
    ...": a finite verb the tagger joins to the gerund after a preposition continues the
    clause the preposition hangs on, whose verb this returns (else None)."""
    gerund = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ") or child(verb, *SUBJ) is not None:
        return None
    if gerund.dep_ != "pcomp" or not (gerund.tag_ == "VBG" or any(
            a.lower_ == "having" for a in children(gerund, "aux"))):
        return None
    main = gerund.head.head
    return main if main.pos_ == "VERB" and main.tag_ == verb.tag_ else None


def joined_to_time_clause(verb):
    """"installed him on Feb. 5, hours after Eyadema died, and closed the borders": a verb
    the tagger joined to a time clause set off by commas continues the main clause, whose
    verb this returns (else None)."""
    clause = verb.head
    if verb.dep_ != "conj" or child(verb, *SUBJ) is not None or clause.dep_ != "advcl":
        return None
    doc = verb.doc
    framed = any(c.dep_ == "mark" and c.lower_ in word_lists("status")["temporal_frames"]
                 for c in clause.children)
    cc = next((c for c in children(clause, "cc") if c.i < verb.i), None)
    start = clause.left_edge.i
    set_off = start > 0 and doc[start - 1].text == "," and cc is not None and cc.i > 0 and (
        doc[cc.i - 1].text == ",")
    return clause.head if framed and set_off else None


def called_party(verb):
    """"called Obama to ask for help": the object, or a name the tagger takes for a
    predicate ("called Lee Myung-bak to condemn the attack"); else None."""
    return child(verb, "dobj") or next(
        (c for c in children(verb, "oprd") if c.ent_type_ == "PERSON"), None)
