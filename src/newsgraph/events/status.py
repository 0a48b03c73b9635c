"""Status of an event from its trigger's place in the parse.

Walks from the trigger up through the verbs and adjectives that govern it ("is expected to
visit", "denied that troops attacked", "is ready to supply") and looks at negation, modals,
conditionals, hedging adverbs and tense.  The word lists live in ``data/events/status.yaml``.
"""

from __future__ import annotations

import datetime as dt

from ..model import Status
from .deps import is_infinitive, judged_object
from .lexicon import word_lists
from .misparses import (
    OBJECT_CONTROL,
    called_party,
    continues_reporting_clause,
    is_participle_clause,
    listed_verb,
    trailing_participle,
)

# dependency labels that lead from a clause up to the word governing it
_UP_DEPS = {"xcomp", "ccomp", "conj", "advcl", "acomp", "oprd", "pcomp", "relcl", "acl", "dobj",
            "nsubj", "nsubjpass", "pobj", "prep", "attr", "appos", "compound", "amod"}


def governors(trigger) -> list:
    """The trigger and the chain of words above it, up to (not past) a speech verb or a
    temporal frame ("after talks", "after Lukashenko accused"), which keeps its own tense."""
    speech = word_lists("attribution")["speech_verbs"]
    frames = word_lists("status")["temporal_frames"]
    chain = [trigger]
    tok = trigger
    while tok.dep_ in _UP_DEPS and tok.head.i != tok.i and len(chain) < 8:
        relative = tok.dep_ == "relcl" or tok.dep_ == "ccomp" and any(
            c.dep_ == "dobj" and c.lower_ == "what" for c in tok.children)
        if relative and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            break  # "a pact his government has signed would not allow ...", "would resist
            # what he called an invasion": its own clause
        if tok.dep_ == "ccomp" and (tok.head.lemma_ in speech or tok.i < tok.head.i
                                    or _listed_clause(tok)):
            break  # a clause before its verb, or after "and", is one of a list ("Hollande
            # condemned the coup, Britain urged ..., and Ashton called"), or it is reported
            # ("..., he said"): its own tense
        if tok.dep_ == "pobj" and _framed_noun(tok):
            break
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in frames
                                       for c in tok.children):
            break
        if trailing_participle(tok) is not None:
            break  # a co-event of the reporting verb, not governed by the reported clause
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent"
                                                          for c in tok.children):
            break  # "demanded the release of a ship seized by the navy": done already
        if listed_verb(tok):
            tok = tok.head  # "demanded a withdrawal, accused India ...": up to "demanded"
        reporting = continues_reporting_clause(tok)
        tok = tok.head if reporting is None else reporting  # "denied that X had ... and
        # accused Y": a sibling of the denial, not under it
        if tok.lemma_ in speech and tok.pos_ == "VERB":
            break
        chain.append(tok)
    return chain


def _listed_clause(clause) -> bool:
    """A conjunct the tagger took for a complement: the clause opens after "and", or it is
    in the past under a verb of asking ("Britain urged a return to democracy, and EU
    foreign policy chief Catherine Ashton called for elections")."""
    start = clause.left_edge.i
    return start > 0 and clause.doc[start - 1].lower_ == "and" or (
        clause.tag_ == "VBD" and clause.head.lemma_ in OBJECT_CONTROL
        and any(c.dep_ == "nsubj" for c in clause.children))


def _framed_noun(noun) -> bool:
    """A noun in a frame that keeps its own time: "after talks", "in response to an
    attack"; "as" with a noun too ("as one of the conditions of an agreement"), except
    after a verb of denial ("dismissed as false reports that troops were sent")."""
    words = word_lists("status")
    prep, owner = noun.head.lower_, noun.head.head
    if prep == "as":
        return owner.lemma_ not in words["negating_governors"]
    return prep in set(words["temporal_frames"]) - set(words["clause_only_frames"]) or (
        prep in ("to", "for") and owner.lemma_.lower() in words["reply_frames"])


