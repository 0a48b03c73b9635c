"""Promises, offers and what answers them, on sentences written for these tests: a leader
who promises to hold an election concedes it (planned), but holding one concedes nothing;
"dismissed the offer" refuses whoever made it, at the time of the dismissal, not of the
offer; "the main opposition parties" are the country's opposition, not a pair of sides,
and "their supporters" in the next sentence are theirs; live rounds fired to disperse a
crowd are an attack, warning shots are not; an appeal for respect for the constitution after
unrest goes to that country; a verb the tagger joins to a time clause set off by commas
keeps the main clause's doer; a name the tagger makes a second subject of "said" is the
object of the verb before it; "Congolese Tutsi rebels" are Congolese; "lawmakers from
Kabila's coalition criticised him" criticise Kabila; "without consulting Kinshasa"
consults no one; "would resist what it called an invasion" threatens the invader and
accuses it now; troops that "will go home" pull back; a party's trip to its own capital
visits no one; a demand at home does not move the police of another story's country.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.model import Status
from test_extract_where import assert_keys

_CASES = [
    ("promised_an_election", "OUAGADOUGOU - Burkina Faso's military ruler Paul-Henri Damiba "
     "promised on Tuesday to hold a presidential election within two years.",
     (2022, 3, 1), [("CONCEDE", "BFA", "BFA", Status.PLANNED)], []),
    ("held_an_election", "LA PAZ - Bolivia held a presidential election on Sunday, with "
     "long queues outside polling stations.", (2020, 10, 19), [], [("CONCEDE", "*", "*")]),
    ("dismissed_the_offer", "BAMAKO - Mali's junta offered on Monday to hold talks with "
     "the opposition within three months, but the main opposition parties dismissed the "
     "offer.", (2020, 9, 1), [("REJECT", "MLI", "MLI", Status.OCCURRED)],
     [("REJECT", "MLI", "MLI", Status.PLANNED)]),
    ("their_supporters", "CONAKRY - President Alpha Conde offered talks on Monday, but the "
     "main opposition parties rejected the offer. Thousands of their supporters marched "
     "through Conakry on Tuesday.", (2019, 10, 15), [("PROTEST", "GIN", "GIN")], []),
    ("live_rounds_to_disperse", "HARARE - Witnesses said soldiers fired live rounds to "
     "disperse crowds in the city centre on Wednesday.", (2018, 8, 2),
     [("ASSAULT", "ZWE", "ZWE")], []),
    ("warning_shots_are_no_attack", "BISHKEK - Police fired warning shots to scatter "
     "looters in the capital on Friday.", (2010, 4, 9), [], [("ASSAULT", "*", "*")]),
    ("respect_for_the_constitution", "NIAMEY - Soldiers stormed the presidential palace "
     "and detained President Mahamadou Issoufou's ministers on Thursday. Britain urged "
     "respect for the constitution.", (2010, 2, 19), [("REQUEST", "GBR", "NER")], []),
    ("joined_to_a_time_clause", "GOMA - Rwandan troops crossed into Congo on Tuesday, "
     "hours after President Joseph Kabila flew to Angola, and attacked militia camps near "
     "Goma.", (2009, 1, 23), [("ASSAULT", "RWA", "COD")], [("ASSAULT", "COD", "*")]),
    ("object_taken_for_a_speaker", "KIGALI - Rwandan forces have arrested Congolese rebel "
     "leader Laurent Nkunda, Rwanda's military said on Friday.", (2009, 1, 23),
     [("COERCE", "RWA", "COD")], [("COERCE", "RWA", "RWA")]),
    ("a_people_and_a_nation", "KIGALI - Rwandan forces have arrested Congolese Tutsi rebel "
     "leader Laurent Nkunda near the border.", (2009, 1, 23), [("COERCE", "RWA", "COD")],
     [("COERCE", "RWA", "RWA")]),
    ("criticised_him", "KINSHASA - Lawmakers from President Joseph Kabila's own coalition "
     "criticised him on Monday for letting Rwandan troops into the country.",
     (2009, 1, 26), [("ACCUSE", "COD", "COD")], [("ACCUSE", "COD", "RWA")]),
    ("without_consulting", "KAMPALA - Uganda let Rwandan troops cross its territory "
     "without consulting Kinshasa.", (2009, 1, 26), [],
     [("CONSULT", "*", "COD", Status.OCCURRED)]),
    ("resist_what_it_called", "GOMA - Rwandan troops crossed into Congo on Tuesday. The "
     "FDLR said its fighters would resist what it called an invasion.", (2009, 1, 21),
     [("THREATEN", "COD", "RWA"), ("ACCUSE", "COD", "RWA", Status.OCCURRED)], []),
    ("go_home", "GOMA - About 4,000 Rwandan soldiers crossed the border on Tuesday and began "
     "attacking militia positions in eastern Congo. Kigali says its troops will go home "
     "once the operation ends.", (2009, 1, 23), [("RETREAT", "RWA", "COD", Status.PLANNED)],
     []),
    ("a_party_trip_home", "APIA - Samoa's prime minister-elect was sworn in on Monday. "
     "Members of her party arrived in Apia for a sitting of parliament.", (2021, 5, 25),
     [], [("CONSULT", "WSM", "WSM")]),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_promises(extract_keys, text, date, found, absent):
    assert_keys(extract_keys(text, dt.date(*date)), found, absent)
