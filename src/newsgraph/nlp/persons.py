"""Who "he", "him" and "his" are: names the tagger mislabels or drops, the subject of a
relative clause, whoever reports, and the last sentence's main subject."""

from __future__ import annotations

import functools

from ..config import DATA_DIR, alternatives, tab_rows
from .mentions import ARGUMENT_DEPS, Mention, coref_words, is_subject


def label(ent) -> str:
    """The entity's label, PERSON for a name under an office's title whatever the tagger
    took it for ("Prime Minister Atal Bihari Vajpayee" as an organisation), and for the
    surname of a person named before ("General Lino Oviedo ... Oviedo" as a town)."""
    titled = any(c.dep_ == "compound" and c.lemma_.lower() in coref_words()["offices"]
                 for c in ent.root.lefts)
    if ent.label_ in ("ORG", "GPE", "NORP") and (titled or repeats_a_surname(ent)):
        return "PERSON"
    return ent.label_


def repeats_a_surname(ent) -> bool:
    """Whether a one-word name is the last word of a person's fuller name before it."""
    return len(ent) == 1 and any(
        e.label_ == "PERSON" and len(e) > 1 and e.end <= ent.start and e[-1].text == ent.text
        for e in ent.doc.ents)


def surnames_again(doc, sent_of: dict[int, int]) -> list[Mention]:
    """"Jean-Bertrand Aristide ... Aristide, who left", "Vieira dismissed Mane ... Mane
    denies": a surname named before that the tagger did not take for a person the second
    time."""
    last_words = {e.end - 1 for e in doc.ents if label(e) == "PERSON"
                  and e.text not in _place_names()}
    surnames: set[str] = set()
    found = []
    for tok in doc:
        if tok.i in last_words:
            surnames.add(tok.text)
        elif (not tok.ent_type_ and tok.pos_ == "PROPN" and tok.text in surnames
              and tok.dep_ in ARGUMENT_DEPS):
            found.append(Mention("PERSON", tok.i, tok.i + 1, sent_of[tok.i], tok.text,
                                 is_subject(tok)))
    return found


def relative_clause_noun(tok) -> int | None:
    """The index of the noun whose relative clause has ``tok`` for its subject (so the
    relative word is its object: "Assad, whom he will urge"), if any."""
    clause = tok.head
    if clause.dep_ != "relcl" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return clause.head.i


def reporter(tok, before: list[Mention], resolve) -> list[Mention]:
    """"Aristide said American officials had told him to leave": "him" in what a person
    reports, as the object of someone else, is the person who reports; "told him he must
    leave": "he" is who was told."""
    told = next((c for c in tok.head.head.children if c.dep_ in ("dobj", "dative")
                 and c.lower_ in ("him", "her")), None)
    if tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and told is not None:
        return resolve(told)
    if tok.dep_ not in ("dobj", "dative"):
        return []
    clause = tok.head
    while clause.dep_ == "conj":
        clause = clause.head
    own = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    reports = clause.head
    subject = next((c for c in reports.children if c.dep_ == "nsubj"), None)
    if (clause.dep_ != "ccomp" or reports.lemma_.lower() not in coref_words()["reporting_verbs"]
            or subject is None or own is None or own.pos_ == "PRON"):
        return []
    if subject.lower_ in coref_words()["person_pronouns"]:
        return resolve(subject)
    return [m for m in before if m.start <= subject.i < m.end and m.label == "PERSON"][-1:]


def main_subject(tok, before: list[Mention]) -> list[Mention]:
    """"Singirok said his men would return now that Chan had gone. He has accused ...": a
    main clause's subject is the last sentence's main subject, not one of its clauses'; so
    is an object ("Moti, whom Sogavare chose as his attorney-general, was arrested ...
    Police arrested him")."""
    if not (tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" or tok.dep_ in ("dobj", "dative")):
        return []
    named = [m for m in before if m.label == "PERSON"]
    if not named:
        return []
    doc = tok.doc
    main = [m for m in named if m.sent == named[-1].sent and m.subject
            and doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")
            and doc[m.end - 1].head.dep_ == "ROOT"]
    return main[-1:]


def named_entities(doc) -> list:
    """``doc.ents`` with the tagger's slips on lists of countries mended: "Mali, Burkina Faso"
    taken for one name is two places, "Niger" after them taken for a person is a place, and
    a country's name the tagger left out is one (``data/actors/countries.tsv``)."""
    from spacy.tokens import Span

    found = []
    for ent in doc.ents:
        cuts = [ent.start - 1] + [t.i for t in ent if t.lower_ in (",", "and")] + [ent.end]
        names = [doc[a + 1:b] for a, b in zip(cuts, cuts[1:], strict=False) if b > a + 1]
        if ent.label_ in ("PERSON", "ORG") and all(n.text in _place_names() for n in names) and (
                len(names) > 1 or _listed_with_places(ent.root)):
            found += [Span(doc, n.start, n.end, label="GPE") for n in names]
        else:
            found.append(ent)
    return sorted(found + _untagged_places(doc), key=lambda e: e.start)


def _untagged_places(doc) -> list:
    """Countries' names the tagger left out ("Neighbouring Uzbekistan opened its border")."""
    from spacy.tokens import Span

    found = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.ent_type_ or tok.dep_ == "compound":
            continue
        compounds = [t.i for t in tok.lefts if t.dep_ == "compound"]  # "Neighbouring"
        first = next((i for i in [*compounds, tok.i] if doc[i:tok.i + 1].text in _place_names()
                      and not any(t.ent_type_ for t in doc[i:tok.i + 1])), None)
        if first is not None:
            found.append(Span(doc, first, tok.i + 1, label="GPE"))
    return found


def _listed_with_places(tok) -> bool:
    """Whether ``tok`` is coordinated with a country's name ("Burkina Faso and Niger")."""
    others = [c for c in tok.children if c.dep_ == "conj"] + (
        [tok.head] if tok.dep_ == "conj" else [])
    return any(o.ent_type_ == "GPE" or _with_compounds(o) in _place_names() for o in others)


def _with_compounds(tok) -> str:
    """The name a token ends ("Burkina Faso" for "Faso")."""
    first = min([t.i for t in tok.lefts if t.dep_ == "compound"], default=tok.i)
    return tok.doc[first:tok.i + 1].text


def people(mentions: list[Mention]) -> list[Mention]:
    """The mentions "he" can stand for: not an office held by many ("Cuban diplomats"), nor
    a country or seat of government the tagger took for a person ("Luanda confirmed ...",
    ``data/actors/countries.tsv``)."""
    return [m for m in mentions if not m.plural and m.text not in _place_names()]


@functools.lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    rows = tab_rows(DATA_DIR / "actors" / "countries.tsv")
    _, header = next(rows)
    columns = [header.index(c) for c in ("name", "aliases", "seats")]
    return frozenset(name for _, fields in rows for i in columns if i < len(fields)
                     for name in alternatives(fields[i]))
