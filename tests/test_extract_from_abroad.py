"""Verdicts from abroad, on sentences written for these tests: an appeal for calm is not
aimed at whoever last acted against the speaker's country; "the Foreign Office", written
as a name, is a government body of the story's country; calling events a country's
"internal affair" or "an internal matter for" it backs that country; "a serious setback"
condemns a seizure of power; a review of aid is a possible sanction even when said with
"would"; a rally in "Jalalabad" in a story datelined Bishkek is in Kyrgyzstan, though
Afghanistan's larger Jalalabad is named too; "the council condemned its launch" condemns the
launcher, not the council; tightening sanctions is a sanction.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.model import Status
from test_extract_where import assert_keys

_CASES = [
    ("calm_is_asked_of_no_provoker", "COPENHAGEN - Libya closed its embassy in Copenhagen "
     "last week over the cartoons. Prime Minister Anders Fogh Rasmussen appealed for calm on "
     "television.", (2006, 2, 5), [("SANCTION", "LBY", "DNK")], [("REQUEST", "DNK", "LBY")]),
    ("the_foreign_office", "LONDON - A British warship sailed into Gibraltar on Monday as the "
     "row with Spain deepened. The Foreign Office has summoned Spain's ambassador over the "
     "border delays.", (2013, 8, 12), [("ACCUSE", "GBR", "ESP")], []),
    ("an_internal_affair", "KATHMANDU - King Gyanendra of Nepal seized power on Tuesday. "
     "China said the events were Nepal's internal affair.", (2005, 2, 3),
     [("SUPPORT", "CHN", "NPL")], []),
    ("an_internal_matter_for", "MINSK - Police broke up an opposition rally on Sunday. "
     "President Dmitry Medvedev called the vote an internal matter for Belarus.",
     (2010, 12, 21), [("SUPPORT", "RUS", "BLR")], []),
    ("a_town_of_the_datelined_country", "BISHKEK, April 16 - The interim government said "
     "the lease on the U.S. air base at Manas, a supply hub for Afghanistan, would be "
     "extended. Several hundred supporters of the ousted president rallied in Jalalabad on "
     "Friday.",
     (2010, 4, 16), [("PROTEST", "KGZ", "KGZ")], [("PROTEST", "*", "AFG")]),
    ("condemned_its_launch", "SEOUL, Aug 5 - Pyongyang quit the six-party talks in April "
     "after the U.N. Security Council condemned its launch of a long-range rocket.",
     (2009, 8, 5), [("ACCUSE", "UN", "PRK")], []),
    ("tightened_sanctions", "SEOUL, Aug 5 - North Korea carried out a nuclear test in May. "
     "The U.N. Security Council tightened sanctions on Pyongyang in June.", (2009, 8, 5),
     [("SANCTION", "UN", "PRK")], []),
    ("a_setback_and_a_review", "NEW DELHI - India said on Thursday that King Gyanendra's "
     "seizure of power in Nepal was a serious setback and that it would review its military "
     "aid to the kingdom.", (2005, 2, 3),
     [("ACCUSE", "IND", "NPL"), ("SANCTION", "IND", "NPL", Status.POSSIBLE)],
     [("SANCTION", "IND", "NPL", Status.PLANNED)]),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_from_abroad(extract_keys, text, date, found, absent):
    assert_keys(extract_keys(text, dt.date(*date)), found, absent)
