"""Offline language identification with py3langid (ISO 639-1 codes such as ``en``, ``fr``).

Only the start of the text is looked at: a couple of paragraphs identify the language of a
news article, and the cost stays flat however long the article is.
"""

from __future__ import annotations

import functools

from ..model import Article

#: Characters of text classified per article.
SAMPLE_CHARS = 2000
#: Texts shorter than this (after stripping) are too short to call.
MIN_CHARS = 20


#: Below this probability the guess is not trusted: short English wire sentences full of
#: place and person names are otherwise taken for Slovenian or Nigerian Pidgin.
MIN_PROBABILITY = 0.5

#: English-based creoles the classifier confuses with English news about West Africa: called
#: English when English keeps at least this probability (real Pidgin copy leaves it ~0.001).
ENGLISH_CREOLES = {"pcm"}
MIN_ENGLISH_IN_CREOLE = 0.01


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # loads the model once

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or ``None`` when there is too little text
    or the guess is unsure (such articles are treated as English and coded)."""
    sample = text[:SAMPLE_CHARS].strip()
    if len(sample) < MIN_CHARS:
        return None
    code, probability = _identifier().classify(sample)
    if not code or probability < MIN_PROBABILITY:
        return None
    if code in ENGLISH_CREOLES and dict(_identifier().rank(sample)).get("en", 0.0) >= (
            MIN_ENGLISH_IN_CREOLE):
        return "en"  # "Ghana and Nigeria agreed to reopen the border" is not Pidgin
    return str(code)


def ensure_lang(article: Article) -> Article:
    """Set ``article.lang`` from its text (title included) unless the reader already did."""
    if article.lang is None:
        article.lang = detect(article.text if not article.title
                              else f"{article.title}\n{article.text}")
    return article
