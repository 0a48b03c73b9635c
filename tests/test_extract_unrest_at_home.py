"""Unrest and its answers inside one country, on sentences written for these tests: a
plural noun opening a sentence that the tagger reads as a name ("Riots broke out", "Talks
resumed") is still an event noun; "the main opposition coalition" is the country's
opposition; "It" after a ministry the tagger took for a name is that ministry; withdrawing
from a joint committee is a refusal, not a retreat. Messages of congratulation support the
winner, a promised national dialogue is planned talks at home, and "two members of" a
campaign are counted people, not the last two countries named; opposition senators are
the country's, and the Muslim Brotherhood is of the country it acts in. Prosecutors who
charge men accuse them (no "with" needed), but a charge only asked for is no event. An
accusation "of using the row ... ahead of next year's election" was made now: the date in
the gerund's clause is not its own. Banning a party's activities is coercion at home. A
prosecutor general's office speaks for its holder, and "them" after "cases against the
organisers" are the organisers.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.model import Article, Status
from newsgraph.nlp.annotate import annotate
from test_extract_where import ANY, assert_keys, undirected

_CASES = [
    ("riots_opening_a_sentence", "YAOUNDE - Riots broke out in Douala on Tuesday.",
     (2025, 10, 29), [("PROTEST", "CMR", "CMR")], []),
    ("protests_opening_a_sentence", "YAOUNDE - Protests erupted across Cameroon on "
     "Tuesday.", (2025, 10, 29), [("PROTEST", "CMR", "CMR")], []),
    ("the_opposition_coalition", "BISSAU - The main opposition coalition in Guinea-Bissau "
     "condemned the president's remarks. The opposition coalition called on ECOWAS to impose "
     "sanctions on the government.",
     (2025, 3, 3), [("ACCUSE", "GNB", "GNB"), ("REQUEST", "GNB", "ECOWAS")], []),
    ("it_after_a_ministry_tagged_as_a_name", "YAOUNDE - The territorial administration "
     "ministry said four people had been killed. It accused Tchiroma of inciting "
     "insurrection.", (2025, 10, 29), [("ACCUSE", "CMR", "CMR")], []),
    ("withdrawing_from_a_joint_committee", "BAMAKO - Bamako said it was withdrawing from a "
     "joint military staff committee it shares with Algeria.", (2025, 4, 8),
     [("REJECT", "MLI", "DZA")], [("RETREAT", ANY, ANY)]),
    ("messages_of_congratulation", "YAOUNDE - President Paul Biya won the election. The "
     "leaders of Chad and Equatorial Guinea sent Biya messages of congratulation.",
     (2025, 10, 29), [("SUPPORT", "TCD", "CMR"), ("SUPPORT", "GNQ", "CMR")], []),
    ("a_promised_national_dialogue", "YAOUNDE - President Paul Biya promised a national "
     "dialogue on the concerns of young people.", (2025, 10, 29),
     [("CONSULT", "CMR", "CMR", Status.PLANNED)], []),
    ("two_members_of_a_campaign_are_no_pair", "YAOUNDE - Chad and Gabon congratulated Biya. "
     "Two senior members of Tchiroma's campaign were detained on Sunday.", (2025, 10, 29),
     [], [("COERCE", ANY, "TCD"), ("COERCE", ANY, "GAB")]),
    ("opposition_senators", "LIMA - Colombian President Gustavo Petro accused Lima of "
     "seizing territory. Opposition senators accused Petro of turning a technical question "
     "into a diplomatic crisis.", (2025, 8, 8), [("ACCUSE", "COL", "COL")], []),
    ("a_movement_with_national_branches", "AMMAN - Jordan banned the Muslim Brotherhood on "
     "Wednesday, shutting its offices.", (2025, 4, 24), [("COERCE", "JOR", "JOR")],
     [("COERCE", "JOR", "EGY")]),
    ("prosecutors_charged_them", "AMMAN - Jordan banned the Muslim Brotherhood on Wednesday. "
     "Prosecutors have charged 16 men in the case before the state security court.",
     (2025, 4, 24), [("ACCUSE", "JOR", "JOR")], []),
    ("a_charge_only_asked_for", "LONDON - British police detained Augusto Pinochet. Rights "
     "groups said they would ask British prosecutors to charge Pinochet under a 1988 law.",
     (1998, 10, 18), [], [("ACCUSE", "GBR", ANY)]),
    ("accused_of_acting_before_an_election", "BUDAPEST - Opposition leader Peter Magyar "
     "accused Orban of using the row to stoke fear ahead of next year's parliamentary "
     "election.", (2025, 5, 10), [("ACCUSE", "HUN", "HUN", Status.OCCURRED)],
     [("ACCUSE", "HUN", "HUN", Status.PLANNED)]),
    ("banned_a_party_s_activities", "DHAKA - Last week Yunus's government banned all "
     "activities of Hasina's Awami League under an anti-terrorism law.", (2025, 5, 19),
     [("COERCE", "BGD", "BGD")], []),
    ("an_office_accuses_the_organisers", "DUSHANBE - Several hundred people had gathered in "
     "Khorog's central square since Monday to demand the resignation of the regional "
     "governor. The Prosecutor General's office said it had opened criminal cases against "
     "the organisers, and accused them of being financed from abroad.", (2022, 5, 20),
     [("ACCUSE", "TJK", "TJK")], []),
    ("troops_still_withdraw", "BAMAKO - Mali said its troops were withdrawing from the "
     "border with Algeria.", (2025, 4, 8), [], [("REJECT", ANY, ANY)]),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_unrest_at_home(extract_keys, text, date, found, absent):
    assert_keys(undirected(extract_keys(text, dt.date(*date))), found, absent)


@pytest.mark.parametrize(("text", "lemma"), [
    ("BRUSSELS - Talks between the two sides resumed on Tuesday.", "talk"),
    ("Strikes hit the capital on Tuesday.", "strike"),
])
def test_an_opening_plural_is_a_common_noun(text, lemma):
    doc = next(annotate([Article(id="t", text=text, date=dt.date(2025, 1, 7))])).doc
    first = next(t for t in doc if not t.is_space)
    assert (first.pos_, first.lemma_, first.ent_type_) == ("NOUN", lemma, "")


def test_an_opening_name_stays_a_name():
    doc = next(annotate([Article(id="t", text="Kenya and Uganda signed a deal on Tuesday.",
                                 date=dt.date(2025, 1, 7))])).doc
    assert doc[0].pos_ == "PROPN" and doc[0].ent_type_ == "GPE"
