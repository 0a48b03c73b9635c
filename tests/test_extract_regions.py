"""Whose country: regions and their governments against the national government
(``data/actors/regions.tsv``), ethnic kin adjectives, forces with no place named, roles
named with their country before."""

from __future__ import annotations

import datetime as dt

from newsgraph.model import Status


def test_a_region_and_its_capital_s_government_are_two_sides(extract_keys):
    keys = extract_keys("The Scottish government accused London of scaremongering on Tuesday.",
                        dt.date(2014, 9, 9))
    assert ("ACCUSE", "GBR", "GBR", Status.OCCURRED) in keys


def test_a_regional_leader_named_again_by_surname_keeps_the_region(extract_keys):
    keys = extract_keys("Catalonia's regional president Carles Puigdemont spoke on Monday. "
                        "Puigdemont accused Madrid of disproportionate violence and appealed "
                        "to the European Union to step in.", dt.date(2017, 10, 2))
    assert ("ACCUSE", "ESP", "ESP", Status.OCCURRED) in keys
    assert ("REQUEST", "ESP", "EU", Status.OCCURRED) in keys


def test_the_national_government_stays_one_side(extract_keys):
    keys = extract_keys("Madrid accused the Spanish government of lying.", dt.date(2017, 10, 2))
    assert not any(k[1:3] == ("ESP", "ESP") for k in keys)


def test_ethnic_kin_adjectives_do_not_make_the_story_s_country(extract_keys):
    keys = extract_keys(
        "Ethnic Albanian rebels attacked a police station in Macedonia on Sunday. The ethnic "
        "Albanian guerrillas and the Albanian minority's parties want wider rights, and "
        "ethnic Albanian leaders said the rebels fought government forces near Tetovo.",
        dt.date(2001, 8, 14))
    assert any(k[0] == "ASSAULT" and k[1:3] == ("MKD", "MKD") for k in keys)


def test_a_foreign_force_deploying_with_no_place_named_goes_where_the_story_is(extract_keys):
    keys = extract_keys("Macedonia's parliament met in Skopje on Monday. NATO ambassadors are "
                        "due to decide this week whether to deploy about 3,500 troops.",
                        dt.date(2001, 8, 14))
    assert ("MOBILIZE", "NATO", "MKD", Status.POSSIBLE) in keys


def test_a_role_named_with_its_country_before_keeps_it(extract_keys):
    keys = extract_keys("Niger's junta closed the country's airspace on Sunday. French "
                        "President Emmanuel Macron met German Chancellor Olaf Scholz in Paris. "
                        "Paris urged the junta to release President Mohamed Bazoum.",
                        dt.date(2023, 8, 5))
    assert ("REQUEST", "FRA", "NER", Status.OCCURRED) in keys
    assert not any(k[0] == "CONCEDE" and k[1] != "NER" for k in keys)


def test_a_crowd_counted_by_thousands_is_where_its_clause_happens(extract_keys):
    keys = extract_keys("Russia said Russian peacekeepers would deploy, and Moscow and the "
                        "Kremlin praised the Russian plan. Thousands of angry protesters "
                        "stormed government headquarters in Yerevan.", dt.date(2020, 11, 10))
    assert ("PROTEST", "ARM", "ARM", Status.OCCURRED) in keys


def test_a_role_named_with_its_organisation_before_keeps_it(extract_keys):
    keys = extract_keys("West African leaders suspended Guinea from the bloc on Wednesday. "
                        "Leaders warned that sanctions would follow if the soldiers did not "
                        "quickly restore constitutional order.", dt.date(2021, 9, 9))
    assert ("THREATEN", "ECOWAS", "GIN", Status.OCCURRED) in keys


def test_a_country_noun_acted_on_is_not_the_doer_s_own(extract_keys):
    keys = extract_keys("Saudi Arabia cut ties with Qatar on Monday. Riyadh accused the Gulf "
                        "state of backing terrorism.", dt.date(2017, 6, 6))
    assert ("ACCUSE", "SAU", "QAT", Status.OCCURRED) in keys
