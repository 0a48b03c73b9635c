"""Groups named by a list, on sentences written for these tests: "the three governments"
after "Mali, Burkina Faso and Niger" are those three (also when the tagger reads two of the
names as one organisation and the third as a person), "the four governments" after
ambassadors "in" four capitals are those four; a word of an organisation's name ("the
Alliance of Sahel States") is no alliance being made. "The two countries" still points at
the last two named.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from test_coref import antecedents
from test_extract_where import ANY, assert_keys, undirected

_RECALL = ("BAMAKO - Mali, Burkina Faso and Niger recalled their ambassadors from Algeria on "
           "Sunday, after Algiers said it had shot down a Malian army drone near the border. ")

_CASES = [
    ("the_three_governments_listed", _RECALL + "In a joint statement, the three military "
     "governments condemned what they called a hostile act.", (2025, 4, 8),
     [("ACCUSE", "MLI", "DZA"), ("ACCUSE", "BFA", "DZA"), ("ACCUSE", "NER", "DZA")],
     [("ACCUSE", ANY, "BFA"), ("ACCUSE", "DZA", ANY)]),
    ("the_neighbours_met_in_a_third_country_s_city", "BEIRUT - The defence ministers of "
     "Lebanon and Syria signed an agreement in the Saudi city of Jeddah on Friday, two weeks "
     "after the worst fighting between the neighbours in years.", (2025, 3, 29),
     [("AGREE", "LBN", "SYR"), ("ASSAULT", "SYR", "LBN")], [(ANY, "SAU", ANY), (ANY, ANY, "SAU")]),
    ("accused_the_three_of_meddling", "MANILA - The United States, Japan and Australia "
     "criticised the reserve. China's spokesman accused the three of meddling.",
     (2025, 9, 11), [("ACCUSE", "CHN", "USA"), ("ACCUSE", "CHN", "JPN"),
                     ("ACCUSE", "CHN", "AUS")], []),
    ("a_word_of_an_alliance_s_name", _RECALL + "The three governments, which make up the "
     "Alliance of Sahel States, condemned the attack.", (2025, 4, 8),
     [("ACCUSE", "NER", "DZA")], [("COOPERATE", ANY, ANY)]),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_listed_groups(extract_keys, text, date, found, absent):
    assert_keys(undirected(extract_keys(text, dt.date(*date))), found, absent)


def test_the_four_governments_after_four_capitals(nlp):
    doc = nlp("Last week Lima recalled its ambassadors in Mexico, Argentina, Bolivia and "
              "Colombia after the four governments issued a joint statement.")
    assert antecedents(doc, "governments") == ["Mexico", "Argentina", "Bolivia", "Colombia"]


def test_the_two_countries_are_still_the_last_two(nlp):
    doc = nlp("Peru, Chile and Ecuador met in Lima. Brazil and Chile signed a deal, and the "
              "two countries will hold talks.")
    assert antecedents(doc, "countries")[-2:] == ["Brazil", "Chile"]


def test_its_after_a_country_the_tagger_missed(nlp):
    doc = nlp("Russia sent aid to Kyrgyzstan. Neighbouring Uzbekistan opened its border to "
              "fleeing women and children.")
    assert antecedents(doc, "its") == ["Uzbekistan"]


def test_them_after_both_capitals(nlp):
    doc = nlp("Hungary expelled two diplomats after Ukraine had expelled two. The European "
              "Commission said it was in touch with both capitals and called on them to settle "
              "the matter.")
    assert antecedents(doc, "them")[-2:] == ["Hungary", "Ukraine"]


def test_they_after_the_two_countries_officials(nlp):
    doc = nlp("Nepal accused India. Nepal has asked for talks between the two countries' "
              "foreign secretaries, but New Delhi has said they should wait.")
    assert antecedents(doc, "they") != antecedents(doc, "countries")
