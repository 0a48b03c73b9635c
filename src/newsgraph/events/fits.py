"""Whether a lexicon entry applies to a token: the conditions on its dependents."""

from __future__ import annotations

from ..actors.parties import roles
from ..nlp.coref import is_single_reference
from ..nlp.groups import is_group_reference
from ..nlp.syntax import reported_speaker
from . import arguments as args
from . import nouns
from .deps import trailing_adjectives
from .lexicon import Trigger, word_lists, words_before_fit
from .threat_frame import is_future


def fits(tok, trigger: Trigger) -> bool:
    """The lexicon's conditions on the trigger's own dependents (``lexicon.yaml``)."""
    if trigger.particle and not _has_particle(tok, trigger.particle):
        return False
    if trigger.type == "ASSAULT" and tok.pos_ == "PROPN" and tok.ent_type_ == "EVENT":
        return False  # "since the Cold War", "the Gulf War": the name of a past war
    if trigger.pos == "NOUN" and (not words_before_fit(tok, trigger.lemma) or (
            _in_a_name(tok))):
        return False
    if trigger.mutual and _side_by_side(tok):
        return False
    obj = args.verb_object(tok) if trigger.pos == "VERB" else None
    return _object_fits(tok, trigger, obj) and _context_fits(tok, trigger, obj)


def _side_by_side(verb) -> bool:
    """"The two leaders fought side by side", "fought together": allies, with no enemy
    named ("fought alongside the rebels against the army" still names one)."""
    together = any(c.lower_ in ("side", "together", "alongside") and c.dep_ in (
        "npadvmod", "advmod", "prep") for c in verb.children)
    return together and not any(c.lower_ == "against" for c in verb.children)


def _in_a_name(noun) -> bool:
    """"which make up the Alliance of Sahel States": a word of an organisation's name."""
    return noun.ent_type_ == "ORG" and noun.text[:1].isupper() and noun.i > noun.sent.start


def _has_particle(tok, particle: str) -> bool:
    """"call *on*", and a complement after the object: "held X *responsible*"; never a
    preposition of time ("called Putin on Tuesday")."""
    if any(c.lower_ == particle and not _of_time(c) for c in tok.children):
        return True
    if any(m.dep_ == "mark" and m.lower_ == particle and m.i == tok.i + 1
           and args.child(c, "nsubj") is not None
           for c in args.children(tok, "advcl", "ccomp") for m in c.children):
        return True  # "called for Turkey to end the offensive", "for" opening the clause
        # (not "called for Ravalomanana to be reinstated": who is to act is not said)
    obj = args.verb_object(tok) if tok.pos_ in ("VERB", "AUX") else None
    return obj is not None and any(c.lower_ == particle and c.dep_ == "amod" and c.i > obj.i
                                   for c in obj.children)


