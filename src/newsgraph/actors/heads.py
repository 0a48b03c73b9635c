"""What the words around a phrase's head say about whose phrase it is: an apposition the
tagger hung past the verb, a modifier that names a go-between, a party named by its leader,
a role held before."""

from __future__ import annotations

from ..nlp.mentions import coref_words
from .parties import roles


def beyond_its_verb(appos) -> bool:
    """"Hundreds of students marched ..., burning effigies of Modi", with "effigies" taken
    for an apposition of "Hundreds": past the verb the noun is the subject of."""
    noun = appos.head
    return appos.dep_ == "appos" and noun.dep_ in ("nsubj", "nsubjpass") and (
        noun.i < noun.head.i < appos.i)


def names_go_between(modifier) -> bool:
    """"African Union-mediated talks", "US-brokered truce", "Russian-backed separatists":
    the name in such a modifier is a go-between or a backer, not the phrase's actor
    (``coref.yaml``: mediator_verbs, backer_verbs)."""
    return modifier.dep_ == "amod" and modifier.lemma_.lower() in (
        coref_words()["mediator_verbs"] | coref_words()["backer_verbs"])


def persons_party(head, person) -> bool:
    """"Tandja's party denounced the coup": the party a person leads or belongs to, not
    the person (nor the government the person heads)."""
    return head.lemma_.lower() == "party" and not person.start <= head.i < person.end and any(
        c.dep_ == "poss" and person.start <= c.i < person.end for c in head.children)


def past_role(tok) -> bool:
    """A role held before ("a former chairman of the African Union Commission")."""
    return any(c.dep_ == "amod" and c.lower_.rstrip("-") in roles()["past_modifiers"]
               for c in tok.children)
