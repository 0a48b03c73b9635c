"""Mutinies, sackings and the people around a leader, on sentences written for these tests:
"his army chief, Colonel X" is of the leader's country but not the leader, so "accusing
him" after "dismissed his army chief" accuses the chief, whose denial answers the leader;
a leader named after "at the request of" is still who "his" means; "Guinea-Bissau's capital"
is in Guinea-Bissau; rebels who answer a foreign force's attack are of the country it
struck; a person's surname named again is that person even when the tagger takes it for a
town ("Oviedo"); "It" opening a sentence after one led by "the junta" is the junta;
rallying behind someone supports them, and "Paraguay's neighbours" are not Paraguay;
Czechoslovakia is coded as the Czech Republic, like its seat Prague; "the 1956 Soviet
invasion" is history, not news; "government troops" are the state's own, not the foreign
troops named before; "the Tigers" are the Tamil Tigers, and "The Tigers deny holding
prisoners" answers the government's accusation even when the tagger takes "holding" for an
adjective; "government troops" clashing with "opposition units" are of the opposition's
country, and opposition units are a side against the state; "a league delegation" is the
Arab League named before; coal miners are workers of the story's country; "Biya, who had
offered to take him in, met him" meets someone else than Biya.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract_where import assert_keys

_CASES = [
    ("his_army_chief_is_someone_else", "ABIDJAN - President Mamadou Tandja of Niger "
     "dismissed his army chief, Colonel Issa Garba, on Monday, accusing him of plotting "
     "against the state. Garba denies the charge.", (2004, 3, 10),
     [("ACCUSE", "NER", "NER"), ("REJECT", "NER", "NER")], [("ACCUSE", "NER", "CIV")]),
    ("a_person_is_never_a_place", "LIBREVILLE - France flew 300 more soldiers into Bangui "
     "on Sunday at the request of President Ange-Felix Patasse. Chad said it backed his "
     "government.", (1996, 5, 20), [("SUPPORT", "TCD", "CAF")], [("SUPPORT", "TCD", "FRA")]),
    ("a_place_in_a_countrys_capital", "DAKAR - Senegalese troops shelled rebel positions "
     "near the port of Guinea-Bissau's capital on Friday.", (1998, 7, 3),
     [("ASSAULT", "SEN", "GNB")], []),
    ("rebels_answer_a_foreign_force", "LIBREVILLE - French troops fired on rebel barracks "
     "near the airport of Bangui on Monday, and the mutineers answered with rocket fire on "
     "French armoured cars, witnesses said.", (1996, 5, 27),
     [("ASSAULT", "FRA", "CAF"), ("ASSAULT", "CAF", "FRA")], [("ASSAULT", "FRA", "FRA")]),
    ("a_surname_that_is_also_a_town", "ASUNCION - General Lino Oviedo defied an order to "
     "resign on Monday. Oviedo later accused the president of breaking his word.",
     (1996, 4, 26), [("ACCUSE", "PRY", "PRY")], []),
    ("it_after_the_junta", "CONAKRY - Soldiers seized power in Guinea on Sunday. The junta "
     "has since tried to reassure investors. It lifted the curfew in mining areas on "
     "Tuesday.", (2021, 9, 10), [("CONCEDE", "GIN", "GIN")], []),
    ("rallied_behind_the_president", "ASUNCION - Paraguay's neighbours and the United "
     "States rallied behind President Juan Carlos Wasmosy on Tuesday.", (1996, 4, 26),
     [("SUPPORT", "USA", "PRY")], [("PROTEST", "*", "*"), ("SUPPORT", "PRY", "*")]),
    ("czechoslovakia", "BUDAPEST - Hungary accused Czechoslovakia on Wednesday of stealing "
     "the Danube.", (1992, 10, 29), [("ACCUSE", "HUN", "CZE")], []),
    ("an_invasion_long_past", "BUDAPEST - Hungarian officials recalled the 1956 Soviet "
     "invasion of Hungary at a ceremony on Monday.", (2006, 10, 23), [],
     [("ASSAULT", "RUS", "HUN")]),
    ("government_troops_are_the_states_own", "COLOMBO - The last Indian troops left Sri "
     "Lanka on Saturday. The Tigers said they would attack government troops if they "
     "returned to the north.", (1990, 3, 25), [("THREATEN", "LKA", "LKA")],
     [("THREATEN", "LKA", "IND")]),
    ("a_denial_with_a_gerund", "COLOMBO - The government has accused the Tigers of rounding "
     "up hundreds of young men. The Tigers deny holding prisoners.", (1990, 3, 25),
     [("ACCUSE", "LKA", "LKA"), ("REJECT", "LKA", "LKA")], []),
    ("government_troops_and_opposition_units", "MOSCOW - The United Tajik Opposition "
     "signed the accord in Moscow on Friday. Clashes between government troops and "
     "opposition units in the Karategin valley killed at least 20 people this spring.",
     (1997, 6, 28), [("ASSAULT", "TJK", "TJK")], [("ASSAULT", "RUS", "*")]),
    ("a_league_delegation", "SANAA - Arab League Secretary-General Esmat Abdel Meguid "
     "called for an immediate ceasefire and said a league delegation would fly to Sanaa and "
     "Aden this week.", (1994, 5, 23), [("CONSULT", "LAS", "YEM")], []),
    ("miners_are_workers_at_home", "BUCHAREST - President Ion Iliescu thanked thousands of "
     "coal miners on Friday for their civic spirit.", (1990, 6, 16),
     [("SUPPORT", "ROU", "ROU")], []),
    ("who_had_offered_to_take_him_in", "LIBREVILLE - Rebels overthrew President Ange-Felix "
     "Patasse on Saturday. Patasse was flown to Cameroon on Sunday. Cameroonian President Paul "
     "Biya, who had offered to take him in, met him on his arrival.", (2003, 3, 17),
     [("CONSULT", "CMR", "CAF")], []),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_mutinies(extract_keys, text, date, found, absent):
    assert_keys(extract_keys(text, dt.date(*date)), found, absent)