def _of_time(prep) -> bool:
    """A preposition whose object is a time ("on Tuesday", "in March")."""
    return any(o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def _object_fits(tok, trigger: Trigger, obj) -> bool:
    # "teach the government a lesson": either of two objects may be the one asked for; "fired
    # tear gas and live rounds": the tagger joins the second object to the verb
    objects = [obj, *(c for c in tok.children if c is not obj and (c.dep_ == "dobj" or (
        c.dep_ == "conj" and c.pos_ == "NOUN")))] if obj is not None else []
    if trigger.obj and not (set().union(*map(args.object_lemmas, objects)) & trigger.obj):
        return False
    if trigger.obj_not and args.object_lemmas(obj) & trigger.obj_not:
        return False
    if trigger.no_obj and obj is not None:
        return False
    if trigger.obj_entity and not entity_like(obj):
        return False
    # "struck the deal" is no attack; "struck Kyiv", "hit Iran's bases" are
    return not trigger.obj_entity_or_poss or _owned_or_entity(obj)


def _owned_or_entity(obj) -> bool:
    if obj is None:
        return False
    return entity_like(obj) or bool(args.object_lemmas(obj) & roles()["country_owned"]) or any(
        c.dep_ in ("poss", "amod", "compound") and (entity_like(c) or _nationality(c))
        for c in obj.children)


def _nationality(tok) -> bool:
    """"a Turkish ship": a capitalised adjective inside the sentence (the tagger does not
    always mark it as a nationality)."""
    return tok.pos_ == "ADJ" and tok.text[:1].isupper() and tok.i > tok.sent.start


def _meeting_of_a_body(tok) -> bool:
    """"Flew to Cochabamba for an emergency meeting of the Union of South American
    Nations": members at their organisation's own meeting neither visit the host nor meet
    each other one by one (``threats.yaml``: body_meetings)."""
    meetings = [tok] if tok.pos_ == "NOUN" else args.prep_objects(tok, "for")
    return any(m.lemma_.lower() in word_lists("threats")["body_meetings"] and any(
        o.ent_type_ == "ORG" for o in args.prep_objects(m, "of")) for m in meetings)


def _context_fits(tok, trigger: Trigger, obj) -> bool:
    return _surroundings_fit(tok, trigger, obj) and _conditions_fit(tok, trigger)


def _surroundings_fit(tok, trigger: Trigger, obj) -> bool:
    """What the trigger stands in: not a motive, a body's meeting, a verdict, a complaint's
    name, or after a light verb or preposition that cancels it."""
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and (
            tok.lemma_.lower() in word_lists("threats")["motive_nouns"]):
        return False  # "expelled the envoy in retaliation for ...": why, not a second act
    if trigger.type == "CONSULT" and _meeting_of_a_body(tok):
        return False
    if trigger.type == "THREATEN" and tok.pos_ == "NOUN" and tok.dep_ == "attr" and (
            tok.head.lemma_ == "be"):
        return False  # "said Velasquez was a threat to public order": a verdict on him
    if trigger.type == "PROTEST" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            tok.head.head.lemma_.lower() in word_lists("attribution")["complaint_documents"]):
        return False  # "handed the envoy a note of protest": a complaint, not a rally
    if trigger.not_with and any(
            c.dep_ in ("prep", "dative", "prt") and c.lower_ in trigger.not_with
            and not _of_time(c)
            for owner in (tok, obj) if owner is not None for c in owner.children):
        return False
    # ("ended without agreement" ended no agreement; "reviewing its aid programme" reviews
    # the aid)
    if trigger.not_after and not (tok.dep_ == "pobj" and tok.head.lower_ == "without"):
        light = nouns.light_verb(nouns.package_head(tok))
        if light is not None and light.lemma_.lower() in trigger.not_after:
            return False  # "lodged a protest" is a diplomatic complaint, not a street protest
    return True


def _conditions_fit(tok, trigger: Trigger) -> bool:
    """The lexicon entry's own conditions: subjects, tense, the clause or phrase required."""
    if trigger.subject_in or trigger.subject_not_in:
        subject = _counted(args.verb_source(tok)) if trigger.pos == "VERB" else None
        lemma = subject.lemma_.lower() if subject is not None else ""
        if subject is not None and subject.tag_ == "NNPS" and lemma.endswith("s"):
            lemma = lemma[:-1]  # "the Marines landed": a capitalised plural
        if trigger.subject_in and lemma not in trigger.subject_in:
            return False
        if lemma in trigger.subject_not_in:
            return False  # "the package targets Russian banks" is no attack
    if trigger.future_only and not is_future(tok):
        return False
    if trigger.promised_only and not _promised(tok):
        return False  # "held an election" concedes nothing; "promised to hold one" does
    if trigger.mode == "phone" and any(c.dep_ == "oprd" for c in tok.children):
        return False  # "calling it a fabrication" is no phone call
    if trigger.said_only and not (reported_speaker(tok) is not None and any(
            c.tag_ == "MD" for c in tok.children)):
        return False  # "stood trial in 1999" accuses no one
    if trigger.mode == "visit" and any(c.lower_ in ("home", "back") and c.dep_ in (
            "advmod", "npadvmod", "prt") for c in tok.children):
        return False  # "Gandhi flew home to New Delhi" visits no one
    if trigger.felt and not (tok.dep_ == "acomp" or args.is_passive(tok)):
        return False  # "was outraged", "was disappointed by"; not "the move outraged Kyiv"
    if trigger.clause_verbs and not any(  # "said Indian troops had provoked the violence"
            v.lemma_.lower() in trigger.clause_verbs
            for c in args.children(tok, "ccomp", "xcomp", "advcl")
            for v in [c, *args.children(c, "conj")]):
        return False
    if trigger.needs_clause and not args.children(tok, "ccomp", "xcomp", "pcomp") and not any(
            c.tag_ == "VBG" or c.left_edge.tag_ == "VBG" and c.left_edge.dep_ == "amod"
            or nouns.bare_gerund(c) for c in args.children(tok, "dobj")):  # "denied firing from
        return False  # it", "deny holding prisoners" (the gerund taken for an adjective)
    if trigger.needs_clause and args.is_passive(tok) and not args.prep_objects(tok, "by"):
        return False  # "the jet was forced to land": by no one named
    if trigger.requires_prep and not _has_prep(tok, trigger.requires_prep):
        return False
    if trigger.requires_blame and not _blaming_clause(tok):
        return False
    if trigger.requires_dismissal and not _dismissing_clause(tok):
        return False
    if trigger.requires_condemnation and not _condemning_clause(tok):
        return False
    if trigger.requires_obligation and not _obliging_clause(tok):
        return False
    if trigger.requires_judgement and not _judged(tok, trigger.type):
        return False
    if trigger.requires_threat:
        threats = word_lists("threats")["threat_words"]
        # not in a verb listed after it ("promised a referendum and said the measures were
        # temporary") nor as a noun's modifier ("an amnesty for fighters not suspected of war
        # crimes")
        listed = {t.i for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
                  for t in c.subtree}
        return any(t.lemma_.lower() in threats and t.dep_ != "compound" for t in tok.subtree
                   if t.i != tok.i and t.i not in listed) or _conditional_warning(tok)
    return True


