"""Threats said as future acts, and replies aimed at the article's last aggressor."""

from __future__ import annotations

import pytest

from newsgraph.model import Status


def triples(events):
    return {(e.type, e.source.entity, e.target.entity if e.target else None, e.status)
            for e in events}


@pytest.mark.parametrize(("text", "expected", "not_coded"), [
    # a conditional act of force is a threat made now, not a planned attack
    ("The Greek prime minister said Greece would strike back hard if Turkey sent warships.",
     ("THREATEN", "GRC", "TUR", Status.OCCURRED), "ASSAULT"),
    ("Azerbaijan warned on Monday that it would retaliate against Armenia.",
     ("THREATEN", "AZE", "ARM", Status.OCCURRED), "ASSAULT"),
    # a plain future strike stays a planned attack
    ("Israeli officials said Israel will strike Iran next week.",
     ("ASSAULT", "ISR", "IRN", Status.PLANNED), "THREATEN"),
    ("Serbia said it would not retaliate if Kosovo closed the crossing.",
     ("THREATEN", "SRB", "XKX", Status.NEGATED), "ASSAULT"),
    ("Armenia's prime minister said Azerbaijan would pay a heavy price for the shelling.",
     ("THREATEN", "ARM", "AZE", Status.OCCURRED), "ASSAULT"),
])
def test_future_acts_of_force(extract_text, text, expected, not_coded):
    found = triples(extract_text(text))
    assert expected in found
    assert not any(t == not_coded for t, *_ in found)


def test_past_response_is_no_threat(extract_text):
    found = triples(extract_text("Canada responded to the tariffs on Tuesday."))
    assert not any(t == "THREATEN" for t, *_ in found)


def test_unaddressed_vow_answers_the_last_attack(extract_text):
    text = ("An Ethiopian drone strike killed three Eritrean soldiers on Friday. "
            "Eritrea's information minister vowed revenge against those responsible.")
    found = triples(extract_text(text))
    assert ("THREATEN", "ERI", "ETH", Status.OCCURRED) in found


def test_unaddressed_reply_with_no_prior_aggression_is_not_coded(extract_text):
    text = "Eritrea's information minister vowed revenge against those responsible."
    assert not any(e.type == "THREATEN" for e in extract_text(text))


def test_blame_put_on_a_country_and_its_dismissal(extract_text):
    text = ("Kenya's interior minister put the blame squarely on Somalia. "
            "Mogadishu dismissed the accusation as baseless.")
    found = triples(extract_text(text))
    assert ("ACCUSE", "KEN", "SOM", Status.OCCURRED) in found
    assert ("REJECT", "SOM", "KEN", Status.OCCURRED) in found


def test_complaint_aimed_at_the_subject_of_its_clause(extract_text):
    found = triples(extract_text("Bolivia complained that Chile was diverting the river."))
    assert ("ACCUSE", "BOL", "CHL", Status.OCCURRED) in found


def test_talks_put_on_hold_are_negated(extract_text):
    events = extract_text("Peru put its talks with Ecuador on hold.")
    talks = [e for e in events if e.type == "CONSULT"]
    assert talks and all(e.status is Status.NEGATED for e in talks)


def test_unaddressed_demand_goes_to_the_partner_just_met(extract_text):
    text = ("The presidents of Chile and Peru held talks in Lima on Monday. "
            "Afterwards Peru demanded that all border crossings be reopened.")
    found = triples(extract_text(text))
    assert ("REQUEST", "PER", "CHL", Status.OCCURRED) in found




def test_a_charge_rejected_in_the_same_sentence_is_aimed_at_its_maker(extract_text):
    found = triples(extract_text("Ghana accused Togo of harbouring smugglers, a charge the "
                                 "Togolese delegation rejected."))
    assert ("REJECT", "TGO", "GHA", Status.OCCURRED) in found


def test_a_vow_that_another_will_pay_is_a_threat_by_the_speaker(extract_text):
    found = triples(extract_text("Armenia's premier spoke on Monday, vowing that Azerbaijan "
                                 "would pay a heavy price."))
    assert ("THREATEN", "ARM", "AZE", Status.OCCURRED) in found
    assert not any(t == "THREATEN" and a == "AZE" for t, a, *_ in found)


def test_saying_another_violated_a_truce_is_an_accusation(extract_text):
    found = triples(extract_text("Kyiv said Russia had violated the ceasefire. "
                                 "Russia said it had violated nothing."))
    assert ("ACCUSE", "UKR", "RUS", Status.OCCURRED) in found
    assert not any(t == "ACCUSE" and a == "RUS" for t, a, *_ in found)


def test_a_threatened_act_is_coded_as_the_threat_only(extract_text):
    found = triples(extract_text("Nigeria's army seized power in July. "
                                 "Ghana threatened to reimpose sanctions on the country."))
    assert ("THREATEN", "GHA", "NGA", Status.OCCURRED) in found
    assert not any(t == "SANCTION" for t, *_ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("North Korea threatened to fire on any loudspeakers Seoul installs along "
                     "the border.",
                     ("THREATEN", "PRK", "KOR", Status.OCCURRED),
                     id="an_act_threatened_is_the_threat_made"),
        pytest.param("Turkey threatened to launch a new ground operation in northern Syria.",
                     ("THREATEN", "TUR", "SYR", Status.OCCURRED),
                     id="threatening_an_operation_named_by_a_noun"),
        pytest.param("The Houthis vowed to keep attacking ships linked to Israel.",
                     ("THREATEN", "YEM", "ISR", Status.OCCURRED),
                     id="vowing_to_keep_attacking"),
        pytest.param("Venezuela gave Guyana an ultimatum to withdraw from the disputed zone.",
                     ("THREATEN", "VEN", "GUY", Status.OCCURRED),
                     id="giving_a_country_an_ultimatum"),
        pytest.param("Beijing warned Washington not to play with fire over Taiwan.",
                     ("THREATEN", "CHN", "USA", Status.OCCURRED),
                     id="warning_a_country_not_to_play_with_fire"),
        pytest.param("Moscow warned of consequences if Finland joined NATO.",
                     ("THREATEN", "RUS", "FIN", Status.OCCURRED),
                     id="warning_of_consequences_if_a_country_acts"),
    ],
)
def test_threat_phrasings(extract_keys, text, expected):
    found = extract_keys(text)
    assert expected in found
    assert not any(t == "ASSAULT" for t, *_ in found)


def test_a_warning_of_wildfires_is_no_threat(extract_keys):
    assert extract_keys("Greek officials warned residents of wildfires spreading near Athens. "
                        "The fire service warned tourists on Rhodes that the fire could reach "
                        "the hotels.") == set()
