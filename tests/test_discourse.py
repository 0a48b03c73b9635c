"""Actors that only the rest of the article names: "both sides", "the two delegations"."""

from __future__ import annotations


def pairs(events, type_):
    return {(e.source.entity, e.target.entity) for e in events
            if e.type == type_ and e.target is not None}


def test_both_sides_are_the_parties_of_the_latest_dispute(extract_text):
    text = ("Sudan and South Sudan held talks in Juba on Monday. "
            "The African Union said it was too early to judge the outcome. "
            "Kenya's president urged both sides to keep the oil pipeline open.")
    assert pairs(extract_text(text), "REQUEST") == {("KEN", "SDN"), ("KEN", "SSD")}


def test_an_international_organisation_is_not_one_of_the_sides(extract_text):
    text = ("Thai jets bombed Cambodian positions on Friday. "
            "Cambodia asked the UN Security Council to meet. "
            "Malaysia's prime minister urged both sides to cease fire.")
    assert pairs(extract_text(text), "REQUEST") >= {("MYS", "THA"), ("MYS", "KHM")}
    assert ("MYS", "UN") not in pairs(extract_text(text), "REQUEST")


def test_aid_without_recipient_goes_where_the_last_aid_went(extract_text):
    text = ("Norway will send air defence systems to Moldova, its defence minister said. "
            "Hours later Denmark said it would provide 20 tanks.")
    assert ("DNK", "MDA") in pairs(extract_text(text), "AID")


def test_countermeasures_are_aimed_back_at_the_sanctioning_country(extract_text):
    text = ("Australia imposed new sanctions on Iran on Monday. "
            "Tehran said it would impose sanctions in response.")
    assert ("IRN", "AUS") in pairs(extract_text(text), "SANCTION")


def test_it_in_a_reported_clause_is_the_country_that_says_it(extract_text):
    events = extract_text("Denmark said it would expel two Russian diplomats.")
    assert {(e.source.entity, e.target.entity) for e in events if e.target} == {("DNK", "RUS")}


def test_the_enclave_is_the_territory_named_before(extract_text):
    text = ("Israeli jets struck the Gaza Strip overnight. "
            "The army said it had hit 40 targets across the enclave.")
    events = [e for e in extract_text(text) if e.type == "ASSAULT"]
    assert {(e.sentence_index, e.source.entity, e.target.entity) for e in events} == {
        (0, "ISR", "PSE"), (1, "ISR", "PSE")}


def test_both_sides_of_a_civil_war_are_two_parties_of_one_country(extract_text):
    text = ("Rebels of the Rapid Support Forces attacked army positions in El Fasher. "
            "Egypt called on both sides to return to talks.")
    requests = [e for e in extract_text(text) if e.type == "REQUEST"]
    assert {(e.target.entity, e.target.sector) for e in requests} == {("SDN", "REB"),
                                                                      ("SDN", "GOV")}


def test_the_envoy_is_the_envoy_named_before(extract_text):
    text = ("A Norwegian envoy arrived in Colombo on Monday. "
            "The envoy met Sri Lanka's president for two hours.")
    assert ("NOR", "LKA") in pairs(extract_text(text), "CONSULT")


def test_a_definite_event_noun_keeps_the_doer_of_its_event(extract_text):
    text = ("Chile imposed tariffs on Peruvian goods in March. "
            "The tariffs on Peruvian goods took effect on Monday.")
    events = [e for e in extract_text(text) if e.type == "SANCTION"]
    assert {(e.sentence_index, e.source.entity, e.target.entity) for e in events} == {
        (0, "CHL", "PER"), (1, "CHL", "PER")}


def test_strikes_blamed_on_a_group_were_done_by_it(extract_text):
    events = extract_text("Drone strikes blamed on al-Shabab hit a Kenyan army base "
                          "on Monday.")
    assert ("SOM", "KEN") in pairs(events, "ASSAULT")


def test_an_unnamed_ministry_belongs_to_the_country_of_the_clause_before(extract_text):
    text = ("Ghana opened its border on Monday. Togo's customs agency said the move was "
            "welcome, and the foreign ministry accused Ghana of delays.")
    assert ("TGO", "GHA") in pairs(extract_text(text), "ACCUSE")


def test_an_invitation_goes_to_the_visitor(extract_text):
    text = ("A Vietnamese delegation will visit Laos next week. The visit follows an "
            "invitation extended by the Lao government.")
    assert ("LAO", "VNM") in pairs(extract_text(text), "CONSULT")


