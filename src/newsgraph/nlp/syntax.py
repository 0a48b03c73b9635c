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
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
