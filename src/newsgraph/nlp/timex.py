"""Time expressions resolved against the article date.

Rules cover what wire copy uses: weekday names (past or future by the sentence's tense),
today / yesterday / tomorrow, this|next|last week|month|year, "N days ago", "in two weeks",
month names with or without days ("September 10-13", "10 September", "in July 2023"),
ISO dates and bare years.  Each expression becomes a :class:`TimeSpan` with a precision.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from ..model import TimeExpression, TimeSpan

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3}

_MONTH_RE = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_RE = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_DAY2_RE = r"(?:\s*(?:-|–|to|and)\s*(?P<day2>\d{1,2})(?:st|nd|rd|th)?)?"
_YEAR_RE = r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?"
_NUM = r"(?P<n>\d+|" + "|".join(_NUMBERS) + r")"
_UNIT = r"(?P<unit>day|week|month|year)s?"

# Each pattern names a handler; order matters (longer forms first).
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("month_day", re.compile(rf"\b{_MONTH_RE}\s+{_DAY_RE}{_DAY2_RE}{_YEAR_RE}\b", re.I)),
    ("day_month", re.compile(rf"\b{_DAY_RE}{_DAY2_RE}\s+(?:of\s+)?{_MONTH_RE}{_YEAR_RE}\b", re.I)),
    ("ago", re.compile(rf"\b{_NUM}\s+{_UNIT}\s+ago\b", re.I)),
    ("in_n", re.compile(rf"\b(?:in|within)\s+{_NUM}\s+{_UNIT}\b", re.I)),
    ("relative", re.compile(
        r"\b(?P<rel>this|next|last|past|coming|earlier\s+this|later\s+this|early\s+next|"
        r"late\s+last|early\s+last|late\s+next)\s+(?P<unit>week|month|year|weekend)\b", re.I)),
    ("weekday", re.compile(
        r"\b(?:(?P<rel>last|next|this|coming)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|"
        r"friday|saturday|sunday)\b", re.I)),
    ("deictic", re.compile(r"\b(?P<word>today|yesterday|tomorrow|tonight|this morning|"
                           r"this afternoon|this evening|last night)\b", re.I)),
    ("month_year", re.compile(rf"\b{_MONTH_RE}(?:\s+(?P<year>(?:19|20)\d{{2}}))?\b", re.I)),
    ("year", re.compile(r"\b(?:in|since|during|by)\s+(?P<year>(?:19|20)\d{2})\b", re.I)),
]
# ("will" the noun is none: "held him against his will", "the will of the people")
_NOT_A_NOUN = r"(?<!his )(?<!her )(?<!its )(?<!the )(?<!their )(?<!own )"
_FUTURE_CUE = re.compile(rf"\b({_NOT_A_NOUN}will|shall|'ll|going to|expected (?:to|in|at|on)|"
                         r"scheduled|due (?:to|in|at|on|for|back)|plans? to|set to|is to|are to|"
                         r"next|upcoming|coming)\b", re.I)


def find_time_expressions(doc, article_date: dt.date | None) -> list[TimeExpression]:
    """All time expressions in ``doc`` (a spaCy Doc) resolved against ``article_date``."""
    if article_date is None:
        return []
    found: list[TimeExpression] = []
    for sent in doc.sents:
        future = bool(_FUTURE_CUE.search(sent.text)) or _scheduled_weekday(sent)
        for start, end, text, span in _scan(sent.text, article_date, future):
            found.append(TimeExpression(sent.start_char + start, sent.start_char + end, text, span))
    return found


def _scheduled_weekday(sent) -> bool:
    """"She flies to Islamabad on Thursday": a weekday on a main verb in the simple present
    is a schedule, so in the future."""
    for tok in sent:
        if tok.lower_ not in _WEEKDAYS:
            continue
        verb = tok.head.head if tok.head.dep_ == "prep" else tok.head
        return verb.dep_ == "ROOT" and verb.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children)
    return False


def resolve(text: str, article_date: dt.date, future: bool = False) -> TimeSpan | None:
    """The first time expression in ``text`` resolved (handy for tests and callers)."""
    for _, _, _, span in _scan(text, article_date, future):
        return span
    return None


def _scan(text: str, ref: dt.date, future: bool) -> Iterator[tuple[int, int, str, TimeSpan]]:
    taken: list[tuple[int, int]] = []
    hits: list[tuple[int, int, str, TimeSpan]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            span = _HANDLERS[kind](m, ref, future)
            if span is not None:
                taken.append((m.start(), m.end()))
                hits.append((m.start(), m.end(), m.group(0), span))
    yield from sorted(hits, key=lambda h: h[0])


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, ref: dt.date, future: bool) -> int:
    """The year of a month/day given without one: nearest in the sentence's direction."""
    candidate = _safe_date(ref.year, month, day) or dt.date(ref.year, month, 1)
    if future and candidate < ref - dt.timedelta(days=60):
        return ref.year + 1
    if not future and candidate > ref + dt.timedelta(days=60):
        return ref.year - 1
    return ref.year


