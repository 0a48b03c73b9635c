"""Steps announced in the passive with no doer named, on sentences written for these tests:
an agreement a government says (or denies) was signed is that government's, and "no
agreement was signed" is negated.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``); keys carry the status."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract_where import ANY, assert_keys, undirected

_CASES = [
    ("no_agreement_was_signed", "MOSCOW - North Korean leader Kim Jong Un met President "
     "Vladimir Putin at a space centre on Wednesday. The Kremlin said no agreements had been "
     "signed.", (2023, 9, 14), [("AGREE", "RUS", "PRK", "negated")],
     [("AGREE", ANY, ANY, "occurred")]),
    ("denied_that_an_agreement_was_signed", "TEGUCIGALPA - Honduran officials denied that "
     "any agreement had been signed with Venezuela's armed forces.", (2024, 8, 30),
     [("AGREE", "HND", "VEN", "negated")], [("AGREE", ANY, ANY, "occurred")]),
    ("said_that_an_agreement_was_signed", "TEGUCIGALPA - An agreement on security was signed "
     "with Venezuela's armed forces, Honduran officials said.", (2024, 8, 30),
     [("AGREE", "HND", "VEN", "occurred")], []),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_announced_steps(extract_keys, text, date, found, absent):
    assert_keys(undirected(extract_keys(text, dt.date(*date))), found, absent)
