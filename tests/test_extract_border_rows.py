"""A border row between two neighbours, on sentences written for these tests: a third
party's appeal to "both countries" goes to the pair that quarrelled most in the story, not
to the last two countries named (an ally who backed one of them is no side); "the two"
who spoke on the telephone are still the two who spoke.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract_where import assert_keys

_ROW = ("KHARTOUM - Sudan accused Ethiopia on Wednesday of sending a military aircraft "
        "across the border. Ethiopia denied the charge and accused Khartoum of seizing its "
        "land. ")

_CASES = [
    ("appeal_to_both_countries", _ROW + "Sudan refused to attend a meeting on the dam, and "
     "Egypt backed Khartoum's position. South Africa urged both countries to settle the "
     "dispute through dialogue.", (2021, 1, 13),
     [("REQUEST", "ZAF", "SDN"), ("REQUEST", "ZAF", "ETH")], [("REQUEST", "ZAF", "EGY")]),
    ("the_two_who_spoke", _ROW + "Egypt's foreign minister spoke by telephone with his "
     "Sudanese counterpart on Thursday. The two agreed that the dispute should be settled "
     "peacefully.", (2021, 1, 13), [("AGREE", "EGY", "SDN")], [("AGREE", "SDN", "ETH")]),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_border_rows(extract_keys, text, date, found, absent):
    assert_keys(extract_keys(text, dt.date(*date)), found, absent)