def _iso(m: re.Match[str], ref: dt.date, future: bool) -> TimeSpan | None:
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return TimeSpan(d, d, "day") if d else None


def _month_day(m: re.Match[str], ref: dt.date, future: bool) -> TimeSpan | None:
    month = _MONTHS[m["month"].lower().rstrip(".")]
    day = int(m["day"])
    year = int(m["year"]) if m["year"] else _infer_year(month, day, ref, future)
    start = _safe_date(year, month, day)
    end = _safe_date(year, month, int(m["day2"])) if m["day2"] else start
    if start is None or end is None or end < start:
        return None
    return TimeSpan(start, end, "day")


def _ago(m: re.Match[str], ref: dt.date, future: bool) -> TimeSpan | None:
    n = _number(m["n"])
    return _shift(ref, -n, m["unit"].lower())


_FIRST_IN = re.compile(r"\b(first|last|time|longest|biggest|largest|worst|highest|lowest|"
                       r"deadliest|heaviest)\b[^.;]{0,40}$", re.I)


def _in_n(m: re.Match[str], ref: dt.date, future: bool) -> TimeSpan | None:
    if _FIRST_IN.search(m.string[: m.start()]):
        return None  # "the first visit in 24 years" is a duration, not a date
    return _shift(ref, _number(m["n"]), m["unit"].lower())


def _shift(ref: dt.date, n: int, unit: str) -> TimeSpan:
    if unit == "day":
        d = ref + dt.timedelta(days=n)
        return TimeSpan(d, d, "day")
    if unit == "week":
        d = ref + dt.timedelta(weeks=n)
        return TimeSpan(d - dt.timedelta(days=3), d + dt.timedelta(days=3), "week")
    if unit == "month":
        y, mo = divmod(ref.month - 1 + n, 12)
        return _month_span(ref.year + y, mo + 1)
    return TimeSpan(dt.date(ref.year + n, 1, 1), dt.date(ref.year + n, 12, 31), "year")


def _month_span(year: int, month: int) -> TimeSpan:
    last = calendar.monthrange(year, month)[1]
    return TimeSpan(dt.date(year, month, 1), dt.date(year, month, last), "month")


def _relative(m: re.Match[str], ref: dt.date, future: bool) -> TimeSpan | None:
    rel = " ".join(m["rel"].lower().split())
    unit = m["unit"].lower()
    offset = {"next": 1, "coming": 1, "early next": 1, "late next": 1, "last": -1, "past": -1,
              "late last": -1, "early last": -1}.get(rel, 0)
    if unit in ("week", "weekend"):
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=offset)
        if unit == "weekend":
            return TimeSpan(monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "day")
        return TimeSpan(monday, monday + dt.timedelta(days=6), "week")
    if unit == "month":
        y, mo = divmod(ref.month - 1 + offset, 12)
        return _month_span(ref.year + y, mo + 1)
    year = ref.year + offset
    return TimeSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _weekday(m: re.Match[str], ref: dt.date, future: bool) -> TimeSpan | None:
    target = _WEEKDAYS[m["wd"].lower()]
    rel = (m["rel"] or "").lower()
    if rel in ("next", "coming") or (future and rel != "last"):
        delta = (target - ref.weekday()) % 7
        if rel == "next" and delta == 0:
            delta = 7
        d = ref + dt.timedelta(days=delta)
    else:
        delta = (ref.weekday() - target) % 7
        if rel == "last" and delta == 0:
            delta = 7
        d = ref - dt.timedelta(days=delta)
    return TimeSpan(d, d, "day")


def _deictic(m: re.Match[str], ref: dt.date, future: bool) -> TimeSpan | None:
    word = m["word"].lower()
    delta = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
    d = ref + dt.timedelta(days=delta)
    return TimeSpan(d, d, "day")


def _month_year(m: re.Match[str], ref: dt.date, future: bool) -> TimeSpan | None:
    word = m["month"].lower().rstrip(".")
    if not m.group(0)[0].isupper():
        return None  # month names are capitalised: not the modal "may" or the verb "march"
    month = _MONTHS[word]
    year = int(m["year"]) if m["year"] else _infer_year(month, 15, ref, future)
    return _month_span(year, month)


def _year(m: re.Match[str], ref: dt.date, future: bool) -> TimeSpan | None:
    y = int(m["year"])
    return TimeSpan(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS.get(word.lower(), 1)


_HANDLERS = {
    "iso": _iso, "month_day": _month_day, "day_month": _month_day, "ago": _ago, "in_n": _in_n,
    "relative": _relative, "weekday": _weekday, "deictic": _deictic,
    "month_year": _month_year, "year": _year,
}