def test_cooperation_with_an_unnamed_partner_is_with_the_partner_just_met(extract_text):
    text = ("Kenya's president visited Ethiopia on Monday. Nairobi said it would develop "
            "closer security cooperation with its host.")
    assert ("KEN", "ETH") in pairs(extract_text(text), "COOPERATE")



def test_a_forum_attended_after_a_visit_is_no_meeting_with_the_host(extract_text):
    text = ("Kenya's president visited Ethiopia on Monday. Kenya's president is expected to "
            "attend an economic forum in Geneva next week.")
    events = [e for e in extract_text(text) if e.sentence_index == 1]
    assert not any(e.target is not None and e.target.entity == "ETH" for e in events)


def test_the_neighbours_are_the_pair_just_in_conflict(extract_text):
    text = ("Armenian and Azerbaijani troops clashed along the border on Monday. "
            "On Tuesday the neighbours agreed to a ceasefire.")
    agreed = {frozenset((e.source.entity, e.target.entity))
              for e in extract_text(text) if e.type == "AGREE" and e.target}
    assert agreed == {frozenset(("ARM", "AZE"))}


def test_they_after_a_meeting_are_all_who_met(extract_text):
    text = ("Kenya's president hosted the leaders of Uganda and Rwanda in Nairobi on Friday "
            "amid Chinese pressure. Their armies will hold joint exercises next year.")
    events = [e for e in extract_text(text) if e.type == "COOPERATE"]
    found = {frozenset((e.source.entity, e.target.entity)) for e in events}
    assert found == {frozenset(p) for p in (("KEN", "UGA"), ("KEN", "RWA"), ("UGA", "RWA"))}


def test_they_named_earlier_in_the_sentence_keeps_that_antecedent(extract_text):
    text = ("Chile's ruling party invited a Peruvian delegation to Santiago. It is unclear "
            "what the Peruvian officials will see or whether they will meet Chile's president.")
    met = {(e.source.entity, e.target.entity) for e in extract_text(text)
           if e.type == "CONSULT" and e.sentence_index == 1}
    assert ("CHL", "CHL") not in met


def test_a_sanction_is_aimed_back_only_when_it_says_it_replies(extract_text):
    text = ("Australia imposed new sanctions on Iran on Monday. "
            "Iran's customs agency also imposed new restrictions.")
    assert ("IRN", "AUS") not in pairs(extract_text(text), "SANCTION")


def test_the_two_countries_are_states_not_a_state_and_its_rebels(extract_text):
    text = ("The foreign ministers of the Democratic Republic of Congo and Rwanda signed a "
            "peace accord in Washington. Kinshasa is to carry out "
            "operations against the FDLR. The two countries will also set up a joint "
            "security mechanism.")
    assert pairs(extract_text(text), "COOPERATE") in ({("COD", "RWA")}, {("RWA", "COD")})


def test_a_definite_event_noun_naming_an_earlier_event_keeps_its_status(extract_text):
    text = ("A Chinese delegation is expected to visit Laos next week. The visit by the "
            "delegation follows an invitation from Vientiane.")
    statuses = {e.status.value for e in extract_text(text)
                if e.type == "CONSULT" and e.target and e.target.entity == "LAO"}
    assert statuses == {"planned"}


def test_an_appeal_for_calm_after_unrest_at_home_goes_to_that_country(extract_text):
    text = ("Burundian police fired tear gas at protesters in Bujumbura on Thursday. "
            "U.N. Secretary-General Ban Ki-moon appealed for calm.")
    assert ("UN", "BDI") in pairs(extract_text(text), "REQUEST")


def test_a_noun_repeated_from_an_earlier_sentence_keeps_its_speaker(extract_text):
    text = ("In a speech to parliament on Saturday, President Bashar al-Assad said Syrian troops "
            "in Lebanon would move to the Bekaa Valley. Saudi Arabia's Crown Prince Abdullah "
            "had pressed Assad to pull out. Lebanese opposition leader Walid Jumblatt welcomed "
            "the speech.")
    assert pairs(extract_text(text), "SUPPORT") == {("LBN", "SYR")}


def test_a_similar_appeal_is_aimed_where_the_earlier_one_was(extract_text):
    text = ("Saudi Arabia pressed Assad on Thursday to pull his troops out of Lebanon, and "
            "Moscow made a similar appeal the same day.")
    assert ("RUS", "SYR") in pairs(extract_text(text), "REQUEST")
