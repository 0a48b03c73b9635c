"""PETRARCH verb dictionaries -> lexicon entries (the ``lexicon.yaml`` schema).

Every verb of a block gets a plain entry with its own or the block's code, and one entry
per pattern of the block.  The CAMEO code gives the PLOVER type and mode (``cameo.tsv``);
``[A:B]`` codes ``A`` and the reverse event ``B`` (``reverse_cameo``), ``[---]`` codes nothing.
For one verb, entries with more conditions come first (the extractor takes the first entry
that codes), entries whose object modifiers could not be kept after exact ones, and an
entry with the same conditions as an earlier one is dropped.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..codes import CodeTables, default_tables
from .patterns import Conditions, Lemmatize, Unrepresentable, parse_pattern
from .reader import (
    VerbBlock,
    VerbDictionary,
    VerbForm,
    VerbReport,
    expand_synset,
    read_verb_dictionary,
)

# Where the recipient is looked for: a plain verb, a verb with a required object noun.
DEFAULT_TARGETS = ("dobj", "dative", "with", "to", "against", "on", "at", "for", "from")
OBJECT_TARGETS = ("with", "to", "against", "on", "at", "for", "from", "dative")


@dataclass
class _Entry:
    raw: dict[str, Any]
    rank: tuple[int, int, int]  # sort key: more conditions first, then exact, then order
    key: tuple  # conditions; a later entry with the same key is dropped
    where: str


def resolve_code(raw: str, tables: CodeTables) -> tuple[str, str, str | None, str | None]:
    """``"057"`` -> (code, PLOVER type, mode, reverse code); raises Unrepresentable with
    the reason. ``"032:033"``: 033 is the reverse event (the target hosts the visit)."""
    code, _, reverse = (part.strip() for part in raw.partition(":"))
    if raw.strip().startswith("---") or not raw.strip():
        raise Unrepresentable("null code [---]")
    if not code:
        raise Unrepresentable("target-only code [:X]")
    if not re.fullmatch(r"\d{2,4}", code):
        raise Unrepresentable("not a CAMEO code")
    try:
        ptype, mode = tables.to_plover(code)
    except KeyError:
        raise Unrepresentable("CAMEO code not in cameo.tsv") from None
    if ptype is None:
        raise Unrepresentable("CAMEO code without a PLOVER type")
    return code, ptype, mode, reverse if _codes_something(reverse, tables) else None


def _codes_something(code: str, tables: CodeTables) -> bool:
    try:
        return bool(re.fullmatch(r"\d{2,4}", code)) and tables.to_plover(code)[0] is not None
    except KeyError:
        return False


def verb_lemma(form: VerbForm, lemmatize: Lemmatize) -> tuple[str, str | None]:
    """(lemma, particle) of a verb line; raises Unrepresentable for other multi-word verbs."""
    if form.verb_index > 0:
        raise Unrepresentable("words before the verb")
    rest = [w.lower() for w in form.words[form.verb_index + 1:]]
    if len(rest) > 1:
        raise Unrepresentable("multi-word verb")
    return lemmatize(form.words[form.verb_index].lower(), "VERB"), (rest[0] if rest else None)


def _entry(lemma: str, particle: str | None, coded: tuple[str, str, str | None, str | None],
           cond: Conditions, order: int, where: str) -> _Entry:
    code, ptype, mode, reverse = coded
    raw: dict[str, Any] = {"lemma": f"{lemma} {particle}" if particle else lemma,
                           "pos": "VERB", "type": ptype, "mode": mode, "cameo": code}
    if reverse:
        raw["reverse_cameo"] = reverse
    if cond.target is not None:
        target = list(cond.target)
    elif cond.prep and not cond.prep_noun:
        target = [cond.prep]
    else:
        target = list(OBJECT_TARGETS if cond.obj else DEFAULT_TARGETS)
    raw["target"] = [] if cond.mutual else target
    if cond.obj:
        raw["obj"] = sorted(cond.obj)
    if cond.prep:
        raw["requires_prep"] = cond.prep
    if cond.mutual:  # "% *": a compound subject, coded both ways, never alone
        raw.update(mutual=True, prep_required=True)
    conditions = 2 * bool(cond.obj) + bool(cond.prep) + bool(particle) + cond.mutual
    key = (lemma, particle, cond.obj, cond.prep, cond.mutual)
    inexact = cond.modifiers > 0 or cond.prep_noun
    return _Entry(raw, (-conditions, inexact, order), key, where)


def _block_entries(block: VerbBlock, synsets: dict[str, list[str]], tables: CodeTables,
                   lemmatize: Lemmatize, report: VerbReport, order: int, loose: bool
                   ) -> list[_Entry]:
    verbs: list[tuple[str, str | None, VerbForm]] = []
    for form in block.verbs:
        try:
            verbs.append((*verb_lemma(form, lemmatize), form))
        except Unrepresentable as exc:
            report.warn(form.where, f"verb skipped: {exc}")
    out: list[_Entry] = []
    for lemma, particle, form in verbs:
        try:
            coded = resolve_code(form.code or block.code, tables)
        except Unrepresentable:
            continue  # a verb that codes nothing by itself: only its patterns code
        out.append(_entry(lemma, particle, coded, Conditions(), order, form.where))
    expand = functools.partial(expand_synset, synsets=synsets)
    for n, pattern in enumerate(block.patterns, start=1):
        try:
            coded = resolve_code(pattern.code, tables)
            cond = parse_pattern(pattern.body, lemmatize, expand, loose)
        except Unrepresentable as exc:
            report.skip(str(exc))
            continue
        made = [_entry(lemma, particle or cond.particle, coded, cond, order + n, pattern.where)
                for lemma, particle, _ in verbs if not (particle and cond.particle)]
        if made:
            report.imported += 1
            out += made
        else:
            report.skip("no verb in the block fits")
    return out


def import_verb_files(paths: list[Path], *, tables: CodeTables | None = None,
                      lemmatize: Lemmatize | None = None, loose: bool = False
                      ) -> tuple[list[dict[str, Any]], list[VerbReport]]:
    """Lexicon entries from verb dictionaries (first file first) and one report per file
    (``loose``: see :func:`~.patterns.parse_pattern`)."""
    tables = tables or default_tables()
    lemmatize = lemmatize or spacy_lemmatizer()
    entries: list[_Entry] = []
    reports = []
    for number, path in enumerate(paths):
        report = VerbReport(Path(path))
        dictionary: VerbDictionary = read_verb_dictionary(Path(path), report)
        before = len(entries)
        for k, block in enumerate(dictionary.blocks):
            order = (number * 100_000 + k) * 1_000
            entries += _block_entries(block, dictionary.synsets, tables, lemmatize, report,
                                      order, loose)
        report.triggers = len(entries) - before
        reports.append(report)
    kept = _ordered(entries)
    for report in reports:  # triggers left after dropping repeated conditions
        report.triggers = sum(e.where.startswith(f"{report.path}:") for e in kept)
    return [e.raw for e in kept], reports


def _ordered(entries: list[_Entry]) -> list[_Entry]:
    seen: set[tuple] = set()
    out = []
    for entry in sorted(entries, key=lambda e: (e.raw["lemma"].split()[0], e.rank)):
        if entry.key not in seen:
            seen.add(entry.key)
            out.append(entry)
    return out


def spacy_lemmatizer() -> Lemmatize:
    """Lemmas from the configured spaCy pipeline's lemmatizer; lower case if unavailable."""
    try:
        from spacy.tokens import Doc

        from ...nlp import load_pipeline
        from ...nlp.annotate import fixed_verb_lemma

        nlp = load_pipeline()
        lemmatizer = nlp.get_pipe("lemmatizer")
    except Exception:  # noqa: BLE001 (no pipeline: words are taken as they are)
        return lambda word, pos: word.lower()

    @functools.cache
    def lemmatize(word: str, pos: str) -> str:
        fixed = fixed_verb_lemma(word) if pos == "VERB" else None
        if fixed is not None:  # as the parsed text's verbs are mended
            return fixed
        doc = lemmatizer(Doc(nlp.vocab, words=[word.lower()], pos=[pos]))
        return doc[0].lemma_.lower() or word.lower()

    return lemmatize


def to_yaml(entries: list[dict[str, Any]], header: str = "") -> str:
    """Entries as ``lexicon.yaml`` text, one flow mapping per line."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    for raw in entries:
        fields = ", ".join(f"{k}: {json.dumps(v)}" for k, v in raw.items())
        lines.append(f"- {{{fields}}}")
    return "\n".join(lines) + "\n"
