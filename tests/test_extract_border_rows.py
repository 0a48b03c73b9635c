"""A border row between two neighbours, on sentences written for these tests: a third
party's appeal to "both countries" goes to the pair that quarrelled most in the story, not
to the last two countries named (an ally who backed one of them is no side); "the two"
who spoke on the telephone are still the two who spoke. A participle after a comma that the
tagger hangs on a gerund ("of sending an aircraft, calling it an escalation") is the
accuser's; a leader's visit to his own troops meets no party; a ministry's spokesman after
a sentence led by the other country is that country's; exploiting a war is not waging it;
"the two sides in Khartoum" met there (they are not two sides within Sudan), and talks that
"ended without agreement" are a negated agreement; reinforcements sent to "the border area"
face the neighbour; "denied meddling" (a gerund tagged as a noun) answers the accuser, and a
warning of "further steps" is a threat; proposing that North Korea suspend its tests asks
North Korea; "Brussels" is the EU in a story that names the EU and nothing else Belgian;
blocking the EU's approval refuses the EU; a foreign minister the knowledge base lacks, in a
story naming several countries, is of the country that led the sentence before. Troops
"sent" in the passive are their country's when named ("extra Colombian troops"), not when
unnamed ("police were sent").

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.model import Status
from test_extract_where import ANY, assert_keys, undirected

_ROW = ("KHARTOUM - Sudan accused Ethiopia on Wednesday of sending a military aircraft "
        "across the border. Ethiopia denied the charge and accused Khartoum of seizing its "
        "land. ")

_CASES = [
    ("appeal_to_both_countries", _ROW + "Sudan refused to attend a meeting on the dam, and "
     "Egypt backed Khartoum's position. South Africa urged both countries to settle the "
     "dispute through dialogue.", (2021, 1, 13),
     [("REQUEST", "ZAF", "SDN"), ("REQUEST", "ZAF", "ETH")], [("REQUEST", "ZAF", "EGY")]),
    ("participle_after_the_gerund", "KHARTOUM - Sudan accused Ethiopia on Wednesday of "
     "sending a military aircraft across the border, calling it a dangerous escalation.",
     (2021, 1, 13), [("ACCUSE", "SDN", "ETH")], [("ACCUSE", "ETH", "SDN")]),
    ("a_visit_to_own_troops", _ROW + "General Abdel Fattah al-Burhan, who heads Sudan's "
     "Sovereign Council, visited Sudanese troops on the frontier last week.", (2021, 1, 13),
     [], [("CONSULT", "SDN", "SDN")]),
    ("the_other_side_s_spokesman", _ROW + "Ethiopia denied that any of its aircraft had "
     "crossed the border. Foreign ministry spokesman Dina Mufti said Sudanese troops must "
     "return to their positions.", (2021, 1, 13), [("REQUEST", "ETH", "SDN")],
     [("REQUEST", "SDN", "SDN")]),
    ("exploiting_a_war_elsewhere", "KHARTOUM - Ethiopia accused Khartoum on Wednesday of "
     "exploiting the fighting in Tigray to seize Ethiopian territory.", (2021, 1, 13),
     [("ACCUSE", "ETH", "SDN")], [("ASSAULT", "SDN", "ETH")]),
    ("talks_in_a_capital_ended_without_agreement", _ROW + "Talks between the two sides in "
     "Khartoum last month ended without agreement.", (2021, 1, 13),
     [("CONSULT", "ETH", "SDN"), ("AGREE", "ETH", "SDN", Status.NEGATED)],
     [("CONSULT", "SDN", "SDN")]),
    ("troops_to_the_border_area", _ROW + "Sudan's army said it had sent reinforcements to "
     "the border area.", (2021, 1, 13), [("MOBILIZE", "SDN", "ETH")],
     [("MOBILIZE", "SDN", "SDN")]),
    ("denied_meddling", "MOGADISHU - Somalia cut diplomatic relations with Kenya on "
     "Tuesday, accusing its neighbour of interference. Kenya's foreign ministry said it had "
     "taken note of the decision with regret and denied meddling.", (2020, 12, 15),
     [("REJECT", "KEN", "SOM")], []),
    ("further_steps_against_anyone", "MOGADISHU - The minister accused Kenya of arming "
     "militias, and warned that Somalia would take further steps against anyone who "
     "undermined its unity.", (2020, 12, 15), [("THREATEN", "SOM", "KEN")], []),
    ("a_proposal_that_another_act", "SEOUL - Beijing proposed on Wednesday that North Korea "
     "suspend its nuclear and missile activities.", (2017, 3, 8), [("REQUEST", "CHN", "PRK")],
     []),
    ("brussels_for_the_eu", "SOFIA - Bulgaria blocked the European Union's approval of a "
     "framework for membership talks with North Macedonia on Tuesday. Albanian Prime "
     "Minister Edi Rama urged Brussels to open talks with Tirana alone.", (2020, 11, 17),
     [("REJECT", "BGR", "EU"), ("REQUEST", "ALB", "EU")], [("REQUEST", "ALB", "BEL")]),
    ("brussels_for_belgium", "BRUSSELS - Belgian police detained 12 people after a match, "
     "and Brussels asked the European Union for help.", (2022, 11, 28), [],
     [("REQUEST", "EU", ANY)]),
    ("the_minister_after_his_prime_minister", "SOFIA - Bulgaria blocked the framework for "
     "talks with North Macedonia on Tuesday. The veto also holds up talks with Albania, and "
     "Germany said it was disappointed. North Macedonia's Prime Minister Zoran Zaev said his "
     "government was ready to continue talks. Foreign Minister Bujar Osmani accused Bulgaria "
     "of trying to rewrite history.", (2020, 11, 17),
     [("ACCUSE", "MKD", "BGR")], []),
    ("named_troops_sent_in_the_passive", "LIMA - Colombia's foreign ministry said Bogota was "
     "open to dialogue. It denied reports that extra Colombian troops had been sent to "
     "Leticia.", (2025, 8, 8), [("MOBILIZE", "COL", ANY, Status.NEGATED)], []),
    ("unnamed_police_sent_in_the_passive", "LIMA - Peru protested to Colombia on Monday. "
     "Police were sent to Leticia.", (2025, 8, 8), [], [("MOBILIZE", ANY, ANY)]),
    ("the_two_who_spoke", _ROW + "Egypt's foreign minister spoke by telephone with his "
     "Sudanese counterpart on Thursday. The two agreed that the dispute should be settled "
     "peacefully.", (2021, 1, 13), [("AGREE", "EGY", "SDN")], [("AGREE", "SDN", "ETH")]),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_border_rows(extract_keys, text, date, found, absent):
    assert_keys(undirected(extract_keys(text, dt.date(*date))), found, absent)
