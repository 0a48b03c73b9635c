"""Coups, expulsions and rows between governments, on sentences written for these tests:
a clause listed before another verb keeps its own tense ("X condemned the coup, Y urged
..."), and a person named in full before any office the KB lists is of that office's
country.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.model import Status
from test_extract_where import assert_keys

_CASES = [
    ("a_listed_clause_keeps_its_tense", "SUVA - Fiji's army chief seized power on Tuesday. "
     "New Zealand condemned the coup, Australia urged a swift return to civilian rule, and "
     "the United States suspended aid.", (2000, 5, 23),
     [("ACCUSE", "NZL", "FJI", Status.OCCURRED)], [("ACCUSE", "NZL", "FJI", Status.POSSIBLE)]),
    ("named_in_full_before_taking_office", "UNITED NATIONS - Sergei Lavrov accused Georgia "
     "on Thursday of sheltering Chechen fighters in the Pankisi Gorge.", (2002, 9, 12),
     [("ACCUSE", "RUS", "GEO")], []),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_crises(extract_keys, text, date, found, absent):
    assert_keys(extract_keys(text, dt.date(*date)), found, absent)
