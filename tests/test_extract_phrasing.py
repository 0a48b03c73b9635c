"""Common wire phrasings, one behaviour per test (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.model import Status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kenya's president said he held Somalia's government responsible for the raid.",
            ("ACCUSE", "KEN", "SOM", Status.OCCURRED),
            id="holding_someone_responsible_is_an_accusation",
        ),
        pytest.param(
            "Poland pushed back against Germany on the migration plan.",
            ("REJECT", "POL", "DEU", Status.OCCURRED),
            id="pushing_back_against_a_plan_is_a_refusal",
        ),
        pytest.param(
            "Hundreds of Chileans took to the streets of Valparaiso on Monday.",
            ("PROTEST", "CHL", "CHL", Status.OCCURRED),
            id="taking_to_the_streets_is_a_protest_at_home",
        ),
        pytest.param(
            "Washington answered with plans for duties on Chinese steel.",
            ("SANCTION", "USA", "CHN", Status.PLANNED),
            id="plans_for_levies_are_the_planners_planned_sanction",
        ),
        pytest.param(
            "Armenia placed its army on high alert along the boundary with Azerbaijan.",
            ("MOBILIZE", "ARM", "AZE", Status.OCCURRED),
            id="troops_put_on_alert_along_a_border",
        ),
        pytest.param(
            "Niger ordered the Belgian envoy to leave within two days.",
            ("SANCTION", "NER", "BEL", Status.OCCURRED),
            id="ordering_an_ambassador_to_leave_is_an_expulsion",
        ),
        pytest.param(
            "Hezbollah pulled its fighters out of Qusayr on Friday.",
            ("RETREAT", "LBN", "SYR", Status.OCCURRED),
            id="pulling_fighters_out_of_a_town_is_a_retreat",
        ),
        pytest.param(
            "Qatar sent a delegation to Kabul on Monday.",
            ("CONSULT", "QAT", "AFG", Status.OCCURRED),
            id="sending_an_envoy_is_a_visit",
        ),
        pytest.param(
            "Canada suspended visa services for Indians.",
            ("SANCTION", "CAN", "IND", Status.OCCURRED),
            id="suspending_visa_services_is_a_sanction",
        ),
        pytest.param(
            "Nigerian troops launched an operation against Boko Haram.",
            ("ASSAULT", "NGA", "NGA", Status.OCCURRED),
            id="an_operation_against_a_group_is_an_attack",
        ),
        pytest.param(
            "Islamabad dismissed New Delhi's account of the raid.",
            ("REJECT", "PAK", "IND", Status.OCCURRED),
            id="dismissing_a_countrys_account",
        ),
        pytest.param(
            "Macron spoke by telephone with Iranian President Ebrahim Raisi on Sunday.",
            ("CONSULT", "FRA", "IRN", Status.OCCURRED),
            id="a_call_by_telephone_with_a_leader",
        ),
        pytest.param(
            "Turkish jets struck a militant camp inside Iraq.",
            ("ASSAULT", "TUR", "IRQ", Status.OCCURRED),
            id="striking_a_camp_inside_a_country",
        ),
        pytest.param(
            "Canada expanded its sanctions regime against Iran.",
            ("SANCTION", "CAN", "IRN", Status.OCCURRED),
            id="a_sanctions_regime_against_a_country",
        ),
        pytest.param(
            "The Japanese prime minister will travel to Ho Chi Minh City next week.",
            ("CONSULT", "JPN", "VNM", Status.PLANNED),
            id="a_city_named_after_a_person_is_a_place",
        ),
        pytest.param(
            "Washington lifted its ban on selling weapons to Vietnam.",
            ("CONCEDE", "USA", "VNM", Status.OCCURRED),
            id="lifting_a_ban_on_selling_arms_to_a_country",
        ),
        pytest.param(
            "Algeria recalled its ambassador to Spain on Saturday.",
            ("SANCTION", "DZA", "ESP", Status.OCCURRED),
            id="recalling_an_ambassador_to_a_country",
        ),
        pytest.param(
            "Sri Lanka's government imposed a curfew on Sunday.",
            ("COERCE", "LKA", "LKA", Status.OCCURRED),
            id="a_curfew_is_coercion_at_home",
        ),
        pytest.param(
            "Sri Lankan police placed two opposition leaders under house arrest.",
            ("COERCE", "LKA", "LKA", Status.OCCURRED),
            id="placing_leaders_under_house_arrest",
        ),
        pytest.param(
            "Three nights of rioting shook Dakar.",
            ("PROTEST", "SEN", "SEN", Status.OCCURRED),
            id="nights_of_rioting_are_a_protest_where_they_happen",
        ),
        pytest.param(
            "Ethiopia signed a port agreement with Somaliland.",
            ("AGREE", "ETH", "SOM", Status.OCCURRED),
            id="a_breakaway_region_is_coded_to_its_country",
        ),
        pytest.param(
            "New Zealand sent police to help restore order at Tonga's request.",
            ("MOBILIZE", "NZL", "TON", Status.OCCURRED),
            id="troops_sent_at_a_governments_request",
        ),
        pytest.param(
            "Washington would look at further measures against Iran, officials said.",
            ("SANCTION", "USA", "IRN", Status.POSSIBLE),
            id="a_governing_verb_of_possibility_outranks_would",
        ),
        pytest.param(
            "Under the deal, Ethiopia is to withdraw its troops from Somalia.",
            ("RETREAT", "ETH", "SOM", Status.PLANNED),
            id="is_to_marks_a_plan",
        ),
        pytest.param(
            "Russia formally recognised the Taliban government on Thursday.",
            ("SUPPORT", "RUS", "AFG", Status.OCCURRED),
            id="recognising_a_government_is_support",
        ),
        pytest.param(
            "A court in Guyana issued arrest warrants for two Brazilian men on Wednesday.",
            ("COERCE", "GUY", "BRA", Status.OCCURRED),
            id="people_named_by_nationality_belong_to_that_country",
        ),
        pytest.param(
            "The United States suspended its diplomatic presence in Kabul.",
            ("SANCTION", "USA", "AFG", Status.OCCURRED),
            id="suspending_a_presence_in_a_capital",
        ),
        pytest.param(
            "Hungary blocked an EU aid package for Ukraine.",
            ("REJECT", "HUN", "EU", Status.OCCURRED),
            id="blocking_an_aid_package",
        ),
        pytest.param(
            "Poland has no plans to send troops to Ukraine, its president said.",
            ("MOBILIZE", "POL", "UKR", Status.NEGATED),
            id="no_plans_to_send_troops",
        ),
        pytest.param(
            "Kenya has offered to send 1,000 police officers to Haiti.",
            ("MOBILIZE", "KEN", "HTI", Status.POSSIBLE),
            id="an_offer_to_send_police_officers",
        ),
        pytest.param(
            "Kosovo police took over municipal buildings in the north.",
            ("COERCE", "XKX", "XKX", Status.OCCURRED),
            id="taking_over_buildings_is_a_seizure",
        ),
        pytest.param(
            "Ecuadorian police forced their way into the Mexican embassy in Quito.",
            ("COERCE", "ECU", "MEX", Status.OCCURRED),
            id="forcing_a_way_into_an_embassy",
        ),
        pytest.param(
            "Hamas fighters crossed into southern Israel before dawn.",
            ("ASSAULT", "PSE", "ISR", Status.OCCURRED),
            id="fighters_crossing_into_a_country_is_an_incursion",
        ),
        pytest.param(
            "Japan announced 20 million dollars in humanitarian assistance for Sudan.",
            ("AID", "JPN", "SDN", Status.OCCURRED),
            id="an_amount_in_aid_announced",
        ),
        pytest.param(
            "Kenyan police fired tear gas at demonstrators and arrested dozens of people.",
            ("COERCE", "KEN", "KEN", Status.OCCURRED),
            id="arresting_dozens_of_people_at_home",
        ),
        pytest.param(
            "Thailand's Constitutional Court dissolved the main opposition party.",
            ("COERCE", "THA", "THA", Status.OCCURRED),
            id="a_court_dissolving_a_party",
        ),
        pytest.param(
            "The Swedish foreign minister, visiting Ankara, warned that Stockholm could cut "
            "funding.",
            ("CONSULT", "SWE", "TUR", Status.OCCURRED),
            id="a_visit_in_the_subject_of_a_warning_still_happened",
        ),
        pytest.param(
            "Serbia threatened to cut power supplies to the region if Kosovo adopted the new "
            "law.",
            ("THREATEN", "SRB", "XKX", Status.OCCURRED),
            id="a_threat_is_aimed_at_the_subject_of_its_condition",
        ),
        pytest.param(
            "Thousands of people marched through Khartoum. Egypt's president later visited "
            "Cairo's port.",
            ("PROTEST", "SDN", "SDN", Status.OCCURRED),
            id="an_unnamed_crowd_marches_where_the_march_is",
        ),
        pytest.param(
            "French riot police cleared the square, Interior Minister Gerald Darmanin said. "
            "Darmanin later accused Algeria of stoking the unrest.",
            ("ACCUSE", "FRA", "DZA", Status.OCCURRED),
            id="a_bare_surname_is_the_earlier_fuller_mention",
        ),
        pytest.param(
            "China's navy held drills near Taiwan. Beijing warned Washington. The island thanked "
            "Japan for its support.",
            ("SUPPORT", "TWN", "JPN", Status.OCCURRED),
            id="the_island_is_the_island_named_before",
        ),
        pytest.param(
            "Zelensky said Ukraine would not give up territory and thanked Britain for its "
            "support.",
            ("SUPPORT", "UKR", "GBR", Status.OCCURRED),
            id="a_coordinated_verb_with_its_own_tense_keeps_its_own_status",
        ),
        pytest.param(
            "Vanuatu's prime minister said a deal his government signed with China would not "
            "allow a naval base.",
            ("AGREE", "VUT", "CHN", Status.OCCURRED),
            id="a_relative_clause_keeps_its_own_polarity",
        ),
        pytest.param(
            "Fiji's leader said the pact would not allow a base, and dismissed concerns raised "
            "by Australia as insulting.",
            ("REJECT", "FJI", "AUS", Status.OCCURRED),
            id="dismissing_concerns_raised_by_others",
        ),
        pytest.param(
            "Laos signed an agreement with Vietnam on fuel supplies. Under the deal, Vietnam "
            "will also donate 500 tonnes of diesel.",
            ("AID", "VNM", "LAO", Status.PLANNED),
            id="aid_under_a_deal_goes_to_the_partner",
        ),
        pytest.param(
            "Jets struck a fuel depot in the Malian town of Kidal overnight, the army said, "
            "blaming Burkina Faso for the attack.",
            ("ASSAULT", "BFA", "MLI", Status.OCCURRED),
            id="an_attack_with_no_named_doer_was_done_by_whom_the_sentence_blames",
        ),
        pytest.param(
            "Prague retaliated against the Russian expulsions by ordering out 18 Russian "
            "diplomats.",
            ("SANCTION", "CZE", "RUS", Status.OCCURRED),
            id="ordering_out_diplomats_is_an_expulsion",
        ),
        pytest.param(
            "The island's parliament was locked on Monday. Japan and Canada urged all sides "
            "in Vanuatu to respect the courts.",
            ("REQUEST", "JPN", "VUT", Status.OCCURRED),
            id="all_sides_of_a_dispute_at_home_are_the_country",
        ),
        pytest.param(
            "Ecuadorean soldiers detained three Colombian fishermen near the border.",
            ("COERCE", "ECU", "COL", Status.OCCURRED),
            id="a_less_common_demonym_spelling",
        ),
        pytest.param(
            "On Friday Niger declared the French ambassador persona non grata.",
            ("SANCTION", "NER", "FRA", Status.OCCURRED),
            id="declaring_an_envoy_persona_non_grata_is_an_expulsion",
        ),
        pytest.param(
            "The Maldives' president has demanded that New Delhi withdraw its troops.",
            ("RETREAT", "IND", "MDV", Status.POSSIBLE),
            id="a_withdrawal_a_state_demands_is_from_that_state",
        ),
        pytest.param(
            "Kyrgyzstan and Tajikistan agreed to pull their troops back from the frontier.",
            ("RETREAT", "TJK", "KGZ", Status.PLANNED),
            id="two_states_pulling_back_pull_back_from_each_other",
        ),
        pytest.param(
            "Azerbaijani artillery shelled Armenian villages on Monday. On Tuesday Yerevan "
            "said it was pulling its troops out of the area.",
            ("RETREAT", "ARM", "AZE", Status.OCCURRED),
            id="a_pull_back_with_no_place_named_is_from_the_adversary",
        ),
        pytest.param(
            "Kuwait's envoy, Ahmed Nasser al-Mutairi, has offered to mediate. He will travel to "
            "Riyadh on Sunday.",
            ("CONSULT", "KWT", "SAU", Status.PLANNED),
            id="a_pronoun_for_a_person_named_in_apposition_keeps_the_country",
        ),
        pytest.param(
            "Kyrgyzstan's president instructed the army to pull troops back from the border "
            "with Tajikistan.",
            ("RETREAT", "KGZ", "TJK", Status.PLANNED),
            id="what_a_leader_instructs_is_planned",
        ),
        pytest.param(
            "Estonia says Moscow was responsible for the cyber attacks on its banks.",
            ("ACCUSE", "EST", "RUS", Status.OCCURRED),
            id="saying_someone_was_responsible_is_an_accusation",
        ),
        pytest.param(
            "Burundi's government said Rwanda was behind the failed coup.",
            ("ACCUSE", "BDI", "RWA", Status.OCCURRED),
            id="saying_someone_was_behind_it_is_an_accusation",
        ),
        pytest.param(
            "Uganda sent troops into eastern Congo on Tuesday.",
            ("MOBILIZE", "UGA", "COD", Status.OCCURRED),
            id="congo_alone_is_the_democratic_republic",
        ),
        pytest.param(
            "Rioters threw stones and firebombs at Greek police outside parliament.",
            ("ASSAULT", "GRC", "GRC", Status.OCCURRED),
            id="throwing_stones_at_someone_is_an_assault",
        ),
        pytest.param(
            "Turkish jets struck what Ankara described as a PKK weapons depot in northern Iraq, "
            "the third raid this month.",
            ("ASSAULT", "TUR", "TUR", Status.OCCURRED),
            id="striking_what_someone_described_as_a_target",
        ),
        pytest.param(
            "Nigeria bombed Boko Haram camps near Lake Chad on Monday.",
            ("ASSAULT", "NGA", "NGA", Status.OCCURRED),
            id="a_state_acting_on_its_own_rebels_is_not_acting_on_itself",
        ),
        pytest.param(
            "The EU imposed sanctions on Belarus in June. EU officials said the sanctions "
            "would be lifted once political prisoners were freed.",
            ("CONCEDE", "EU", "BLR", Status.PLANNED),
            id="a_measure_undone_with_no_doer_is_undone_by_whoever_imposed_it",
        ),
        pytest.param(
            "Caracas said it remained open to dialogue with Washington.",
            ("CONSULT", "VEN", "USA", Status.POSSIBLE),
            id="being_open_to_dialogue_makes_talks_possible",
        ),
        pytest.param(
            "Belarus became the first country to recognise the Taliban government.",
            ("SUPPORT", "BLR", "AFG", Status.OCCURRED),
            id="the_first_country_to_do_something_is_the_subject",
        ),
        pytest.param(
            "Washington put its tariffs on Canadian steel on hold on Monday.",
            ("CONCEDE", "USA", "CAN", Status.OCCURRED),
            id="putting_a_sanction_on_hold_is_a_concession",
        ),
        pytest.param(
            "Fighting spread across Libya last week. The UN envoy called on all armed groups "
            "to respect the truce.",
            ("REQUEST", "UN", "LBY", Status.OCCURRED),
            id="all_armed_groups_are_the_parties_at_home",
        ),
        pytest.param(
            "Kenya's government withdrew the finance bill after days of protests.",
            ("CONCEDE", "KEN", "KEN", Status.OCCURRED),
            id="withdrawing_a_bill_is_a_concession_at_home",
        ),
        pytest.param(
            "Sri Lanka's prime minister resigned on Monday after weeks of protests.",
            ("CONCEDE", "LKA", "LKA", Status.OCCURRED),
            id="a_leader_resigning_is_a_concession_at_home",
        ),
        pytest.param(
            "Thailand's government lifted the state of emergency in Bangkok.",
            ("CONCEDE", "THA", "THA", Status.OCCURRED),
            id="lifting_an_emergency_is_a_concession_at_home",
        ),
        pytest.param(
            "Myanmar's junta granted an amnesty to more than 5,000 prisoners.",
            ("CONCEDE", "MMR", "MMR", Status.OCCURRED),
            id="an_amnesty_is_a_concession_at_home",
        ),
        pytest.param(
            "Kazakhstan's government restored the cap on fuel prices.",
            ("CONCEDE", "KAZ", "KAZ", Status.OCCURRED),
            id="restoring_a_price_cap_is_a_concession_at_home",
        ),
        pytest.param(
            "The United States will send $50 million in humanitarian aid to Haiti.",
            ("AID", "USA", "HTI", Status.PLANNED),
            id="sending_money_in_aid",
        ),
        pytest.param(
            "Kenya will deploy 1,000 police officers to Haiti.",
            ("MOBILIZE", "KEN", "HTI", Status.PLANNED),
            id="deploying_police_abroad",
        ),
        pytest.param(
            "Qatar flew 40 tonnes of food and medicine to Gaza on Sunday.",
            ("AID", "QAT", "PSE", Status.OCCURRED),
            id="flying_relief_in_is_aid",
        ),
        pytest.param(
            "The IMF approved a $2.9 billion loan for Sri Lanka.",
            ("AID", "IMF", "LKA", Status.OCCURRED),
            id="approving_a_loan_is_aid",
        ),
        pytest.param(
            "Saudi Arabia deposited $3 billion in Pakistan's central bank.",
            ("AID", "SAU", "PAK", Status.OCCURRED),
            id="a_deposit_in_a_central_bank_is_aid",
        ),
        pytest.param(
            "Afghan forces fired on Pakistani border posts on Saturday.",
            ("ASSAULT", "AFG", "PAK", Status.OCCURRED),
            id="firing_on_a_countrys_border_posts",
        ),
        pytest.param(
            "Haftar's forces shelled Tripoli's airport on Monday, the government said.",
            ("ASSAULT", "LBY", "LBY", Status.OCCURRED),
            id="haftars_forces_are_libyan_rebels",
        ),
        pytest.param(
            "China blocked imports from Lithuania.",
            ("SANCTION", "CHN", "LTU", Status.OCCURRED),
            id="blocking_imports_from_a_country",
        ),
        pytest.param(
            "Ecuadorean police stormed the building and arrested former Vice President Jorge "
            "Glas.",
            ("COERCE", "ECU", "ECU", Status.OCCURRED),
            id="an_unknown_person_arrested_is_of_the_arresters_country",
        ),
        pytest.param(
            "Southeast Asian nations urged Myanmar's junta to release political prisoners.",
            ("REQUEST", "ASEAN", "MMR", Status.OCCURRED),
            id="states_named_by_region_are_the_regions_organisation",
        ),
        pytest.param(
            "European governments condemned the Russian attack on Ukraine.",
            ("ACCUSE", "EU", "RUS", Status.OCCURRED),
            id="condemning_an_attack_accuses_the_attacker",
        ),
        pytest.param(
            "Turkey shot down a Russian warplane near the Syrian border on Tuesday. Putin "
            "called the downing a stab in the back.",
            ("ACCUSE", "RUS", "TUR", Status.OCCURRED),
            id="calling_the_downing_a_stab_in_the_back_accuses_the_shooter",
        ),
        pytest.param(
            "Turkey sent a survey ship escorted by warships into waters claimed by Greece.",
            ("MOBILIZE", "TUR", "GRC", Status.OCCURRED),
            id="sending_ships_into_waters_someone_claims",
        ),
        pytest.param(
            "Obama asked Congress to authorise strikes on Syria.",
            ("REQUEST", "USA", "USA", Status.OCCURRED),
            id="congress_is_the_askers_legislature",
        ),
        pytest.param(
            "Senegalese troops entered Gambia on Thursday.",
            ("ASSAULT", "SEN", "GMB", Status.OCCURRED),
            id="troops_entering_another_country_occupy_territory",
        ),
        pytest.param(
            "Pakistan described India's strikes as a flagrant violation of its sovereignty.",
            ("ACCUSE", "PAK", "IND", Status.OCCURRED),
            id="describing_something_as_a_violation_is_an_accusation",
        ),
        pytest.param(
            "Washington cancelled Turkey's participation in the fighter jet programme.",
            ("SANCTION", "USA", "TUR", Status.OCCURRED),
            id="cancelling_someones_participation_is_a_sanction_that_happened",
        ),
        pytest.param(
            "Beijing has vowed to teach Taipei a lesson.",
            ("THREATEN", "CHN", "TWN", Status.PLANNED),
            id="teaching_someone_a_lesson_is_a_threat",
        ),
        pytest.param(
            "Niger's junta declared the French ambassador persona non grata after Paris "
            "refused to recognise it.",
            ("SANCTION", "NER", "FRA", Status.OCCURRED),
            id="persona_non_grata_when_the_tagger_runs_the_envoy_into_the_phrase",
        ),
        pytest.param(
            "Bangladesh's government shut down the internet across the "
            "country.",
            ("COERCE", "BGD", "BGD", Status.OCCURRED),
            id="shutting_down_the_internet_is_coercion_at_home",
        ),
        pytest.param(
            "Algeria accused Morocco of hostile acts and cut diplomatic "
            "ties.",
            ("SANCTION", "DZA", "MAR", Status.OCCURRED),
            id="a_sanction_coordinated_with_an_accusation_of_someone",
        ),
        pytest.param(
            "Russian troops arrived on Thursday. The protests began on "
            "January 2 in the oil town of Zhanaozen over a rise in the price "
            "of gas.",
            ("PROTEST", "KAZ", "KAZ", Status.OCCURRED),
            id="protests_that_erupted_in_a_town_are_that_countrys",
        ),
        pytest.param(
            "Iran's president urged the UN to sanction Israel. Israel "
            "denounced the speech.",
            ("ACCUSE", "ISR", "IRN", Status.OCCURRED),
            id="denouncing_a_speech_accuses_whoever_gave_it",
        ),
        pytest.param(
            "Moscow denied reports that it had sent troops to Belarus.",
            ("MOBILIZE", "RUS", "BLR", Status.NEGATED),
            id="a_denied_report_codes_the_reported_act_as_negated",
        ),
        pytest.param(
            "Turkey has not ruled out military action against Syria.",
            ("ASSAULT", "TUR", "SYR", Status.POSSIBLE),
            id="military_action_not_ruled_out_is_possible",
        ),
        pytest.param(
            "Pakistan's army said India's claims were false.",
            ("REJECT", "PAK", "IND", Status.OCCURRED),
            id="saying_someones_claims_were_false_refuses_them",
        ),
        pytest.param(
            "Kyiv called Moscow's claims a lie.",
            ("ACCUSE", "UKR", "RUS", Status.OCCURRED),
            id="calling_someones_claims_a_lie_is_a_verdict_on_them",
        ),
    ],
)
def test_wire_phrasing(extract_keys, text, expected):
    assert expected in extract_keys(text)


def test_pushing_protesters_back_is_force_against_the_doers_own_people(extract_keys):
    found = extract_keys("Armenian riot police pushed students back from the gates.")
    assert ("COERCE", "ARM", "ARM", Status.OCCURRED) in found
    assert not any(t == "REQUEST" for t, *_ in found)


def test_a_person_named_like_a_town_is_no_place(extract_keys):
    # the gazetteer knows a "Machado" in the United States; an unknown person with a
    # domestic role title belongs to the article's country
    found = extract_keys("Venezuela's top court barred opposition leader Maria Corina "
                         "Machado from running.")
    assert {(a, b) for _, a, b, _ in found} == {("VEN", "VEN")}


def test_a_denial_answers_the_accuser_only(extract_keys):
    found = extract_keys("Lithuania blamed Belarus for the crisis. Minsk denied "
                         "orchestrating it. Moscow denied planning an attack.")
    assert ("REJECT", "BLR", "LTU", Status.OCCURRED) in found
    assert not any(t == "REJECT" and a == "RUS" for t, a, _, _ in found)


def test_hosting_military_bases_is_no_visit(extract_keys):
    found = extract_keys("Armenia and Belarus host Russian military bases.")
    assert not any(t == "CONSULT" for t, *_ in found)


def test_restricting_exports_and_a_complaint_filed_with_a_forum(extract_keys):
    text = ("China began restricting exports to Japan of rare earths. Tokyo said it would "
            "file a complaint with the World Trade Organization.")
    found = extract_keys(text)
    assert ("SANCTION", "CHN", "JPN", Status.OCCURRED) in found
    assert ("ACCUSE", "JPN", "CHN", Status.PLANNED) in found
    assert not any(b == "WTO" for _, _, b, _ in found)


def test_an_unknown_president_is_not_guessed_to_be_from_the_main_country(extract_text):
    # a name the knowledge base cannot know (invented for this test)
    text = ("India and China held talks. India said China violated the border deal. "
            "President Obadiah Tarkwinde, who took office in November, has demanded that "
            "New Delhi withdraw its troops.")
    assert not [e for e in extract_text(text) if "Tarkwinde" in e.source.text]


def test_calls_for_a_boycott_are_no_phone_call(extract_keys):
    found = extract_keys("The remarks prompted calls in India for a boycott of "
                         "Maldivian resorts.")
    assert not any(t == "CONSULT" for t, *_ in found)


def test_what_would_have_happened_did_not(extract_keys):
    text = ("Russia vetoed a UN Security Council resolution that would have imposed "
            "sanctions on Mali.")
    found = extract_keys(text)
    assert {s for t, *_, s in found if t == "SANCTION"} == {Status.NEGATED}


def test_ministers_of_two_countries_sign_with_each_other(extract_keys):
    text = ("The foreign ministers of the Democratic Republic of Congo and Rwanda signed a "
            "peace agreement in Washington.")
    found = {(t, frozenset((a, b))) for t, a, b, _ in extract_keys(text)}
    assert ("AGREE", frozenset(("COD", "RWA"))) in found


def test_a_court_convicting_a_former_leader_and_a_foreign_reaction(extract_keys):
    text = ("Peru's top court found Pedro Castillo guilty of conspiracy. Bolivia's president "
            "called the ruling a witch hunt.")
    found = extract_keys(text, date=dt.date(2025, 11, 27))
    assert ("COERCE", "PER", "PER", Status.OCCURRED) in found
    assert ("ACCUSE", "BOL", "PER", Status.OCCURRED) in found


def test_an_unnamed_arrester_is_of_the_arrested_persons_country(extract_keys):
    text = ("Washington imposed tariffs on Brazilian goods. Bolsonaro was placed under "
            "house arrest.")
    found = extract_keys(text, date=dt.date(2025, 9, 12))
    assert ("COERCE", "BRA", "BRA", Status.OCCURRED) in found


def test_withdrawing_envoys_downgrades_relations(extract_keys):
    found = extract_keys("Bahrain withdrew its ambassador from Beirut on Friday.")
    assert ("SANCTION", "BHR", "LBN", Status.OCCURRED) in found
    assert not any(t == "RETREAT" for t, *_ in found)


def test_leaving_for_a_city_together_is_no_meeting_of_each_other(extract_keys):
    text = ("Saudi Arabia, Bahrain and Egypt cut ties with Qatar. The three countries gave "
            "Qatari diplomats 48 hours to leave their territory.")
    assert not any(t == "CONSULT" for t, *_ in extract_keys(text))


def test_hosting_bases_whatever_the_lemmatiser_says(extract_keys):
    found = extract_keys("Kyrgyzstan and Tajikistan are members of a Moscow-led "
                         "alliance and host Russian military bases.")
    assert not any(t == "CONSULT" for t, *_ in found)


def test_aid_is_never_aimed_at_the_doers_own_unnamed_people(extract_keys):
    found = extract_keys("German officials discussed humanitarian assistance for "
                         "the people stranded at the border.")
    assert not any(t == "AID" and a == b for t, a, b, _ in found)


def test_a_plural_demonym_is_the_countrys_people(extract_keys):
    text = ("Interim President Assimi Goita called on Malians to demonstrate on Friday "
            "against the sanctions imposed by ECOWAS.")
    found = extract_keys(text, date=dt.date(2022, 1, 10))
    assert ("PROTEST", "MLI", "ECOWAS", Status.POSSIBLE) in found


def test_determined_to_is_a_plan(extract_keys):
    found = extract_keys("France said it was still determined to mend ties with "
                         "Rwanda.")
    assert {s for t, *_, s in found if t == "COOPERATE"} == {Status.PLANNED}


def test_riots_in_provinces_named_by_their_country(extract_keys):
    text = ("China moved an oil rig into disputed waters, setting off riots in several "
            "Vietnamese provinces.")
    found = extract_keys(text)
    assert any(t == "PROTEST" and a == "VNM" for t, a, _, _ in found)


def test_troops_pulled_back_from_the_border_do_not_retreat_from_home(extract_keys):
    found = extract_keys("The US president pulled American troops back from the "
                         "border on Sunday.")
    assert not any(t == "RETREAT" and a == b for t, a, b, _ in found)


def test_pausing_an_offensive_and_the_offensive_referred_to_later(extract_keys):
    text = ("Azerbaijan agreed to pause its offensive in Armenia for three days. "
            "Azerbaijan had launched the offensive on Tuesday.")
    found = extract_keys(text)
    assert ("RETREAT", "AZE", "ARM", Status.PLANNED) in found
    assert ("ASSAULT", "AZE", "ARM", Status.OCCURRED) in found


def test_fighting_between_the_neighbours_goes_both_ways(extract_keys):
    text = ("Armenia and Azerbaijan agreed to a truce on Saturday. The deal ended two days "
            "of the worst fighting between the neighbours in decades.")
    found = extract_keys(text)
    assert {("ASSAULT", "ARM", "AZE"), ("ASSAULT", "AZE", "ARM")} <= {
        (t, a, b) for t, a, b, _ in found}


def test_accusing_each_other_goes_both_ways(extract_keys):
    found = {(t, a, b) for t, a, b, _ in extract_keys(
        "Eritrea and Ethiopia accused each other of violating the border accord.")}
    assert {("ACCUSE", "ERI", "ETH"), ("ACCUSE", "ETH", "ERI")} <= found


def test_each_government_accusing_the_other(extract_keys):
    text = ("Sudan and South Sudan held talks in Juba. By evening, each government was "
            "accusing the other of arming rebels.")
    found = {(t, a, b) for t, a, b, _ in extract_keys(text)}
    assert {("ACCUSE", "SDN", "SSD"), ("ACCUSE", "SSD", "SDN")} <= found


def test_clashes_between_two_nations_troops(extract_keys):
    found = {(t, a, b) for t, a, b, _ in extract_keys(
        "Clashes between Thai and Cambodian troops erupted near the temple.")}
    assert {("ASSAULT", "THA", "KHM"), ("ASSAULT", "KHM", "THA")} <= found


def test_condemning_an_attack_does_not_make_the_condemner_the_attacker(extract_keys):
    found = extract_keys("The African Union condemned the attack on the Malian town "
                         "of Mopti.")
    assert not any(t == "ASSAULT" and a == "AU" for t, a, _, _ in found)


def test_prisoner_swaps_and_diplomatic_protests(extract_keys):
    found = {(t, a, b) for t, a, b, _ in extract_keys(
        "Armenia and Azerbaijan swapped 40 prisoners. Manila protested against Beijing's "
        "deployment of a research ship.")}
    assert {("CONCEDE", "ARM", "AZE"), ("CONCEDE", "AZE", "ARM"),
            ("ACCUSE", "PHL", "CHN")} <= found


def test_breaking_off_talks_and_ordering_troops_out(extract_keys):
    found = extract_keys("Argentina broke off talks with the IMF. Mali's junta "
                         "ordered French troops to leave the country.")
    assert ("CONSULT", "ARG", "IMF", Status.NEGATED) in found
    assert ("REQUEST", "MLI", "FRA", Status.OCCURRED) in found


def test_a_named_town_attacked_or_visited_is_where_the_event_happened(extract_text):
    events = extract_text("Russian forces shelled Kharkiv on Tuesday. Iran's foreign "
                          "minister will visit Beijing next week.")
    places = {e.type: e.location and e.location.name for e in events}
    assert places == {"ASSAULT": "Kharkiv", "CONSULT": "Beijing"}


def test_troops_arriving_with_no_place_named_arrive_in_the_storys_other_country(extract_keys):
    text = ("Russian paratroopers guarded airports, Moscow said. Russia's defence ministry "
            "said Russian troops began arriving on Thursday after Kazakhstan's president "
            "appealed for help.")
    found = extract_keys(text, date=dt.date(2022, 1, 7))
    assert ("MOBILIZE", "RUS", "KAZ", Status.OCCURRED) in found


def test_a_place_inside_a_name_run_together_by_the_tagger(extract_keys):
    found = extract_keys("Sudanese warplanes bombed the town of Bentiu in South Sudan.",
                              date=dt.date(2012, 4, 23))
    assert ("ASSAULT", "SDN", "SSD", Status.OCCURRED) in found


def test_a_complaint_lodged_with_a_body_against_a_country(extract_keys):
    found = {(t, a, b) for t, a, b, _ in extract_keys(
        "Lebanon lodged a complaint with the UN Security Council against Israel.")}
    assert found == {("ACCUSE", "LBN", "ISR")}


def test_named_past_wars_are_no_events(extract_keys):
    found = extract_keys("Ties between Washington and Moscow are at their worst since "
                         "the Cold War, diplomats in Vienna said.")
    assert not any(t == "ASSAULT" for t, *_ in found)


def test_addressing_a_rally_is_no_protest(extract_keys):
    found = extract_keys("Kenya's president, addressing a rally in Nakuru, promised to "
                         "cut fuel prices.")
    assert not any(t == "PROTEST" for t, *_ in found)


def test_pushing_ahead_is_no_request(extract_keys):
    found = extract_keys("Vietnam met Cambodia in Hanoi. Analysts asked whether Cambodia "
                         "would push ahead with the canal.")
    assert not any(t == "REQUEST" for t, *_ in found)


def test_western_governments_are_not_the_articles_country(extract_keys):
    found = extract_keys("Bosnia's leaders met in Sarajevo. Western governments pressed "
                         "Sarajevo to pass the budget.")
    assert not any(t == "REQUEST" and s == "BIH" for t, s, *_ in found)


def test_a_noun_refers_to_the_latest_event_of_any_of_its_readings(extract_text):
    events = extract_text(
        "Hanoi and Beijing agreed to hold joint exercises in 2019. Last month the Chinese navy "
        "held drills near Vietnam. Vietnam lodged a protest against the exercises.")
    assert any((e.type, e.source.entity, e.target and e.target.entity, e.status) == (
        "ACCUSE", "VNM", "CHN", Status.OCCURRED) for e in events)
    assert [e.type for e in events if e.trigger == "exercises" and e.sentence_index == 2] == [
        "MOBILIZE"]


def test_a_withdrawal_the_un_demands_is_not_from_the_un(extract_keys):
    found = extract_keys("The UN Security Council demanded that Russia withdraw its "
                         "forces.")
    assert not any(t == "RETREAT" for t, *_ in found)


def test_saying_someone_was_ready_is_no_accusation(extract_keys):
    found = extract_keys("Kenya said Somalia was ready for talks on the border.")
    assert not any(t == "ACCUSE" for t, *_ in found)


def test_allies_pulling_out_together_do_not_pull_back_from_each_other(extract_keys):
    found = extract_keys("Washington and its NATO allies are to pull out their forces "
                         "within 14 months.")
    assert not any(t == "RETREAT" and {s, g} == {"USA", "NATO"} for t, s, g, _ in found)


def test_an_acronym_the_tagger_takes_for_a_verb_still_acts_and_is_quoted_as_written(
        extract_text):
    events = extract_text("ECOWAS imposed sanctions on Mali on Sunday. Later Nato and Opec "
                          "met in Vienna.")
    sanction = next(e for e in events if e.type == "SANCTION")
    assert (sanction.source.entity, sanction.target.entity) == ("ECOWAS", "MLI")
    assert sanction.evidence.startswith("ECOWAS imposed")
    assert any(e.type == "CONSULT" and {e.source.entity, e.target.entity} == {"NATO", "OPEC"}
               for e in events)


def test_talks_put_on_hold_are_still_negated(extract_keys):
    found = extract_keys("Talks between Serbia and Kosovo were put on hold on Monday.")
    assert ("CONSULT", "SRB", "XKX", Status.NEGATED) in found or (
        "CONSULT", "XKX", "SRB", Status.NEGATED) in found


def test_lifting_sanctions_with_no_target_is_not_a_concession_at_home(extract_keys):
    found = extract_keys("Washington lifted the sanctions on Monday.")
    assert not any(t == "CONCEDE" and s == g == "USA" for t, s, g, _ in found)


def test_demanding_that_someone_act_is_a_request_to_them(extract_keys):
    found = extract_keys("ECOWAS demanded that Jammeh hand over power to Barrow.",
                              dt.date(2017, 1, 10))
    assert ("REQUEST", "ECOWAS", "GMB", Status.OCCURRED) in found


def test_refusing_to_step_down_is_a_refusal_at_home(extract_keys):
    found = extract_keys("Jammeh refused to step down after losing the election.",
                              dt.date(2017, 1, 10))
    assert ("REJECT", "GMB", "GMB", Status.OCCURRED) in found


def test_refusing_to_give_someone_passage_is_not_a_refusal_at_home(extract_keys):
    found = extract_keys("Quito refused to give him safe passage out of the country.")
    assert ("REJECT", "ECU", "ECU", Status.OCCURRED) not in found


def test_an_appeal_for_calm_goes_to_both_sides_of_the_fight(extract_keys):
    found = extract_keys("Georgia and Russia traded fire overnight. The United States "
                         "urged restraint.")
    assert {("REQUEST", "USA", "GEO", Status.OCCURRED),
            ("REQUEST", "USA", "RUS", Status.OCCURRED)} <= found


def test_calling_a_meeting_is_no_appeal_to_the_fighters(extract_keys):
    found = extract_keys("The United States bombed Iranian nuclear sites. The IAEA's "
                         "director general called an emergency meeting of its board.")
    assert not any(t == "REQUEST" and s == "IAEA" for t, s, _, _ in found)


def test_militants_backed_by_a_state_are_not_that_state(extract_keys):
    found = extract_keys("Riyadh accused Doha of funding militants backed by Iran.")
    assert not any(s == g == "IRN" for _, s, g, _ in found)


def test_a_negated_recognition_is_a_refusal(extract_keys):
    found = extract_keys("Serbia does not recognise Kosovo.")
    assert ("REJECT", "SRB", "XKX", Status.OCCURRED) in found
    assert not any(t == "SUPPORT" for t, *_ in found)


def test_condemning_an_attack_never_accuses_its_victim(extract_keys):
    found = extract_keys("France condemned the attack on Ukraine.")
    assert not any(t == "ACCUSE" and g == "UKR" for t, _, g, _ in found)


def test_a_past_verb_keeps_its_weekday_in_the_past(extract_text):
    events = extract_text("Mali recalled its ambassadors from West African states late on "
                          "Sunday, over the junta's plan to stay in power for five more years.",
                          dt.date(2022, 1, 10))
    recall = next(e for e in events if e.trigger == "recalled")
    assert (recall.status, recall.date.start) == (Status.OCCURRED, dt.date(2022, 1, 9))


def test_an_organisation_is_never_the_recipient_of_its_own_act(extract_keys):
    found = extract_keys("Mali recalled its ambassadors from West African states. ECOWAS "
                         "imposed sanctions on the country.")
    assert not any(s == g == "ECOWAS" for _, s, g, _ in found)


def test_the_meeting_is_the_latest_meeting_however_it_was_told(extract_text):
    events = extract_text(
        "It is unclear whether the Chinese officials will meet Kim Jong Un. Kim will visit "
        "Russia soon for an in-person meeting with Putin. The meeting could happen as early "
        "as next week in Vladivostok.")
    pairs = {(e.source.country, e.target and e.target.country) for e in events
             if e.type == "CONSULT" and e.sentence_index == 2}
    assert pairs and pairs <= {("PRK", "RUS"), ("RUS", "PRK")}, pairs
