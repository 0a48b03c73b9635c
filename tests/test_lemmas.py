"""The lemma table mends what the default pipeline's lemmatizer gets wrong for verbs the
lexicon and the status rules look up."""

from __future__ import annotations

from newsgraph.nlp.annotate import fix_lemmas, load_pipeline


def test_verbs_get_their_lemma_back():
    doc = load_pipeline()("The navy staged drills while the envoy hoped for a deal.")
    fix_lemmas(doc)
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert lemmas["staged"] == "stage"
    assert lemmas["hoped"] == "hope"
    assert lemmas["drills"] == "drill"  # other words keep the pipeline's lemma



def test_imported_verb_dictionaries_get_the_same_lemmas():
    from newsgraph.events.verbdict.build import spacy_lemmatizer

    lemmatize = spacy_lemmatizer()
    assert lemmatize("STAGED", "VERB") == "stage"  # as the parsed text's verbs are mended
    assert lemmatize("attacked", "VERB") == "attack"


def test_a_bad_row_names_its_file_and_line(tmp_path, monkeypatch):
    import importlib

    import pytest

    from newsgraph.errors import ConfigError

    annotate = importlib.import_module("newsgraph.nlp.annotate")  # the module, not the function

    (tmp_path / "nlp").mkdir()
    (tmp_path / "nlp" / "lemmas.tsv").write_text("# comment\nstaged\tstage\nhoped hope\n")
    monkeypatch.setattr(annotate, "DATA_DIR", tmp_path)
    annotate._lemma_fixes.cache_clear()
    try:
        with pytest.raises(ConfigError, match=r"lemmas.tsv:3:"):
            annotate.fixed_verb_lemma("staged")
    finally:
        annotate._lemma_fixes.cache_clear()
