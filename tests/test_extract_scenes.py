"""Where an act happens and what a phrase stands for, on sentences written for these
tests: a relative clause hung on a place tells of what happened there, an act's "of" names
what was acted on, "the capital" of a datelined story is the dateline's, and a purpose
infinitive tagged as a noun is its governing verb's doer's.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract_where import assert_keys

_CASES = [
    # places and acts
    ("a_relative_clause_on_a_place", "WASHINGTON - The president said the strikes hit a "
     "network behind last week's bombings of the U.S. embassies in Nairobi and Dar es "
     "Salaam, which killed more than 250 people.", (1998, 8, 21), [],
     [("ASSAULT", "TZA", "*"), ("ASSAULT", "KEN", "*")]),
    ("the_place_itself_still_acts", "NAIROBI - The ministers met in Moscow, which has denied "
     "sending arms to the rebels.", (1998, 8, 21), [("AID", "RUS", "*")], []),
    ("an_acts_of_names_its_victim", "NAIROBI - The bombing of the U.S. embassy killed more "
     "than 200 people on Friday.", (1998, 8, 8), [], [("ASSAULT", "USA", "*")]),
    ("the_capital_of_the_dateline", "KHARTOUM - Thousands of people marched through the "
     "capital on Friday, burning American flags and chanting outside the U.S. embassy.",
     (1998, 8, 21), [("PROTEST", "SDN", "USA")], [("PROTEST", "USA", "*")]),
    ("a_summons_to_protest_is_no_crowd", "ISLAMABAD - Pakistan summoned the U.S. ambassador "
     "to protest on Friday.", (1998, 8, 21), [("ACCUSE", "PAK", "USA")],
     [("PROTEST", "*", "*")]),
    ("a_crowd_gathered_to_protest", "ISLAMABAD - Thousands of people gathered outside the "
     "U.S. embassy to protest on Friday.", (1998, 8, 21), [("PROTEST", "PAK", "USA")], []),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_scenes(extract_keys, text, date, found, absent):
    assert_keys(extract_keys(text, dt.date(*date)), found, absent)
