"""A crackdown at home and the reactions abroad, on sentences written for these tests:
suspending constitutional guarantees is coercion at home; calling an asylum granted
abroad "interference" accuses the country that granted it; a foreign capital backing "the
government's efforts" backs the story's government, not the last other country named.
Relief sent by several countries at once goes to the country of the story. Criticising "the
reserve" that another country's council approved accuses that country, but another judge
of the same thing ("said he deplored the tests") is not its maker; calling a law another
country's president signed "antisemitic" accuses that country. Allowing another
country's ship to dock is a concession to that country. A foreign commander telling
reporters that "the junta must step aside" demands it of the country he is in.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract_where import ANY, assert_keys, undirected

_STRIKE = ("PANAMA CITY - Panama's government suspended constitutional guarantees in Bocas "
           "del Toro after protesters blocked the main highway. ")

_CASES = [
    ("suspended_guarantees", _STRIKE, (2025, 6, 23), [("COERCE", "PAN", "PAN")], []),
    ("an_asylum_called_interference", "PANAMA CITY - Bolivia granted asylum to a union "
     "leader. President Jose Raul Mulino called the asylum interference.", (2025, 6, 23),
     [("ACCUSE", "PAN", "BOL")], [("ACCUSE", "PAN", "PAN")]),
    ("several_donors_send_relief", "YANGON - The earthquake killed more than 3,000 people in "
     "Myanmar. China, India and Thailand have sent rescue teams and relief supplies.",
     (2025, 4, 3), [("AID", "CHN", "MMR"), ("AID", "IND", "MMR"), ("AID", "THA", "MMR")], []),
    ("criticising_a_thing_another_made", "MANILA - China's State Council approved the "
     "reserve on Wednesday. The United States and Japan criticised the reserve.",
     (2025, 9, 11), [("ACCUSE", "USA", "CHN"), ("ACCUSE", "JPN", "CHN")], []),
    ("calling_a_law_another_signed_antisemitic", "WARSAW - President Andrzej Duda signed "
     "the law on Saturday. Israel's Foreign Minister Yair Lapid called the law antisemitic "
     "and immoral.", (2021, 8, 15), [("ACCUSE", "ISR", "POL")], []),
    ("allowing_a_foreign_ship_to_dock", "COLOMBO - Sri Lanka allowed a Chinese ship to dock "
     "at Hambantota.", (2022, 8, 14), [("CONCEDE", "LKA", "CHN")], []),
    ("another_judge_is_no_maker", "WASHINGTON - Pakistan carried out nuclear tests. President "
     "Bill Clinton said he deplored the tests. U.N. Secretary-General Kofi Annan deplored the "
     "tests.", (1998, 5, 29), [], [("ACCUSE", "UN", "USA")]),
    ("backing_the_government_s_efforts", _STRIKE + "Mulino spoke by telephone with Costa "
     "Rican President Rodrigo Chaves. The U.S. embassy said Washington backed the "
     "government's efforts to restore order.", (2025, 6, 23),
     [("SUPPORT", "USA", "PAN")], [("SUPPORT", ANY, "CRI")]),
    ("a_foreign_commander_s_demand_is_of_the_other_side", "FREETOWN - Nigeria's commander "
     "in the city told reporters on Tuesday that the junta must step aside.", (1997, 6, 3),
     [("REQUEST", "NGA", "SLE")], [("REQUEST", "NGA", "NGA")]),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_home_and_abroad(extract_keys, text, date, found, absent):
    assert_keys(undirected(extract_keys(text, dt.date(*date))), found, absent)
