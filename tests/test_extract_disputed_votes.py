"""A disputed vote and what follows it, on sentences written for these tests: a former
holder of an organisation's post speaks for his country, not the organisation (whether
the knowledge base lists him or an apposition says so), while a serving holder still
speaks for it; rejecting the results is a refusal at home; "both camps" of one country are
that country; charges with no doer named are the courts' where they happen (blame is not);
a demand that the results be published goes to the country of the unrest, also when the
tagger joins the demander to the clause before.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.model import Status
from test_extract_where import assert_keys

_VOTE = "LIBREVILLE - Gabonese police detained hundreds of people after the election. "

_CASES = [
    ("former_org_chief_in_the_kb", _VOTE + "Opposition leader Jean Ping called on Gabonese "
     "to defend their vote.", (2016, 9, 2), [("REQUEST", "GAB", "GAB")],
     [("REQUEST", "AU", "GAB")]),
    ("former_post_in_an_apposition", _VOTE + "Paul Mba, a former chairman of the African "
     "Union Commission, called on Gabonese to defend their vote.", (2016, 9, 2),
     [("REQUEST", "GAB", "GAB")], [("REQUEST", "AU", "GAB")]),
    ("results_rejected_at_home", _VOTE + "Opposition leader Jean Ping rejected the results "
     "and declared himself the winner.", (2016, 9, 2), [("REJECT", "GAB", "GAB")], []),
    ("both_camps_of_one_country", _VOTE + "Opposition leader Jean Ping rejected the results. "
     "U.N. Secretary-General Ban Ki-moon urged both camps to show restraint.", (2016, 9, 2),
     [("REQUEST", "UN", "GAB")], []),
    ("charges_with_no_doer", _VOTE + "The interior minister said the rioters would be "
     "prosecuted.", (2016, 9, 2), [("ACCUSE", "GAB", "GAB", Status.PLANNED)], []),
    ("blame_with_no_doer", _VOTE + "The rioters were accused of burning the parliament.",
     (2016, 9, 2), [], [("ACCUSE", "GAB", "GAB")]),
    ("a_demand_about_the_count", _VOTE + "The European Union's observer mission said the "
     "figures showed an anomaly, and France, the former colonial power, demanded that the "
     "results be published polling station by polling station.", (2016, 9, 2),
     [("REQUEST", "FRA", "GAB")], [("REQUEST", "EU", "GAB")]),
    ("serving_org_chief", "ADDIS ABABA - The African Union's commission chairman Jean Ping "
     "urged Kenya to end the violence.", (2008, 1, 10), [("REQUEST", "AU", "KEN")], []),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_disputed_votes(extract_keys, text, date, found, absent):
    assert_keys(extract_keys(text, dt.date(*date)), found, absent)
