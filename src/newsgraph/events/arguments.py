"""Finding the source and target phrases of a trigger in the dependency parse.

Verbs: the subject (or the ``by`` agent of a passive), climbing through infinitives and
coordinated verbs ("is expected to visit", "met and agreed"); object-control verbs hand
their object down ("urged Pyongyang to limit").  Targets come from the slots the lexicon
lists.  Nouns: possessors, adjectival countries, ``by`` phrases and the subject of a light
verb ("held talks with", "imposed sanctions on").
"""

from __future__ import annotations

from ..actors.parties import roles
from ..nlp.syntax import RELATIVE_PRONOUNS
from .deps import child, children, is_infinitive, is_passive, prep_objects
from .lexicon import word_lists
from .misparses import (
    OBJECT_CONTROL,
    SUBJ,
    adjective_taken_for_verb,
    clause_taken_for_phrase,
    clause_taken_for_relative,
    continues_reporting_clause,
    document_issuer,
    free_relative,
    infinitive_subject,
    joined_to_gerund,
    joined_to_time_clause,
    listed_verb,
    name_taken_for_adverb,
    name_taken_for_date,
    not_a_doer,
    object_taken_for_speaker,
    particle_taken_for_preposition,
    past_located_place,
    shifted_object,
    small_clause_subject,
    stray_subject,
    trailing_participle,
)


def reported_clauses(tok) -> list:
    """The clauses a verb of saying reports ("said that X must stop"), also those the tagger
    hung on a noun after it."""
    return children(tok, "ccomp") + clause_taken_for_relative(tok)


def _measured(tok):
    """"a day after seizing the capital": the clause the span of time measures from."""
    return tok.head if tok.dep_ == "npadvmod" and tok.pos_ == "NOUN" else tok


def _purpose_on_a_time(verb) -> bool:
    """An infinitive the tagger hung on the noun of a time phrase ("before the vote to urge
    its approval"): the purpose of the verb the phrase modifies."""
    noun = verb.head
    return (verb.dep_ == "acl" and is_infinitive(verb) and noun.dep_ == "pobj"
            and noun.head.lower_ in word_lists("status")["temporal_frames"]
            and noun.head.head.pos_ == "VERB")


def verb_source(verb, raising: bool = False):
    """The doer of ``verb``: subject, passive agent, or inherited from a governing clause.

    ``raising``: asked for an infinitive under this verb ("X is expected to visit"), where
    a passive verb's grammatical subject is the doer.
    """
    if is_passive(verb) or _passive_participle(verb):
        return _passive_source(verb, raising)
    subject = child(verb, *SUBJ)
    issuer = _issuer_of(subject) if subject is not None else None
    if issuer is not None:
        return issuer
    if subject is not None and subject.lower_ not in RELATIVE_PRONOUNS:
        return subject
    head = verb.head
    if verb.dep_ == "acomp" and verb.pos_ == "ADJ":
        return verb_source(head)  # "a team is due in Reykjavik": the copula's subject
    if (subject is None and verb.dep_ == "acl" and head.dep_ in ("dobj", "attr")
            and head.lemma_.lower() in word_lists("status")["intent_nouns"]):
        judged = head.head.lemma_.lower() in word_lists("status")["judging_verbs"]
        return None if judged else verb_source(head.head)  # "Poland has no plans to send
        # troops": Poland; "deplored the decision to use force": not who deplores it
    if subject is None and verb.dep_ in ("relcl", "acl") and head.dep_ == "attr" and (
            child(head.head, "nsubj") is not None):
        return child(head.head, "nsubj")  # "Russia became the first country to recognise"
    if listed_verb(verb):
        return verb_source(head.head)
    issuer = document_issuer(verb) if subject is None else None
    if issuer is not None:
        return verb_source(issuer)
    if subject is None and _purpose_on_a_time(verb):
        return verb_source(head.head.head)  # "telephoned Gul before the vote to urge its
        # approval": the caller urges
    if subject is not None or verb.dep_ in ("relcl", "acl"):
        return past_located_place(head) if head.pos_ in ("NOUN", "PROPN", "PRON") else None
    return _inherited_source(verb, head)


