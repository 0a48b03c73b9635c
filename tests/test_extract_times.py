"""When events happened, on sentences written for these tests: a relative clause on an
argument has its own time, which does not date the main verb."""

from __future__ import annotations

import datetime as dt


def test_a_relative_clause_on_the_subject_keeps_its_time(extract_text):
    events = extract_text("MANAGUA - Nicaragua, which announced last year that it would "
                          "leave the OAS, rejected the resolution of the OAS on Thursday.",
                          dt.date(2022, 8, 19))
    rejected = next(e for e in events if e.trigger == "rejected")
    assert rejected.date.start == dt.date(2022, 8, 18)


def test_with_no_time_of_its_own_the_main_verb_is_not_dated_by_the_clause(extract_text):
    events = extract_text("MANAGUA - Nicaragua, which announced last year that it would "
                          "leave the OAS, rejected the resolution of the OAS.",
                          dt.date(2022, 8, 19))
    rejected = next(e for e in events if e.trigger == "rejected")
    assert rejected.date.start is None or rejected.date.start.year == 2022
