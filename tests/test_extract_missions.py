"""Missions, visitors and measures after a coup, on sentences written for these tests: "would
suspend X and impose sanctions if ..." is a threat, though the condition hangs on the second
verb; a joint team of three bodies, which the tagger splits into two subjects, is each of
them, as are "the presidents of Nigeria and Senegal" after another visitor; "due in the
capital" of a datelined story visits the dateline's country; a call for a handover after a
coup goes to that country; ambassadors "At the Organisation of American States" are the
organisation; "ordered his arrest" arrests him (and not by him); clashes between a leader's
supporters and his opponents are an attack at home.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.model import Status
from test_extract_where import assert_keys

_COUP = "OUAGADOUGOU - Soldiers seized power on Friday. "

_CASES = [
    ("condition_on_the_second_verb", "OUAGADOUGOU - The African Union said it would suspend "
     "Burkina Faso and impose sanctions if the army did not hand over power.", (2014, 11, 4),
     [("THREATEN", "AU", "BFA", Status.OCCURRED)], [("SANCTION", "AU", "BFA", Status.PLANNED)]),
    ("a_team_split_in_two", _COUP + "A joint team of the United Nations, the AU and the "
     "Economic Community of West African States held talks with the junta leader in "
     "Ouagadougou on Monday.", (2014, 11, 4),
     [("CONSULT", "UN", "BFA"), ("CONSULT", "AU", "BFA"), ("CONSULT", "ECOWAS", "BFA")], []),
    ("due_in_the_capital", _COUP + "Ghana's President John Mahama and the presidents of "
     "Nigeria and Senegal are due in the capital on Wednesday.", (2014, 11, 4),
     [("CONSULT", "GHA", "BFA", Status.PLANNED), ("CONSULT", "NGA", "BFA", Status.PLANNED),
      ("CONSULT", "SEN", "BFA", Status.PLANNED)], []),
    ("a_handover_asked_for", _COUP + "The United States called for an immediate handover to "
     "civilian rule.", (2014, 11, 4), [("REQUEST", "USA", "BFA")], []),
    ("ambassadors_at_a_body", "QUITO - At the Organisation of American States, ambassadors "
     "decided on Thursday to send a mission to Ecuador.", (2005, 4, 21),
     [("CONSULT", "OAS", "ECU", Status.PLANNED)], []),
    ("ordered_his_arrest", "QUITO - Ecuadorean President Lucio Gutierrez fled on Wednesday. "
     "A prosecutor ordered his arrest.", (2005, 4, 21), [("COERCE", "ECU", "ECU")], []),
    ("supporters_and_opponents", "QUITO - Ecuador's Congress removed President Lucio "
     "Gutierrez on Wednesday. Clashes between his supporters and opponents left several "
     "people injured.", (2005, 4, 21), [("ASSAULT", "ECU", "ECU")], []),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_missions(extract_keys, text, date, found, absent):
    assert_keys(extract_keys(text, dt.date(*date)), found, absent)
