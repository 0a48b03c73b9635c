"""Light coreference written for news about states and leaders.

Links anaphors to earlier named mentions (spaCy entities): personal pronouns, "the latter"
and "the former", "the two countries/leaders/sides", "both sides", "the country", "the
group".  The result maps the anaphor's head token index to one or more antecedent token
spans; the events stage resolves those spans to actors.  Deliberately conservative: when
no antecedent of the right kind is near, nothing is linked.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import replace

from .groups import (
    group_antecedent,
    group_size,
    has_pair_marker,
    last_distinct,
    named_together,
)
from .mentions import (
    ARGUMENT_DEPS,
    Mention,
    coref_words,
    earlier_body_object,
    earlier_crowd_subject,
    is_subject,
    last,
    previous_subject_group,
)
from .persons import (
    label,
    main_subject,
    named_entities,
    people,
    relative_clause_noun,
    reporter,
    surnames_again,
)
from .syntax import (
    RELATIVE_PRONOUNS,
    conjoined_owner_noun,
    conjunct_subject_noun,
    has_det,
    in_main_subject,
    main_clause_subject,
    own_subject_noun,
    partitive_antecedent,
    previous_sentence,
    without_possessive,
)

_MAX_SENTENCE_DISTANCE = 3


def resolve_coreference(doc) -> dict[int, list[tuple[int, int]]]:
    """Map anaphor token index -> antecedent spans (token start, end) in ``doc``."""
    words = coref_words()
    sent_of = {}
    for i, sent in enumerate(doc.sents):
        for tok in sent:
            sent_of[tok.i] = i
    # a person is never a place: "at the request of President Vieira ... his army chief"
    mentions = [Mention(kind, e.start, e.end, sent_of[e.start], e.text, is_subject(e.root),
                        kind != "PERSON" and _is_locative(e.root), _is_go_between(e.root))
                for e in named_entities(doc) if e.label_ in ("PERSON", "GPE", "NORP", "ORG", "LOC")
                and not _in_compound_modifier(e) for kind in [label(e)]]
    # "the US ambassador ... he": office holders named by their office count as persons
    mentions += [Mention("PERSON", t.left_edge.i, t.i + 1, sent_of[t.i], t.text,
                          is_subject(t), plural=t.tag_ == "NNS")
                 for t in doc if t.lemma_.lower() in words["offices"] and t.pos_ == "NOUN"
                 and not t.ent_type_ and t.dep_ in ARGUMENT_DEPS]
    mentions += surnames_again(doc, sent_of)
    mentions.sort(key=lambda m: m.start)
    links: dict[int, list[tuple[int, int]]] = {}
    for tok in doc:
        target = _antecedents(tok, mentions, sent_of)
        if target:
            links[tok.i] = [m.refers or (m.start, m.end) for m in target]
        if len(target) == 1 and tok.lower_ in words["person_pronouns"] and (
                target[0].label == "PERSON"):  # "he ... his": the latest mention of a person
            bisect.insort(mentions, replace(target[0], start=tok.i, end=tok.i + 1,
                                            sent=sent_of[tok.i], subject=is_subject(tok),
                                            refers=links[tok.i][0]), key=lambda m: m.start)
    return links


def _antecedents(tok, mentions: list[Mention], sent_of: dict[int, int]) -> list[Mention]:
    lower = tok.lower_
    words = coref_words()
    places = [m for m in mentions
              if m.end <= tok.i and sent_of[tok.i] - m.sent <= _MAX_SENTENCE_DISTANCE]
    before = [m for m in places if not m.locative]
    if is_single_reference(tok):
        return _single_reference(tok, mentions, places, sent_of)
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if lower in words["relations"] and owner is not None and not any(
            c.dep_ in ("appos", "compound") for c in tok.children):
        owned = {without_possessive(m.text) for m in _antecedents(owner, mentions, sent_of)}
        return last([m for m in before if without_possessive(m.text) not in owned], {"GPE", "NORP"})
    pairs = words["named_pairs"].get(lower)
    if pairs:  # "both Koreas": each state as last named
        found = [[m for m in mentions if m.end <= tok.i
                  and without_possessive(m.text) in names][-1:] for names in pairs]
        return [m for f in found for m in f] if all(found) else []
    halves = words["divided_places"].get(lower)
    if halves and tok.text[0].isupper() and has_det(tok, "the"):
        return [m for m in mentions if m.end <= tok.i and without_possessive(m.text) in halves][-1:]
    if not before:
        return []
    if tok.pos_ == "PRON" and lower in words["person_pronouns"]:
        return _person(tok, mentions, before, sent_of)
    if tok.pos_ == "PRON" and lower in words["thing_pronouns"]:
        return _thing(tok, before)
    if tok.pos_ == "PRON" and lower in words["plural_pronouns"]:
        if partitive_antecedent(tok) is not None or conjunct_subject_noun(tok) is not None or (
                own_subject_noun(tok) is not None or conjoined_owner_noun(tok) is not None
                or previous_subject_group(tok) is not None or _things_before(tok)
                or earlier_body_object(tok) is not None
                or earlier_crowd_subject(tok) is not None):
            return []  # "15 people, most of them ...", "residents marched, and their
            # leaders", "partners agreed to close their ports": the people, no named actor;
            # "Results gave Ghani 56 percent. Abdullah rejected them": the results
        group = group_antecedent(tok)
        if group is not None:
            return _antecedents(group, mentions, sent_of)
        return _first_conjunct_subject(tok, before, {"NORP", "ORG", "GPE"}) or _plural(before)
    if lower in ("latter", "former") and has_det(tok, "the"):
        return _latter_former(before, lower)
    pair_nouns = words["pair_nouns"]
    if lower in pair_nouns and has_pair_marker(tok):
        # several candidates: the events stage keeps the last n distinct actors; an object
        # ("urged both sides") points back past its own clause's subject, and neither the
        # speaker ("Qatar said the two sides had agreed") nor a go-between is a side
        speaker = (_own_subject(tok.head) if tok.head.dep_ == "ccomp" else set()) | (
            _parenthetical_reporters(tok))
        owner = tok
        while owner.dep_ == "poss" and owner.head.i != owner.i:  # "praised the two
            owner = owner.head  # leaders' courage": an object too
        listed, pool = ([m for m in _pool_for(owner, names, sent_of)
                         if not m.go_between and m.start not in speaker]
                        for names in (places, before))
        return named_together(tok, listed, pair_nouns[lower]) or last_distinct(
            pool, pair_nouns[lower], 2 * group_size(tok))
    if tok.lemma_.lower() in words["offices"] and has_det(tok, "the") and not _has_modifier(tok):
        return _same_office(tok, before)
    if tok.pos_ == "NOUN" and (has_det(tok, "the") and not _has_modifier(tok) or (
            tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.text.islower())):
        # "the council", "a league delegation": the body named before
        return _named_body(tok, [m for m in mentions if m.end <= tok.i])
    return []


def _thing(tok, before: list[Mention]) -> list[Mention]:
    """"it", "its": a state, organisation or people named before."""
    words = coref_words()
    if _is_expletive(tok) or earlier_body_object(tok) is not None:
        return []  # "it is time to ...", "accused the government ... and called on it"
    labels = {"GPE", "ORG", "NORP"}
    if tok.dep_ == "poss" and tok.head.lemma_.lower() in words["state_owned"]:
        labels = {"GPE", "NORP"}
    if tok.dep_ == "poss" and tok.head.dep_ == "dobj" and (
            tok.head.head.lemma_.lower() in words["judging_verbs"]):
        own = _own_subject(tok.head)  # "the council condemned its launch": not its own
        before = [m for m in before if m.start not in own]
    return _first_conjunct_subject(tok, before, labels) or last(before, labels)


def _single_reference(tok, mentions: list[Mention], places: list[Mention],
                      sent_of: dict[int, int]) -> list[Mention]:
    """"the country", "the government", "the island": one actor named before."""
    lower = tok.lower_
    words = coref_words()
    before = [m for m in places if not m.locative]
    # "Biden threatened to reimpose sanctions on the country": an object is not the
    # subject's own country, so it points back past its own sentence
    pool = _pool_for(tok, before, sent_of)
    if lower in words["nearby_only"]:  # "LIMA - ... Tokyo wants ... . Rebels threatened
        # to kill hostages if the government ignores them": Peru's, unless named just before
        # (and not a member of a list: "the ambassadors of Canada, Germany and France")
        pool = [m for m in pool if sent_of[tok.i] - m.sent <= 1
                and not _in_long_list(tok.doc[m.end - 1])]
    # "the island" after Taiwan and China: Taiwan, if an island was named at all, however
    # far back ("Sri Lanka's defence ministry ... troops to the island"), whatever the
    # tagger took the name for
    names = words["single_noun_places"].get(lower, ())
    kind = next((c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")
                 and c.lower_ in words["single_noun_places"]), None)
    if kind is not None:  # "the island nation", "the kingdom's": of that kind
        names = words["single_noun_places"][kind]
    fitting = [m for m in mentions if m.end <= tok.i and (without_possessive(m.text).removeprefix(
        "the ") in names or _described_as(tok.doc[m.end - 1], lower))]  # "the Cook Islands"
    if lower in words["place_words"]:
        fitting = fitting or [m for m in places if m.locative]
    if tok.dep_ == "nsubj" and all(m.sent < sent_of[tok.i] for m in fitting[-2:]):
        # "heads of state of ECOWAS said they would ask the AU ... The bloc confirmed": a
        # subject continues the last earlier sentence's subject that fits
        fitting = [m for m in fitting if in_main_subject(tok.doc[m.end - 1])] or fitting
    return fitting[-1:] or last(pool, words["single_nouns"][lower])


def _person(tok, mentions: list[Mention], before: list[Mention],
            sent_of: dict[int, int]) -> list[Mention]:
    """"he", "him", "she": one person named before."""
    # "General Kaliman asked him to leave": an object is not its own verb's subject (though
    # it may be someone further inside it: "lawmakers from Kabila's coalition criticised him")
    own = _own_subject(tok) if tok.dep_ in ("dobj", "dative") else set()
    own -= {t.i for i in own if tok.doc[i].dep_ == "poss" and tok.doc[i].head.dep_ == "pobj"
            for t in tok.doc[i].subtree}
    pool = [m for m in before if m.start not in own]
    pool = people(pool)
    named = relative_clause_noun(tok)  # "Assad, whom he will urge": not Assad
    if named is not None:
        pool = [m for m in pool if not m.start <= named < m.end]
    resolve = functools.partial(_antecedents, mentions=mentions, sent_of=sent_of)
    return (reporter(tok, pool, resolve) or _first_conjunct_subject(tok, pool, {"PERSON"})
            or main_subject(tok, pool) or last(pool, {"PERSON"}))


def _described_as(name, noun: str) -> bool:
    """"the former Yugoslav republic of Macedonia ... the republic": a name given as the
    "of" of the same noun."""
    return name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.lower_ == noun


def _in_compound_modifier(ent) -> bool:
    """"US-led forces", "Iran-backed militias": a name inside a hyphenated modifier is no
    antecedent for "the country" or "it"."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return after is not None and after.text == "-" and after.whitespace_ == ""


