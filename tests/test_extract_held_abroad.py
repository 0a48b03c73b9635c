"""A leader held abroad, on sentences written for these tests: holding someone "against his
will" is a detention (and "will" the noun puts no weekday in the future); "his detention"
is by whoever was said to hold him, and calling it "an act of aggression" is the speaker's
act, not the holder's (so the holder's dismissal answers the speaker); touring capitals "to
rally support" is no street protest; "and Kuwait followed" copies the act of the verb it is
joined to, or nothing when that verb coded none; the arrest of a foreigner's son is not his
own country's; "one of his bodyguards" is one of them (a bodyguard is security, COP).

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.model import Status
from test_extract_where import ANY, assert_keys

_CASES = [
    ("held_against_his_will", "BEIRUT - President Michel Aoun said on Wednesday that Saudi "
     "Arabia was holding the prime minister against his will and called his detention an "
     "act of aggression. Saudi Foreign Minister Adel al-Jubeir dismissed the charge as "
     "baseless.", (2017, 11, 16), [("COERCE", "SAU", "LBN", Status.OCCURRED),
                                   ("ACCUSE", "LBN", "SAU"), ("REJECT", "SAU", "LBN")],
     [("COERCE", "LBN", "LBN"), ("COERCE", "SAU", "LBN", Status.PLANNED),
      ("ACCUSE", "SAU", "LBN")]),
    ("rallying_support", "BEIRUT - Lebanon's foreign minister, Gebran Bassil, has been "
     "touring European capitals to rally support.", (2017, 11, 16), [],
     [("PROTEST", ANY, ANY)]),
    ("followed_an_uncoded_act", "BEIRUT - Hezbollah's leader accused Riyadh of declaring war "
     "on Lebanon. Saudi Arabia last week told its citizens to leave Lebanon, and Kuwait and "
     "Bahrain followed.", (2017, 11, 16), [], [("ASSAULT", "KWT", ANY),
                                             ("ASSAULT", "BHR", ANY)]),
    ("one_of_his_bodyguards", "COLOMBO - Sri Lankan police arrested Petroleum Minister "
     "Arjuna Ranatunga on Monday after one of his bodyguards opened fire on a crowd of "
     "supporters of Mahinda Rajapaksa.", (2018, 10, 29), [("ASSAULT", "LKA", "LKA")], []),
    ("the_arrest_of_a_foreigner_s_son", "GENEVA - Switzerland said on Friday it would send "
     "diplomats to Tripoli to defuse a row over the brief arrest of one of Muammar Gaddafi's "
     "sons in Geneva.", (2008, 7, 25), [], [("COERCE", "LBY", "LBY")]),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_held_abroad(extract_keys, text, date, found, absent):
    assert_keys(extract_keys(text, dt.date(*date)), found, absent)
