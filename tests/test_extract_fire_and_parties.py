"""Attacks and returned fire, judged acts, parties, misparsed names and appositions, calls
and reproaches, aid released or given up, steps taken at home, and "the bloc", "the
ministry" or "them" standing for what was named before, on sentences written for these
tests (the twenty-sixth session's cases).

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``); keys carry the status."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract_where import ANY, assert_keys, undirected

_CASES = [
    ("shells_fired_towards_a_post", "Eritrean troops fired several mortar rounds towards an "
     "Ethiopian border post on Tuesday.", (2000, 5, 16),
     [("ASSAULT", "ERI", "ETH", "occurred")], []),
    ("missile_fired_towards_the_sea_is_no_attack", "North Korea fired a missile towards the "
     "sea on Tuesday.", (2000, 5, 16), [], [("ASSAULT", ANY, ANY, ANY)]),
    ("troops_put_on_a_war_footing", "Ethiopian jets bombed an Eritrean base on Monday. "
     "Eritrea put its border troops on a war footing on Tuesday.", (2000, 5, 16),
     [("MOBILIZE", "ERI", "ETH", "occurred")], []),
    ("responded_by_firing_at_the_area", "Ethiopian artillery shelled Eritrean positions near "
     "Badme on Monday, and Eritrea responded by firing rockets at the area the guns stood "
     "in.", (2000, 5, 16), [("ASSAULT", "ERI", "ETH", "occurred")],
     [("ASSAULT", "ERI", "ERI", ANY)]),
    ("fired_back", "Eritrean troops fired on an Ethiopian patrol near Zalambessa on Monday. "
     "The Ethiopian soldiers fired back.", (2000, 5, 16),
     [("ASSAULT", "ETH", "ERI", "occurred")], []),
    ("fire_returned_only_at_an_attack_that_happened", "Uganda said its troops would strike "
     "rebel camps in Congo next week. On Monday Congolese soldiers came under fire near Beni "
     "and shot back.", (2000, 5, 16), [], [("ASSAULT", "COD", "UGA", ANY)]),
    ("seizure_of_power_not_condoned", "Soldiers seized power in Mali on Wednesday. A French "
     "spokesman said Paris did not condone the seizure of power.", (2020, 8, 20),
     [("COERCE", "MLI", "MLI", "occurred")],
     [("COERCE", "FRA", ANY, ANY), ("COERCE", ANY, ANY, "negated")]),
    ("party_named_by_its_leader", "Soldiers seized power in Mali on Tuesday and detained "
     "President Ibrahim Boubacar Keita. Keita's party condemned the coup and demanded his "
     "release.", (2020, 8, 20),
     [("ACCUSE", "MLI", "MLI", "occurred"), ("REQUEST", "MLI", "MLI", "occurred")], []),
    ("drawing_protests_from_neighbours", "Uganda began building the dam in May, drawing "
     "protests from Kenya and Tanzania.", (2019, 3, 2),
     [("ACCUSE", "KEN", "UGA", "occurred"), ("ACCUSE", "TZA", "UGA", "occurred")],
     [("PROTEST", "UGA", "UGA", ANY)]),
    ("incitement_to_war_is_no_war", "Kenya said the speech amounted to incitement to war "
     "between Kenya and Somalia.", (2019, 3, 2), [], [("ASSAULT", ANY, ANY, "occurred")]),
    ("restrictions_on_aid_are_not_on_a_donor", "Sweden said on Friday it would resume aid "
     "to Zambia. Washington said its restrictions on aid would remain in place.",
     (2019, 3, 2), [("AID", "SWE", "ZMB", "planned")], [("SANCTION", "USA", "SWE", ANY)]),
    ("meeting_between_ministers_named_after_a_comma", "Russia and Ukraine are at war. A "
     "meeting between the two foreign ministers, Sergey Lavrov and Dmytro Kuleba, in the "
     "Turkish resort of Antalya on Thursday ended without agreement.", (2022, 3, 11),
     [("CONSULT", "RUS", "UKR", "occurred"), ("AGREE", "RUS", "UKR", "negated")],
     [("CONSULT", "TUR", ANY, ANY)]),
    ("governments_including_named_ones", "President Lenin Moreno declared a state of "
     "emergency. Seven Latin American governments, including Argentina, Chile and Peru, "
     "issued a joint statement backing Moreno and rejecting any attempt to undermine "
     "democracy.", (2019, 10, 9),
     [("SUPPORT", "ARG", "ECU", "occurred"), ("SUPPORT", "CHL", "ECU", "occurred"),
      ("SUPPORT", "PER", "ECU", "occurred")], [("REJECT", ANY, "ECU", ANY)]),
    ("summoned_a_charge_d_affaires", "Iran's foreign ministry summoned the Saudi charge "
     "d'affaires on Saturday.", (2016, 1, 4), [("ACCUSE", "IRN", "SAU", "occurred")], []),
    ("rulers_would_face_revenge_and_the_ministry", "RIYADH - Saudi Arabia cut ties with Iran "
     "on Sunday. Supreme Leader Ali Khamenei said Saudi rulers would face revenge, and Iran's "
     "foreign ministry accused Riyadh of stoking tension. The ministry had summoned the Saudi "
     "ambassador on Saturday.", (2016, 1, 4),
     [("THREATEN", "IRN", "SAU", "occurred"), ("ACCUSE", "IRN", "SAU", "occurred")],
     [("ACCUSE", "SAU", "IRN", ANY)]),
    ("called_for_the_offensive_to_end", "Turkish troops pushed into Syria's Afrin region on "
     "Sunday. Iran called for the offensive to end quickly.", (2018, 1, 21),
     [("REQUEST", "IRN", "TUR", "occurred")], []),
    ("called_for_someone_to_be_reinstated", "The regional bloc said it would not recognise "
     "the new leader and called for the ousted president to be reinstated.", (2009, 3, 20),
     [], [("REQUEST", ANY, ANY, ANY)]),
    ("money_released_is_aid", "Spain's government said on Tuesday it would release 30 "
     "million euros promised to Morocco to help it curb migration.", (2021, 5, 19),
     [("AID", "ESP", "MAR", "planned")], [("CONCEDE", ANY, ANY, ANY)]),
    ("residents_gathered_to_demand", "Some residents gathered outside the town hall in "
     "Melilla to demand more protection.", (2021, 5, 19),
     [("PROTEST", "ESP", "ESP", "occurred")], []),
    ("should_have_known_is_no_demand", "Morocco's human rights minister wrote that Spain "
     "should have known the price of angering Morocco.", (2021, 5, 19), [],
     [("REQUEST", ANY, ANY, ANY)]),
    ("should_stop_is_a_demand", "Morocco's foreign minister said Spain should stop hosting "
     "the rebel leader.", (2021, 5, 19), [("REQUEST", "MAR", "ESP", "occurred")], []),
    ("protesters_beat_lawmakers", "SKOPJE - Nationalist protesters stormed the parliament "
     "and beat several lawmakers on Thursday.", (2017, 4, 28),
     [("ASSAULT", "MKD", "MKD", "occurred")], []),
    ("a_leader_beating_a_rival_in_a_vote", "PARIS - President Emmanuel Macron beat Marine Le "
     "Pen in the runoff on Sunday.", (2022, 4, 25), [], [("ASSAULT", ANY, ANY, ANY)]),
    ("a_monopoly_on_supplying_is_its_owners", "KATHMANDU - Nepal signed a fuel deal with "
     "China on Wednesday, ending India's monopoly on supplying the landlocked country. China "
     "will also donate 1,000 tonnes of petrol.", (2015, 10, 30),
     [("AID", "CHN", "NPL", "planned")], [("AID", "NPL", "IND", ANY), ("AID", "CHN", "IND", ANY)]),
    ("no_apposition_past_the_verb", "KATHMANDU - Hundreds of students marched through "
     "Kathmandu on Thursday, burning effigies of Indian Prime Minister Narendra Modi.",
     (2015, 10, 30), [("PROTEST", "NPL", ANY, "occurred")], [("PROTEST", "IND", ANY, ANY)]),
    ("a_president_declares_an_emergency_at_home", "BISHKEK - President Sooronbai Jeenbekov "
     "declared a state of emergency in the capital on Friday.", (2020, 10, 9),
     [("COERCE", "KGZ", "KGZ", "occurred")], []),
    ("a_second_name_joined_inside_the_first", "BISHKEK - Police fired on protesters in the "
     "capital on Friday. The Organization for Security and Co-operation in Europe and the "
     "European Union called for calm.", (2020, 10, 9),
     [("REQUEST", "OSCE", "KGZ", "occurred"), ("REQUEST", "EU", "KGZ", "occurred")], []),
    ("the_bloc_is_the_last_subject_bloc", "ABUJA - Heads of state of the Economic "
     "Community of West African States said on Saturday they would ask the African Union and "
     "the United Nations to back an arms embargo on Guinea. The bloc also named Senegal's "
     "president as its mediator and asked him to press the junta.", (2009, 10, 18),
     [("REQUEST", "ECOWAS", "SEN", "occurred")], [("REQUEST", "UN", "SEN", ANY)]),
    ("the_island_is_the_last_subject_island", "TAIPEI - Taiwan demanded an apology from the "
     "Philippines on Wednesday over the killing of a fisherman. President Ma Ying-jeou said "
     "the island would also hold naval exercises in waters south of Taiwan.", (2013, 5, 15),
     [("MOBILIZE", "TWN", ANY, "planned")], [("MOBILIZE", "PHL", ANY, ANY)]),
    ("asked_back_to_barracks_at_home", "PORT MORESBY - A group of soldiers detained the "
     "army commander on Thursday. Australia called on the soldiers to return to barracks.",
     (2012, 1, 27), [("RETREAT", "PNG", "PNG", "possible")], [("RETREAT", ANY, "AUS", ANY)]),
    ("a_grant_given_up_is_no_aid", "BISHKEK - Kyrgyzstan would give up a 100 million "
     "dollar grant Kazakhstan had promised, the president said.", (2017, 10, 17), [],
     [("AID", ANY, ANY, ANY)]),
    ("a_security_officer_detained", "TALLINN - Russia detained an Estonian security officer "
     "on Friday.", (2014, 9, 6), [("COERCE", "RUS", "EST", "occurred")], []),
    ("cooperate_with_unnamed_investigators", "GUATEMALA CITY - Guatemala accused Belize of "
     "killing a boy at the border on Wednesday. The Organization of American States called on "
     "both governments to show restraint and to cooperate with the investigators.",
     (2016, 4, 23), [("REQUEST", "OAS", "BLZ", "occurred"), ("REQUEST", "OAS", "GTM", "occurred")],
     [("COOPERATE", "BLZ", "GTM", ANY)]),
    ("the_other_side_fired_first", "KABUL - Afghan forces opened fire on Pakistani troops "
     "on Sunday. Afghan officials said the Pakistani side fired first.", (2016, 6, 14),
     [("ASSAULT", "PAK", "AFG", "occurred")], []),
    ("fired_into_the_air", "KABUL - Afghan forces opened fire on Pakistani troops on Sunday. "
     "Afghan villagers fired into the air in celebration.", (2016, 6, 14), [],
     [("ASSAULT", "AFG", "AFG", ANY)]),
    ("summoned_an_envoy_to_demand", "DHAKA - Bangladesh summoned Myanmar's ambassador on "
     "Tuesday to demand that the work be halted.", (2008, 11, 4),
     [("ACCUSE", "BGD", "MMR", "occurred"), ("REQUEST", "BGD", "MMR", "occurred")], []),
    ("the_guard_named_before_with_his_country", "AMMAN - An Israeli embassy guard shot dead "
     "two Jordanians on Sunday. Jordanian police briefly detained the guard for questioning.",
     (2017, 7, 25), [("COERCE", "JOR", "ISR", "occurred")], [("COERCE", "JOR", "JOR", ANY)]),
    ("strained_ties_are_no_cooperation", "AMMAN - Jordan summoned Israel's ambassador on "
     "Sunday. The guard's return ended a standoff that had strained ties between the two "
     "neighbours.", (2017, 7, 25), [("ACCUSE", "JOR", "ISR", "occurred")],
     [("COOPERATE", ANY, ANY, ANY)]),
    ("opposition_leaders_are_not_the_leaders_before", "CONAKRY - West African leaders "
     "imposed an arms embargo on Guinea on Saturday. Opposition leaders said they would not "
     "negotiate directly with Captain Moussa Dadis Camara.", (2009, 10, 18),
     [("CONSULT", "GIN", "GIN", "negated")], [("CONSULT", "ECOWAS", ANY, ANY)]),
    ("suspended_cooperation_is_no_cooperation", "SUVA - Fiji's army seized power on "
     "Tuesday. Canberra suspended defence cooperation with Suva.", (2006, 12, 6),
     [("SANCTION", "AUS", "FJI", "occurred")], [("COOPERATE", ANY, ANY, ANY)]),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_fire_and_parties(extract_keys, text, date, found, absent):
    assert_keys(undirected(extract_keys(text, dt.date(*date))), found, absent)