def event_status(trigger, event_date_start: dt.date | None, article_date: dt.date | None
                 ) -> Status:
    """occurred | planned | possible | negated for the event signalled by ``trigger``."""
    words = word_lists("status")
    chain = governors(trigger)
    if _negated(chain, words):
        return Status.NEGATED
    if any(k > 0 and tok.lemma_ in words["possible_when_negated"] and _has_negation(tok, words)
           for k, tok in enumerate(chain)):
        return Status.POSSIBLE  # "did not rule out developing cooperation"
    if trigger.lemma_.lower() in words["possible_triggers"]:
        return Status.POSSIBLE  # "said it would review its aid": a review may end in a cut
    pending = _pending(chain[-1])
    if pending is not None:
        return pending
    for k, tok in enumerate(chain):
        if k > 0 and chain[k - 1].dep_ == "xcomp" and tok.lemma_ == "be":
            return Status.PLANNED  # "Rwanda is to lift its measures"
        # "urged restraint and called on the army": a verb the trigger is coordinated
        # with lends its modals, not its meaning
        sibling = k > 0 and (chain[k - 1].dep_ == "conj"  # "demanded ..., warning that":
                             or is_participle_clause(chain[k - 1])  # its own act
                             or listed_verb(chain[k - 1]))
        if sibling and chain[k - 1].tag_ != tok.tag_:
            break  # a coordinated verb with its own tense is a clause of its own
        # "O'Brien, visiting Tbilisi, warned that ...": a verb's meaning bears on what it
        # governs, not on its own subject (its modals still do: "a strike could follow")
        own_subject = k > 0 and chain[k - 1].dep_ == "nsubj"
        verdict = _token_status(tok, trigger, words, sibling or own_subject)
        if verdict is not None:
            return verdict
    if trigger.sent.text.rstrip().endswith("?"):
        return Status.POSSIBLE
    if (event_date_start and article_date and event_date_start > article_date
            and not _past(chain)):
        return Status.PLANNED
    return Status.OCCURRED