def _pool_for(tok, before: list[Mention], sent_of: dict[int, int]) -> list[Mention]:
    """Antecedent candidates: for an object, the sentences before (else this one without
    the verb's own subject); for a subject, everything before."""
    if tok.dep_ not in ("dobj", "pobj", "dative"):
        return before
    earlier = [m for m in before if m.sent < sent_of[tok.i]]
    own = _own_subject(tok.head if tok.dep_ == "pobj" else tok)  # "appealed to both sides"
    return earlier or [m for m in before if m.start not in own]


def _in_long_list(tok) -> bool:
    """Whether ``tok`` is one of three or more coordinated names."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    members, stack = 1, [first]
    while stack:
        conj = [c for c in stack.pop().children if c.dep_ == "conj"]
        members += len(conj)
        stack += conj
    return members >= 3


def _own_subject(tok) -> set[int]:
    """Token indices of the subject of the verb ``tok`` is the object of: "Japan and Canada
    urged all sides" never means Japan and Canada (though someone named in the subject's
    relative clause may be meant: "Powell, who spoke to Shevardnadze, praised him")."""
    verb = tok.head
    while verb.dep_ in ("advcl", "xcomp", "conj") and not any(  # "dismissed Mane,
            s.dep_ in ("nsubj", "nsubjpass") for s in verb.children):  # accusing him"
        verb = verb.head
    subjects = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
    inside = {t.i for s in subjects for c in s.children if c.dep_ == "relcl" for t in c.subtree}
    own = {t.i for s in subjects for t in s.subtree} - inside
    if verb.dep_ == "relcl" and any(s.lower_ in RELATIVE_PRONOUNS for s in subjects):
        own |= {t.i for t in verb.head.subtree if t.i <= verb.head.i}  # "Eyadema, who had
    return own  # offered to take him in": not Eyadema


def _parenthetical_reporters(tok) -> set[int]:
    """Token indices of whoever reports in the sentence's parenthetical clause (", Clinton
    said, ...")."""
    reporting = coref_words()["reporting_verbs"]
    return {t.i for verb in tok.sent if verb.dep_ == "parataxis"
            and verb.lemma_.lower() in reporting
            for s in verb.children if s.dep_ == "nsubj" for t in s.subtree}


