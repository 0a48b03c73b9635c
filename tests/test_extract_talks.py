"""Talks, deals and what others make of them, on sentences written for these tests: an
agreement only asked for is no agreement; "accused the government of having handled the
case badly and called on it to ..." is one critic who also appeals to the government,
though the tagger joins "called" to the gerund; islanders marching "In San Andres" are of
the country it is in; seeking weapons asks no one for them; setting a country a deadline
asks it to act; "called Obama to ask for help" asks Obama, and "called Lee to condemn the
attack" condemns (now, not maybe) the attack that Lee's side suffered, not its reply; an
agreement "after talks with" three governments is with each of them, and "welcomed the
outcome" supports its parties. A video conference is a meeting; urging "other governments"
to follow asks none of those named before; a joint inquiry proposed or not ruled out is
possible cooperation.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.model import Status
from test_extract_where import ANY, assert_keys

_CASES = [
    ("an_agreement_asked_for", "MANAGUA - Nicaragua's President Daniel Ortega urged Colombia "
     "to sit down and agree with Managua on a new boundary.", (2012, 11, 29),
     [("REQUEST", "NIC", "COL")], [("AGREE", "COL", "NIC")]),
    ("called_on_it", "BOGOTA - Former President Alvaro Uribe accused the government of "
     "having handled the case badly and called on it to ignore the ruling.", (2012, 11, 29),
     [("ACCUSE", "COL", "COL"), ("REQUEST", "COL", "COL")], []),
    ("seeking_weapons", "WASHINGTON - The United States accuses Iran of seeking nuclear "
     "weapons.", (2003, 10, 21), [("ACCUSE", "USA", "IRN")], [("REQUEST", "IRN", "*")]),
    ("set_a_deadline", "VIENNA - The IAEA's board last month set Iran an Oct. 31 deadline "
     "to prove its programme was peaceful.", (2003, 10, 21), [("REQUEST", "IAEA", "IRN")], []),
    ("called_to_ask", "JERUSALEM - Prime Minister Benjamin Netanyahu said he had called "
     "President Barack Obama to ask for help.", (2011, 9, 10),
     [("REQUEST", "ISR", "USA", Status.OCCURRED)], [("REQUEST", "USA", "*")]),
    ("called_to_condemn", "SEOUL - North Korean artillery shelled a South Korean island on "
     "Tuesday, killing two marines. South Korean forces fired back at the North's gun "
     "positions. President Barack Obama called Lee Myung-bak to condemn the attack.",
     (2010, 11, 24), [("ACCUSE", "USA", "PRK", Status.OCCURRED)], [("ACCUSE", "USA", "KOR")]),
    ("agreed_after_talks", "TEHRAN - Iran agreed on Tuesday to halt uranium enrichment after "
     "talks with the foreign ministers of Britain, France and Germany. Russia welcomed the "
     "outcome.", (2003, 10, 21),
     [("AGREE", "IRN", "GBR"), ("AGREE", "IRN", "FRA"), ("AGREE", "IRN", "DEU"),
      ("SUPPORT", "RUS", "IRN")], []),
    ("a_joint_inquiry_not_ruled_out", "BERN - Switzerland did not rule out a joint inquiry "
     "with Libya into the circumstances of the arrest.", (2008, 7, 25),
     [("COOPERATE", "CHE", "LBY", "possible")], [("COOPERATE", ANY, ANY, "occurred")]),
    ("a_joint_investigation_proposed", "ISLAMABAD - India accused Pakistan of the attack. "
     "Pakistan has proposed a joint investigation, which India has turned down.",
     (2011, 5, 5), [(("COOPERATE", "PAK", "IND"), ("COOPERATE", "IND", "PAK"))], []),
    ("urging_other_governments", "KABUL - Foreign Minister Amir Khan Muttaqi received the "
     "Russian ambassador on Thursday. He urged other governments to follow.", (2025, 7, 4),
     [], [("REQUEST", "AFG", "RUS")]),
    ("a_video_conference", "TOKYO - Japan and South Korea are locked in a row over radar. "
     "Defence officials from the two countries held a video conference on Thursday.",
     (2018, 12, 29), [(("CONSULT", "JPN", "KOR"), ("CONSULT", "KOR", "JPN"))], []),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_talks(extract_keys, text, date, found, absent):
    assert_keys(extract_keys(text, dt.date(*date)), found, absent)
