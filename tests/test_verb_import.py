"""Importing PETRARCH/TABARI verb dictionaries as event-lexicon entries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.actors.importer import dictionary_kind
from newsgraph.events.lexicon import (
    default_lexicon,
    lexicon_from_entries,
    load_lexicon,
    merge_lexicons,
)
from newsgraph.events.verbdict import import_verb_files, looks_like_verb_dictionary

DATA = Path(__file__).parent / "data" / "verbs"
TEST_VERBS = DATA / "test.verbs.txt"
BAD_VERBS = DATA / "bad.verbs.txt"


def _lower(word: str, pos: str) -> str:  # no spaCy needed to read the files
    return word.lower()


def _entries(path: Path = TEST_VERBS, **kwargs) -> list[dict]:
    return import_verb_files([path], lemmatize=_lower, **kwargs)[0]


def _for(entries: list[dict], lemma: str) -> list[dict]:
    return [e for e in entries if e["lemma"].split()[0] == lemma]


def test_patterns_become_ordered_triggers():
    sign = _for(_entries(), "sign")
    # the most specific pattern first, the plain verb (block code) last
    assert [e["cameo"] for e in sign] == ["057", "036", "030"]
    pact, with_, plain = sign
    assert pact["type"] == "SUPPORT" and pact["target"] == ["with"]
    assert set(pact["obj"]) == {"treaty", "accord", "deal", "bargain"}  # nested synsets
    assert "requires_prep" not in pact
    assert with_["requires_prep"] == "with" and with_["target"] == ["with"]
    assert with_["type"] == "CONSULT"
    assert plain["type"] == "AGREE" and plain["target"][0] == "dobj"
    assert "obj" not in plain and "requires_prep" not in plain


def test_verb_lines_particles_and_codes():
    entries = _entries()
    vouch = [e for e in entries if e["lemma"] == "vouch for"]
    # "+VOUCH_FOR ... [051]": its own code; the block's [---] pledges nothing by itself
    assert [e["cameo"] for e in vouch] == ["0712", "051"]
    assert vouch[0]["obj"] == ["military aid"] and vouch[0]["mode"] == "economic"  # modifier kept
    assert [e["cameo"] for e in _for(entries, "pledge")] == ["0712"]
    clash = _for(entries, "clash")
    assert clash[0]["mutual"] and clash[0]["target"] == []  # "% *": compound subject
    assert clash[1]["lemma"] == "clash away" and clash[1]["cameo"] == "173"  # [173:174]
    assert clash[1]["reverse_cameo"] == "174"
    assert clash[-1]["cameo"] == "190" and clash[-1]["type"] == "ASSAULT"
    assert _for(entries, "skirmish")  # patterns apply to every verb of the block
    scold = _for(entries, "scold")
    assert [e["cameo"] for e in scold] == ["112"] and scold[0]["mode"] == "disapprove"


def test_skipped_patterns_are_counted_with_reasons():
    _, (report,) = import_verb_files([TEST_VERBS], lemmatize=_lower)
    assert report.imported == 5
    assert report.skipped == {
        "null code [---]": 1, "words before the verb": 1, "source ($) in the pattern": 1,
        "noun inside a prepositional phrase": 1, "adverb after the verb": 1,
        "CAMEO code not in cameo.tsv": 1}
    assert "5 patterns imported, 6 skipped (" in report.summary()
    loose = _entries(loose=True)
    over = [e for e in _for(loose, "clash") if e.get("requires_prep") == "over"]
    assert over and over[0]["cameo"] == "110"


def test_bad_lines_are_reported_with_file_and_line():
    entries, (good,) = import_verb_files([TEST_VERBS], lemmatize=_lower)
    assert [w.split(": ")[0] for w in good.warnings] == [
        f"{TEST_VERBS}:36", f"{TEST_VERBS}:37", f"{TEST_VERBS}:38"]
    assert "unbalanced" in good.warnings[0] and "BROKEN HEADER" in good.warnings[2]
    assert not _for(entries, "broken")  # the lines of an unreadable block go with it
    entries, (bad,) = import_verb_files([BAD_VERBS], lemmatize=_lower)
    assert [w.split(": ")[0] for w in bad.warnings] == [f"{BAD_VERBS}:1", f"{BAD_VERBS}:4"]
    assert [e["cameo"] for e in entries] == ["138", "138"]
    assert entries[0]["requires_prep"] == "of" and entries[0]["target"] == ["of"]


def test_verb_files_are_recognised_by_name_or_content(tmp_path):
    assert looks_like_verb_dictionary(TEST_VERBS)
    renamed = tmp_path / "CAMEO.2.0.txt"  # by content
    renamed.write_text(BAD_VERBS.read_text(encoding="utf-8"), encoding="utf-8")
    assert looks_like_verb_dictionary(renamed) and dictionary_kind(renamed) == "other"
    other = tmp_path / "notes.txt"
    other.write_text("nothing here\n", encoding="utf-8")
    assert not looks_like_verb_dictionary(other)


def test_cli_writes_a_loadable_lexicon(tmp_path):
    from newsgraph.cli import app

    out = tmp_path / "my-lexicon.yaml"
    result = CliRunner().invoke(app, ["lexicon", "import", str(TEST_VERBS), str(BAD_VERBS),
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "5 patterns imported, 6 skipped" in result.output
    lexicon = load_lexicon(out)
    assert [t.cameo for t in lexicon.lookup("sign", "VERB")] == ["057", "036", "030"]
    assert lexicon.lookup("vouch", "VERB")[0].particle == "for"


def test_extra_lexicon_from_environment(tmp_path, monkeypatch):
    out = tmp_path / "extra.yaml"
    out.write_text("- {lemma: scold, pos: VERB, type: ACCUSE, mode: null, cameo: '112', "
                   "target: [dobj]}\n", encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_LEXICON", str(out))
    default_lexicon.cache_clear()
    try:
        assert default_lexicon().lookup("scold", "VERB")[0].cameo == "112"
        assert default_lexicon().lookup("visit", "VERB")  # the bundled entries stay
    finally:
        monkeypatch.delenv("NEWSGRAPH_LEXICON")
        default_lexicon.cache_clear()


@pytest.mark.usefixtures("nlp")
def test_extraction_uses_an_imported_trigger():
    from newsgraph.events.extract import Extractor
    from newsgraph.model import Article
    from newsgraph.nlp import annotate

    entries, _ = import_verb_files([TEST_VERBS])  # spaCy lemmas
    lexicon = merge_lexicons(lexicon_from_entries(entries), default_lexicon())
    extractor = Extractor(lexicon=lexicon)
    text = "France scolded Germany on Monday. France vouched for Germany on Tuesday."
    article = Article(id="v1", text=text, date=dt.date(2024, 5, 15))
    events = extractor(next(iter(annotate([article]))))
    found = {(e.trigger, e.cameo, e.type, e.source.country, e.target.country) for e in events
             if e.target is not None}
    assert ("scolded", "112", "ACCUSE", "FRA", "DEU") in found
    assert ("vouched", "051", "SUPPORT", "FRA", "DEU") in found


@pytest.mark.usefixtures("nlp")
def test_paired_code_gives_the_reverse_event_too():
    from newsgraph.events.extract import Extractor
    from newsgraph.model import Article
    from newsgraph.nlp import annotate

    entry = {"lemma": "tour", "pos": "VERB", "type": "CONSULT", "mode": "visit",
             "cameo": "042", "reverse_cameo": "043", "target": ["dobj"]}
    extractor = Extractor(lexicon=lexicon_from_entries([entry]))
    article = Article(id="v2", text="Chile's president toured Peru on Monday.",
                      date=dt.date(2024, 5, 15))
    events = extractor(next(iter(annotate([article]))))
    assert {(e.cameo, e.source.country, e.target.country) for e in events} == {
        ("042", "CHL", "PER"), ("043", "PER", "CHL")}


def test_xml_comments_nest_and_carry_across_lines():
    from newsgraph.evaluate.petrarch import strip_comments
    from newsgraph.events.verbdict.reader import drop_xml_comments

    assert strip_comments("a<!-- x <!-- y --> z -->b<!--c-->d") == "abd"
    assert drop_xml_comments("a <!-- b", 0) == ("a ", 1)
    assert drop_xml_comments("still <!-- in --> comment", 1) == ("", 1)
    assert drop_xml_comments("x --> y", 1) == (" y", 0)