def _noun_owner(prep):
    """"ending India's monopoly on supplying Nepal": the owner of the noun that "on" or "in"
    belongs to (also when the tagger hangs the preposition on the verb after the noun)."""
    if prep.lower_ not in ("on", "in"):
        return None
    noun = prep.head
    if noun.pos_ in ("VERB", "AUX"):
        noun = child(noun, "dobj")
        if noun is None or noun.right_edge.i + 1 != prep.i:
            return None
    return child(noun, "poss") if noun.pos_ == "NOUN" else None


def _inherited_source(verb, head):
    """The doer of a verb with no subject of its own: the governing clause's, or the one a
    misparse hid (a stray subject, a participle or conjunct hung on the wrong clause)."""
    governor = _measured(_parallel_preposition(head).head) if (
        verb.dep_ == "pcomp" and head.pos_ == "ADP") else None
    owned = _noun_owner(head) if verb.dep_ == "pcomp" else None
    if owned is not None:
        return owned
    if governor is not None and governor.pos_ in ("VERB", "AUX"):
        return _governor_source(governor)
    stray = stray_subject(verb) or clause_taken_for_phrase(verb) or name_taken_for_date(verb)
    if stray is not None:
        return stray
    owner = trailing_participle(verb)
    if owner is not None:
        return verb_source(owner)
    if verb.dep_ == "conj" and head.dep_ == "ccomp" and (
            child(head, *SUBJ) is None or not_a_doer(child(head, *SUBJ))):
        # "told X that there could be no peace, and urged Y"; "said the pact would not
        # allow a base, and dismissed concerns": misattached to the reported clause
        return verb_source(head.head)
    reporting = (continues_reporting_clause(verb) or joined_to_time_clause(verb)
                 or joined_to_gerund(verb))
    if reporting is not None:
        return verb_source(reporting)
    if verb.dep_ == "conj" and head.dep_ == "relcl" and not_a_doer(head.head):
        # "condemned the launches as a provocation that threatened peace and called on"
        main = main_verb(head.head)
        while main is not None and main.dep_ == "pcomp" and main.head.head.pos_ == "VERB":
            main = main.head.head  # "accused Guyana of granting concessions in an area
            # both claim and called on": the accuser calls, not Guyana
        return verb_source(main) if main is not None else None
    if (verb.dep_ in ("xcomp", "advcl", "conj", "pcomp") or verb.dep_ == "ccomp"
            and is_infinitive(verb) or verb.dep_ == "dep" and verb.tag_ in ("VBD", "VBZ")
            ) and head.i != verb.i:  # "decide whether to deploy"; "accused X, demanded Y
        # and said", the middle verb left unlabelled by the tagger
        controller = _controller(verb, head)
        if controller is not None:
            return controller
        if verb.dep_ == "conj" and is_passive(head) and child(head, "nsubjpass") is not None:
            return child(head, "nsubjpass")  # "were surrounded by police, and pulled back"
        if head.pos_ in ("VERB", "AUX", "ADJ") or (  # "A and B knelt before the king and
                head.dep_ == "ROOT" and child(head, "nsubj") is not None):  # agreed", with
            return verb_source(head, raising=verb.dep_ == "xcomp")  # "knelt" as a noun
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ":
        return verb_source(head.head)
    if verb.dep_ == "acomp":
        return verb_source(head)
    return None


def _passive_source(verb, raising: bool):
    """A passive verb's agent ("was threatened with tariffs by Trump"); with ``raising``
    its grammatical subject."""
    agents = prep_objects(verb, "by") or [
        a for p in children(verb, "prep") for o in children(p, "pobj")
        for a in prep_objects(o, "by")]
    if agents:
        return agents[0]
    subject = child(verb, "nsubjpass") if raising else None
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and (
            verb.dep_ == "relcl"):  # "Abiola, who is expected to travel": Abiola
        return verb.head
    return subject