def _same_office(tok, before: list[Mention]) -> list[Mention]:
    """"a US envoy ... The envoy met Maduro": the last fuller mention of the same office."""
    doc = tok.doc
    for m in reversed(before):
        head = doc[m.end - 1]
        if head.lemma_ == tok.lemma_ and head.i != tok.i and m.end - m.start > 1 and any(
                t.ent_type_ in ("GPE", "NORP", "ORG") for t in doc[m.start:m.end]):
            return [m]
    return []


def _named_body(tok, before: list[Mention]) -> list[Mention]:
    """"the U.N. Security Council ... asked the council to act": the last organisation whose
    name ends in the noun, however far back; or the last owner of the same noun ("Iran's
    foreign ministry accused Riyadh ... The ministry had summoned")."""
    doc = tok.doc
    lemma = tok.lemma_.lower()
    body = lemma in coref_words()["acting_bodies"]  # (not "the boat" after "Ma's boat")

    def same_noun(noun) -> bool:  # "the unions" are not "the African Union"
        return noun.lemma_.lower() == lemma and (tok.tag_ != "NNS" or noun.lower_ == tok.lower_)
    named = [m for m in before if m.label == "ORG" and m.end - m.start > 1
             and same_noun(doc[m.end - 1])]
    owners = [m for m in before if body and doc[m.end - 1].dep_ == "poss"
              and same_noun(doc[m.end - 1].head)]
    return sorted(named + owners, key=lambda m: m.start)[-1:]


