"""Verdicts tagged on the last noun of their object, aid put on hold or suspended by several
donors, third parties' measures in a tit-for-tat row, opposition politicians, "the
remarks" of whoever made them, crowds dispersed, and soldiers surrounding a residence and
going back to barracks, a call joined to a relative clause, and a seizure named under a
demand, on sentences written for these tests.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``); keys carry the status."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract_where import ANY, assert_keys, undirected

_CASES = [
    ("verdict_after_a_named_object", "LUSAKA - Zambia expelled the Dutch envoy on Monday. "
     "Dutch Foreign Minister Ben Bot called the expulsion of Ambassador Jan Hendrik de Vries "
     "wholly unjustified.", (2005, 3, 9),
     [("ACCUSE", "NLD", "ZMB", "occurred"), ("SANCTION", "ZMB", "NLD", "occurred")],
     [("SANCTION", ANY, ANY, "planned")]),
    ("put_aid_on_hold", "KAMPALA - Uganda passed a law on Monday that lets police ban "
     "rallies. Sweden has put its aid on hold over the law.", (2010, 5, 4),
     [("SANCTION", "SWE", "UGA", "occurred")], []),
    ("put_part_of_their_support_on_hold", "KAMPALA - Uganda passed a law on Monday that "
     "lets police ban rallies. Sweden and Denmark have put part of their budget support on "
     "hold.", (2010, 5, 4),
     [("SANCTION", "SWE", "UGA", "occurred"), ("SANCTION", "DNK", "UGA", "occurred")],
     [("SANCTION", "SWE", "DNK", ANY)]),
    ("donors_suspended_their_aid", "KAMPALA - Uganda passed a law on Monday that lets police "
     "ban rallies. Sweden and Denmark have suspended their aid.", (2010, 5, 4),
     [("SANCTION", "SWE", "UGA", "occurred"), ("SANCTION", "DNK", "UGA", "occurred")], []),
    ("third_party_measure_in_a_tit_for_tat_row", "LUSAKA - The Netherlands expelled "
     "Zambia's ambassador on Tuesday, a day after Zambia expelled the Dutch envoy. Zambia's "
     "foreign minister said the Dutch had insulted the president. Sweden has since put its "
     "aid on hold.", (2005, 3, 9), [("SANCTION", "SWE", "ZMB", "occurred")],
     [("SANCTION", "SWE", "NLD", ANY)]),
    ("opposition_politicians_in_the_country", "NAIROBI - Opposition politicians in Kenya "
     "accused President Kibaki's government of weakness on Sunday.", (2009, 5, 17),
     [("ACCUSE", "KEN", "KEN", "occurred")], []),
    ("condemned_the_remarks_of_the_last_speaker", "NAIROBI - Ugandan President Yoweri "
     "Museveni told reporters on Saturday that the island belonged to Uganda. Kenyan "
     "lawmakers condemned the remarks as provocative.", (2009, 5, 17),
     [("ACCUSE", "KEN", "UGA", "occurred")], []),
    ("welcomed_the_speech_named_before", "BEIRUT - In a speech in Damascus on Saturday, "
     "President Bashar al-Assad said his troops would leave. France said it wanted a "
     "timetable. Druze leader Walid Jumblatt welcomed the speech.", (2005, 3, 6),
     [("SUPPORT", "LBN", "SYR", "occurred")], [("SUPPORT", "LBN", "FRA", ANY)]),
    ("police_dispersed_them", "MALE - Thousands of opposition supporters rallied against "
     "the British court ruling, and police used pepper spray to disperse them.",
     (2012, 2, 8), [("COERCE", "MDV", "MDV", "occurred")], [("COERCE", "MDV", "GBR", ANY)]),
    ("soldiers_surrounded_the_residence", "MASERU - Soldiers surrounded the prime "
     "minister's residence in Maseru on Saturday. An army spokesman said later that the "
     "troops had returned to barracks.", (2014, 8, 31),
     [("COERCE", "LSO", "LSO", "occurred"), ("RETREAT", "LSO", "LSO", "occurred")], []),
    ("surrounded_by_reporters_is_no_coercion", "MASERU - The prime minister, surrounded by "
     "reporters, returned to his office on Monday.", (2014, 8, 31), [],
     [("COERCE", ANY, ANY, ANY), ("RETREAT", ANY, ANY, ANY)]),
    ("called_on_after_a_relative_clause", "CARACAS - In a statement Venezuela's foreign "
     "ministry accused Guyana of granting concessions in an area both countries claim and "
     "called on Georgetown to explain the survey.", (2013, 10, 13),
     [("ACCUSE", "VEN", "GUY", "occurred"), ("REQUEST", "VEN", "GUY", "occurred")],
     [("REQUEST", "GUY", ANY, ANY)]),
    ("seized_by_under_a_demand_is_done", "GEORGETOWN - Guyana on Sunday demanded the "
     "release of a ship and its crew seized by the Venezuelan navy off the coast.",
     (2013, 10, 13), [("COERCE", "VEN", "GUY", "occurred")], [("COERCE", ANY, ANY, "possible")]),
    ("put_a_plan_on_hold_is_no_sanction", "KAMPALA - Uganda has put its plan to build a "
     "dam on hold.", (2010, 5, 4), [], [("SANCTION", ANY, ANY, ANY)]),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_verdicts_and_holds(extract_keys, text, date, found, absent):
    assert_keys(undirected(extract_keys(text, dt.date(*date))), found, absent)