def _conditional_warning(tok) -> bool:
    """"Warned that consumers could shun Australian wine if the government kept pursuing
    the idea": a consequence said to follow from what someone does is a threat."""
    marks = word_lists("threats")["threat_conditions"]
    clauses = [clause for said in args.children(tok, "ccomp")
               for clause in [said, *args.children(said, "conj")]]
    return any(any(m.dep_ == "mark" and m.lower_ in marks for m in cond.children)
               and args.child(cond, "nsubj") is not None
               for clause in clauses for cond in args.children(clause, "advcl"))


def _has_prep(tok, wanted: str) -> bool:
    """``requires_prep``: a preposition ("with"), or one with its object ("to street"), on
    the trigger or, as the tagger often attaches it, on the verb's object ("stripped 94
    critics of their citizenship") or what it is a part of ("put part of their budget
    support on hold")."""
    prep, _, noun = wanted.partition(" ")
    objects = set(noun.split("|")) if noun else set()  # "with round|shell|fire": any of them
    obj = args.verb_object(tok) if tok.pos_ == "VERB" else None
    owners = [tok] + ([obj, *args.prep_objects(obj, "of")] if obj is not None else [])
    owners += [c for c in tok.children  # "pulled out of": on the "out"
               if c.dep_ in ("prt", "prep") and not args.children(c, "pobj")]
    return any(c.lower_ == prep and c.dep_ != "mark" and (not objects or any(
        o.dep_ == "pobj" and _head_words(o) & objects for o in c.children))
               for owner in owners for c in owner.children)  # not "until Canberra gave"


def _head_words(noun) -> set[str]:
    """The lemma of a preposition's object, and of the word right after it when the tagger
    made that word, the real head, hang on it ("on a war footing", "footing" as a verb)."""
    words = {noun.lemma_.lower()}
    words.update(t.lower_ for t in noun.children if t.i == noun.i + 1 and t.dep_ == "acl")
    return words


def _judged(tok, type_: str) -> bool:
    """"called the attacks outrageous / a provocation": a verdict of the event type on the
    object ("called the accusation baseless": a dismissal; "called the accord a victory":
    praise, unless the verdict also blames: "a historic mistake")."""
    lists = word_lists("threats")
    words = lists[_VERDICTS.get(type_, "negative_judgements")]
    if type_ == "SUPPORT" and _judged(tok, "ACCUSE"):
        return False
    obj = args.verb_object(tok) if tok.pos_ == "VERB" else None
    # "called the expulsion unjustified", with the verdict tagged as the object's adjective
    verdicts = [c for c in obj.children if c.dep_ in ("npadvmod", "appos")
                ] + trailing_adjectives(obj) if obj else []
    # not a purpose ("called Lee to condemn the attack")
    for complement in [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp")
                       and not args.is_infinitive(c)
                       or (c.dep_ == "prep" and c.lower_ == "as")] + verdicts:
        # "described it as a ...", "called Moscow's claims a lie" (tagged on the object)
        if any(t.lemma_.lower() in words or t.lower_ in words  # "unprovoked": "unprovoke"
               for t in complement.subtree):
            return True
    return False


