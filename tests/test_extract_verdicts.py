"""Verdicts, owners and lists: "called the attack unprovoked" accuses the attacker; "its air
defences" in a reported clause are the speaker's; a verb in a list that the tagger hung on
the previous object is still the subject's act."""

from __future__ import annotations

import datetime as dt

from newsgraph.model import Status


def test_a_verdict_tagged_as_a_verb_still_judges(extract_keys):
    keys = extract_keys("NATO helicopters killed 24 Pakistani soldiers at two border posts on "
                        "Saturday. The Pakistani army called the attack unprovoked.",
                        dt.date(2011, 11, 27))
    assert ("ACCUSE", "PAK", "NATO", Status.OCCURRED) in keys


def test_its_forces_in_a_reported_clause_are_the_speaker_s(extract_keys):
    keys = extract_keys("Mali recalled its ambassador. Algiers said its air defences had shot "
                        "down a Malian reconnaissance drone near the border.",
                        dt.date(2024, 8, 5))
    assert ("ASSAULT", "DZA", "MLI", Status.OCCURRED) in keys


def test_a_verb_in_a_list_hung_on_the_previous_object_is_the_subject_s(extract_keys):
    keys = extract_keys("China repeatedly demanded an unconditional withdrawal, accused India "
                        "of trespassing on Chinese territory and warned that its restraint had "
                        "limits.", dt.date(2017, 8, 29))
    assert ("ACCUSE", "CHN", "IND", Status.OCCURRED) in keys


def test_two_subjects_joined_by_and_are_one_coordinated_pair(extract_keys):
    keys = extract_keys("Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon "
                        "signed a treaty in Bishkek on Thursday.", dt.date(2025, 3, 13))
    assert any(k[0] == "AGREE" and set(k[1:3]) == {"KGZ", "TJK"} for k in keys)
