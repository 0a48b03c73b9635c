"""Phrasing of 1990s wire copy, on sentences written for these tests: British spellings of
organisations, diplomats of the Commonwealth, surnames the tagger takes for dates, armed
groups acting on their own country's capital, a span of time before a gerund ("a day after
seizing"), invasions and executions and their condemnation, and troops offered for a
multinational force, pronouns and roles that name who is meant, and refusals.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract_where import assert_keys

_CASES = [
    # names
    ("organisation_spelled_the_british_way", "LIMA - The Organisation of American States "
     "condemned the suspension of Peru's congress on Tuesday.", (1992, 4, 8),
     [("ACCUSE", "OAS", "PER")], [("ACCUSE", "USA", "*")]),
    ("recalled_its_high_commissioner", "LONDON - Britain recalled its high commissioner from "
     "Lagos after the executions.", (1995, 11, 11), [("SANCTION", "GBR", "NGA")], []),
    ("surname_taken_for_a_date", "MOSCOW - Tajik President Emomali Rakhmonov signed the "
     "peace accord in the Kremlin on Friday. Rakhmonov later held separate talks with Yeltsin "
     "about the Russian garrison.", (1997, 6, 28), [("CONSULT", "TJK", "RUS")], []),
    # armed groups and their country
    ("armed_group_seizing_the_capital", "ISLAMABAD - Taliban fighters seized Kabul on "
     "Friday after the government's forces fled north.", (1996, 9, 28),
     [("COERCE", "AFG", "AFG")], []),
    # the doer of a gerund after a span of time
    ("a_day_after_seizing", "Iraqi troops tightened their hold on Kuwait City on Friday, a day "
     "after seizing the Kuwaiti capital.", (1990, 8, 3), [("COERCE", "IRQ", "KWT")], []),
    # invasions and executions, and their condemnation
    ("tanks_rolled_into_a_country", "CAIRO - Iraqi tanks rolled into Kuwait before dawn on "
     "Thursday. Arab League foreign ministers condemned the invasion on Friday.", (1990, 8, 3),
     [("ASSAULT", "IRQ", "KWT"), ("ACCUSE", "LAS", "IRQ")], []),
    ("its_government_is_a_country_s", "AUCKLAND - Commonwealth leaders suspended Nigeria on "
     "Saturday, a day after its military government hanged nine activists.", (1995, 11, 12),
     [("ASSAULT", "NGA", "*")], [("ASSAULT", "COMMONWEALTH", "*")]),
    ("called_the_executions_murder", "LAGOS - Nigeria hanged nine activists on Friday. "
     "British Prime Minister John Major called the executions judicial murder.",
     (1995, 11, 11), [("ASSAULT", "NGA", "NGA"), ("ACCUSE", "GBR", "NGA")], []),
    ("hanging_a_banner_is_no_execution", "BAGHDAD - Protesters hung a banner from the bridge "
     "on Saturday.", (2006, 12, 30), [], [("ASSAULT", "*", "*")]),
    ("struck_forces_loyal_to_a_leader", "TRIPOLI - NATO jets struck forces loyal to Muammar "
     "Gaddafi near Benghazi.", (2011, 3, 20), [("ASSAULT", "NATO", "LBY")], []),
    ("struck_a_deal_is_no_attack", "ROME - Italy struck a deal with Libya on migrants.",
     (2009, 3, 2), [], [("ASSAULT", "*", "*")]),
    # troops offered for a force go where the force goes
    ("two_countries_offer_soldiers", "NAIROBI - Kenya said on Monday it would lead an African "
     "force into Somalia. Uganda and Burundi have offered to send soldiers.", (2006, 3, 6),
     [("MOBILIZE", "KEN", "SOM"), ("MOBILIZE", "UGA", "SOM"), ("MOBILIZE", "BDI", "SOM")],
     [("MOBILIZE", "BDI", "UGA"), ("MOBILIZE", "UGA", "UGA")]),
    ("promised_contingents", "ROME - Italy will lead a European force into Bosnia next month, "
     "officials said. France and Spain have promised contingents.", (1995, 12, 4),
     [("MOBILIZE", "ITA", "BIH"), ("MOBILIZE", "FRA", "BIH"), ("MOBILIZE", "ESP", "BIH")], []),
    ("reinforcing_a_region_in_a_standoff", "ATHENS - Turkey sent a survey ship and warships "
     "into disputed waters on Monday, and Greece deployed frigates to shadow them. France "
     "said it was reinforcing its naval presence in the eastern Mediterranean.",
     (2020, 8, 13), [("MOBILIZE", "TUR", "GRC")], [("MOBILIZE", "FRA", "TUR")]),
    ("leading_a_mission_is_no_deployment", "WASHINGTON - The Organization of American States "
     "said its secretary general would lead a mission to Asuncion next week.", (2012, 6, 29),
     [], [("MOBILIZE", "*", "*")]),
    ("a_treaty_ending_years_of_war_is_no_withdrawal", "AMMAN - Israel and Jordan signed a "
     "peace treaty on Wednesday, formally ending 46 years of war.", (1994, 10, 26),
     [("AGREE", "ISR", "JOR")], [("RETREAT", "*", "*")]),
    ("ending_a_side_s_own_war", "WASHINGTON - The last U.S. transport plane left Kabul on "
     "Monday, ending America's two-decade war in Afghanistan.", (2021, 8, 31),
     [("RETREAT", "USA", "AFG")], []),
    # who is meant
    ("he_is_the_last_sentence_s_main_subject", "MOSCOW - Foreign Minister Yevgeny Primakov "
     "said on Monday his country would not object now that Prime Minister Tansu Ciller had "
     "agreed. He accused NATO of ignoring Moscow.", (1996, 5, 6),
     [("ACCUSE", "RUS", "NATO")], [("ACCUSE", "TUR", "NATO")]),
    ("a_leader_signing_with_a_president_is_of_his_country", "MOSCOW - President Emomali "
     "Rakhmonov and opposition leader Sayid Abdullo Nuri signed the accord in the Kremlin on "
     "Friday.", (1997, 6, 27), [("AGREE", "TJK", "TJK")], [("AGREE", "TJK", "RUS")]),
    ("rally_outside_a_foreign_embassy", "TOKYO - Japan recalled its ambassador from Seoul on "
     "Friday. In Washington, the State Department urged both allies to talk. Outside the "
     "Japanese embassy in Seoul, a group of activists rallied with banners.", (2012, 8, 11),
     [("PROTEST", "KOR", "JPN")], [("PROTEST", "USA", "*")]),
    ("the_navy_named_before", "TIRANA - A refugee boat sank after colliding with an Italian "
     "navy corvette. Albania's government accused the navy of ramming the vessel.",
     (1997, 3, 30), [("ACCUSE", "ALB", "ITA")], [("ACCUSE", "ALB", "ALB")]),
    ("whom_he_will_urge", "AMMAN - Clinton praised both leaders on Wednesday. He flies to "
     "Damascus on Thursday for talks with President Hafez al-Assad, whom he is expected to "
     "urge to resume negotiations with Israel.", (1994, 10, 26),
     [("REQUEST", "USA", "SYR")], [("REQUEST", "SYR", "USA")]),
    # demands
    ("wants_them_to_promise", "SEOUL - Washington wants North Korea to promise that it will "
     "not refuel its reactor. Iran wants nuclear weapons. The United States wants to talk.",
     (1994, 6, 18), [("REQUEST", "USA", "PRK")], [("REQUEST", "IRN", "*")]),
    # verdicts of praise
    ("called_the_accord_a_victory", "DUSHANBE - President Emomali Rakhmonov signed a peace "
     "accord with the opposition on Friday. Iranian Foreign Minister Ali Akbar Velayati called "
     "the accord a victory for the whole region.", (1997, 6, 28),
     [("SUPPORT", "IRN", "TJK")], []),
    ("a_historic_mistake_is_no_praise", "BEIJING - Saudi Arabia and Iran agreed to restore "
     "relations. Britain called the deal a historic mistake.", (2023, 3, 10), [],
     [("SUPPORT", "GBR", "*")]),
    # concessions
    ("bowed_to_pressure", "JAKARTA - Indonesia bowed to pressure from the United Nations on "
     "Sunday.", (1999, 9, 12), [("CONCEDE", "IDN", "UN")], []),
    ("told_reporters_on_the_islands_that", "SEOUL - President Lee Myung-bak told reporters "
     "on the islands that Japan must take responsibility for its wartime abuses.",
     (2012, 8, 10), [("REQUEST", "KOR", "JPN")], []),
    ("a_real_relative_clause_is_not_reported", "SEOUL - President Lee Myung-bak visited the "
     "islands that Japan claims as its own.", (2012, 8, 10), [],
     [("REQUEST", "*", "*"), ("ACCUSE", "*", "*")]),
    # refusals
    ("opposing_sanctions_is_no_sanction", "SEOUL - Washington is pressing for sanctions "
     "against North Korea. China has said it opposes sanctions.", (1994, 6, 18),
     [("SANCTION", "USA", "PRK")], [("SANCTION", "CHN", "*")]),
    ("quitting_an_organisation", "VIENNA - North Korea announced on Monday that it was "
     "quitting the International Atomic Energy Agency.", (1994, 6, 13),
     [("REJECT", "PRK", "IAEA")], []),
    ("rejecting_the_suspension_answers_who_suspended", "LAGOS - The Commonwealth suspended "
     "Nigeria on Saturday. London recalled its envoy from Lagos. Nigeria rejected the "
     "suspension as unjust.", (1995, 11, 12), [("REJECT", "NGA", "COMMONWEALTH")],
     [("REJECT", "NGA", "GBR")]),
    ("a_charge_denied_in_the_same_sentence", "CARACAS - Prosecutors charged two generals with "
     "treason on Monday. Venezuela accused the United States of backing the plot, a charge "
     "the State Department denied.", (2002, 4, 15), [("REJECT", "USA", "VEN")], []),
    # warnings of justice, risk and review
    ("those_responsible_could_face_charges", "JAKARTA - Pro-Jakarta militias have killed "
     "scores of people in Dili since the vote. U.N. Secretary-General Kofi Annan warned that "
     "those responsible for the killings could face charges of crimes against humanity.",
     (1999, 9, 13), [("THREATEN", "UN", "*")], []),
    ("loans_would_be_at_risk", "LIMA - President Alberto Fujimori suspended the constitution "
     "on Sunday. In Washington, the State Department warned that Peru's loans from "
     "international lenders would be at risk unless democracy was restored.", (1992, 4, 7),
     [("THREATEN", "USA", "PER")], []),
    ("aid_could_be_reviewed", "PORT MORESBY - The government hired foreign mercenaries to "
     "fight rebels. Australia warned that its aid to Papua New Guinea could be reviewed.",
     (1997, 3, 20), [("THREATEN", "AUS", "PNG")], []),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_nineties_phrasing(extract_keys, text, date, found, absent):
    assert_keys(extract_keys(text, dt.date(*date)), found, absent)
