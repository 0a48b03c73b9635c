"""Envoys called home, aid blocked or limited, military action ruled out, refuge given,
blows struck back, acts condemned where they happened, those responsible called to account,
and an unnamed spokesman's "he", on sentences written for these tests.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``); keys carry the status."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract_where import ANY, assert_keys, undirected

_CASES = [
    ("pulled_ambassadors_out_of_each_others_capitals", "LIMA - Chile and Peru pulled their "
     "ambassadors out of each other's capitals on Monday.", (2005, 11, 15),
     [("SANCTION", "CHL", "PER", "occurred"), ("SANCTION", "PER", "CHL", "occurred")], []),
    ("instructed_its_ambassador_to_return_home", "MEXICO CITY - The Mexican foreign ministry "
     "said it had instructed its ambassador in Caracas to return home.", (2005, 11, 15),
     [("SANCTION", "MEX", "VEN", "occurred")], []),
    ("ordered_its_ambassador_to_return", "SANTIAGO - Chile ordered its ambassador in Lima to "
     "return for consultations on Monday.", (2005, 11, 15),
     [("SANCTION", "CHL", "PER", "occurred")], []),
    ("gave_him_shelter", "CONAKRY - Ousted President Ahmad Tejan Kabbah of Sierra Leone fled "
     "to Guinea on Sunday. Guinea's government has given him shelter in Conakry.",
     (1997, 6, 2), [("AID", "GIN", "SLE", "occurred")], []),
    ("blocking_aid_to", "ATHENS - Greece said on Thursday that it would keep blocking "
     "European Union aid to Albania.", (1994, 9, 8),
     [("SANCTION", "GRC", "ALB", ANY)], [("AID", ANY, ANY, ANY)]),
    ("vetoing_a_loan_for", "ATHENS - Greece vetoed a European Union loan for Albania on "
     "Thursday.", (1994, 9, 8), [("SANCTION", "GRC", "ALB", "occurred")],
     [("AID", ANY, ANY, ANY), ("REJECT", ANY, ANY, ANY)]),
    ("ruled_out_military_action_in", "WASHINGTON - The United States ruled out military "
     "action in Libya on Friday.", (2011, 3, 5), [("REJECT", "USA", "LBY", "occurred")], []),
    ("ruled_out_the_intervention_asked_for", "CANBERRA - Fijian Prime Minister Laisenia "
     "Qarase asked Australia to send troops on Sunday. Prime Minister John Howard ruled out a "
     "military intervention on Tuesday.", (2006, 12, 5),
     [("REJECT", "AUS", "FJI", "occurred")], []),
    ("warned_it_could_limit_its_support", "CONAKRY - Soldiers seized power in Guinea on "
     "Sunday. Washington warned that it could limit its support for the country.",
     (2021, 9, 6), [("THREATEN", "USA", "GIN", "occurred")], []),
    ("called_for_those_responsible_to_be_held_to_account", "TEHRAN - Protesters stormed the "
     "British embassy in Tehran on Tuesday. President Barack Obama called for those "
     "responsible to be held to account.", (2011, 11, 30),
     [("REQUEST", "USA", "IRN", "occurred")], []),
    ("struck_back_at", "FREETOWN - Sierra Leonean soldiers struck back at Nigerian troops "
     "on Monday.", (1997, 6, 3), [("ASSAULT", "SLE", "NGA", "occurred")], []),
    ("condemned_the_coup_in", "DAR ES SALAAM - Tanzanian President Jakaya Kikwete condemned "
     "the coup in Madagascar on Monday.", (2009, 3, 19),
     [("ACCUSE", "TZA", "MDG", "occurred")], []),
    ("condemned_the_measures_of_a_self_coup", "GUATEMALA CITY - President Jorge Serrano "
     "suspended parts of the constitution on Tuesday. Washington condemned the measures.",
     (1993, 5, 28), [("ACCUSE", "USA", "GTM", "occurred")], []),
    ("condemned_in_the_capital", "WASHINGTON - In Washington, the State Department "
     "condemned the hangings on Monday.", (1995, 11, 11), [], [("ACCUSE", ANY, ANY, ANY)]),
    ("he_after_an_unnamed_spokesman", "SANAA - A government spokesman in Sanaa said Eritrean "
     "troops had landed on the island. He demanded that Asmara withdraw its forces.",
     (1995, 12, 19), [("REQUEST", "YEM", "ERI", "occurred")], []),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_recalls_and_refuge(extract_keys, text, date, found, absent):
    assert_keys(undirected(extract_keys(text, dt.date(*date))), found, absent)
