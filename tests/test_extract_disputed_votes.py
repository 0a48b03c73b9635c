"""A disputed vote and what follows it, on sentences written for these tests: a former
holder of an organisation's post speaks for his country, not the organisation (whether
the knowledge base lists him or an apposition says so), while a serving holder still
speaks for it.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract_where import assert_keys

_VOTE = "LIBREVILLE - Gabonese police detained hundreds of people after the election. "

_CASES = [
    ("former_org_chief_in_the_kb", _VOTE + "Opposition leader Jean Ping called on Gabonese "
     "to defend their vote.", (2016, 9, 2), [("REQUEST", "GAB", "GAB")],
     [("REQUEST", "AU", "GAB")]),
    ("former_post_in_an_apposition", _VOTE + "Paul Mba, a former chairman of the African "
     "Union Commission, called on Gabonese to defend their vote.", (2016, 9, 2),
     [("REQUEST", "GAB", "GAB")], [("REQUEST", "AU", "GAB")]),
    ("serving_org_chief", "ADDIS ABABA - The African Union's commission chairman Jean Ping "
     "urged Kenya to end the violence.", (2008, 1, 10), [("REQUEST", "AU", "KEN")], []),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_disputed_votes(extract_keys, text, date, found, absent):
    assert_keys(extract_keys(text, dt.date(*date)), found, absent)
