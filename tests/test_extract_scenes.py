"""Where an act happens and what a phrase stands for, on sentences written for these
tests: a relative clause hung on a place tells of what happened there, an act's "of" names
what was acted on, "the capital" of a datelined story is the dateline's, a purpose
infinitive tagged as a noun is its governing verb's doer's, and a feeling ("was outraged")
is its subject's; also the refusals, holdings and alerts read on the seventeenth held-out
set.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract_where import assert_keys

_CASES = [
    # places and acts
    ("a_relative_clause_on_a_place", "WASHINGTON - The president said the strikes hit a "
     "network behind last week's bombings of the U.S. embassies in Nairobi and Dar es "
     "Salaam, which killed more than 250 people.", (1998, 8, 21), [],
     [("ASSAULT", "TZA", "*"), ("ASSAULT", "KEN", "*")]),
    ("the_place_itself_still_acts", "NAIROBI - The ministers met in Moscow, which has denied "
     "sending arms to the rebels.", (1998, 8, 21), [("AID", "RUS", "*")], []),
    ("an_acts_of_names_its_victim", "NAIROBI - The bombing of the U.S. embassy killed more "
     "than 200 people on Friday.", (1998, 8, 8), [], [("ASSAULT", "USA", "*")]),
    ("the_capital_of_the_dateline", "KHARTOUM - Thousands of people marched through the "
     "capital on Friday, burning American flags and chanting outside the U.S. embassy.",
     (1998, 8, 21), [("PROTEST", "SDN", "USA")], [("PROTEST", "USA", "*")]),
    ("a_summons_to_protest_is_no_crowd", "ISLAMABAD - Pakistan summoned the U.S. ambassador "
     "to protest on Friday.", (1998, 8, 21), [("ACCUSE", "PAK", "USA")],
     [("PROTEST", "*", "*")]),
    ("a_crowd_gathered_to_protest", "ISLAMABAD - Thousands of people gathered outside the "
     "U.S. embassy to protest on Friday.", (1998, 8, 21), [("PROTEST", "PAK", "USA")], []),
    # people and bodies named by a place or an office
    ("a_bishop_of_a_town_in_the_dateline_country", "MEXICO CITY - Bishop Samuel Ruiz of San "
     "Cristobal accused soldiers of executing captured rebels.", (1994, 1, 13),
     [("ACCUSE", "MEX", "MEX")], [("ACCUSE", "VEN", "*")]),
    ("a_ministry_denies_the_charge", "MEXICO CITY - Mexican Bishop Samuel Ruiz accused "
     "soldiers of executing captured rebels. The Defence Ministry denied the charge.",
     (1994, 1, 13), [("REJECT", "MEX", "MEX")], []),
    ("whom_they_seized", "MEXICO CITY - Fighting went on in the hills on Thursday. The "
     "rebels still hold a former governor of Chiapas, General Absalon Castellanos, whom they "
     "seized on Jan. 2.", (1994, 1, 13), [("COERCE", "MEX", "MEX")], []),
    ("confidence_in_a_government", "MEXICO CITY - U.S. officials said Washington had full "
     "confidence in the Mexican government's handling of the revolt.", (1994, 1, 13),
     [("SUPPORT", "USA", "MEX")], []),
    ("lost_confidence_is_no_support", "MEXICO CITY - Investors lost confidence in the "
     "Mexican government after the devaluation.", (1994, 12, 28), [],
     [("SUPPORT", "*", "*")]),
    ("confidence_in_a_body_happens_nowhere", "APIA - Samoa's prime minister-elect was sworn "
     "in on Monday. New Zealand's foreign minister, Nanaia Mahuta, said her government had "
     "confidence in Samoa's judiciary to resolve the matter.", (2021, 5, 24),
     [("SUPPORT", "NZL", "WSM")], [("SUPPORT", "WSM", "WSM")]),
    # "they" and "the government"
    ("they_after_the_rebels", "LIMA - The rebels have freed several diplomats, including the "
     "ambassadors of Canada, Germany, Greece and France. They have threatened to kill "
     "hostages if the government ignores them.", (1996, 12, 20),
     [("THREATEN", "PER", "PER")], [("THREATEN", "GRC", "*"), ("THREATEN", "*", "FRA")]),
    ("the_government_is_the_storys_far_from_a_name", "LIMA - Peru's foreign minister spoke "
     "to Japan's prime minister, who said Tokyo wants a peaceful end to the crisis. The "
     "rebels freed 38 more people on Thursday. They have threatened to kill hostages if the "
     "government ignores them.", (1996, 12, 20), [("THREATEN", "PER", "PER")],
     [("THREATEN", "*", "JPN")]),
    ("the_government_named_just_before", "LIMA - Bolivia protested to Peru on Friday. The "
     "government also recalled its ambassador from Lima.", (1996, 12, 20),
     [("SANCTION", "BOL", "PER")], []),
    # the named among the many, and a group named by its movement
    ("seized_many_among_them_named", "LIMA - About 20 guerrillas burst into the Japanese "
     "ambassador's residence on Tuesday night and seized hundreds of guests, among them "
     "cabinet ministers and the Canadian ambassador.", (1996, 12, 18),
     [("COERCE", "PER", "PER"), ("COERCE", "PER", "CAN")], []),
    ("guerrillas_of_a_movement_are_no_protesters", "LIMA - About 20 guerrillas of the Tupac "
     "Amaru Revolutionary Movement burst into the residence on Tuesday night.", (1996, 12, 18),
     [], [("PROTEST", "*", "*")]),
    # warnings, refusals and what a side says the other did
    ("patience_running_out", "TEHRAN - Iran's supreme leader warned Afghanistan's Taliban on "
     "Tuesday that Tehran's patience was running out.", (1998, 9, 16),
     [("THREATEN", "IRN", "AFG")], []),
    ("troops_gathered_at_a_border", "TEHRAN - Tens of thousands of Iranian troops gathered "
     "near the Afghan border on Tuesday.", (1998, 9, 16), [("MOBILIZE", "IRN", "AFG")],
     [("PROTEST", "*", "*")]),
    ("says_they_murdered_its_diplomats", "TEHRAN - Iran says Taliban fighters murdered eight "
     "of its diplomats in Mazar-i-Sharif.", (1998, 9, 16),
     [("ACCUSE", "IRN", "AFG"), ("ASSAULT", "AFG", "IRN")], []),
    ("a_spokesman_for_someone_named_after_a_date", "TEHRAN - Iran massed troops on the "
     "border. On Tuesday Wakil Ahmed Muttawakil, a spokesman for Taliban leader Mullah "
     "Mohammad Omar, warned that any Iranian attack would be answered with rocket fire on "
     "Iranian cities.", (1998, 9, 16), [("THREATEN", "AFG", "IRN")], []),
    ("would_not_free_is_a_refusal", "LIMA - Officials close to President Alberto Fujimori "
     "said he would not free any convicted guerrillas.", (1996, 12, 20),
     [("REJECT", "PER", "PER")], [("CONCEDE", "*", "*")]),
    ("would_hand_nobody_over", "KABUL - Iran has demanded that the Taliban hand over the "
     "killers of its diplomats. The Taliban said they would try the killers themselves but "
     "would hand nobody over.", (1998, 9, 16), [("REJECT", "AFG", "IRN")],
     [("CONCEDE", "AFG", "IRN")]),
    ("the_drivers_named_before", "TEHRAN - Iran demanded that the Taliban free dozens of "
     "Iranian truck drivers. A Taliban spokesman said the Taliban had released five of the "
     "drivers at the weekend.", (1998, 9, 16), [("CONCEDE", "AFG", "IRN")],
     [("CONCEDE", "AFG", "AFG")]),
    # parties in coordination, and a law repealed
    ("parties_and_two_governments_agreed", "BELFAST - Northern Ireland's rival parties and "
     "the British and Irish governments reached a peace agreement on Friday after talks that "
     "ran through the night.", (1998, 4, 10),
     [("AGREE", "GBR", "IRL"), ("CONSULT", "GBR", "IRL")], []),
    ("repeal_an_act", "BELFAST - Under the agreement, London will repeal the 1920 act under "
     "which it governs the province.", (1998, 4, 10), [("CONCEDE", "GBR", "GBR")], []),
    # a party leaving a government, a group named before, missiles stationed
    ("a_party_pulls_out_of_the_government", "NICOSIA - Turkey and Greece traded warnings "
     "again. Turkish officials said Ankara would not back down. Cyprus's socialist EDEK party "
     "pulled out of the government on Wednesday.", (1998, 12, 30),
     [("REJECT", "CYP", "CYP")], [("REJECT", "CYP", "TUR"), ("RETREAT", "*", "*")]),
    ("a_group_named_before_with_its_country", "ANKARA - Turkish officials said Ankara would "
     "watch the island closely. Turkey and Greece traded warnings again. Cyprus's socialist "
     "EDEK party left the government on Wednesday. EDEK leader Vassos Lyssarides accused "
     "Turkey of bullying Cyprus.", (1998, 12, 30), [("ACCUSE", "CYP", "TUR")],
     [("ACCUSE", "TUR", "*")]),
    ("missiles_stationed_are_no_attack", "NICOSIA - President Glafcos Clerides decided to "
     "station Russian-made anti-aircraft missiles on the Greek island of Crete.",
     (1998, 12, 30), [], [("ASSAULT", "*", "*")]),
    ("deputies_would_block_ratification", "KIEV - Russia and Ukraine signed a friendship "
     "treaty on Saturday. Nationalist lawmakers in the State Duma said they would try to block "
     "ratification.", (1997, 5, 31), [("REJECT", "RUS", "*")], []),
    # who holds whom
    ("geologists_held_hostage", "BISHKEK - Kyrgyzstan appealed to Russia for helicopters to "
     "fight armed militants who are holding four Japanese geologists hostage in the mountains "
     "of the southern Batken region.", (1999, 8, 26), [("COERCE", "*", "JPN")],
     [("COERCE", "*", "KGZ")]),
    ("a_boat_and_its_crew", "MANILA - The reef came to light after Chinese crews held a "
     "Filipino fishing boat and its crew there for a week in January.", (1995, 2, 16),
     [("COERCE", "CHN", "PHL")], [("COERCE", "CHN", "CHN")]),
    ("soldiers_it_had_held", "PHNOM PENH - Four days later, Thailand handed back 18 Cambodian "
     "soldiers it had held since an earlier bout of fighting in July, a step Cambodia had set "
     "as a test of Bangkok's good faith.", (2026, 1, 2), [("COERCE", "THA", "KHM")],
     [("COERCE", "KHM", "*")]),
    ("cities_it_occupies", "KHARTOUM - The army rejected a proposal for a truce, saying the "
     "RSF must first withdraw from cities it occupies.", (2023, 11, 2),
     [("ASSAULT", "SDN", "SDN")], []),
    # a demand the tagger left unlabelled, an alert, a sealed city, a delayed loan
    ("accused_demanded_and_said", "SEOUL - North Korean boats fired on South Korean ships on "
     "Tuesday. North Korea's official KCNA news agency accused the South of a premeditated "
     "provocation, demanded an apology and said the line had no legal basis.", (1999, 6, 15),
     [("REQUEST", "PRK", "KOR")], []),
    ("a_higher_state_of_alert", "SEOUL - North Korean boats fired on South Korean ships on "
     "Tuesday. South Korea put its armed forces on a higher state of alert.", (1999, 6, 15),
     [("MOBILIZE", "KOR", "PRK")], []),
    ("troops_sealed_off_the_capital", "JAKARTA - Indonesian troops sealed off the centre of "
     "the capital on Wednesday.", (1998, 5, 21), [("COERCE", "IDN", "IDN")], []),
    ("a_loan_payment_delayed", "JAKARTA - The International Monetary Fund delayed a $1 "
     "billion loan payment to Indonesia this month.", (1998, 5, 21),
     [("SANCTION", "IMF", "IDN")], []),
    ("warned_of_bloodshed", "JAKARTA - Students planned a mass rally on Wednesday. The army "
     "warned the students of bloodshed if the rally went ahead.", (1998, 5, 21),
     [("THREATEN", "IDN", "IDN")], []),
    # feelings said of their subject
    ("disappointed_by_a_decision", "ADDIS ABABA - Ethiopia's foreign ministry said on "
     "Saturday it was disappointed by the U.S. decision.", (1998, 8, 22),
     [("ACCUSE", "ETH", "USA")], [("ACCUSE", "USA", "*")]),
    ("outraged_after_strikes", "MOSCOW - U.S. cruise missiles struck targets in Sudan and "
     "Afghanistan. Russian President Boris Yeltsin said he was outraged.", (1998, 8, 21),
     [("ACCUSE", "RUS", "USA")], []),
    ("pleased_that_they_settled", "KIEV - The treaty was signed on Saturday. A U.S. State "
     "Department spokesman said Washington was pleased that Russia and Ukraine had settled "
     "their differences.", (1997, 5, 31), [("SUPPORT", "USA", "UKR")], []),
    ("an_act_that_outrages_is_no_accusation", "KIEV - Russia and Ukraine signed the treaty "
     "on Saturday. The decision outraged Ukraine's nationalists.", (1997, 5, 31), [],
     [("ACCUSE", "*", "*")]),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_scenes(extract_keys, text, date, found, absent):
    assert_keys(extract_keys(text, dt.date(*date)), found, absent)