def _is_locative(tok) -> bool:
    """"held talks in Doha", "in the Saudi city of Jeddah": a place where something happens
    (or a word of its name), not a participant."""
    words = coref_words()
    place = tok
    while place.dep_ in ("amod", "compound", "poss") and place.head.i != place.i:
        place = place.head
    prep = place.head
    return place.dep_ == "pobj" and prep.lower_ in words["locative_preps"] and (
        prep.lower_ != "of" or place.i == tok.i and prep.head.lemma_.lower() in words[
            "places_of"])


def _is_go_between(tok) -> bool:
    """"talks mediated by Qatar and Turkey", "a deal brokered by Egypt": the agent of a
    mediating verb (``coref.yaml``: mediator_verbs)."""
    while tok.dep_ in ("conj", "appos", "compound", "poss"):  # "by Dominica's premier"
        tok = tok.head
    agent = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "by" else None
    return agent is not None and agent.head.lemma_.lower() in coref_words()["mediator_verbs"]


def _first_conjunct_subject(tok, before: list[Mention], labels: set[str]) -> list[Mention]:
    """"Georgian officials said that Russian tanks had moved, and they accused Moscow":
    the subject of a second clause (or of a relative clause: "Thailand handed back 18
    soldiers it had held") is the subject of the first, not a name inside what the first
    one said."""
    if tok.dep_ != "nsubj" or tok.head.dep_ not in ("conj", "relcl"):
        return []
    subject = main_clause_subject(tok.head)
    if subject is None:
        return []
    inside = {t.i for t in subject.subtree}
    return [m for m in before if m.start in inside and m.label in labels][-1:]


