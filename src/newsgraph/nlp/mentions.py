"""What coreference works with: the word lists of ``data/nlp/coref.yaml`` and the named
mentions that anaphors point back to."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..config import DATA_DIR, load_yaml
from .syntax import previous_sentence

ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr"}


@functools.lru_cache(maxsize=1)
def coref_words() -> dict:
    """The word lists in ``data/nlp/coref.yaml``, lists as sets."""
    data = load_yaml(DATA_DIR / "nlp" / "coref.yaml")
    return {key: ({k: set(v) for k, v in value.items()} if key.endswith(("_nouns", "_places"))
                  else set(value) if isinstance(value, list) else value)
            for key, value in data.items()}


@dataclass(frozen=True)
class Mention:
    """A name (or an office, or a pronoun already resolved) that an anaphor may point to."""

    label: str
    start: int
    end: int
    sent: int
    text: str
    subject: bool  # the mention is (part of) a clause subject: more salient
    locative: bool = False  # "in Doha": only a place, antecedent of "the island" at most
    go_between: bool = False  # "talks mediated by Qatar": no side of "the two sides"
    plural: bool = False  # "Cuban diplomats": an office held by many, never "he"
    refers: tuple[int, int] | None = None  # "he": the span of the name it stands for


def is_subject(tok) -> bool:
    """Whether ``tok`` is (part of) a clause subject."""
    while tok.dep_ in ("compound", "amod", "poss", "conj", "appos", "pobj", "prep", "nmod"):
        if tok.dep_ == "prep" and tok.lower_ != "of":
            return False
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def last(before: list[Mention], labels: set[str]) -> list[Mention]:
    """The most recent mention of the right kind, preferring subjects of its sentence."""
    fitting = [m for m in before if m.label in labels]
    if not fitting:
        return []
    latest = fitting[-1].sent
    subjects = [m for m in fitting if m.sent == latest and m.subject]
    return [subjects[-1] if subjects else fitting[-1]]


def previous_subject_group(tok):
    """"The rebels have freed 38 people. They demand ...": the plural role noun
    (``coref.yaml``: acting_groups) that was the last sentence's main subject, for "They"
    as a main clause's subject or "their" inside it, or None; "The junta has tried ... It
    lifted": the same for a body (acting_bodies) and "It"."""
    words = {"they": ("NNS", "acting_groups"), "their": ("NNS", "acting_groups"),
             "it": ("NN", "acting_bodies")}.get(tok.lower_)
    if words is None or not _in_main_subject(tok):
        return None
    before = previous_sentence(tok)
    if before is None:
        return None
    tag, kinds = words
    # the last main subject: "X promised ..., but the parties dismissed it. Their ..."
    verbs = [before.root, *(c for c in before.root.children if c.dep_ == "conj")]
    subject = next((c for v in reversed(verbs) for c in v.children if c.dep_ == "nsubj"), None)
    # a common noun the tagger took for a name ("the territorial administration ministry")
    if subject is None or subject.tag_.replace("NNP", "NN") != tag or not (
            subject.pos_ == "NOUN" or subject.is_lower) or (
            subject.lemma_.lower() not in coref_words()[kinds]):
        return None
    return subject


def _in_main_subject(tok) -> bool:
    """"They marched", "Thousands of their supporters marched": the main clause's subject,
    or (for "their") inside it."""
    if tok.dep_ == "nsubj":
        return tok.head.dep_ == "ROOT"
    subject = next((c for c in tok.sent.root.children if c.dep_ == "nsubj"), None)
    return tok.lower_ == "their" and subject is not None and tok in subject.subtree


def earlier_body_object(tok):
    """"accused the government of defending the case poorly and called on it to ...": a
    bare body noun (``coref.yaml``: acting_bodies) that is a direct object earlier in the
    sentence, which "it" or "its" there (not as a subject) refers back to; "opened cases
    against the organisers ... and accused them": the same for a bare plural role noun
    (acting_groups), also as the object of a preposition; or None."""
    plural = tok.lower_ == "them"
    if tok.pos_ != "PRON" or tok.lower_ not in ("it", "its", "them") or tok.dep_ in (
            "nsubj", "nsubjpass"):
        return None
    tag, kind = ("NNS", "acting_groups") if plural else ("NN", "acting_bodies")
    deps = ("dobj", "pobj") if plural else ("dobj",)
    return next((n for n in reversed(tok.doc[tok.sent.start: tok.i])
                 if n.dep_ in deps and n.tag_ == tag and not n.ent_type_
                 and n.lemma_.lower() in coref_words()[kind]
                 and any(c.lower_ == "the" for c in n.children) and not any(
                     c.dep_ in ("amod", "compound", "poss", "nmod") for c in n.children)), None)


def earlier_crowd_subject(tok):
    """"several hundred protesters chanted slogans against Museveni before police fired
    tear gas to disperse them": "them" as an object stands for a plural role noun
    (``coref.yaml``: acting_groups) that is another clause's subject earlier in the
    sentence and names no one; or None."""
    if tok.pos_ != "PRON" or tok.lower_ != "them" or tok.dep_ != "dobj":
        return None
    # not the doer itself ("police fired tear gas to disperse them": not the police)
    doer = next((c for v in tok.ancestors for c in v.children if c.dep_ == "nsubj"), None)
    return next((n for n in reversed(tok.doc[tok.sent.start: tok.i])
                 if n.dep_ in ("nsubj", "nsubjpass") and n.tag_ == "NNS" and n is not doer
                 and n.lemma_.lower() in coref_words()["acting_groups"]
                 and not any(t.ent_type_ for t in n.subtree)), None)