def _pending(clause) -> Status | None:
    """"it could take weeks before the two sides agreed", "will wait until the troops
    left": a clause of "before" or "until" under a modal tells of what has not happened."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if clause.dep_ != "advcl" or not marks & {"before", "until", "till"}:
        return None
    modals = {c.lower_ for c in clause.head.children if c.tag_ == "MD"}
    if not modals:
        return None
    return Status.PLANNED if modals & {"will", "shall", "'ll"} else Status.POSSIBLE


def _own_clause(conjunct, head) -> bool:
    """A verb coordinated with ``head`` that keeps its own polarity: its own tense ("would not
    back down and thanked Pelosi"), its own auxiliary or a contrast ("did not want war but
    would answer any attack")."""
    contrast = any(c.dep_ == "cc" and c.lower_ == "but" for c in [*conjunct.children,
                                                                  *head.children])
    return contrast or conjunct.tag_ != head.tag_ or any(c.dep_ == "aux"
                                                         for c in conjunct.children)


def _negated(chain, words) -> bool:
    negators = words["negating_governors"]
    particles = words["negating_particles"]
    for k, tok in enumerate(chain):
        # "denied X and accused Y": a coordinated verb is a sibling event, not a governor,
        # though "did not meet or talk" shares its negation
        coordinate = k > 0 and chain[k - 1].dep_ == "conj"
        if k > 0 and chain[k - 1].dep_ == "advcl" and not is_infinitive(chain[k - 1]):
            continue  # "blocked roads, demanding ...": an adverbial clause has its own
            # polarity; not "refused on Sunday to free them", an object parsed as adverbial
        if coordinate and _own_clause(chain[k - 1], tok):
            continue
        if k > 0 and chain[k - 1].dep_ == "dobj" and chain[k - 1].pos_ == "NOUN" and (
                tok.lemma_.lower() in words["judging_verbs"]):
            return False  # "did not condone the seizure of power": the seizure was done
        if k == 1 and tok.lower_ == "without" and chain[0].dep_ in ("pcomp", "pobj"):
            return True  # "let troops in without consulting parliament"
        if k == 0 and any(c.dep_ in ("dobj", "nsubjpass") and (
                c.lower_ in words["negative_objects"] or any(
                    d.dep_ == "det" and d.lower_ == "no" for d in c.children))
                for c in tok.children):  # "would hand nobody over", "would send no more
            return True  # rice", "no agreement was signed"
        if any((c.dep_ == "neg" or (c.lower_ in words["negation_words"] and c.dep_ in
               ("neg", "det", "advmod", "preconj"))) and (c.i < tok.i or tok.pos_ != "VERB")
               for c in tok.children):  # "urged X not to ..." does not negate the urging
            # "did not hesitate to attack": a negated governor of a negator flips back (the
            # trigger itself is no governor: "would not break off relations")
            return k == 0 or tok.lemma_ not in negators
        # "stopped the smugglers with help from Y": the help is no part of what stopped
        means = k > 1 and chain[k - 1].dep_ == "prep" and chain[k - 1].lower_ == "with"
        # "rejected the apology for the bombing": the bombing stays done
        done = k > 1 and chain[k - 1].lemma_.lower() in words["done_act_nouns"]
        if tok.lemma_ in negators and k > 0 and not coordinate and not means and not done and (
                not _denies_a_charge(tok, chain[k - 1])):
            need = particles.get(tok.lemma_)
            if need is None or any(c.lower_ == need for c in tok.children):
                return True
        # a verb trigger's own "on hold" or "cancelled" is what it does ("put tariffs on
        # hold", "cancelled Kosovo's participation"), not a negation of it
        own_verb = k == 0 and tok.pos_ == "VERB"
        if (_on_hold(tok, words["negating_phrases"]) and not own_verb) or any(
                c.dep_ == "advmod" and " ".join(t.lower_ for t in c.subtree)
                in words["negating_adverbs"] for c in tok.children):
            return True  # "put on hold", "will no longer stop in"
        if (tok.lower_ in words["negated_adjectives"] and not own_verb) or any(
                c.dep_ == "amod" and c.lower_ in words["negated_adjectives"]
                for c in tok.children):
            return True
    return False


def _denies_a_charge(negator, below) -> bool:
    """"Russia accused Ukraine of shelling the plant, a charge Kyiv denied", parsed with
    "accused" as the clause of "denied": what is denied is the charge, not the accusing."""
    claims = word_lists("threats")["claim_nouns"]
    return below.dep_ == "ccomp" and any(c.dep_ == "dobj" and c.lemma_.lower() in claims
                                         for c in negator.children)


def _has_negation(tok, words) -> bool:
    return any(c.dep_ == "neg" or (c.lower_ in words["negation_words"] and c.dep_ == "advmod")
               for c in tok.children)


def _on_hold(tok, phrases: dict) -> bool:
    """"put tariffs on hold": a prepositional phrase that suspends the event."""
    return any(c.dep_ == "prep" and any(o.lower_ in phrases.get(c.lower_, ())
                                        for o in c.children if o.dep_ == "pobj")
               for c in tok.children)


def _token_status(tok, trigger, words, sibling: bool = False) -> Status | None:
    """What one word of the chain says, if anything."""
    governs = tok.i != trigger.i and not sibling
    if governs and tok.lemma_.lower() in words["convening_verbs"] and trigger.head.i == tok.i \
            and trigger.dep_ == "dobj" and not judged_object(tok, trigger) and not any(
            c.dep_ in ("oprd", "xcomp", "ccomp") for c in tok.children):
        return Status.PLANNED  # "called a rally for Sunday" (not "called the attack a crime")
    # "called on X to" asks, but "called Lee to condemn the attack" is a phone call
    phoned = tok.lemma_ == "call" and called_party(tok) is not None
    possible = tok.lemma_.lower() in words["possible_governors"] or tok.lower_ in words[
        "possible_governors"] or (tok.pos_ == "ADJ" and tok.lower_ in words["possible_predicates"])
    if governs and possible and not phoned:
        return Status.POSSIBLE  # "would look at further measures": the looking decides
    for child in tok.children:
        low = child.lower_
        if child.dep_ == "aux" and low in words["planned_modals"]:
            return Status.PLANNED
        if child.dep_ == "aux" and low in words["possible_modals"]:
            if low == "would" and _counterfactual(tok):
                return Status.NEGATED  # "a resolution that would have imposed sanctions"
            if low == "would" and speech_head(tok) is not None:
                return Status.PLANNED
            return Status.POSSIBLE
        if child.dep_ == "advmod" and low in words["possible_adverbs"]:
            return Status.POSSIBLE
        if child.dep_ == "mark" and low in words["condition_marks"] and tok.dep_ in (
                "advcl", "ccomp", "conj", "ROOT") and low != "whether":
            return Status.POSSIBLE
        if child.dep_ == "mark" and low == "whether":
            return Status.POSSIBLE
        if child.dep_ in ("amod", "compound") and low in words["planned_adjectives"]:
            return Status.PLANNED
        if child.dep_ in ("amod", "compound") and low in words["possible_adjectives"]:
            return Status.POSSIBLE
        if child.dep_ == "aux" and low in ("going",):
            return Status.PLANNED
    if not governs:
        lemma = tok.lemma_.lower()
        # "is expected in Kiev" predicts a visit; "expected an apology" asks for one
        predicts = lemma in words["planned_triggers"] and not any(
            c.dep_ == "dobj" for c in tok.children)
        return (Status.PLANNED if predicts else Status.POSSIBLE
                if lemma in words["possible_triggers"] else None)
    if tok.lemma_.lower() in words["planned_governors"] and not _planned_in_past(tok):
        return Status.PLANNED
    return None


def _counterfactual(tok) -> bool:
    """"would have imposed": what would have happened, and so did not."""
    return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have"
                                     for c in tok.children)


