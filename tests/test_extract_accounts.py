"""Who did what in accounts of border wars and breaks between neighbours, on sentences
written for these tests: an accusation coordinated with a denied passive is not denied, a
second "of" in an accusation has the first one's doer, a bare role noun coordinated with a
national one shares its country, mediators are no parties to each other, and an appeal to
no one named is aimed at no one; a demand by a party or lawmakers with no one named is
made of their own government, and "Shanghai police" are of the city's country; an act
noun's "of" and "by" hung on a date after it are still its own, a "decision" is no attack,
and an agreement "before" which weeks "could" pass has not happened; "forced X to land" is
coercion (not when no one is named as forcing), students are of the dateline's country, an
embassy asks its host, and a verb joined to a passive shares its subject ("were attacked
by ... and fired back"); a crowd marching past a consulate protests at its country, the
European Community is the EU, and "the republic" is the one named "the ... republic of";
"would not disarm" is a refusal, "hoped to sign" a possibility (the tagger's lemma "hop"
is mended), a shelved pact is rejected, "the violence" condemned is the latest attack's,
"deplored the decision to use force" is no use of force by who deplores it, and "appalled"
is a feeling in British spelling too; flying home visits no one; "followed within hours",
"followed suit" and "did the same" repeat the latest act of others, to the same recipient.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.model import Status
from test_extract_where import assert_keys

_CASES = [
    ("an_accusation_after_a_denied_passive", "N'DJAMENA - Chadian government troops have "
     "overrun the Libyan air base at Ouadi Doum in northern Chad.\n\nLibya's official news "
     "agency JANA denied that its forces had been driven out and accused France and the "
     "United States of backing what it called Hissene Habre's mercenaries.", (1987, 3, 23),
     [("ACCUSE", "LBY", "FRA", Status.OCCURRED), ("ACCUSE", "LBY", "USA", Status.OCCURRED)],
     [("ACCUSE", "LBY", "FRA", Status.NEGATED), ("CONSULT", "*", "*")]),  # "what it called"
    ("a_second_of_in_an_accusation", "DAKAR - Senegal accused Mauritania of driving thousands "
     "of people across the river and of massing troops along the border.", (1989, 8, 22),
     [("MOBILIZE", "MRT", "*")], [("MOBILIZE", "SEN", "*")]),
    ("a_bare_role_noun_after_a_national_one", "DAKAR - In April, Mauritanian herders and "
     "border guards killed two Senegalese farmers in a quarrel over grazing land.",
     (1989, 8, 22), [("ASSAULT", "MRT", "SEN")], [("ASSAULT", "SEN", "*")]),
    ("mediators_are_no_parties", "DAKAR - Diplomats said Mali and Guinea had also offered to "
     "mediate, but neither side had agreed to meet the other.", (1989, 8, 22), [],
     [("CONSULT", "MLI", "GIN")]),
    ("an_appeal_to_no_one_named", "DAKAR - Mauritanian soldiers fired on Senegalese villages "
     "on Sunday. President Abdou Diouf appealed to the international community to help the "
     "refugees.", (1989, 8, 22), [], [("REQUEST", "SEN", "MRT")]),
    ("a_partys_demand_is_of_its_own_government", "JAKARTA - Lawmakers from the ruling party "
     "demanded an inquiry into the shootings on Friday.", (1998, 5, 15),
     [("REQUEST", "IDN", "IDN")], []),
    ("a_citys_police_are_of_its_country", "BEIJING - Japan's government lodged a protest over "
     "the violence. Some lawmakers in Koizumi's party have called for cuts in Japan's loans "
     "to China.\n\nShanghai police said they had detained a number of people suspected of "
     "damaging property.", (2005, 4, 17), [("COERCE", "CHN", "CHN")],
     [("COERCE", "JPN", "*")]),
    # acts named by a noun, and what a later "decision" stands for
    ("a_downing_with_its_date_between", "TEHRAN - Iran accepted the U.N. ceasefire "
     "resolution on Monday. Its letter cited the downing on July 3 of an Iranian airliner by "
     "a U.S. warship over the Gulf. U.N. Secretary-General Javier Perez de Cuellar welcomed "
     "the decision.", (1988, 7, 18),
     [("AGREE", "IRN", "UN"), ("ASSAULT", "USA", "IRN"), ("SUPPORT", "UN", "IRN")],
     [("SUPPORT", "UN", "USA")]),  # a decision is no attack
    ("an_agreement_before_which_weeks_may_pass", "ISLAMABAD - India and Pakistan held talks "
     "on Kashmir on Monday. Diplomats said it could take months before the two countries "
     "agreed on a new ceasefire line.", (1988, 7, 18),
     [("AGREE", "IND", "PAK", Status.POSSIBLE)], [("AGREE", "*", "*", Status.OCCURRED)]),
    ("an_agreement_before_an_end", "ISLAMABAD - India and Pakistan held talks on Kashmir on "
     "Monday. Diplomats said the two countries agreed on a new ceasefire line before the "
     "talks ended.", (1988, 7, 18), [("AGREE", "IND", "PAK", Status.OCCURRED)], []),
    # force, custody, crowds and embassies
    ("forced_to_land", "ROME - U.S. Navy fighters forced the Egyptian airliner to land at a "
     "NATO base in Sicily.", (1985, 10, 11), [("COERCE", "USA", "EGY")], []),
    ("forced_to_land_by_no_one_named", "LA PAZ - Morales's jet was forced to land in Vienna "
     "late on Tuesday.", (2013, 7, 5), [], [("COERCE", "*", "*")]),
    ("custody_taken_of_named_people", "ROME - Italy took custody on Friday of four "
     "Palestinians accused of hijacking the cruise liner.", (1985, 10, 11),
     [("COERCE", "ITA", "PSE")], []),
    ("students_in_the_datelines_capital", "CAIRO - Hundreds of students marched through the "
     "capital chanting slogans against the United States, and police fired tear gas to keep "
     "them away from the U.S. embassy.", (1985, 10, 11), [("PROTEST", "EGY", "USA")],
     [("PROTEST", "USA", "*")]),
    ("an_embassy_asks_its_host", "ROME - U.S. Navy fighters forced the Egyptian airliner to "
     "land in Sicily on Thursday. The U.S. embassy in Rome later delivered a note asking for "
     "the men's extradition.", (1985, 10, 11), [("REQUEST", "USA", "ITA")], []),
    ("attacked_and_fired_back", "BEIRUT - Israeli troops were attacked by Hezbollah fighters "
     "near the border and fired back at Lebanese villages.", (2006, 7, 12),
     [("ASSAULT", "ISR", "LBN")], [("ASSAULT", "LBN", "LBN")]),
    ("criticised_and_accused", "BEIRUT - The Lebanese prime minister was criticised by Syria "
     "and accused Damascus of meddling.", (2006, 7, 12), [("ACCUSE", "LBN", "SYR")], []),
    # bodies of the time, and "the republic"
    ("a_crowd_marching_past_a_consulate", "ATHENS - On Sunday tens of thousands of Greeks "
     "marched past the U.S. consulate in Thessaloniki waving flags.", (1994, 2, 17),
     [("PROTEST", "GRC", "USA")], [("PROTEST", "GRC", "GRC")]),
    ("the_european_community_freezes_aid", "VILNIUS - Lithuania's president appealed to the "
     "European Community for help. The European Community said it would freeze a planned "
     "package of food aid and technical assistance to the Soviet Union.", (1991, 1, 14),
     [("REQUEST", "LTU", "EU"), ("SANCTION", "EU", "RUS", Status.PLANNED)], []),
    ("the_republic_named_as_one", "ATHENS - Greece closed the port of Thessaloniki on "
     "Wednesday to all goods bound for the former Yugoslav republic of Macedonia. The move "
     "came a week after the United States established diplomatic relations with the "
     "republic.", (1994, 2, 17), [("COOPERATE", "USA", "MKD")], [("COOPERATE", "USA", "GRC")]),
    # refusals, hopes, shelved pacts and condemned violence
    ("would_not_disarm_is_a_refusal", "MOSCOW - Talks between the two sides broke up. The "
     "Chechen rebels said they would not disarm while Russian troops remained on their "
     "soil.", (1994, 12, 12), [("REJECT", "RUS", "RUS")], [("RETREAT", "*", "*")]),
    ("unclear_whether_they_would_leave_is_no_refusal", "PRETORIA - Ethiopia and Eritrea "
     "fought together in Tigray. It was unclear whether Eritrean forces would leave Tigray.",
     (2022, 11, 2), [], [("REJECT", "*", "*")]),
    ("hoped_to_sign", "KIEV - His aides said President Viktor Yanukovych still hoped to sign "
     "an association agreement with the European Union on better terms.", (2013, 12, 2),
     [("AGREE", "UKR", "EU", Status.POSSIBLE)], [("AGREE", "UKR", "EU", Status.OCCURRED)]),
    ("a_shelved_pact", "KIEV - Ukraine decided on Thursday to shelve a landmark association "
     "pact with the European Union.", (2013, 11, 22), [("REJECT", "UKR", "EU")], []),
    ("the_violence_condemned", "KIEV - Riot police beat protesters in Kiev on Saturday. The "
     "U.S. State Department called the violence unacceptable.", (2013, 12, 2),
     [("ACCUSE", "USA", "UKR")], []),
    ("deploring_anothers_decision", "BEIJING - Troops fired on crowds in Beijing on Sunday. "
     "In Washington, President George Bush said he deplored the decision to use force "
     "against peaceful protesters.", (1989, 6, 6), [], [("ASSAULT", "USA", "*")]),
    ("appalled_in_british_spelling", "BEIJING - Troops fired on crowds in Beijing on Sunday, "
     "killing hundreds. Britain's Prime Minister Margaret Thatcher said she was appalled by "
     "the killings.", (1989, 6, 6), [("ACCUSE", "GBR", "CHN")], []),
    ("flying_home_visits_no_one", "COLOMBO - The sailor was arrested, and Jayewardene "
     "apologised before Gandhi flew home to New Delhi.", (1987, 7, 30), [],
     [("CONSULT", "*", "IND")]),
    # acts told by pointing at an earlier one
    ("others_followed_within_hours", "MANILA - Secretary of State George Shultz announced "
     "that the United States recognised Aquino's government. Japan, Australia and the "
     "Association of Southeast Asian Nations followed within hours.", (1986, 2, 26),
     [("SUPPORT", "JPN", "PHL"), ("SUPPORT", "AUS", "PHL"), ("SUPPORT", "ASEAN", "PHL")], []),
    ("followed_suit", "BRUSSELS - Germany closed its airspace to Russian aircraft on Sunday. "
     "France and Italy followed suit on Monday.", (2022, 2, 28),
     [("SANCTION", "FRA", "RUS"), ("SANCTION", "ITA", "RUS")], []),
    ("did_the_same", "BRUSSELS - Germany expelled four Russian diplomats on Monday, and France "
     "did the same.", (2022, 2, 28), [("SANCTION", "FRA", "RUS")], []),
    ("the_weeks_that_followed", "BRUSSELS - Germany expelled four Russian diplomats on Monday. "
     "In the weeks that followed, talks stalled. More details will follow.", (2022, 2, 28),
     [("SANCTION", "DEU", "RUS")], [("SANCTION", "*", "*", Status.PLANNED)]),
    ("to_be_followed_by", "PORT-AU-PRINCE - The first Marines landed on Sunday, hours after "
     "the Security Council authorised a multinational force, to be followed by a U.N. "
     "mission.", (2004, 3, 1), [], [("*", "UN", "*")]),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_accounts(extract_keys, text, date, found, absent):
    assert_keys(extract_keys(text, dt.date(*date)), found, absent)
