"""Offline language identification with py3langid (ISO 639-1 codes such as ``en``, ``fr``).

Only the start of the text is looked at: a couple of paragraphs identify the language of a
news article, and the cost stays flat however long the article is.
"""

from __future__ import annotations

from ..model import Article

#: Characters of text classified per article.
SAMPLE_CHARS = 2000
#: Texts shorter than this (after stripping) are too short to call.
MIN_CHARS = 20


def detect(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or ``None`` if there is too little text."""
    sample = text[:SAMPLE_CHARS].strip()
    if len(sample) < MIN_CHARS:
        return None
    import py3langid  # loads its model on first use

    code, _score = py3langid.classify(sample)
    return str(code) if code else None


def ensure_lang(article: Article) -> Article:
    """Set ``article.lang`` from its text (title included) unless the reader already did."""
    if article.lang is None:
        article.lang = detect(article.text if not article.title
                              else f"{article.title}\n{article.text}")
    return article