def _things_before(tok) -> bool:
    """"Them" as an object, with nothing plural before it in its sentence, when the sentence
    before is about plural things no name stands for ("Preliminary results gave Ghani 56
    percent")."""
    before = previous_sentence(tok)
    if tok.lower_ != "them" or tok.dep_ != "dobj" or before is None or any(
            t.tag_ in ("NNS", "NNPS") for t in tok.doc[tok.sent.start:tok.i]):
        return False
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.tag_ == "NNS" and not subject.ent_type_


def _plural(before: list[Mention]) -> list[Mention]:
    """"They": the last coordinated pair (X and Y), else the last group-like mention."""
    latest = before[-1]
    group = [m for m in before if m.sent == latest.sent and m.label == latest.label]
    if len(group) >= 2 and group[-1].start - group[-2].end <= 2:
        return group[-2:]
    return last(before, {"NORP", "ORG", "GPE"})


def _latter_former(before: list[Mention], which: str) -> list[Mention]:
    # the last two distinct entities of the same kind as the most recent one
    kind = before[-1].label
    pair = last_distinct(before, {kind, "PERSON"} if kind == "PERSON" else {kind}, 2)
    if len(pair) < 2:
        return [before[-1]] if which == "latter" else []
    return [pair[1]] if which == "latter" else [pair[0]]


def is_single_reference(tok) -> bool:
    """"the country", "the kingdom", "the gas-rich emirate", "the bloc": one party named
    before ("the militant group" may be another; "the Central African Republic" is a name,
    not a described republic, nor "the Organisation for Security and Cooperation in Europe"
    a described organisation)."""
    single_nouns = coref_words()["single_nouns"]
    lower = tok.lower_
    described = set(single_nouns.get(lower, ())) <= {"GPE"} and tok.text.islower()
    named = tok.text[:1].isupper() and tok.ent_type_ in ("ORG", "GPE", "FAC", "LOC")
    return lower in single_nouns and has_det(tok, "the") and not named and not _has_modifier(
        tok, described)


def _has_modifier(tok, described: bool = False) -> bool:
    """"the Kenyan government", "the government in Juba": it names its own country (with
    ``described``, not "the gas-rich emirate" or "the Gulf state": a lower-case adjective or
    a region word only describes it)."""
    words = coref_words()

    def names_its_country(c) -> bool:
        if c.dep_ == "amod" and c.lower_ in words["other_modifiers"]:
            return True  # "the other country" points elsewhere
        if c.dep_ == "prep":
            return c.lower_ in ("in", "of") and any(o.pos_ == "PROPN" for o in c.children)
        if c.dep_ not in ("compound", "nmod", "poss", "amod"):
            return False
        return not (described and (c.lower_ in words["region_modifiers"]
                                   or c.dep_ == "amod" and c.text.islower()))

    return any(names_its_country(c) for c in tok.children)


def _is_expletive(tok) -> bool:
    """"It remains unclear whether ...", "it is expected that ..."."""
    head = tok.head
    if tok.dep_ != "nsubj" or head.lemma_ not in ("be", "remain", "seem", "appear"):
        return tok.dep_ == "expl"
    deps = {c.dep_ for c in head.children}
    return bool(deps & {"acomp", "attr"}) and bool(deps & {"ccomp", "csubj"} or any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in head.children))
