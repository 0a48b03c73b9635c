"""Event extraction on short texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.model import Status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan's foreign minister visited Manila on Tuesday.",
         ("CONSULT", "JPN", "PHL", Status.OCCURRED)),
        ("The Chinese premier is expected to visit Berlin next month.",
         ("CONSULT", "CHN", "DEU", Status.PLANNED)),
        ("Brazil will host the Argentine president on Friday.",
         ("CONSULT", "BRA", "ARG", Status.PLANNED)),
        ("Turkey could send drones to Azerbaijan, officials said.",
         ("AID", "TUR", "AZE", Status.POSSIBLE)),
        ("Egypt denied that its troops attacked Sudan.",
         ("ASSAULT", "EGY", "SDN", Status.NEGATED)),
        ("Norway did not sanction Iceland.", ("SANCTION", "NOR", "ISL", Status.NEGATED)),
        ("Russian forces shelled Kharkiv overnight.", ("ASSAULT", "RUS", "UKR", Status.OCCURRED)),
        ("The European Union imposed sanctions on Belarus.",
         ("SANCTION", "EU", "BLR", Status.OCCURRED)),
        ("Kenya urged Somalia to reopen the border.", ("REQUEST", "KEN", "SOM", Status.OCCURRED)),
        ("Canada accused India of interference.", ("ACCUSE", "CAN", "IND", Status.OCCURRED)),
        ("Vietnam rejected China's territorial claims.",
         ("REJECT", "VNM", "CHN", Status.OCCURRED)),
        ("Pakistan threatened to retaliate against Afghanistan.",
         ("THREATEN", "PAK", "AFG", Status.OCCURRED)),
        ("Police in Peru detained dozens of protesters.",
         ("COERCE", "PER", "PER", Status.OCCURRED)),
        ("Israel released 30 Palestinian prisoners.", ("CONCEDE", "ISR", "PSE", Status.OCCURRED)),
        ("Mali is ready to supply grain to Niger.", ("AID", "MLI", "NER", Status.POSSIBLE)),
    ],
)
def test_one_event(extract_keys, text, expected):
    found = extract_keys(text)
    type_, src, tgt, status = expected
    symmetric = {(type_, tgt, src, status)} if type_ in ("CONSULT", "AGREE", "COOPERATE") else set()
    assert (expected in found) or (found & symmetric), (text, found)


def test_symmetric_meeting_of_coordinated_leaders(extract_keys):
    found = extract_keys("Kenya and Tanzania held talks in Arusha on Monday.")
    assert {("CONSULT", "KEN", "TZA", Status.OCCURRED),
            ("CONSULT", "TZA", "KEN", Status.OCCURRED)} & found


def test_situation_is_not_an_event(extract_text):
    assert extract_text("Tensions remained high along the border between the two states.") == []


def test_no_events_in_sports_story(extract_text):
    text = "Argentina beat France on penalties to win the final in front of 88,000 fans."
    assert all(e.type != "ASSAULT" for e in extract_text(text))


def test_event_carries_evidence_dates_and_codes(extract_text):
    text = "Spain's prime minister met the Moroccan king in Rabat on Monday."
    events = extract_text(text, dt.date(2024, 5, 15))
    event = next(e for e in events if e.type == "CONSULT")
    assert event.evidence == text
    assert event.date.start == dt.date(2024, 5, 13)
    assert event.cameo.startswith("04")
    assert -10 <= event.goldstein <= 10
    assert event.location is not None and event.location.country == "MAR"
    assert text[event.span[0]:event.span[1]] == text


def test_attribution_from_reported_speech(extract_text):
    text = "Iran attacked a tanker near Oman, according to the Pentagon."
    events = extract_text(text)
    assault = next(e for e in events if e.type == "ASSAULT")
    assert assault.attribution is not None
    assert assault.attribution.country == "USA"


def test_article_without_date_keeps_open_dates(extract_text):
    events = extract_text("France condemned Iran's missile launch.", None)
    assert events and all(e.article_date is None for e in events)


def test_event_in_a_temporal_frame_keeps_its_own_tense(extract_text):
    text = "Chile said it would reopen its embassy after talks with Peru in Lima."
    talks = [e for e in extract_text(text) if e.type == "CONSULT"]
    assert talks and all(e.status is Status.OCCURRED for e in talks)


def test_urging_not_to_act_is_not_a_negated_request(extract_text):
    events = extract_text("Ghana urged Togo not to close the border.")
    request = next(e for e in events if e.type == "REQUEST")
    assert request.status is Status.OCCURRED


def test_lodged_protest_is_a_complaint_not_a_demonstration(extract_text):
    events = extract_text("Manila lodged a protest with Beijing over the collision.")
    assert {e.type for e in events} == {"ACCUSE"}


def test_three_way_meeting_gives_every_pair(extract_text):
    found = {frozenset((e.source.entity, e.target.entity))
             for e in extract_text("Chile, Peru and Bolivia met in Lima on Friday.")
             if e.type == "CONSULT"}
    assert found == {frozenset(p) for p in (("CHL", "PER"), ("CHL", "BOL"), ("PER", "BOL"))}


def test_receiving_weapons_from_x_is_aid_by_x(extract_text):
    events = extract_text("Armenia received weapons from France last week.")
    assert ("AID", "FRA", "ARM") in {(e.type, e.source.entity, e.target.entity) for e in events}


def test_lifting_sanctions_is_not_a_sanction(extract_text):
    types = {e.type for e in extract_text("Canada agreed to lift the sanctions on Cuba.")}
    assert "SANCTION" not in types and "CONCEDE" in types


def test_missiles_fired_at_a_country_are_an_attack(extract_text):
    types = {e.type for e in extract_text("Iran launched missiles at Israel on Tuesday.")}
    assert "ASSAULT" in types and "MOBILIZE" not in types


def test_soldiers_killed_are_victims_not_attackers(extract_text):
    events = extract_text("Ten Russian soldiers killed in Ukraine were buried on Monday.")
    assert all(e.source.entity != "RUS" for e in events if e.type == "ASSAULT")


def test_deployment_is_directed_at_the_place(extract_text):
    events = extract_text("Russia deployed thousands of troops to Belarus on Monday.")
    assert ("MOBILIZE", "RUS", "BLR") in {(e.type, e.source.entity, e.target.entity)
                                          for e in events if e.target}


def test_threat_is_aimed_at_the_target_of_the_threatened_act(extract_text):
    text = "Japan's foreign minister warned that Tokyo could impose sanctions on Russia."
    events = {(e.type, e.source.entity, e.target.entity, e.status) for e in extract_text(text)}
    assert ("THREATEN", "JPN", "RUS", Status.OCCURRED) in events
    assert not any(t == "SANCTION" for t, *_ in events)  # the threat, not the act


def test_threatened_act_is_not_coded_as_well(extract_text):
    events = extract_text("Brazil threatened to expel Paraguayan diplomats.")
    assert {(e.type, e.status) for e in events} == {("THREATEN", Status.OCCURRED)}


def test_protest_abroad_is_aimed_at_the_host_government(extract_text):
    events = extract_text("Tibetan activists from India staged a protest in Beijing.")
    protests = [e for e in events if e.type == "PROTEST"]
    assert protests and protests[0].target.country == "CHN"


def test_calling_an_attack_outrageous_accuses_its_doer(extract_text):
    text = ("Israeli jets struck targets in southern Lebanon on Monday. "
            "Lebanon's prime minister called the strikes a flagrant violation of sovereignty.")
    events = {(e.type, e.source.entity, e.target.entity) for e in extract_text(text)}
    assert ("ACCUSE", "LBN", "ISR") in events


def test_condemning_a_takeover_targets_those_who_seized_power(extract_text):
    text = ("Army officers seized power in Niamey on Wednesday. "
            "The African Union condemned the takeover.")
    events = {(e.type, e.source.entity, e.target.entity) for e in extract_text(text)}
    assert ("COERCE", "NER", "NER") in events
    assert ("ACCUSE", "AU", "NER") in events


def test_trading_fire_is_violence_both_ways(extract_text):
    events = {(e.type, e.source.entity, e.target.entity)
              for e in extract_text("Armenia and Azerbaijan traded fire along the border.")}
    assert {("ASSAULT", "ARM", "AZE"), ("ASSAULT", "AZE", "ARM")} <= events


def test_targets_inside_a_country_stand_for_it(extract_text):
    text = "French warplanes hit dozens of targets in rebel-held areas of Mali overnight."
    events = {(e.type, e.source.entity, e.target.entity) for e in extract_text(text)}
    assert ("ASSAULT", "FRA", "MLI") in events


def test_ban_on_imports_from_a_country_sanctions_it(extract_text):
    text = "The spill prompted Taiwan to announce a ban on fish imports from Japan."
    events = {(e.type, e.source.entity, e.target.entity) for e in extract_text(text)}
    assert ("SANCTION", "TWN", "JPN") in events


def test_crowds_rallying_abroad_protest_to_the_host(extract_text):
    text = "In Seoul, hundreds of people rallied outside the Japanese embassy on Friday."
    protests = [e for e in extract_text(text) if e.type == "PROTEST"]
    assert protests and protests[0].source.country == "KOR"


def test_pulling_out_of_a_country_is_a_retreat_from_it(extract_text):
    events = extract_text("Turkish forces will pull out of northern Iraq within a month.")
    retreat = next(e for e in events if e.type == "RETREAT")
    assert (retreat.source.entity, retreat.target.entity, retreat.status) == (
        "TUR", "IRQ", Status.PLANNED)


def test_patrolling_the_capital_is_a_domestic_show_of_force(extract_text):
    events = extract_text("Bolivian soldiers patrolled the capital on Sunday.")
    assert ("MOBILIZE", "BOL", "BOL") in {(e.type, e.source.entity, e.target.entity)
                                          for e in events if e.target}


def test_dropping_a_complaint_is_a_concession(extract_text):
    text = "Peru dropped the complaint it had filed against Chile at the tribunal."
    events = {(e.type, e.source.entity, e.target.entity) for e in extract_text(text)}
    assert ("CONCEDE", "PER", "CHL") in events


def test_sanctions_that_target_a_country_are_no_attack(extract_text):
    events = extract_text("The new package targets Iranian banks and shipping firms.")
    assert all(e.type != "ASSAULT" for e in events)
    assert ("ASSAULT", "RUS", "UKR") in {
        (e.type, e.source.entity, e.target.entity)
        for e in extract_text("Russian missiles targeted Ukrainian power plants overnight.")}


def test_barrage_of_missiles_on_cities(extract_text):
    text = "Russia launched a barrage of missiles on Ukrainian cities overnight."
    events = {(e.type, e.source.entity, e.target.entity) for e in extract_text(text)}
    assert ("ASSAULT", "RUS", "UKR") in events


def test_regions_are_not_towns(extract_text):
    events = extract_text("The Japanese prime minister will make a trip to Asia next month.")
    assert all(e.target is None or e.target.country != "PHL" for e in events)


def test_commanders_of_the_two_armies_meet(extract_text):
    text = ("India and China clashed on the border. Senior commanders of the two armies "
            "were meeting in the area, the Indian army said.")
    pairs = {frozenset((e.source.entity, e.target.entity))
             for e in extract_text(text) if e.type == "CONSULT"}
    assert frozenset(("IND", "CHN")) in pairs


def test_strikes_killing_people_in_a_town_target_its_country(extract_text):
    events = extract_text("Israeli strikes killed at least 20 people in Rafah on Sunday.")
    assert ("ASSAULT", "ISR", "PSE") in {(e.type, e.source.entity, e.target.entity)
                                         for e in events}


def test_weapons_package_for_a_country_is_aid(extract_text):
    events = extract_text("Washington announced a $1 billion weapons package for Israel.")
    assert ("AID", "USA", "ISR") in {(e.type, e.source.entity, e.target.entity) for e in events}


def test_a_multiword_sea_is_not_a_town(extract_text):
    events = extract_text("The Houthis claimed an attack on a cargo ship in the Red Sea.")
    assert all(e.target is None or e.target.country not in ("BRA", "USA") for e in events)


def test_one_event_type_per_trigger(extract_text):
    events = extract_text("Russia expelled two Estonian diplomats on Monday.")
    assert [e.type for e in events] == ["SANCTION"]


def test_denying_one_thing_does_not_negate_a_coordinated_accusation(extract_text):
    events = extract_text("Baku denied the claim and accused Yerevan of provocation.")
    accuse = next(e for e in events if e.type == "ACCUSE")
    assert accuse.status is Status.OCCURRED


def test_shared_negation_of_coordinated_verbs(extract_text):
    events = extract_text("Serbia did not meet or consult Kosovo before the vote.")
    assert events and all(e.status is Status.NEGATED for e in events)


def test_proposed_tariffs_on_a_countrys_goods(extract_text):
    text = "The European Commission proposed tariffs of up to 38 percent on Chinese vehicles."
    events = [e for e in extract_text(text) if e.type == "SANCTION"]
    assert events and (events[0].source.entity, events[0].target.entity) == ("EU", "CHN")
    assert events[0].status is Status.POSSIBLE


def test_coordinated_warning_inherits_the_recipient(extract_text):
    text = ("Washington said it would deploy missiles in Germany. Moscow called the decision "
            "a direct threat and warned it would take countermeasures.")
    events = {(e.type, e.source.entity, e.target.entity) for e in extract_text(text)}
    assert {("ACCUSE", "RUS", "USA"), ("THREATEN", "RUS", "USA")} <= events


def test_accused_of_killing_makes_the_accused_the_killer(extract_text):
    text = "Chad's army accused Boko Haram of killing dozens of civilians in Niger."
    events = {(e.type, e.source.entity) for e in extract_text(text)}
    assert ("ASSAULT", "NGA") in events


def test_ending_an_agreement_is_no_agreement(extract_text):
    events = extract_text("Mali ended a defence agreement with France on Monday.")
    assert {e.type for e in events} == {"SANCTION"}


def test_aid_recipient_deep_in_the_object(extract_text):
    text = "Norway pledged 2 billion euros in military aid for Ukraine next year."
    events = {(e.type, e.source.entity, e.target.entity) for e in extract_text(text)}
    assert ("AID", "NOR", "UKR") in events


def test_withdrawal_from_a_camp_is_a_retreat_from_its_country(extract_text):
    events = extract_text("Israel withdrew its troops from the Jenin refugee camp on Wednesday.")
    assert ("RETREAT", "ISR", "PSE") in {(e.type, e.source.entity, e.target.entity)
                                         for e in events}


def test_prisoner_swap_goes_both_ways(extract_text):
    text = "Russia and the United States carried out a prisoner swap in Ankara on Thursday."
    events = {(e.type, e.source.entity, e.target.entity) for e in extract_text(text)}
    assert {("CONCEDE", "RUS", "USA"), ("CONCEDE", "USA", "RUS")} <= events


def test_protests_before_a_flight_are_not_the_fugitives(extract_text):
    text = "Bangladesh's prime minister resigned and fled to India after weeks of protests."
    protests = [e for e in extract_text(text) if e.type == "PROTEST"]
    assert all(e.source.country == "BGD" and e.source.sector != "GOV" for e in protests)


def test_buying_weapons_from_x_is_aid_by_x(extract_text):
    events = extract_text("Warsaw is buying tanks and howitzers from South Korea.")
    assert ("AID", "KOR", "POL") in {(e.type, e.source.entity, e.target.entity) for e in events}


def test_collapsed_talks_are_negated(extract_text):
    events = extract_text("Talks between Sudan and Chad collapsed on Tuesday.")
    talks = [e for e in events if e.type == "CONSULT"]
    assert talks and all(e.status is Status.NEGATED for e in talks)


def test_blocking_roads_and_demanding_resignation(extract_text):
    text = ("Thousands of Serbian students blocked roads, "
            "demanding the resignation of the government.")
    events = {(e.type, e.source.entity, e.target.entity, e.status) for e in extract_text(text)}
    assert ("PROTEST", "SRB", "SRB", Status.OCCURRED) in events
    assert ("REQUEST", "SRB", "SRB", Status.OCCURRED) in events


def test_retaliating_with_missiles_is_an_attack(extract_text):
    text = "Iran retaliated with waves of ballistic missiles fired at Tel Aviv."
    events = {(e.type, e.source.entity, e.target.entity) for e in extract_text(text)}
    assert ("ASSAULT", "IRN", "ISR") in events


def test_loans_initialled_treaties_and_upgraded_ties(extract_text):
    text = ("The IMF approved a $7 billion loan for Pakistan. Azerbaijan and Armenia initialled "
            "a peace treaty. Vietnam and India upgraded their relationship.")
    events = {(e.type, frozenset((e.source.entity, e.target.entity))) for e in extract_text(text)}
    assert {("AID", frozenset(("IMF", "PAK"))), ("AGREE", frozenset(("AZE", "ARM"))),
            ("COOPERATE", frozenset(("VNM", "IND")))} <= events


def test_no_longer_negates_and_an_urged_act_is_only_possible(extract_keys):
    found = extract_keys("The Japanese premier will no longer stop in Manila. "
                         "Norway urged Serbia and Kosovo to sign the agreement.")
    assert ("CONSULT", "JPN", "PHL", Status.NEGATED) in found
    assert {s for t, a, b, s in found if t == "AGREE"} == {Status.POSSIBLE}


def test_list_parsed_as_an_apposition_gives_every_member(extract_text):
    found = {frozenset((e.source.entity, e.target.entity))
             for e in extract_text("The US, Russia, and Switzerland met in Geneva.")
             if e.type == "CONSULT"}
    assert found == {frozenset(p) for p in (("USA", "RUS"), ("USA", "CHE"), ("RUS", "CHE"))}


def test_a_request_misattached_to_a_relative_clause_keeps_the_main_subject(extract_keys):
    text = ("Chile condemned the vote as a provocation that threatened the peace talks and "
            "called on Bolivia to withdraw the motion.")
    found = extract_keys(text)
    assert ("REQUEST", "CHL", "BOL", Status.OCCURRED) in found


def test_a_plan_only_experts_announce_is_possible(extract_keys):
    found = extract_keys("Serbia will seek military aid from Russia, according to "
                         "the experts.")
    assert ("REQUEST", "SRB", "RUS", Status.POSSIBLE) in found


def test_a_mobilisation_with_no_destination_happens_at_home(extract_keys):
    found = extract_keys("Armenia's army called up 5,000 reservists on Sunday.")
    assert ("MOBILIZE", "ARM", "ARM", Status.OCCURRED) in found