_VERDICTS = {"REJECT": "dismissals", "SUPPORT": "positive_judgements"}


def _blaming_clause(tok) -> bool:
    """"said Moscow was responsible for the poisoning", "says Kigali is behind the rebels":
    a reported clause whose subject is said to be to blame."""
    return _reported_verdict(tok, word_lists("threats")["blame_predicates"],
                             ("acomp", "prep", "attr", "oprd"), copula=True)


def _dismissing_clause(tok) -> bool:
    """"said India's claims were false": a reported clause that dismisses a claim."""
    lists = word_lists("threats")
    return _reported_verdict(tok, lists["negative_judgements"] | lists["dismissals"],
                             ("acomp", "attr", "oprd"), subjects=lists["claim_nouns"])


def _condemning_clause(tok) -> bool:
    """"said the measures were unjustified", "said the launch threatened peace": a reported
    clause that condemns an act."""
    lists = word_lists("threats")
    return _reported_verdict(tok, lists["negative_judgements"], ("acomp", "attr", "oprd"),
                             subjects=lists["act_nouns"]) or any(
        clause.lemma_.lower() in lists["harm_verbs"] and args.child(clause, "dobj") is not None
        and (subject := args.child(clause, "nsubj")) is not None
        and subject.lemma_.lower() in lists["act_nouns"]
        for clause in args.reported_clauses(tok))


def _obliging_clause(tok) -> bool:
    """"said Britain must stop", "said Pakistan had to act": a reported clause in the active
    voice that puts an obligation on its subject."""
    lists = word_lists("threats")
    for clause in args.reported_clauses(tok):
        if args.child(clause, "nsubj") is None:
            continue
        auxiliaries = [c.lower_ for c in clause.children if c.dep_ == "aux"]
        if set(auxiliaries) & set(roles()["obliging_modals"]) and "have" not in auxiliaries:
            return True  # (not "Spain should have known the price": a reproach)
        if clause.lemma_.lower() in lists["obligation_verbs"] and not args.is_passive(
                clause) and any(args.is_infinitive(x) for x in args.children(clause, "xcomp")):
            # (not "the decree, which he says is needed to rein in the deficit")
            return True
    return False


def _reported_verdict(tok, verdicts, deps: tuple[str, ...], subjects=None,
                      copula: bool = False) -> bool:
    """A reported clause under ``tok`` whose subject (one of ``subjects``, if given) gets
    one of ``verdicts`` through a dependent of the kinds ``deps`` (of "be", with
    ``copula``: "is behind the rebels", not "stood behind Britain")."""
    for clause in args.reported_clauses(tok):
        subject = args.child(clause, "nsubj")
        if subject is None or (subjects and subject.lemma_.lower() not in subjects) or (
                copula and clause.lemma_.lower() != "be"):
            continue
        if any(c.lemma_.lower() in verdicts for c in clause.children if c.dep_ in deps):
            return True
    return False


def entity_like(tok) -> bool:
    """A name or pronoun, a noun in apposition to one ("the mission's head, diplomat Nick
    Warner"), or a party or group of parties named before ("suspended the country",
    "pressed both leaders")."""
    return tok is not None and (tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in (
        "GPE", "NORP", "ORG", "PERSON") or any(
            c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children)
        or is_group_reference(tok) and tok.tag_ == "NNS" or is_single_reference(tok))


def _counted(subject):
    """"tens of thousands of Iranian troops": the troops, which say what kind of crowd."""
    while subject is not None and (subject.like_num or subject.ent_type_ == "CARDINAL"):
        counted = args.prep_objects(subject, "of")
        if not counted:
            break
        subject = counted[0]
    return subject


def _promised(tok) -> bool:
    """The act a verb or noun of promising governs: "promised to hold an election",
    "agreed to call a referendum", "his pledge to hold a vote" (status.yaml promising_words)."""
    while tok.dep_ == "conj":
        tok = tok.head  # "promised to restore peace and hold elections"
    return tok.dep_ in ("xcomp", "ccomp", "acl") and tok.head.lemma_.lower() in word_lists(
        "status")["promising_words"]
