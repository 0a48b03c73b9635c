"""Turning one PETRARCH verb pattern into the conditions of a lexicon trigger.

What a trigger can say (``lexicon.yaml``): a particle ("call on"), a direct object among
some lemmas (``obj``), a preposition that must be there (``requires_prep``), where the
target is (``target``), and a compound subject coded both ways (``mutual``).  Patterns that
need more are skipped with a reason: words before the verb, a source after it (``$``),
skipped words (``^``), a noun inside a prepositional phrase (kept as just the preposition
with ``loose``), two noun phrases or two prepositional phrases.  Modifiers of an object
noun ("DIPLOMATIC TIES") and phrases after it cannot be checked: the head noun is kept
and the pattern ranks after exact ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

Lemmatize = Callable[[str, str], str]  # (word, "VERB" | "NOUN") -> lemma

PARTICLES = {"up", "down", "out", "off", "away", "back", "aside", "forward", "apart",
             "together", "around"}
PREPOSITIONS = {"with", "to", "on", "upon", "against", "for", "in", "into", "at", "from", "of",
                "over", "about", "toward", "towards", "between", "among", "by", "under",
                "behind", "before", "after", "until", "near", "across", "onto", "within",
                "without", "through", "via", "throughout", "amid", "around", "off", "as"}
_TOKEN = re.compile(r"[(){}*+$%^]|&[A-Za-z0-9_]+|[A-Za-z0-9][\w'\-.]*")


@dataclass
class Conditions:
    """The parts of a pattern a trigger can carry."""

    particle: str | None = None
    obj: frozenset[str] = frozenset()
    modifiers: int = 0  # object modifiers that cannot be checked
    prep: str | None = None
    prep_noun: bool = False  # the noun after the preposition is not checked
    target: tuple[str, ...] | None = None  # None: the default slots
    mutual: bool = False


class Unrepresentable(ValueError):
    """The pattern needs something a lexicon entry cannot say (the message is the reason)."""


@dataclass
class _Phrase:
    kind: str  # "np", "pp", "target", "particle"
    words: list[str] = field(default_factory=list)
    prep: str | None = None
    prep_noun: bool = False  # the noun after the preposition is not checked
    target: bool = False  # "(WITH +)"


def tokens(body: str) -> list[str]:
    return _TOKEN.findall(body.replace("_", " "))


def parse_pattern(body: str, lemmatize: Lemmatize, expand: Callable[[str], list[str]],
                  loose: bool = False) -> Conditions:
    """Conditions for the pattern ``body`` (``- body [code]``); raises Unrepresentable.

    ``loose``: keep only the preposition of a prepositional phrase with a noun in it
    ("* (TO PEACE)", ranked after exact patterns) instead of skipping the pattern."""
    toks = tokens(body)
    if toks.count("*") != 1:
        raise Unrepresentable("no single '*' verb marker")
    if "$" in toks:
        raise Unrepresentable("source ($) in the pattern")
    if "^" in toks:
        raise Unrepresentable("skipped words (^)")
    star = toks.index("*")
    before, after = toks[:star], toks[star + 1:]
    mutual = before == ["%"]
    if before and not mutual:
        raise Unrepresentable("target before the verb" if "+" in before
                              else "words before the verb")
    if "%" in after:
        raise Unrepresentable("compound (%) after the verb")
    conditions = _conditions(_phrases(after), lemmatize, expand, loose)
    conditions.mutual = mutual
    return conditions


def _phrases(toks: list[str]) -> list[_Phrase]:
    """Group the words after the verb: particles, noun phrases, prepositional phrases."""
    phrases: list[_Phrase] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok in ("(", "{"):
            close = ")" if tok == "(" else "}"
            end = toks.index(close, i)
            inner = toks[i + 1:end]
            phrases.append(_group(inner, tok == "(", not phrases))
            i = end + 1
            continue
        if tok == "+":
            phrases.append(_Phrase("target"))
        elif tok.lower() in PARTICLES and not phrases:
            phrases.append(_Phrase("particle", [tok.lower()]))
        elif tok.lower() in PREPOSITIONS:
            phrases.append(_Phrase("pp", prep=tok.lower()))
        elif phrases and phrases[-1].kind in ("np", "pp") and not phrases[-1].target:
            phrases[-1].words.append(tok)
        else:
            phrases.append(_Phrase("np", [tok]))
        i += 1
    return phrases


def _group(inner: list[str], prepositional: bool, first: bool) -> _Phrase:
    words = [w for w in inner if w != "+"]
    if not prepositional:
        return _Phrase("np", words)
    if len(words) == 1 and words[0].lower() in PARTICLES and first and "+" not in inner:
        return _Phrase("particle", [words[0].lower()])
    if not words or words[0].lower() not in PREPOSITIONS:
        raise Unrepresentable("parenthesised phrase without a preposition")
    return _Phrase("pp", words[1:], prep=words[0].lower(), target="+" in inner)


def _conditions(phrases: list[_Phrase], lemmatize: Lemmatize,
                expand: Callable[[str], list[str]], loose: bool) -> Conditions:
    out = Conditions()
    nps = [p for p in phrases if p.kind == "np"]
    pps = [p for p in phrases if p.kind == "pp"]
    if len(nps) > 1:
        raise Unrepresentable("two noun phrases")
    if len(pps) > 1:
        raise Unrepresentable("two prepositional phrases")
    if not loose and any(p.words for p in pps):
        raise Unrepresentable("noun inside a prepositional phrase")
    particles = [p for p in phrases if p.kind == "particle"]
    out.particle = particles[0].words[0] if particles else None
    if nps:
        out.obj, out.modifiers = _object(nps[0].words, lemmatize, expand)
    if pps and nps and phrases.index(nps[0]) < phrases.index(pps[0]):
        out.modifiers += 1  # "* PURCHASE (OF TANKS)": the phrase belongs to the noun
    elif pps:
        out.prep, out.prep_noun = pps[0].prep, bool(pps[0].words)
    out.target = _target(phrases)
    return out


def _object(words: list[str], lemmatize: Lemmatize, expand: Callable[[str], list[str]]
            ) -> tuple[frozenset[str], int]:
    """Lemmas the direct object may have (the head noun; a synset gives its members)."""
    head = words[-1]
    if len(words) == 1 and head.lower().endswith("ly") and len(head) > 4:
        raise Unrepresentable("adverb after the verb")
    members = expand(head) if head.startswith("&") else [head]
    if head.startswith("&") and not members:
        raise Unrepresentable(f"unknown synset {head}")
    words = [w for w in words if w.lower() not in ("a", "an", "the")]
    modifier = words[-2].lower() if len(words) > 1 and words[-2][0].isalnum() else None
    lemmas: set[str] = set()
    for member in members:
        last = member.replace("_", " ").split()[-1].strip("()").lower() if member.split() else ""
        if last and last[0].isalnum():
            forms = {last, lemmatize(last, "NOUN")}
            # "HUNGER STRIKE": the modifier is kept ("hunger strike"), not dropped
            lemmas |= {f"{modifier} {f}" for f in forms} if modifier else forms
    if not lemmas:
        raise Unrepresentable("empty object")
    return frozenset(lemmas), max(len(words) - 1 - bool(modifier), 0)


def _target(phrases: list[_Phrase]) -> tuple[str, ...] | None:
    for n, phrase in enumerate(phrases):
        if phrase.kind == "pp" and phrase.target:
            return (phrase.prep,)
        if phrase.kind == "target":
            previous = phrases[n - 1] if n else None
            if previous is not None and previous.kind == "pp" and not previous.words:
                return (previous.prep,)
            return ("dobj",)
    return None
