"""Shared objects, unknown parties, held people described after a count, denials of an
accusation, returned fire, and times and places that belong to something else, on
sentences written for these tests (the twenty-seventh session's cases).

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``); keys carry the status."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract_where import ANY, assert_keys, undirected

_CASES = [
    ("cooperation_under_a_reviewed_programme", "France said it was reviewing some of its "
     "cooperation programmes with Guinea.", (2007, 2, 13), [],
     [("COOPERATE", "FRA", "GIN", ANY)]),
    ("union_leader_accuses_the_president", "CONAKRY, Feb 13 - Guinean President Lansana Conte "
     "named a new prime minister. Union leader Rabiatou Serah Diallo accused Conte of "
     "betraying the accord.", (2007, 2, 13), [("ACCUSE", "GIN", "GIN", "occurred")], []),
    ("apposition_then_verb_misparsed", "CONAKRY, Feb 13 - Troops fired on protesters in "
     "Conakry and the unions called a strike. France, the former colonial power, called on "
     "both sides to return to dialogue.", (2007, 2, 13),
     [("REQUEST", "FRA", "GIN", "occurred")], []),
    ("unions_are_not_the_african_union", "The African Union condemned the killings. "
     "Babangida would fly to Conakry to mediate between the president and the unions.",
     (2007, 2, 13), [], [("CONSULT", ANY, "AU", ANY)]),
    ("accusation_rejected", "MALABO, March 10 - President Teodoro Obiang accused Spain of "
     "backing the plot. Madrid rejected the accusation.", (2004, 3, 10),
     [("REJECT", "ESP", "GNQ", "occurred")], []),
    ("any_link_rejected", "MALABO, March 10 - President Teodoro Obiang accused Spain of "
     "backing the plot. Madrid rejected any link, saying the ships were on a routine "
     "exercise.", (2004, 3, 10), [("REJECT", "ESP", "GNQ", "occurred")], []),
    ("most_of_them_described_after_a_count", "MALABO, March 10 - Security forces in Malabo "
     "have arrested 15 men, most of them South Africans, the information minister said on "
     "state radio.", (2004, 3, 10), [("COERCE", "GNQ", "ZAF", "occurred")], []),
    ("first_verb_shares_the_object", "Foreign Minister Richard Sezibera said Ugandan "
     "security agencies had arrested and tortured hundreds of Rwandan traders.",
     (2019, 3, 7), [("COERCE", "UGA", "RWA", "occurred")], []),
    ("fought_side_by_side", "Kenyan President Uhuru Kenyatta spoke to Kagame and to Ugandan "
     "President Yoweri Museveni. The two leaders fought side by side in the bush war.",
     (2019, 3, 7), [], [("ASSAULT", ANY, ANY, ANY)]),
    ("fought_alongside_against_an_enemy", "Rwandan troops fought alongside Congolese troops "
     "against Ugandan troops.", (2019, 3, 7), [("ASSAULT", "RWA", "UGA", "occurred")], []),
    ("letter_sent_to_a_leader", "Ugandan President Yoweri Museveni has sent a letter to "
     "Rwandan President Paul Kagame, a senior Ugandan official said.", (2019, 3, 7),
     [("CONSULT", "UGA", "RWA", "occurred")], []),
    ("national_guard_is_the_countrys", "CARACAS, Jan 15 - Venezuelan prosecutors have since "
     "arrested several members of the National Guard accused of taking part.",
     (2005, 1, 15), [("COERCE", "VEN", "VEN", "occurred")], []),
    ("agreements_frozen", "CARACAS, Jan 15 - Venezuelan President Hugo Chavez froze all trade "
     "and business agreements with Colombia on Friday.", (2005, 1, 15),
     [("SANCTION", "VEN", "COL", "occurred")], [("AGREE", ANY, ANY, ANY)]),
    ("leader_of_an_unknown_party", "MADRID, May 21 - Vox leader Santiago Abascal criticised "
     "the government for turning a personal matter into a diplomatic crisis.",
     (2024, 5, 21), [("ACCUSE", "ESP", "ESP", "occurred")], []),
    ("rallying_voters_is_no_protest", "MADRID, May 21 - Argentina's spokesman accused the "
     "Spanish government of exploiting the row to rally its voters.", (2024, 5, 21),
     [("ACCUSE", "ARG", "ESP", "occurred")], [("PROTEST", ANY, ANY, ANY)]),
    ("fire_not_returned", "SANAA, July 21 - A Yemeni military spokesman said Saudi naval "
     "units shelled a Yemeni position on Sunday. Yemeni forces had not returned fire, to "
     "avoid an escalation, he said.", (1998, 7, 21),
     [("ASSAULT", "YEM", "SAU", "negated")], []),
    ("fire_returned", "SANAA, July 21 - A Yemeni military spokesman said Saudi naval units "
     "shelled a Yemeni position on Sunday. Yemeni forces returned fire, he said.",
     (1998, 7, 21), [("ASSAULT", "YEM", "SAU", "occurred")], []),
    ("surname_is_no_town", "AMMAN, Oct 30 - Jordan recalled its ambassador from Israel over "
     "the detention of two Jordanian citizens, Hiba al-Labadi and Abdul Rahman Miri. Labadi "
     "was arrested at the Allenby Bridge crossing in August and Miri a few days later.",
     (2019, 10, 30), [], [(ANY, "MYS", ANY, ANY), (ANY, ANY, "MYS", ANY)]),
    ("time_of_a_reported_clause", "BRUSSELS, Nov 21 - In Moscow, Foreign Minister Sergei "
     "Lavrov accused Warsaw of holding EU-Russia relations hostage to a trade quarrel, and "
     "said Russia was in no hurry to replace the current agreement, which expires next year.",
     (2006, 11, 21), [("ACCUSE", "RUS", "POL", "occurred")],
     [("COERCE", ANY, ANY, ANY), ("ACCUSE", ANY, ANY, "planned")]),
    ("veto_lifted", "BRUSSELS, Nov 21 - Poland lifted its veto on talks with Russia.",
     (2006, 11, 21), [("CONCEDE", "POL", "RUS", "occurred")], []),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_shared_objects_and_bodies(extract_keys, text, date, found, absent):
    assert_keys(undirected(extract_keys(text, dt.date(*date))), found, absent)
