"""A government against a body that investigates it, on sentences written for these tests:
a person "who leads" a body speaks for it; calling someone "a threat to public order"
accuses him (and is no threat made); a government's step announced in the passive with no
doer named is its own, and a mandate that "would not be renewed" is refused; a crowd in
"the capital demanding Morales's resignation" is in the dateline's capital (Morales is no
town); an agreement the speaker says was not signed is the speaker's, negated (never
coded as made).

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract_where import ANY, assert_keys, undirected

_CASES = [
    ("the_body_he_leads", "GUATEMALA CITY - Foreign Minister Sandra Jovel said Ivan "
     "Velasquez, a Colombian former judge who leads the International Commission against "
     "Impunity in Guatemala, was a threat to public order.", (2018, 9, 5),
     [("ACCUSE", "GTM", "UN")], [("THREATEN", "UN", "GTM"), ("ACCUSE", "GTM", "COL")]),
    ("a_mandate_not_renewed", "GUATEMALA CITY - President Jimmy Morales announced on Friday "
     "that the mandate of the International Commission against Impunity in Guatemala would "
     "not be renewed. U.N. Secretary-General Antonio Guterres rejected the decision.",
     (2018, 9, 5), [("REJECT", "GTM", "UN"), ("REJECT", "UN", "GTM")], []),
    ("a_crowd_in_the_capital", "GUATEMALA CITY - Morales announced on Friday that the "
     "commission's mandate would not be renewed. Velasquez, a Colombian former judge, has "
     "been abroad since last week. Thousands of people marched through the capital "
     "demanding Morales's resignation.", (2018, 9, 5), [("PROTEST", "GTM", "GTM")],
     [("PROTEST", "COL", "COL")]),
    ("no_agreement_signed", "MOSCOW - Kim Jong Un met Vladimir Putin in Vladivostok on "
     "Thursday. The Kremlin said no agreements had been signed.", (2019, 4, 26),
     [("CONSULT", "PRK", "RUS"), ("AGREE", "RUS", "PRK", "negated")],
     [("AGREE", ANY, ANY, "occurred")]),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_mandates(extract_keys, text, date, found, absent):
    assert_keys(undirected(extract_keys(text, dt.date(*date))), found, absent)
