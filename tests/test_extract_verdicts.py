"""Verdicts and owners: "called the attack unprovoked" accuses the attacker; "its air
defences" in a reported clause are the speaker's."""

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
