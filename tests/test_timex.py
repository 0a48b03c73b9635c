"""Time expressions resolved against the article date."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.nlp.timex import find_time_expressions, resolve

D = dt.date
REF = D(2023, 9, 7)  # a Thursday


@pytest.mark.parametrize(
    ("text", "future", "start", "end", "precision"),
    [
        ("on Tuesday", False, D(2023, 9, 5), D(2023, 9, 5), "day"),
        ("on Tuesday", True, D(2023, 9, 12), D(2023, 9, 12), "day"),
        ("next Thursday", False, D(2023, 9, 14), D(2023, 9, 14), "day"),
        ("last Thursday", False, D(2023, 8, 31), D(2023, 8, 31), "day"),
        ("yesterday", False, D(2023, 9, 6), D(2023, 9, 6), "day"),
        ("tomorrow", True, D(2023, 9, 8), D(2023, 9, 8), "day"),
        ("next week", True, D(2023, 9, 11), D(2023, 9, 17), "week"),
        ("last month", False, D(2023, 8, 1), D(2023, 8, 31), "month"),
        ("September 10-13", True, D(2023, 9, 10), D(2023, 9, 13), "day"),
        ("10 September", True, D(2023, 9, 10), D(2023, 9, 10), "day"),
        ("in July 2022", False, D(2022, 7, 1), D(2022, 7, 31), "month"),
        ("in January", True, D(2024, 1, 1), D(2024, 1, 31), "month"),
        ("in December", False, D(2022, 12, 1), D(2022, 12, 31), "month"),
        ("three days ago", False, D(2023, 9, 4), D(2023, 9, 4), "day"),
        ("2023-10-01", False, D(2023, 10, 1), D(2023, 10, 1), "day"),
        ("since 2019", False, D(2019, 1, 1), D(2019, 12, 31), "year"),
    ],
)
def test_resolves_against_article_date(text, future, start, end, precision):
    span = resolve(f"The talks were held {text}.", REF, future)
    assert span is not None
    assert (span.start, span.end, span.precision) == (start, end, precision)


def test_modal_may_is_not_a_month():
    assert resolve("Officials said the envoy may travel.", REF) is None


def test_impossible_day_falls_back_to_the_month():
    span = resolve("The vote on February 30 was annulled.", REF)
    assert span is not None and span.precision == "month" and span.start == D(2023, 2, 1)


def test_first_in_n_years_is_a_duration_not_a_date():
    assert resolve("It was his first visit in 24 years.", REF, True) is None
    assert resolve("The vote will be held in two weeks.", REF, True).precision == "week"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("She flies to Islamabad on Thursday.", dt.date(2008, 12, 4)),  # a schedule
        ("She flew to Islamabad on Thursday.", dt.date(2008, 11, 27)),
        ("He says the envoys met on Thursday.", dt.date(2008, 11, 27)),  # "met" is past
    ],
)
def test_a_weekday_on_a_main_verb_in_the_present_is_ahead(nlp, text, start):
    found = find_time_expressions(nlp(text), dt.date(2008, 12, 3))  # a Wednesday
    assert [t.span.start for t in found] == [start]



@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("He said on Tuesday they held him against his will.", dt.date(2008, 12, 2)),
        ("He said on Tuesday they will hold him.", dt.date(2008, 12, 9)),
    ],
)
def test_will_the_noun_is_no_future(nlp, text, start):
    found = find_time_expressions(nlp(text), dt.date(2008, 12, 3))  # a Wednesday
    assert [t.span.start for t in found] == [start]
