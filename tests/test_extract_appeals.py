"""Appeals and refusals, on sentences written for these tests: an act listed after one that
is demanded is only asked for too ("demanded that Seoul return the boat and hand over the
crew"); "urged restraint by X and Y" asks X and Y; "hoped X would avoid steps" asks X, but
not "hoped the move would be conducive to peace"; "would send no more rice" is a denied act;
infiltrators are armed men of their country; "they" in what a group says is that group, even
when no country places it ("Student groups said they would ..."); "called a rally for Sunday"
is planned, not asked for; a protest leader is of the opposition, so an agreement with the
prime minister is one within the country, also when the tagger takes the verb before
"and agreed" for a noun; an organisation's name is matched in either house spelling
("Organisation ... Cooperation") and is never "the organisation" named before; "the
military" a foreign spokesman urges is the host country's, as "the government" is;
cutting aid or cooperation is a sanction; pressing for a resolution asks the body that would
pass it, but "pressing on with sanctions" asks no one; the release or extradition of someone
held abroad is asked of the captor; "detained Pinochet late on Friday" detains Pinochet even
when the tagger takes the name for an adverb; "Abiola, who is expected to travel to London"
plans a visit by Abiola; "would fight until the last Senegalese soldier had gone home"
threatens Senegal; "flew in hundreds of riot police" sends them, though the tagger reads
"in" as a preposition.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.model import Status
from test_extract_where import assert_keys

_CASES = [
    ("a_listed_act_is_asked_for_too", "TOKYO - China demanded on Tuesday that Japan release "
     "the trawler and release its crew.", (2010, 9, 14), [("REQUEST", "CHN", "JPN")],
     [("CONCEDE", "JPN", "*")]),
    ("restraint_by_both", "MOSCOW - The European Union urged restraint by both Armenia and "
     "Azerbaijan on Sunday.", (2016, 4, 3),
     [("REQUEST", "EU", "ARM"), ("REQUEST", "EU", "AZE")], []),
    ("hoped_they_would_avoid", "BEIJING - China said it hoped both Hanoi and Manila would "
     "avoid steps that could raise tension.", (2014, 5, 9),
     [("REQUEST", "CHN", "VNM"), ("REQUEST", "CHN", "PHL")], []),
    ("hoped_for_an_outcome", "BEIJING - China's foreign ministry said it hoped the "
     "agreement between Hanoi and Manila would be conducive to peace.", (2014, 5, 9), [],
     [("REQUEST", "CHN", "*")]),
    ("no_more_rice", "SEOUL - The government said it would send no more rice to North Korea "
     "this year.", (1996, 9, 23), [("AID", "KOR", "PRK", Status.NEGATED)],
     [("AID", "KOR", "PRK", Status.PLANNED)]),
    ("infiltrators_are_armed_men", "SEOUL - South Korean troops killed four North Korean "
     "infiltrators in the mountains on Friday.", (1996, 9, 27),
     [("ASSAULT", "KOR", "PRK")], []),
    ("they_are_the_speakers", "ASUNCION - The Organisation of American States held an "
     "emergency session on Tuesday, and its secretary-general flew to Asuncion. Student "
     "groups said they would hold another rally on Saturday to demand the arrest of the "
     "general.", (1996, 4, 26), [("CONSULT", "OAS", "PRY")], [("REQUEST", "OAS", "*")]),
    ("called_a_rally", "BANGKOK - Thailand's opposition had marched on parliament on "
     "Monday. Protest leaders called a rally for Sunday.", (2010, 4, 8),
     [("PROTEST", "THA", "THA", Status.PLANNED)], [("PROTEST", "THA", "THA", Status.POSSIBLE)]),
    ("knelt_and_agreed", "BANGKOK - Prime Minister Suchinda Kraprayoon and protest leader "
     "Chamlong Srimuang knelt before King Bhumibol Adulyadej late on Wednesday and agreed to "
     "end four days of bloodshed in the Thai capital.", (1992, 5, 21),
     [("AGREE", "THA", "THA")], []),
    ("an_organisation_in_british_spelling", "MOSCOW - Russian President Vladimir Putin "
     "spoke by telephone with Niyazov on Sunday, the Kremlin said. The Organisation for "
     "Security and Cooperation in Europe said it was concerned by reports of mass arrests "
     "and asked Ashgabat to let its observers attend the trials.", (2002, 12, 23),
     [("REQUEST", "OSCE", "TKM")], [("REQUEST", "RUS", "TKM")]),
    ("the_military_a_foreigner_urges", "LAGOS - Nigeria's military ruler annulled the "
     "election on Wednesday. A State Department spokesman urged the military to publish the "
     "results.", (1993, 6, 27), [("REQUEST", "USA", "NGA")], [("REQUEST", "USA", "USA")]),
    ("cutting_military_cooperation", "LAGOS - The United States suspended military "
     "training programmes for Nigeria. Britain said it was cutting its military "
     "cooperation.", (1993, 6, 27), [("SANCTION", "GBR", "NGA")], []),
    ("pressing_for_a_resolution", "KUWAIT CITY - Washington and London are pressing for a "
     "Security Council resolution that would bar Iraq from moving heavy forces south.",
     (1994, 10, 11), [("REQUEST", "USA", "UN"), ("REQUEST", "GBR", "UN")], []),
    ("pressing_on_with_sanctions", "MOSCOW - Russia cut all postal links with Georgia on "
     "Tuesday, pressing on with sanctions against its small southern neighbour.",
     (2006, 10, 3), [], [("REQUEST", "RUS", "GEO")]),
    ("extradition_asked_of_the_captor", "MADRID - British police detained Augusto Pinochet "
     "on Friday. Spain requested his extradition on Monday.", (1998, 10, 19),
     [("REQUEST", "ESP", "GBR")], [("REQUEST", "ESP", "CHL")]),
    ("a_name_taken_for_an_adverb", "SANTIAGO - British police detained Pinochet late on "
     "Friday at a London clinic.", (1998, 10, 19), [("COERCE", "GBR", "CHL")],
     [("COERCE", "GBR", "GBR")]),
    ("who_is_expected_to_travel", "LAGOS - Nigerian opposition leader Moshood Abiola "
     "rejected the annulment on Saturday. Abiola, who is expected to travel to London and "
     "Washington next month, said he did not rule out forming a parallel government.",
     (1993, 6, 27), [("CONSULT", "NGA", "GBR", Status.PLANNED),
                     ("CONSULT", "NGA", "USA", Status.PLANNED)], []),
    ("fight_until_they_leave", "BISSAU - Senegalese troops entered Guinea-Bissau on "
     "Monday. Rebel leader Ansumane Mane said his men would fight until the last Senegalese "
     "soldier had gone home.", (1998, 6, 17), [("THREATEN", "GNB", "SEN")], []),
    ("flew_in_riot_police", "PAPEETE, Tahiti - Paris flew in hundreds of riot police and "
     "troops on Wednesday to restore order.", (1995, 9, 7), [("MOBILIZE", "FRA", "FRA")], []),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_appeals(extract_keys, text, date, found, absent):
    assert_keys(extract_keys(text, dt.date(*date)), found, absent)
