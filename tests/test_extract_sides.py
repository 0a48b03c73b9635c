"""Who "both sides", "he" and "him" are, and whose a verb after "and" is, on sentences
written for these tests: a parenthetical reporter is no side, envoys in between are no
side, an office held by many is never "he", "he" stays the person it stood for in the
sentences after, "him" in what a person reports is that person, and a verb that cannot
share the reported clause's subject continues the clause that reports.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.model import Status
from test_extract_where import assert_keys

_CASES = [
    # the two sides
    ("reporter_in_a_parenthetical_is_no_side", "QUITO - Peru and Ecuador have agreed to halt "
     "their clashes, Brazilian President Fernando Henrique Cardoso said, after a week in "
     "which troops from both sides shelled the other's outposts.", (1995, 2, 17),
     [("ASSAULT", "PER", "ECU"), ("ASSAULT", "ECU", "PER")],
     [("ASSAULT", "BRA", "*"), ("ASSAULT", "*", "BRA")]),
    ("the_oau_appealed_to_both_sides", "KIGALI - Rebels and government forces traded fire in "
     "Kigali. Organisation of African Unity Secretary-General Salim Ahmed Salim appealed to "
     "both sides to stop the killing.", (1994, 4, 22), [("REQUEST", "AU", "RWA")], []),
    ("envoys_are_no_side", "LIMA - Peru and Ecuador traded accusations on Monday. Peru "
     "accepted a plan drawn up by Brazilian and Argentine envoys, but Ecuador rejected it. "
     "Both countries have been moving troops toward their frontier.", (1995, 2, 6),
     [("MOBILIZE", "PER", "ECU"), ("MOBILIZE", "ECU", "PER")],
     [("MOBILIZE", "*", "BRA"), ("MOBILIZE", "*", "ARG"), ("MOBILIZE", "ARG", "*")]),
    ("listed_with_a_move_to_the_frontier", "LIMA - Peru and Ecuador traded accusations on "
     "Monday. Both countries have been calling up reservists and moving troops toward "
     "their frontier.", (1995, 2, 6),
     [("MOBILIZE", "PER", "ECU"), ("MOBILIZE", "ECU", "PER")], []),
    ("no_move_to_a_frontier_stays_at_home", "LIMA - Peru and Ecuador traded accusations on "
     "Monday. Both countries have been calling up reservists.", (1995, 2, 6),
     [], [("MOBILIZE", "PER", "ECU"), ("MOBILIZE", "ECU", "PER")]),
    ("them_after_a_call_to_both", "WASHINGTON - President Bill Clinton spoke to the Greek "
     "and Turkish prime ministers on Tuesday, urging them to pull back their warships.",
     (1996, 1, 30), [("REQUEST", "USA", "GRC"), ("REQUEST", "USA", "TUR")], []),
    # rebels, and the armed groups of the 1990s
    ("rebels_far_from_the_talks_venue", "HELSINKI - Indonesia and the Free Aceh Movement "
     "signed a peace agreement in Helsinki on Monday. The rebels' exiled leader, Malik Mahmud, "
     "signed for the movement. Indonesia's armed forces chief said the military would act "
     "if the rebels broke the deal.", (2005, 8, 15), [("THREATEN", "IDN", "IDN")],
     [("THREATEN", "*", "FIN")]),
    ("a_rebel_movement_of_the_nineties", "FREETOWN - Fighters of the Revolutionary United "
     "Front ambushed a U.N. convoy near Makeni on Monday.", (2000, 5, 8),
     [("ASSAULT", "SLE", "UN")], []),
    # a region's people named in full, then by their short name
    ("bosnian_serbs_then_the_serbs", "SARAJEVO - Bosnian Serb gunners shelled Tuzla on "
     "Monday. The Serbs also seized two French soldiers near Sarajevo.", (1995, 5, 29),
     [("COERCE", "BIH", "FRA")], [("COERCE", "SRB", "*")]),
    ("serbs_with_no_region_named", "BELGRADE - Serb troops shelled villages in Kosovo on "
     "Monday, Albanian leaders said.", (1998, 8, 3), [("ASSAULT", "SRB", "*")],
     [("ASSAULT", "BIH", "*")]),
    ("held_peacekeepers_hostage", "SARAJEVO - Bosnian Serb forces held about 200 U.N. "
     "peacekeepers hostage on Friday.", (1995, 5, 26), [("COERCE", "BIH", "UN")], []),
    ("condemned_the_hostage_taking", "FREETOWN - The RUF began detaining U.N. troops in early "
     "May. U.N. Secretary-General Kofi Annan condemned the hostage-taking.", (2000, 5, 18),
     [("ACCUSE", "UN", "SLE")], []),
    ("holds_peacekeepers", "FREETOWN - The Revolutionary United Front still holds about 350 "
     "peacekeepers from Zambia and Kenya.", (2000, 5, 18),
     [("COERCE", "SLE", "ZMB"), ("COERCE", "SLE", "KEN")], []),
    # a verb after "and" that cannot share the reported clause's subject
    ("finite_verb_after_a_subjunctive", "KHARTOUM - Sudan has demanded that Chadian soldiers "
     "leave the border villages they occupied last week, and accuses N'Djamena of arming "
     "rebels.", (2001, 3, 10), [("ACCUSE", "SDN", "TCD")], [("ACCUSE", "TCD", "*")]),
    ("past_verb_after_would", "LIMA - Peru said Ecuadorean troops would leave the disputed "
     "valley and accused Quito of stalling.", (1995, 3, 10),
     [("ACCUSE", "PER", "ECU")], [("ACCUSE", "ECU", "*")]),
    ("a_verb_the_clause_shares", "LIMA - Peru said Ecuadorean troops had crossed the river and "
     "attacked a Peruvian border post.", (1995, 1, 28), [("ASSAULT", "ECU", "PER")],
     [("ASSAULT", "PER", "*")]),
    ("a_verb_after_a_closed_list", "MINSK - EU diplomats said Belarusian workers had dug up "
     "the access road, cut off the water and welded a gate shut, and accused Minsk of "
     "breaching the Vienna Convention.", (1998, 6, 24), [("ACCUSE", "EU", "BLR")],
     [("ACCUSE", "BLR", "BLR")]),
    ("a_speaker_s_act_after_a_past_perfect_clause", "SANAA - In Asmara, the information "
     "ministry said Yemeni troops had fired first on an Eritrean patrol and accused Sanaa of "
     "building a resort on Eritrean land.", (1995, 12, 19), [("ACCUSE", "ERI", "YEM")],
     [("ACCUSE", "YEM", "YEM")]),
    ("the_clause_s_killers_keep_their_killing", "N'DJAMENA - Chadian officials said that "
     "militiamen from Sudan had crossed the border and killed several civilians.",
     (2004, 4, 9), [("ASSAULT", "SDN", "TCD")], [("ASSAULT", "TCD", "*")]),
    ("a_list_of_the_clause_s_own_verbs", "LIMA - Peru said Ecuadorean troops had crossed the "
     "river, shelled two villages and attacked a Peruvian border post.", (1995, 1, 28),
     [("ASSAULT", "ECU", "PER")], [("ASSAULT", "PER", "*")]),
    # who acts
    ("opposition_leaders_in_the_capital", "MINSK - Opposition leaders in Minsk blamed "
     "Lukashenko for provoking the row.", (1998, 6, 24), [("ACCUSE", "BLR", "BLR")], []),
    ("a_senate_leader_criticised_the_president", "PORT-AU-PRINCE - U.S. troops landed in "
     "Haiti on Monday. Senate Republican leader Bob Dole criticised Clinton for sending troops "
     "without the approval of Congress.", (1994, 9, 19), [("ACCUSE", "USA", "USA")],
     [("ACCUSE", "HTI", "*")]),
    ("the_president_asked_lawmakers", "HAVANA - Cuba shot down two exile planes on Saturday. "
     "President Bill Clinton asked lawmakers to compensate the victims' families.",
     (1996, 2, 27), [], [("REQUEST", "USA", "CUB")]),
    ("met_its_obligations_is_no_meeting", "WASHINGTON - The State Department said its "
     "ambassador would stay at home until Minsk met its obligations.", (1998, 6, 24), [],
     [("CONSULT", "*", "*")]),
    ("dismissed_the_recalls", "MINSK - The United States and the European Union recalled "
     "their ambassadors from Belarus on Tuesday. President Alexander Lukashenko dismissed the "
     "recalls.", (1998, 6, 24), [(("REJECT", "BLR", "USA"), ("REJECT", "BLR", "EU"))], []),
    ("a_ministry_spokesman_named", "BEIJING - Foreign Ministry spokesman Zhu Bangzao accused "
     "Washington of lying on Tuesday.", (1999, 5, 11), [("ACCUSE", "CHN", "USA")], []),
    ("a_ministry_spokesman_after_another_country", "SEOUL - China has not endorsed the "
     "findings. Foreign ministry spokesman Ma Zhaoxu urged Seoul to exercise restraint.",
     (2010, 5, 20), [], [("REQUEST", "KOR", "*")]),
    ("the_apology_for_a_bombing_leaves_it_done", "BEIJING - China rejected the U.S. apology "
     "for NATO's bombing of its embassy in Belgrade.", (1999, 5, 11),
     [("ASSAULT", "NATO", "CHN", Status.OCCURRED)], [("ASSAULT", "NATO", "CHN", Status.NEGATED)]),
    ("ten_of_its_paratroopers", "BRUSSELS - Belgium withdrew its troops from Rwanda after ten "
     "of its paratroopers were killed by Rwandan soldiers.", (1994, 4, 22),
     [("ASSAULT", "RWA", "BEL")], []),
    ("massed_at_the_border_after_talks", "ANKARA - Turkey and Syria agreed to settle their "
     "quarrel through talks, but Turkish troops stayed massed along the border on Wednesday.",
     (1998, 10, 7), [("MOBILIZE", "TUR", "SYR")], [("MOBILIZE", "TUR", "TUR")]),
    ("scaling_down_exercises", "JERUSALEM - Israel's army announced that it would scale down "
     "exercises near the Syrian frontier.", (1998, 10, 7), [("RETREAT", "ISR", "SYR")],
     [("MOBILIZE", "ISR", "*")]),
    ("the_league_s_secretary_general", "CAIRO - The Arab League backed Damascus, and its "
     "secretary-general, Esmat Abdel-Meguid, called on Turkey to show restraint.",
     (1998, 10, 7), [("REQUEST", "LAS", "TUR")], [("REQUEST", "EGY", "*")]),
    ("downed_a_drone", "DAMASCUS - Syrian troops downed an Israeli drone on Saturday.",
     (2018, 2, 10), [("ASSAULT", "SYR", "ISR")], []),
    ("downed_tools_is_a_strike", "DETROIT - Workers at the plant downed tools on Monday.",
     (2018, 2, 10), [], [("ASSAULT", "*", "*")]),
    ("extended_the_no_fly_zone", "WASHINGTON - U.S. warships fired cruise missiles at Iraq on "
     "Tuesday. Clinton has also extended the southern no-fly zone north to the edge of "
     "Baghdad.", (1996, 9, 4), [("SANCTION", "USA", "IRQ")], []),
    ("proposed_talks_after_a_standoff", "ATHENS - Greece and Turkey pulled their warships back "
     "from the islets on Wednesday. Turkey has proposed talks on all disputes in the Aegean.",
     (1996, 1, 31), [("CONSULT", "TUR", "GRC", Status.POSSIBLE)], []),
    ("talks_held_are_not_guessed", "ATHENS - Greece and Turkey pulled their warships back from "
     "the islets on Wednesday. Turkish officials held talks in Brussels on Thursday.",
     (1996, 2, 1), [], [("CONSULT", "TUR", "GRC")]),
    ("trying_to_engage_the_north", "SEOUL - North Korea fired a missile over Japan. President "
     "Kim Dae-jung's government said it would keep trying to engage the North.", (1998, 9, 2),
     [("COOPERATE", "KOR", "PRK")], []),
    ("troops_engaged_the_taliban", "KABUL - U.S. troops engaged the Taliban near Kandahar on "
     "Monday.", (2010, 9, 2), [], [("COOPERATE", "*", "*")]),
    # threats and condemnations said of an act
    ("would_act_again_if", "WASHINGTON - President Bill Clinton said Washington would act "
     "again if Saddam Hussein threatened his neighbours.", (1996, 9, 4),
     [("THREATEN", "USA", "IRQ")], []),
    ("act_as_a_mediator_is_no_threat", "OSLO - Norway said it would act as a mediator "
     "between the two sides.", (1996, 9, 4), [], [("THREATEN", "*", "*")]),
    ("said_the_launch_threatened_peace", "TOKYO - North Korea fired a missile over Japan on "
     "Monday. South Korea's foreign ministry said the launch threatened peace in the region.",
     (1998, 9, 1), [("ACCUSE", "KOR", "PRK")], []),
    # he, him and his
    ("diplomats_are_never_he", "WASHINGTON - President Bill Clinton expelled two Cuban "
     "diplomats on Monday and said he would tighten the embargo on Cuba.", (1996, 2, 27),
     [("SANCTION", "USA", "CUB")], [("SANCTION", "CUB", "*")]),
    ("he_stays_who_he_was", "WASHINGTON - President Bill Clinton met Cuban exiles on Monday. "
     "He later expelled two Cuban diplomats. He also urged Canada to back the embargo.",
     (1996, 2, 27), [("REQUEST", "USA", "CAN")], [("REQUEST", "CUB", "*")]),
    ("him_in_what_he_reports", "PANAMA CITY - Ousted Ecuadorean President Abdala Bucaram "
     "spoke to reporters on Friday. Bucaram, who flew in on Thursday, thanked Panama, whose "
     "president, Ernesto Perez Balladares, agreed to shelter him. He said U.S. diplomats had "
     "told him he must resign.", (1997, 2, 14), [("REQUEST", "USA", "ECU")],
     [("REQUEST", "USA", "PAN")]),
    ("a_country_s_post_at_the_un", "UNITED NATIONS - Iraq's U.N. ambassador, Nizar Hamdoon, "
     "accused Washington on Wednesday of violating his country's sovereignty.", (1996, 9, 4),
     [("ACCUSE", "IRQ", "USA")], [("ACCUSE", "UN", "*")]),
    ("people_executed_far_from_the_dateline", "WASHINGTON - U.S. cruise missiles struck air "
     "defence sites in southern Iraq on Tuesday. Iraqi officials reported no casualties. "
     "Kurdish leaders in Iraq accused the Iraqi army of executing captured opposition "
     "supporters.", (1996, 9, 4), [("ASSAULT", "IRQ", "IRQ")], [("ASSAULT", "IRQ", "USA")]),
    ("soldiers_and_their_allies", "UNITED NATIONS - The Security Council met on Haiti on "
     "Monday. Rights groups say soldiers and their civilian allies have killed hundreds of "
     "opposition supporters.", (1994, 9, 19), [], [("ASSAULT", "UN", "*")]),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_sides_and_speakers(extract_keys, text, date, found, absent):
    assert_keys(extract_keys(text, dt.date(*date)), found, absent)
