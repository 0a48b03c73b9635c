"""Wire-copy phrasing, on sentences written for these tests: people the knowledge base
does not list (an unknown deputy or cabinet minister of the dateline's government, pronouns
standing for such people, a person introduced in apposition to an office), what crowds do
(throwing things, camping outside a building), and clauses the tagger misreads.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract_where import assert_keys

_CASES = [
    # people the knowledge base lacks
    ("deputy_of_the_dateline_government", "TRIPOLI - Deputy Prime Minister Abdel Karim Fanous "
     "accused Italy of stalling the talks on Monday.", (1998, 3, 2),
     [("ACCUSE", "LBY", "ITA")], []),
    ("cabinet_minister_of_the_dateline_government", "SEOUL - Trade Minister Sung Yun-mo "
     "said on Monday that South Korea would file a complaint and called on Japan to withdraw "
     "the restrictions.", (2019, 7, 2), [("REQUEST", "KOR", "JPN")], []),
    ("cabinet_minister_of_the_paragraph_s_place", "COPENHAGEN - Danish officials condemned "
     "the attack on the embassy. In Beirut, Interior Minister Hassan al-Sabaa accused the "
     "protesters of rioting.", (2006, 2, 6), [], [("ACCUSE", "DNK", "*")]),
    ("an_election_board_is_the_story_s", "CARACAS - Brazil's foreign ministry called on the "
     "electoral authority to release detailed voting data.", (2024, 7, 30),
     [("REQUEST", "BRA", "VEN")], []),
    ("the_authority_of_a_court_is_no_one", "BRASILIA - Brazil's foreign ministry said the "
     "remarks were an attack on the authority of the court.", (2025, 7, 18), [],
     [("ASSAULT", "*", "*")]),
    ("an_office_whose_his_points_back_at_it", "ACCRA - Ghana's army chief spoke on Monday. "
     "The spokesman for his office said Ghana would recall its ambassador from Togo.",
     (2010, 5, 3), [("SANCTION", "GHA", "TGO")], []),
    ("vice_president_with_no_dateline_is_not_guessed", "Washington expelled the envoy, and "
     "Vice President Rodrigo Almeida Soto said the two sides hoped to agree a truce.",
     (2008, 9, 13), [], [("AGREE", "USA", "*")]),
    ("pronoun_for_an_unlisted_person", "AMMAN - Deputy Prime Minister Karim Haddadin said the "
     "border would stay shut, and he accused Syria of arming smugglers.", (1997, 6, 4),
     [("ACCUSE", "JOR", "SYR")], []),
    ("apposition_names_the_office_not_the_dateline", "CAIRO - The head of the U.N. monitoring "
     "team, Lars Evenstad, arrived on Sunday. Egypt accused Evenstad of bias on Monday.",
     (1996, 5, 6), [("ACCUSE", "EGY", "UN")], [("ACCUSE", "EGY", "EGY")]),
    ("asking_a_party_the_kb_lacks_is_no_request_to_a_sanctioner", "PHNOM PENH - Germany "
     "suspended its aid to Cambodia on Friday. Hun Sen has asked Funcinpec to name a new "
     "leader.", (1997, 7, 11), [], [("REQUEST", "KHM", "DEU")]),
    ("a_named_person_s_relative_clause_holds_no_recipient", "PHNOM PENH - Troops loyal to "
     "Hun Sen routed forces loyal to First Prime Minister Prince Norodom Sirivudh. Hun Sen "
     "accused Sirivudh, who fled to Bangkok before the fighting, of smuggling weapons.",
     (1997, 7, 11), [], [("ACCUSE", "KHM", "THA")]),
    # states that no longer exist
    ("yugoslavia_is_serbia", "BELGRADE - NATO aircraft struck targets across Yugoslavia "
     "on Wednesday night.", (1999, 4, 7), [("ASSAULT", "NATO", "SRB")], []),
    ("the_soviet_union_is_russia", "WASHINGTON - The United States accused the Soviet Union "
     "of violating the arms treaty.", (1987, 6, 2), [("ACCUSE", "USA", "RUS")], []),
    ("a_former_soviet_republic_is_not_russia", "TBILISI - Turkey pledged aid to Georgia, a "
     "former Soviet republic, on Monday.", (1995, 5, 8), [("AID", "TUR", "GEO")],
     [("AID", "TUR", "RUS")]),
    ("an_end_to_the_bombing_is_asked_of_the_bomber", "ATHENS - NATO aircraft struck "
     "bridges across Serbia on Tuesday. Greece's foreign ministry demanded an immediate "
     "halt to the bombing.", (1999, 4, 13), [("REQUEST", "GRC", "NATO")],
     [("REQUEST", "GRC", "SRB")]),
    ("shuttled_between_two_capitals", "KIGALI - The U.S. envoy Howard Wolpe, who has "
     "shuttled between Kigali and Kinshasa this week, said talks would resume.",
     (1998, 9, 4), [("CONSULT", "USA", "RWA"), ("CONSULT", "USA", "COD")], []),
    # accusations told as reports
    ("reported_that_they_had_obstructed", "VIENNA - The head of the IAEA inspection team "
     "reported that Iran had obstructed the inspectors' work.", (2006, 2, 3),
     [("ACCUSE", "IAEA", "IRN")], []),
    ("said_they_had_ignored_the_council", "MOSCOW - Russia said the United States had ignored "
     "the Security Council.", (2003, 3, 20), [("ACCUSE", "RUS", "USA")], []),
    # refusals
    ("would_not_accept_a_mediator", "NICOSIA - Turkey said it would not accept Greece as a "
     "mediator in the talks.", (1997, 5, 2), [("REJECT", "TUR", "GRC")], []),
    ("denied_firing_and_vowed", "BEIRUT - Israel blamed Hezbollah for the blast. Hezbollah "
     "denied firing from the village and vowed to avenge the dead.", (1996, 4, 19),
     [("REJECT", "LBN", "ISR")], []),
    # shows of force
    ("forces_were_put_on_alert", "SEOUL - North Korea fired artillery into the sea on Monday. "
     "South Korea's defence ministry said its troops had been put on high alert.",
     (2010, 11, 23), [("MOBILIZE", "KOR", "PRK")], []),
    ("a_new_round_of_exercises_in", "BEIJING - China announced a new round of live-fire "
     "exercises in the Taiwan Strait on Friday.", (2000, 3, 11),
     [("MOBILIZE", "CHN", "TWN")], []),
    ("ordered_a_carrier_toward", "MANILA - The United States ordered a carrier group toward "
     "the Philippines on Friday.", (2012, 4, 20), [("MOBILIZE", "USA", "PHL")], []),
    ("the_missile_tests_are_the_missiles_fired", "SEOUL - North Korea fired two ballistic "
     "missiles into the sea on Sunday. Japan put its forces on alert. China called the "
     "missile tests regrettable.", (2016, 3, 20),
     [("ACCUSE", "CHN", "PRK")], [("ACCUSE", "CHN", "JPN")]),
    ("both_countries_rushed_troops_to_the_border", "NEW DELHI - Indian and Chinese soldiers "
     "scuffled on the disputed plateau last week. Both countries have since rushed thousands "
     "of reinforcements to the border.", (2017, 7, 3),
     [("MOBILIZE", "IND", "CHN"), ("MOBILIZE", "CHN", "IND")], [("MOBILIZE", "IND", "IND")]),
    ("condemned_the_attack_in_a_statement", "SKOPJE - A crowd attacked the Greek consulate on "
     "Thursday. The European Union condemned the attack in a statement.", (2008, 2, 22),
     [("ACCUSE", "EU", "MKD")], [("ASSAULT", "*", "EU")]),
    ("a_no_fly_zone_over_a_country", "NEW YORK - The U.N. Security Council imposed a "
     "no-fly zone over Libya on Thursday.", (2011, 3, 17), [("SANCTION", "UN", "LBY")], []),
    # crowds' acts
    ("protesters_hurled_things_at_an_embassy", "ATHENS - Several hundred demonstrators hurled "
     "stones and paint at the Turkish consulate on Monday.", (2004, 5, 10),
     [("PROTEST", "GRC", "TUR")], []),
    ("protesters_threw_eggs_at_police", "KIEV - Thousands of protesters threw eggs at riot "
     "police outside the parliament.", (2004, 5, 10), [("PROTEST", "UKR", "UKR")], []),
    ("supporters_camped_outside", "DHAKA - Opposition supporters have camped outside the "
     "election commission since Friday, demanding a recount.", (2004, 5, 10),
     [("PROTEST", "BGD", "BGD")], []),
    ("migrants_throwing_stones_are_no_protest", "Polish guards used water cannon on migrants "
     "throwing stones at the crossing from Belarus.", (2021, 11, 16), [],
     [("PROTEST", "*", "*")]),
    ("a_pitcher_throwing_a_ball_is_no_protest", "SEOUL - The pitcher threw the ball at the "
     "batter in the third inning.", (2004, 5, 10), [], [("PROTEST", "*", "*")]),
    ("supporters_burst_into_parliament", "BISHKEK - Opposition supporters burst into "
     "parliament on Thursday as the speaker opened the session.", (2005, 3, 24),
     [("PROTEST", "KGZ", "KGZ")], []),
    # pronouns
    ("him_is_who_the_subject_s_relative_clause_names", "Chinese Foreign Minister Li Zhaoxing, "
     "who met Roh Moo-hyun in Seoul on Monday, praised him for his restraint.", (2005, 3, 28),
     [("SUPPORT", "CHN", "KOR")], [("SUPPORT", "CHN", "CHN")]),
    ("the_council_is_the_council_named_before", "NEW YORK - The U.N. Security Council met "
     "on Monday. Diplomats said talks were slow. The vote was put off. Many envoys left early. "
     "The Arab League then asked the council to impose a no-fly zone.", (2011, 3, 14),
     [("REQUEST", "LAS", "UN")], []),
    ("a_longer_party_name_is_another_party", "KHARTOUM - Police detained the leader of the "
     "Popular Congress Party, and the government accused the party of plotting.",
     (2008, 5, 12), [], [("*", "*", "IND")]),
    ("unnamed_people_in_a_foreign_port", "OTTAWA - Canada seized a Portuguese trawler on "
     "Thursday. Fishermen in Aveiro burned a Canadian flag outside the harbour offices.",
     (1995, 3, 10), [("PROTEST", "PRT", "CAN")], [("PROTEST", "CAN", "CAN")]),
    # clauses the tagger misreads
    ("second_clause_subject_taken_for_an_object", "Norway cut its grants to Nicaragua and the "
     "Netherlands prepared new sanctions on Monday.", (2001, 3, 5),
     [("SANCTION", "NLD", "*")], [("SANCTION", "NOR", "*", "possible")]),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_wire_copy_phrasing(extract_keys, text, date, found, absent):
    assert_keys(extract_keys(text, dt.date(*date)), found, absent)
