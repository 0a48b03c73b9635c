"""Hand-made articles and events for the store, cluster, export and CLI tests.

The story: in September 2023 a Chinese delegation visits Pyongyang (three outlets report
it), China makes a trade concession to North Korea the same day, Kim Jong Un's trip to
Russia is first announced and later reported as having happened, and the United States
says it will not impose new sanctions (a negated event).
"""

from __future__ import annotations

import datetime as dt

from newsgraph.model import Actor, Article, Event, Location, Status, TimeSpan

D = dt.date

CHN = Actor("Chinese delegation", "Liu Guozhong", "CHN", None, "GOV", "CHNGOV")
PRK = Actor("North Korea", "North Korea", "PRK", None, None, "PRK")
KIM = Actor("Kim Jong Un", "Kim Jong Un", "PRK", None, "GOV", "PRKGOV")
RUS = Actor("Vladimir Putin", "Vladimir Putin", "RUS", None, "GOV", "RUSGOV")
USA = Actor("Washington", "United States", "USA", None, "GOV", "USAGOV")
UN = Actor("the United Nations", "United Nations", None, "UN", None, "IGOUNO")
PYONGYANG = Location("Pyongyang", "PRK", 39.03, 125.75)
VLADIVOSTOK = Location("Vladivostok", "RUS", 43.12, 131.89)

TEXTS = {
    "a1": (
        "Pyongyang welcomed a senior delegation from Beijing on Friday as Vice Premier Liu "
        "Guozhong arrived for celebrations marking the founding of the republic. State media "
        "showed crowds waving flags at the airport while officials from both sides praised "
        "what they called an unbreakable friendship sealed in blood. Analysts in Seoul said "
        "the trip signalled a thaw after years in which border trade had almost stopped."
    ),
    "a2": (
        "Chinese officials led by Liu Guozhong held talks in the North Korean capital, the "
        "foreign ministry in Beijing confirmed during its regular briefing. A spokesperson "
        "declined to say whether Kim Jong Un had received the visitors in person but noted "
        "that cooperation in agriculture and health had been discussed. Diplomats expect "
        "more exchanges before the end of the year."
    ),
    "a3": (
        "North Korea hosted a Chinese government group this week, its first high level "
        "foreign guests since the pandemic closed the frontier. Images released by the "
        "official news agency showed a banquet hall decorated with the flags of both states. "
        "The visit came as Pyongyang prepared a military parade and as Washington warned "
        "against any transfer of weapons."
    ),
    "a4": (
        "Beijing agreed to ease customs inspections on goods crossing the Yalu river bridge, "
        "according to a notice published by the commerce ministry on Friday. Traders in "
        "Dandong said trucks carrying fertiliser and textiles would be cleared faster. The "
        "change is modest but marks the first concession on trade in several years and could "
        "help farms in the north ahead of the harvest."
    ),
    "r1": (
        "Kim Jong Un is expected to travel to Russia next week to meet Vladimir Putin, "
        "officials in Washington said, adding that the two leaders may discuss arms supplies "
        "for the war in Ukraine. The Kremlin declined to confirm the plan. An armoured train "
        "is likely to carry the North Korean leader to the Pacific coast, where a forum on "
        "regional development is taking place."
    ),
    "r2": (
        "Vladimir Putin received Kim Jong Un at a spaceport in the Russian far east on "
        "Wednesday, the Kremlin said, after the North Korean leader crossed the border by "
        "train. The pair toured launch facilities and held several hours of talks, including "
        "a session limited to their closest aides. Moscow gave few details of any agreement "
        "and Western capitals voiced concern about military cooperation."
    ),
    "s1": (
        "The United States will not impose new sanctions on Pyongyang for now, a State "
        "Department official told reporters, saying Washington preferred to coordinate with "
        "allies first. South Korea meanwhile asked the United Nations Security Council to "
        "examine reports of arms deliveries, a request diplomats said would be hard to act on "
        "given the veto powers held by two permanent members."
    ),
}

OUTLETS = {"a1": "Korea Daily", "a2": "Beijing Wire", "a3": "Asia Courier", "a4": "Beijing Wire",
           "r1": "Global Post", "r2": "Korea Daily", "s1": "Global Post"}
DATES = {"a1": D(2023, 9, 8), "a2": D(2023, 9, 8), "a3": D(2023, 9, 9), "a4": D(2023, 9, 8),
         "r1": D(2023, 9, 5), "r2": D(2023, 9, 13), "s1": D(2023, 9, 10)}


def article(key: str, text: str | None = None, outlet: str | None = None) -> Article:
    """One of the story's articles (or a variant with other text/outlet)."""
    return Article(id=key, text=text or TEXTS[key], date=DATES[key],
                   title=f"Story {key}", url=f"https://news.example/{key}",
                   outlet=outlet or OUTLETS[key], lang="en")


def event(key: str, n: int, type_: str, source: Actor, target: Actor | None, *,
          status: Status = Status.OCCURRED, start: dt.date | None = None,
          end: dt.date | None = None, mode: str | None = None, cameo: str = "040",
          location: Location | None = None, article_id: str | None = None) -> Event:
    """An event coded from article ``key`` (sentence ``n``)."""
    return Event(
        event_id=f"{article_id or key}-e{n}", article_id=article_id or key,
        article_date=DATES[key], sentence_index=n, evidence=TEXTS[key].split(". ")[0],
        type=type_, mode=mode, context=["diplomatic"], cameo=cameo, status=status,
        source=source, target=target, date=TimeSpan(start or DATES[key], end, "day"),
        location=location, score=2.0, goldstein=1.9, confidence=0.8, trigger="visit",
    )


def story() -> list[tuple[Article, list[Event]]]:
    """The whole story as ``add_batch`` items."""
    summit = D(2023, 9, 8)
    return [
        (article("a1"), [event("a1", 0, "CONSULT", CHN, PRK, start=summit, mode="visit",
                               cameo="042", location=PYONGYANG)]),
        (article("a2"), [event("a2", 0, "CONSULT", CHN, PRK, start=summit, mode="meet",
                               cameo="040", location=PYONGYANG)]),
        (article("a3"), [event("a3", 1, "CONSULT", PRK, CHN, start=summit, mode="host",
                               cameo="043")]),
        (article("a4"), [event("a4", 0, "CONCEDE", CHN, PRK, start=summit, cameo="081")]),
        (article("r1"), [event("r1", 0, "CONSULT", KIM, RUS, status=Status.PLANNED,
                               start=D(2023, 9, 11), end=D(2023, 9, 14), mode="visit",
                               cameo="036")]),
        (article("r2"), [event("r2", 0, "CONSULT", RUS, KIM, start=D(2023, 9, 13),
                               mode="host", cameo="043", location=VLADIVOSTOK)]),
        (article("s1"), [
            event("s1", 0, "SANCTION", USA, PRK, status=Status.NEGATED, cameo="163"),
            event("s1", 1, "REQUEST", Actor("South Korea", "South Korea", "KOR", None, "GOV",
                                            "KORGOV"), UN, cameo="020"),
        ]),
    ]


def syndicated_copy() -> tuple[Article, list[Event]]:
    """Another outlet republishing article a1 with one word changed."""
    text = TEXTS["a1"].replace("Friday", "Friday morning")
    copy = Article(id="a1-copy", text=text, date=DATES["a1"], url="https://other.example/x",
                   outlet="Syndicate Times", lang="en")
    ev = event("a1", 0, "CONSULT", CHN, PRK, start=D(2023, 9, 8), mode="visit",
               cameo="042", article_id="a1-copy")
    return copy, [ev]
