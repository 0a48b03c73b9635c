"""Small questions about a dependency parse that several stages ask."""

from __future__ import annotations


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