def _planned_in_past(tok) -> bool:
    """"X agreed to Y" is planned; "X had planned to" still planned: only the lemma matters,
    except "set" and "announce", which need a following infinitive to mean a plan."""
    if tok.lemma_ in ("set", "announce", "decide", "agree"):
        return not any(c.dep_ == "xcomp" for c in tok.children)
    return False


def speech_head(tok, also: frozenset[str] = frozenset()):
    """The verb of saying (or one of ``also``) whose reported clause holds ``tok``."""
    speech = word_lists("attribution")["speech_verbs"] | also
    while tok.dep_ in ("ccomp", "conj", "xcomp") and tok.head.i != tok.i:
        tok = tok.head
        if tok.lemma_ in speech:
            return tok
    return None


def _past(chain) -> bool:
    return any(t.tag_ in ("VBD", "VBN") for t in chain)


def futurate(tok, when, article_date: dt.date | None) -> bool:
    """"India is sending its foreign secretary to Colombo this week": a present progressive
    with a time that runs past the article's date is an arrangement, not yet done."""
    return (tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am")
                                      for c in tok.children)
            and when.precision in ("week", "month") and when.end is not None
            and article_date is not None and when.end > article_date)


def is_refusal(tok, type_: str) -> bool:
    """A negated event of ``type_`` that is a refusal: a negated acceptance ("could not
    accept the terms"), a concession its doer says it will not make ("would not free the
    prisoners") or a shared act its doer declined ("declined to renew an agreement with
    India")."""
    words = word_lists("status")
    if tok.lemma_.lower() in words["refusals_when_negated"] and type_ in ("AGREE", "SUPPORT"):
        return True
    own_negation = any(c.dep_ == "neg" or c.dep_ == "dobj" and c.lower_ in words[
        "negative_objects"] for c in tok.children)  # not "unclear whether they would leave"
    if type_ in ("CONCEDE", "RETREAT", "COOPERATE") and own_negation and any(
            c.dep_ == "aux" and c.lower_ in words["refusing_modals"] for c in tok.children):
        return True  # "would not free any convicted guerrillas", "would not disarm", "the
        # mandate would not be renewed"
    verb = tok.head if tok.dep_ == "dobj" else tok  # "declined to renew an agreement"
    return type_ in ("AGREE", "COOPERATE", "CONSULT") and verb.dep_ == "xcomp" and (
        verb.head.lemma_.lower() in words["refusing_governors"])


def asked_for(tok) -> bool:
    """"urged both sides to settle their dispute", "demanded that Honiara hand Moti over":
    the verb is what a request asks for (``status.yaml``: asked_acts), as is one listed
    after it ("demanded that Seoul return the submarine and hand over the crew")."""
    while tok.dep_ == "conj" and tok.head.pos_ == "VERB" and tok.head.i != tok.i:
        if _own_modal_clause(tok):
            return False  # "demanded that all sanctions be lifted, and that Washington could
        tok = tok.head  # not accept": the speaker's own verdict, not what was demanded
    head = tok.head.lemma_
    demanding = word_lists("status")["asked_acts"]["demanding_verbs"]
    return tok.pos_ == "VERB" and (tok.dep_ == "xcomp" and head in OBJECT_CONTROL or (
        tok.dep_ == "ccomp" and head in demanding))


def _own_modal_clause(verb) -> bool:
    """A conjunct with its own subject and its own modal or negation."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and any(
        c.tag_ == "MD" or c.dep_ == "neg" for c in verb.children)


def not_coded_when_asked(trigger) -> bool:
    """An act only asked for is no event of the kinds in ``status.yaml`` (asked_acts): the
    request is the event."""
    asked = word_lists("status")["asked_acts"]
    return trigger.type in asked["types"] or trigger.lemma in asked["lemmas"]
