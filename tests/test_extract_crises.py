"""Coups, expulsions and rows between governments, on sentences written for these tests:
a clause listed before another verb keeps its own tense ("X condemned the coup, Y urged
..."), and a person named in full before any office the KB lists is of that office's
country; "A and B welcomed it" is no meeting of A and B; "said X should stand trial" is an
accusation of X by whoever said it (not "stood trial in 1999"); recalling one's own
ambassador with no place named answers the other side of the row, but not when a place is
named ("withdraw their envoys from Bamako"); "gave three consular officials 48 hours to
leave" expels them, "calling it a fabrication" is no phone call, "both members" are the two
named before, and an appeal for elections to no one named, after a coup, goes to the
coup's country, in the past tense even when the tagger hangs it on the verb before; a party
leader of no named country is of the dateline's; sending someone a protest note accuses
them, and raising a matter with someone consults them (not "concerns raised by A and B");
"warned that they would fight any incursion" threatens one way, the purpose of a call the
tagger hangs on "the vote" is the caller's, and "him" after a sentence whose subject has a
relative clause naming someone else is that subject; an act only asked for ("urged both
sides to settle", "demanded that Honiara hand him over") is no concession or agreement,
though one reported is ("said Aristide had resigned"); a promise is a threat only by its own
words, not by a verb listed after it; people named by their nationality and held with no one
named as holding them are not held by their own country; "the detained leaders" are not the
leaders who acted before; "..., which X denied" rejects the accusation just made; a crowd
chanting slogans with no one named protests at home; a capital the tagger takes for a person
is never "his".

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.model import Status
from test_extract_where import assert_keys

_CASES = [
    ("a_listed_clause_keeps_its_tense", "SUVA - Fiji's army chief seized power on Tuesday. "
     "New Zealand condemned the coup, Australia urged a swift return to civilian rule, and "
     "the United States suspended aid.", (2000, 5, 23),
     [("ACCUSE", "NZL", "FJI", Status.OCCURRED)], [("ACCUSE", "NZL", "FJI", Status.POSSIBLE)]),
    ("named_in_full_before_taking_office", "UNITED NATIONS - Sergei Lavrov accused Georgia "
     "on Thursday of sheltering Chechen fighters in the Pankisi Gorge.", (2002, 9, 12),
     [("ACCUSE", "RUS", "GEO")], []),
    ("welcoming_it_together_is_no_meeting", "RIYADH - President Ali Abdullah Saleh signed "
     "the transition plan on Wednesday. Britain and France also welcomed it.", (2011, 11, 23),
     [], [("CONSULT", "GBR", "FRA")]),
    ("should_stand_trial", "MADRID - A Spanish judge said on Sunday that Augusto Pinochet "
     "must face trial in Spain for the deaths of Spanish citizens.", (1998, 10, 18),
     [("ACCUSE", "ESP", "CHL", Status.OCCURRED)], []),
    ("stood_trial_accuses_no_one", "SANTIAGO - Chile's former interior minister stood trial "
     "in 1999.", (2004, 10, 18), [], [("ACCUSE", "*", "*")]),
    ("recalling_ones_own_ambassador_too", "HAVANA - Mexico recalled its ambassador from "
     "Havana on Sunday. Foreign Minister Felipe Perez Roque said Cuba was withdrawing its own "
     "ambassador.", (2004, 5, 3), [("SANCTION", "CUB", "MEX", Status.OCCURRED)], []),
    ("envoys_withdrawn_from_a_named_place", "ACCRA - Leaders of the Economic Community of "
     "West African States imposed sanctions on Mali at a summit on Sunday. They also said "
     "they would withdraw their own envoys from Bamako.", (2022, 1, 10),
     [("SANCTION", "ECOWAS", "MLI")], [("SANCTION", "MLI", "ECOWAS")]),
    ("hours_to_leave_given_to_officials", "CARACAS - President Nicolas Maduro, who blames "
     "the unrest on foreign plotters, on Sunday gave three U.S. consular officials 48 hours "
     "to leave the country.", (2014, 2, 17),
     [("COERCE", "VEN", "USA")], []),
    ("calling_it_a_fabrication", "TASHKENT - Uzbekistan rejected Turkmenistan's charge on "
     "Monday, calling it a fabrication.", (2002, 12, 30), [("REJECT", "UZB", "TKM")],
     [("CONSULT", "*", "*")]),
    ("both_members", "MANILA - Indonesia and Malaysia traded accusations over the oil block "
     "this week. The bloc's secretary-general called on both members to settle the dispute "
     "peacefully.", (2005, 3, 9), [("REQUEST", "*", "IDN"), ("REQUEST", "*", "MYS")], []),
    ("an_appeal_for_elections_after_a_coup", "BANGKOK - Thailand's army seized power on "
     "Thursday. Britain urged a swift return to democracy, and European Union foreign policy "
     "chief Catherine Ashton called for a timetable for elections.", (2014, 5, 24),
     [("REQUEST", "GBR", "THA", Status.OCCURRED), ("REQUEST", "EU", "THA", Status.OCCURRED)],
     [("REQUEST", "EU", "THA", Status.POSSIBLE)]),
    ("an_appeal_for_elections_in_a_war_between_two", "GENEVA - Armenian and Azerbaijani "
     "forces shelled each other's positions on Sunday. Britain called for elections.",
     (2020, 10, 4), [], [("REQUEST", "GBR", "*")]),
    ("a_party_leader_at_the_dateline", "SANTIAGO - Several hundred people threw eggs at the "
     "British embassy on Saturday. Across town, Communist Party leader Gladys Marin praised "
     "the British police.", (1998, 10, 18), [("SUPPORT", "CHL", "GBR")],
     [("SUPPORT", "GBR", "*")]),
    ("a_protest_note_sent", "JAKARTA - Indonesia has moved warships to the disputed block. "
     "Jakarta has also sent Kuala Lumpur a formal protest note.", (2005, 3, 9),
     [("ACCUSE", "IDN", "MYS")], []),
    ("raised_with", "SANTIAGO - President Eduardo Frei raised the arrest with Spanish Prime "
     "Minister Jose Maria Aznar at a summit in Portugal.", (1998, 10, 18),
     [("CONSULT", "CHL", "ESP")], []),
    ("concerns_raised_by_two", "HONIARA - Prime Minister Manasseh Sogavare dismissed concerns "
     "raised by Australia and the United States as insulting.", (2022, 4, 20), [],
     [("CONSULT", "AUS", "USA")]),
    ("warned_they_would_fight", "ANKARA - Iraqi Kurdish leaders, who have warned that they "
     "would fight any Turkish incursion into their region, welcomed the vote.", (2003, 3, 2),
     [("THREATEN", "IRQ", "TUR", Status.OCCURRED)],
     [("THREATEN", "TUR", "IRQ"), ("ASSAULT", "*", "*")]),
    ("a_purpose_hung_on_the_vote", "ANKARA - Secretary of State Colin Powell had telephoned "
     "Gul twice before the vote to urge its approval.", (2003, 3, 2),
     [("REQUEST", "USA", "TUR")], []),
    ("him_after_a_relative_clause", "HONIARA - Julian Moti, an Australian citizen whom "
     "Prime Minister Manasseh Sogavare has chosen as his attorney-general, skipped bail in "
     "Port Moresby. Solomons police arrested him on Tuesday.", (2006, 10, 13),
     [("COERCE", "SLB", "AUS")], [("COERCE", "SLB", "SLB")]),
    ("asked_to_settle", "MANILA - Indonesia and Malaysia traded accusations over the oil "
     "block. Japan urged both countries to settle their dispute.", (2005, 3, 9),
     [("REQUEST", "JPN", "IDN"), ("REQUEST", "JPN", "MYS")], [("AGREE", "*", "*")]),
    ("asked_to_hand_over", "CANBERRA - Australia demanded that Solomon Islands hand over "
     "the lawyer Julian Moti.", (2006, 10, 13), [("REQUEST", "AUS", "SLB")],
     [("CONCEDE", "*", "*")]),
    ("a_resignation_reported", "PORT-AU-PRINCE - Officials said President Jean-Bertrand "
     "Aristide had resigned and left the country.", (2004, 2, 29),
     [("CONCEDE", "HTI", "*")], []),
    ("a_promise_of_a_referendum", "LIMA - President Alberto Fujimori dissolved Congress on "
     "Sunday and Venezuela recalled its ambassador in protest. He promised a referendum on a "
     "new constitution and said the measures were temporary.", (1992, 4, 6), [],
     [("THREATEN", "*", "*")]),
    ("a_promise_to_retaliate", "SEOUL - North Korea promised swift retaliation against South "
     "Korea on Monday.", (2010, 11, 29), [("THREATEN", "PRK", "KOR")], []),
    ("foreigners_detained", "BEIJING - State media reported on Thursday that four "
     "Japanese employees of a construction company had been detained in Hebei province.",
     (2010, 9, 24), [("COERCE", "CHN", "JPN")], [("COERCE", "JPN", "JPN")]),
    ("the_detained_leaders", "BISSAU - Soldiers seized power in Guinea-Bissau on Thursday and "
     "detained the president and the prime minister. West African leaders threatened the "
     "junta with sanctions. Portugal demanded the release of the detained leaders.",
     (2012, 4, 14), [("REQUEST", "PRT", "GNB")], [("REQUEST", "PRT", "ECOWAS")]),
    ("which_it_denied", "JAKARTA - Deputy Prime Minister Najib Razak accused Indonesian "
     "warships of entering Malaysian waters, which Indonesia's navy denied.", (2005, 3, 9),
     [("ACCUSE", "MYS", "IDN"), ("REJECT", "IDN", "MYS")], []),
    ("chanting_slogans", "ANKARA - Lawmakers voted on the motion while tens of thousands of "
     "people chanted anti-war slogans outside.", (2003, 3, 2), [("PROTEST", "TUR", "TUR")],
     []),
    ("a_capital_is_never_his", "KINSHASA - Angolan troops backed by tanks drove rebels out "
     "of the Kitona air base on Sunday, while Zimbabwean soldiers dug in around the airport "
     "in an effort to save President Laurent Kabila's government.\n\nLuanda confirmed for "
     "the first time that its forces were in Congo, saying they had been sent at Kabila's "
     "request. Kabila accuses Rwanda and Uganda of invading his country in support of the "
     "rebellion.", (1998, 8, 24), [("ASSAULT", "RWA", "COD"), ("ASSAULT", "UGA", "COD")],
     [("ASSAULT", "RWA", "AGO")]),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_crises(extract_keys, text, date, found, absent):
    assert_keys(extract_keys(text, dt.date(*date)), found, absent)
