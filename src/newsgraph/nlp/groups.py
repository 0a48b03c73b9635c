"""Group references: "the two countries", "both sides", "all armed groups" (word lists in
``data/nlp/coref.yaml``)."""

from __future__ import annotations

from .mentions import Mention, coref_words
from .syntax import has_det


def is_group_reference(tok) -> bool:
    """"the two countries", "both sides", "the three leaders"."""
    return tok.lower_ in coref_words()["pair_nouns"] and has_pair_marker(tok)


def is_all_of_a_kind(tok) -> bool:
    """"all armed groups", "all factions": every party to a dispute, named by kind."""
    return tok.lemma_.lower() in coref_words()["all_of_kind"] and any(
        c.lower_ == "all" for c in tok.children)


def names_rivals(tok) -> bool:
    """"the nuclear-armed neighbours", "both sides": a pair by its nature, which "fighting
    between" can take as its two parties ("the two countries" is too loose for that)."""
    return is_group_reference(tok) and tok.lower_ in coref_words()["pair_by_nature"]


def group_size(tok) -> int:
    """"the two countries": 2, "the three countries": 3, "the three": 3 (default 2)."""
    group = coref_words()["group_words"]
    if tok.pos_ == "NUM" and tok.lower_ in group:
        return group[tok.lower_]
    return next((group[c.lower_] for c in tok.children if c.lower_ in group), 2)


def has_pair_marker(tok) -> bool:
    """"the two", "both sides", "the sides": a number word, or "the"/"all" on a pair by
    nature (not "five member countries of ASEAN", "the main opposition parties")."""
    if tok.pos_ == "NUM":  # "The two agreed"; not "two soldiers", "the two countries"
        return has_det(tok, "the") and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    if any(o.dep_ == "pobj" and (o.pos_ == "PROPN" or not has_det(tok, "the"))
           for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children):
        return False  # "five member countries of ASEAN", "two members of his campaign":
        # named by what they belong to
    children = {c.lower_ for c in tok.children}
    return bool(children & set(coref_words()["group_words"])) or (
        bool(children & {"the", "all"}) and tok.lower_ in coref_words()["pair_by_nature"]
        and not _of_a_kind(tok))


def _of_a_kind(tok) -> bool:
    """"the main opposition parties", "the political parties": a kind, not a pair."""
    return any(c.dep_ == "compound" or c.dep_ == "amod" and c.lower_ in coref_words()[
        "kind_modifiers"] for c in tok.children)


def named_together(tok, pool: list[Mention], labels: set[str]) -> list[Mention]:
    """"Mali, Burkina Faso and Niger recalled ... the three governments": the latest
    coordination of as many names as the number says, when a number word says it."""
    n = group_size(tok)
    numbers = coref_words()["group_words"]
    if n < 3 or tok.lower_ not in numbers and not any(c.lower_ in numbers for c in tok.children):
        return []  # "the three", "the three governments"
    doc = tok.doc
    by_head = {m.end - 1: m for m in pool if m.label in labels}
    for m in reversed(pool):
        head = doc[m.end - 1]
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        chain = [head] + [t for t in head.subtree if t.dep_ == "conj" and t.i in by_head]
        if len(chain) == n and all(t.i in by_head for t in chain):
            return [by_head[t.i] for t in chain]
    return []


def last_distinct(before: list[Mention], labels: set[str], n: int) -> list[Mention]:
    picked: list[Mention] = []
    for m in reversed(before):
        if m.label in labels and all(m.text.lower() != p.text.lower() for p in picked):
            picked.append(m)
            if len(picked) == n:
                break
    return list(reversed(picked)) if len(picked) >= 2 else []


def group_antecedent(tok):
    """"in touch with both capitals and called on them": the group noun "them" stands for
    (not an owner: "the two countries' secretaries"; "they" and "their" keep other rules)."""
    if tok.lower_ != "them":
        return None
    return next((t for t in reversed(tok.doc[tok.sent.start:tok.i])
                 if is_group_reference(t) and t.dep_ != "poss"), None)