def _governor_source(governor):
    """The doer of a gerund under a preposition: "accused the RSF of killing" (the RSF);
    "by doing", "a day after seizing" (the governing verb's subject)."""
    if governor.dep_ == "relcl" and not_a_doer(governor.head):
        governor = main_verb(governor.head)  # "lifted the roadblocks that had paralysed
        if governor is None:  # the country after signing a deal": who lifted them
            return None
    doer_object = word_lists("threats")["doer_object_verbs"]
    if governor.lemma_.lower() in doer_object and child(governor, "dobj") is not None:
        return child(governor, "dobj")
    if governor.dep_ == "xcomp" and governor.head.lemma_.lower() in doer_object and (
            named := adjective_taken_for_verb(governor.head)) is not None:
        return named  # "accused neighbouring Chad of backing"
    return verb_source(governor)


def _parallel_preposition(prep):
    """"accusing X of driving people across the river and of massing troops": the tagger
    joins the second "of" to the nearest preposition; the first "of" is its parallel."""
    if prep.dep_ != "conj":
        return prep
    return next((a for a in prep.ancestors if a.lower_ == prep.lower_ and a.dep_ == "prep"),
                prep)


def _controller(verb, head):
    """"ordered Argentina to end the blockades": the object of a control verb, also when
    the infinitive is tagged as an adverbial clause (then only a name: "called a strike to
    protest" is no control)."""
    if not ((verb.dep_ == "xcomp" or verb.dep_ == "advcl" and is_infinitive(verb))
            and head.lemma_ in OBJECT_CONTROL):
        return None
    # "called on Sudan to ...", but "called Obama to ask for help" asked himself
    obj = (None if head.lemma_ == "call" else child(head, "dobj")) or _first(
        prep_objects(head, "on") or prep_objects(head, "upon"))
    if obj is not None and (verb.dep_ == "xcomp" or obj.pos_ == "PROPN"):
        return obj
    return None


def _issuer_of(document):
    """"UNASUR's closing statement demanded", "a statement by the bloc urged", "the Union,
    whose statement demanded": a document says what its issuer says."""
    if document.lemma_.lower() not in word_lists("attribution")["document_nouns"]:
        return None
    owner = child(document, "poss") or _first(prep_objects(document, "by"))
    if owner is not None and owner.lower_ == "whose":
        clause = document.head  # the relative clause, hung on the issuer
        return clause.head if clause.dep_ == "relcl" else _name_before(owner)
    return owner


def _name_before(tok):
    """The name just before ``tok`` (past a comma), as a whole: "the Union of South
    American Nations, whose ...": Union."""
    before = tok.i - 1
    while before > 0 and tok.doc[before].is_punct:
        before -= 1
    name = next((e for e in tok.doc.ents if e.start <= before < e.end), None)
    return name.root if name is not None else tok.doc[before]


def main_verb(noun):
    """The verb a noun phrase hangs on, however deep (None if there is none)."""
    while noun.pos_ not in ("VERB", "AUX") and noun.head.i != noun.i:
        noun = noun.head
    return noun if noun.pos_ in ("VERB", "AUX") else None


def _first(items: list):
    return items[0] if items else None


