"""Insurgents and police, on sentences written for these tests: gunmen at home who attack
an unnamed place attack their own state, and police who raid one coerce their own country,
though militants in a sentence that names another country are not read as attacking their
own, nor is an arrest with no doer named, and police of another country named in an
earlier paragraph are not the police a new paragraph speaks of; two armed groups that share
a name ("National Liberation Army": Colombia's ELN, Macedonia's NLA) are told apart by the
article's country.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract_where import ANY, assert_keys

_CASES = [
    ("gunmen_attack_an_armoury", "FREETOWN - Sierra Leone charged its former president with "
     "treason on Wednesday. Gunmen attacked the main armoury at the barracks on Nov. 26.",
     (2024, 1, 4), [("ASSAULT", "SLE", "SLE")], []),
    ("police_raid_a_residence", "MANAGUA - Nicaraguan police raided the residence of the "
     "diocese before dawn on Friday. In Washington, the State Department condemned the raid.",
     (2022, 8, 19), [("COERCE", "NIC", "NIC"), ("ACCUSE", "USA", "NIC")], []),
    ("an_arrest_with_no_doer", "WASHINGTON - The United States and Cuba agreed to restore "
     "relations. Gross, who was arrested in December 2009, flew home.", (2014, 12, 18),
     [], [("COERCE", "USA", "USA")]),
    ("police_in_a_new_paragraph", "PORT MORESBY - Crowds looted shops in Papua New Guinea's "
     "capital on Wednesday. Australian police already help to train the country's force.\n\n"
     "Police said they had arrested dozens of people for looting.", (2024, 1, 12),
     [("COERCE", "PNG", "PNG")], [("COERCE", "AUS", ANY)]),
    ("militants_firing_across_a_border", "GAZA - Hamas militants launched an assault on "
     "Israel on Saturday, firing thousands of rockets.", (2023, 10, 8),
     [("ASSAULT", "PSE", "ISR")], [("ASSAULT", "PSE", "PSE")]),
    ("a_shared_name_in_macedonia", "SKOPJE - The rebel National Liberation Army seized two "
     "villages near Tetovo on Sunday. Macedonia's government accused the National Liberation "
     "Army of trying to divide the country.", (2001, 6, 10),
     [("ACCUSE", "MKD", "MKD")], [(ANY, "COL", ANY), (ANY, ANY, "COL")]),
    ("a_shared_name_in_colombia", "BOGOTA - The National Liberation Army attacked a police "
     "station in Colombia on Sunday. Colombia's government accused the National Liberation "
     "Army of sabotaging peace talks.", (2017, 6, 10),
     [("ACCUSE", "COL", "COL")], [(ANY, "MKD", ANY), (ANY, ANY, "MKD")]),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_insurgents_and_police(extract_keys, text, date, found, absent):
    assert_keys(extract_keys(text, dt.date(*date)), found, absent)
