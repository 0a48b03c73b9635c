"""Small questions about a dependency parse that several stages ask."""

from __future__ import annotations

# Relative pronouns that open a clause on the noun before them ("Abiola, who ...").
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


def without_possessive(name: str) -> str:
    """"Sri Lanka's" -> "Sri Lanka"."""
    return name[:-2] if name.endswith(("'s", "\u2019s")) else name


def has_det(tok, word: str) -> bool:
    """Whether ``tok`` has the determiner ``word`` ("the crew")."""
    return any(c.dep_ == "det" and c.lower_ == word for c in tok.children)


def previous_sentence(tok):
    """The sentence before the one holding ``tok``, or None for the first."""
    start = tok.sent.start
    return tok.doc[start - 1].sent if start else None


def sentence_before_in_paragraph(sent):
    """The sentence before ``sent`` if the same paragraph holds it, else None."""
    start = sent.start
    if start == 0 or "\n" in sent.doc[start - 1].text_with_ws:
        return None  # the paragraph begins here
    return sent.doc[start - 1].sent


def reported_speaker(tok, depth: int = 4):
    """The subject of the verb whose reported clause holds ``tok`` ("Denmark said it
    would ...", "Netanyahu warned that Iran would pay"), or None."""
    clause = tok
    for _ in range(depth):
        if clause.dep_ == "ccomp" or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ != "ccomp":
        return None
    speech = clause.head
    for _ in range(depth):  # "Netanyahu said ..., vowing that Hamas would pay"
        subject = next((c for c in speech.children if c.dep_ == "nsubj"), None)
        if subject is not None or speech.dep_ not in ("advcl", "xcomp", "conj"):
            return subject
        speech = speech.head
    return None


def stray_subject_verb(noun):
    """"broke off relations on Monday and Venezuela sent tanks", "suspended the country and
    South Africa counted the cost": the tagger joined the second clause's subject to the
    first clause's last noun; the verb after it, which has no subject of its own, or None."""
    if noun.pos_ != "PROPN" or noun.dep_ != "conj" or noun.head.i > noun.i or (
            noun.head.dep_ not in ("pobj", "dobj", "npadvmod")) or not any(
            c.dep_ == "cc" for c in noun.head.children):
        return None
    after = _after_apposition(noun)
    while after < len(noun.doc) and noun.doc[after].pos_ == "ADV":
        after += 1  # "and Venezuela also sent"
    if after >= len(noun.doc):
        return None
    verb = noun.doc[after]
    # (or took the verb for a clause of the first one: "froze aid to Pakistan and the
    # United States prepared sanctions", or of the sentence's reporting verb: "said the
    # figures showed an anomaly, and France demanded")
    finite_clause = verb.dep_ in ("advcl", "ccomp") and verb.tag_ == "VBD" and not any(
        c.dep_ == "mark" for c in verb.children)
    if verb.pos_ != "VERB" or verb.dep_ not in ("conj", "ROOT") and not finite_clause or any(
            c.dep_ in ("nsubj", "csubj") for c in verb.children):
        return None
    return verb


def _after_apposition(noun) -> int:
    """The index after ``noun`` and its apposition ("France, the former colonial power,")."""
    appos = [c for c in noun.children if c.dep_ == "appos" and c.i > noun.i]
    if not appos:
        return noun.i + 1
    end = max(t.i for t in appos[-1].subtree) + 1
    return end + 1 if end < len(noun.doc) and noun.doc[end].text == "," else end


_PARTS = {"most", "many", "some", "all", "several", "none", "half", "both", "each", "few",
          "one", "two", "three", "dozens", "hundreds", "thousands"}


def partitive_antecedent(tok):
    """"15 people, most of them supporters of Morales": the plural noun that "them" in an
    appended "most of them" counts, or None."""
    if tok.lower_ not in ("them", "whom") or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    part = tok.head.head
    if part.lower_ not in _PARTS and part.pos_ != "NUM":
        return None
    doc = tok.doc
    comma = part.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    for prev in reversed(doc[max(comma - 6, tok.sent.start):comma]):
        if prev.pos_ in ("NOUN", "PROPN") and prev.tag_ in ("NNS", "NNPS"):
            return prev
    return None


def partitive_description(noun):
    """"arrested 15 men, most of them South Africans": what the appended "most of them"
    says the counted people are (also when the tagger makes it a subject of the next
    verb), or None."""
    doc = noun.doc
    them = next((t for t in doc[noun.i + 1: min(noun.i + 8, noun.sent.end)]
                 if t.lower_ == "them"), None)
    counted = partitive_antecedent(them) if them is not None else None
    if counted is None or counted.i != noun.i:
        return None
    part = them.head.head
    if part.dep_ == "nsubj" and part.head.pos_ in ("NOUN", "PROPN") and part.head.i > them.i:
        return part.head
    return next((c for c in part.children if c.dep_ == "appos"), None)


def own_subject_noun(tok):
    """"Argentina's partners agreed to close their ports": the plural common noun that is
    the subject of the clause (or of the verb its infinitive depends on) whose object
    "their" qualifies, or None."""
    if tok.lower_ != "their" or tok.dep_ != "poss" or tok.head.dep_ != "dobj":
        return None
    verb = tok.head.head
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ == "NOUN" and (
        subject.tag_ == "NNS") else None


def conjoined_owner_noun(tok):
    """"soldiers and their civilian allies", "a Filipino fishing boat and its crew": the
    common noun "their" (plural) or "its" (singular) points back to across "and", or None."""
    partner = tok.head.head
    number = {"their": "NNS", "its": "NN"}.get(tok.lower_)
    if number and tok.dep_ == "poss" and tok.head.dep_ == "conj" and (
            partner.pos_ == "NOUN" and partner.tag_ == number):
        return partner
    return None


def governing_verb(tok):
    """The nearest verb above ``tok`` ("pulled out of the government": pulled)."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def main_clause_subject(verb):
    """The subject of the clause that the conjoined or relative clause ``verb`` hangs on
    ("Thailand handed back 18 soldiers it had held": Thailand), or None."""
    return next((c for c in governing_verb(verb).children if c.dep_ in ("nsubj", "nsubjpass")),
                None)


def conjunct_subject_noun(tok):
    """"Several hundred residents marched ..., and their leaders asked the UN": the plural
    common noun that is the first clause's subject, for "they" or "their" opening the second
    clause, or None."""
    if tok.lower_ not in ("they", "their"):
        return None
    subject = tok.head if tok.dep_ == "poss" else tok
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.dep_ != "conj":
        return None
    first = main_clause_subject(verb)
    if first is None or first.pos_ != "NOUN" or first.tag_ != "NNS":
        return None
    return first


def in_main_subject(word) -> bool:
    """Whether ``word`` is inside the subject of its sentence's main verb."""
    while word.head.i != word.i:
        if word.dep_ in ("nsubj", "nsubjpass") and word.head.dep_ == "ROOT":
            return True
        word = word.head
    return False
