"""Import PETRARCH/TABARI verb dictionaries as event-lexicon entries."""

from __future__ import annotations

from .build import import_verb_files, resolve_code, spacy_lemmatizer, to_yaml
from .reader import VerbReport, looks_like_verb_dictionary, read_verb_dictionary

__all__ = ["VerbReport", "import_verb_files", "looks_like_verb_dictionary",
           "read_verb_dictionary", "resolve_code", "spacy_lemmatizer", "to_yaml"]