def _passive_participle(verb) -> bool:
    """"soldiers killed in Ukraine", "a proposal rejected by X": the noun is the patient
    (not "reports that it had sent troops", a clause with its own subject, nor "China,
    which ..., offered to help and urged restraint", the main verb of a sentence the tagger
    left without one: a past tense coordinated with it gives it away, as does an
    apposition closed by a comma, "France, the former colonial power, called on ...")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or child(verb, "nsubj") is not None:
        return False
    head = verb.head
    if head.dep_ == "ROOT" and any(c.tag_ in ("VBD", "VBZ") for c in children(verb, "conj")):
        return False
    return not (head.dep_ in ("ROOT", "nsubj") and verb.nbor(-1).text == "," and any(
        c.i < verb.i for c in children(head, "appos")) and child(verb, "agent") is None)


def verb_object(verb):
    """The grammatical direct object (the passive subject for passives, the modified noun
    for a participle: "soldiers *killed*")."""
    if is_passive(verb):
        return child(verb, "nsubjpass")
    if _passive_participle(verb) and child(verb, "dobj") is None:
        return verb.head
    objects = children(verb, "dobj")
    # "detained veteran ... leader Hassan al-Turabi", tagged as two objects: the name
    obj = next((o for o in objects if o.pos_ == "PROPN"), objects[0]) if objects else None
    subject = child(verb, "nsubj")
    if (obj is None and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN"
            and subject is not None and subject.lower_ not in RELATIVE_PRONOUNS
            and not any(c.lower_ == "whose" for c in subject.children)):
        return verb.head  # "a charge the Russian delegation rejected": the charge
    if obj is not None and obj.lower_ in ("that", "which", "whom") and verb.dep_ == "relcl":
        return verb.head  # "an agreement that Greece and Egypt signed": the agreement
    # "struck what X described as a camp, the first raid ...": the tagger may take the
    # apposition for the object; the free relative is the object
    return (free_relative(verb) or obj or shifted_object(verb) or adjective_taken_for_verb(verb)
            or small_clause_subject(verb) or infinitive_subject(verb)
            or name_taken_for_adverb(verb) or particle_taken_for_preposition(verb)
            or object_taken_for_speaker(verb) or _shared_object(verb))


def _shared_object(verb):
    """"had arrested and tortured hundreds of traders": a transitive verb left without an
    object shares that of the verb coordinated right after it."""
    nxt = verb.nbor(1) if verb.i + 2 < len(verb.doc) else None
    if nxt is None or nxt.dep_ != "cc" or nxt.lower_ not in ("and", "or"):
        return None
    second = verb.nbor(2)
    if second.dep_ != "conj" or second.head.i != verb.i or second.pos_ != "VERB":
        return None
    return child(second, "dobj")


def is_reciprocal(obj) -> bool:
    """"accused each other", "blamed one another", "each government accused the other",
    "expelled each other's diplomats"."""
    if obj is not None and any(c.dep_ == "poss" and is_reciprocal(c) for c in obj.children):
        return True
    if obj is None or obj.lower_ not in ("other", "another"):
        return False
    return any(c.lower_ in ("each", "one", "the") for c in obj.children) or (
        obj.lower_ == "another")


def object_lemmas(obj) -> set[str]:
    if obj is None:
        return set()
    counted = [p for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"] and (
        obj.like_num or obj.lemma_.lower() in roles()["quantities"])
    # "millions of people": people, not money
    # (the word as written too, where the tagger's lemma is off: "d'affaires" -> "d'affaire")
    lemmas = set() if counted else {obj.lemma_.lower(), obj.lower_}
    lemmas.update(c.lemma_.lower() for c in obj.children if c.dep_ == "conj")
    # "a hunger strike": the modified noun too, so an entry can ask for "hunger strike"
    lemmas.update(f"{c.lemma_.lower()} {word}" for c in obj.children
                  if c.dep_ in ("compound", "amod") and c.i == obj.i - 1
                  for word in (obj.lemma_.lower(), obj.lower_))
    for prep in obj.children:  # "tens of thousands of troops", "a package of aid"
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    lemmas |= object_lemmas(pobj)
    return lemmas


def nested_objects(heads: list) -> list:
    """"lift curbs on exports *to South Korea*", "support for *Israel's* security":
    possessors and objects one preposition further down (in a thing's clause too, not in
    a named person's: "accused Ranariddh, who flew to Paris, of ..."); whose act it is
    ("urged restraint *by both Seoul and Pyongyang*", but not "the area, which is claimed
    by China")."""
    owners = heads + [r for head in heads if head.pos_ != "PROPN"
                      for r in children(head, "relcl", "acl")]
    return [o for head in heads for o in children(head, "poss")] + [
        p for owner in owners for w in ("to", "from", "against", "with", "on", "of", "between")
        for p in prep_objects(owner, w)] + [p for head in heads for p in prep_objects(head, "by")]


def possessors(obj) -> list:
    """"rejected Russia's proposal", "condemned the Russian strike": Russia."""
    found = children(obj, "poss")
    modifiers = [obj, *(c for c in obj.children if c.dep_ == "compound" and c.pos_ == "NOUN")]
    found += [c for m in modifiers for c in m.children if c.dep_ in ("amod", "compound") and (
        c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")]  # "the U.N. ceasefire
    # resolution": the U.N.'s
    found += prep_objects(obj, "by") + prep_objects(obj, "of")
    return found
