"""Office holders of the 1980s in people.tsv: a name in a story of the 1980s resolves to the
country (or organisation) the person served then; after the term the person is one of the
country's elite (ELI), and before it the name stands for no office."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors import ActorResolver
from newsgraph.actors.kb import load_kb


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver()


@pytest.mark.parametrize(
    ("mention", "day", "name", "country"),
    [
        ("Reagan", "1986-10-08", "Ronald Reagan", "USA"),
        ("Shultz", "1985-11-19", "George Shultz", "USA"),
        ("Weinberger", "1983-04-01", "Caspar Weinberger", "USA"),
        # the Soviet Union is coded to Russia, as for Gorbachev
        ("Andropov", "1983-03-01", "Yuri Andropov", "RUS"),
        ("Chernenko", "1984-06-01", "Konstantin Chernenko", "RUS"),
        ("Gromyko", "1982-05-01", "Andrei Gromyko", "RUS"),
        ("Gorbachev", "1986-05-01", "Mikhail Gorbachev", "RUS"),
        # foreign minister of the USSR before he led Georgia
        ("Shevardnadze", "1987-09-15", "Eduard Shevardnadze", "RUS"),
        ("Shevardnadze", "1996-01-01", "Eduard Shevardnadze", "GEO"),
        ("Nakasone", "1984-03-23", "Yasuhiro Nakasone", "JPN"),
        ("Deng", "1984-10-01", "Deng Xiaoping", "CHN"),
        ("Khomeini", "1984-02-01", "Ruhollah Khomeini", "IRN"),
        ("Indira Gandhi", "1983-01-01", "Indira Gandhi", "IND"),
        ("Rajiv Gandhi", "1987-05-01", "Rajiv Gandhi", "IND"),
        ("Zia-ul-Haq", "1987-03-01", "Muhammad Zia-ul-Haq", "PAK"),
        ("P. W. Botha", "1986-05-19", "P. W. Botha", "ZAF"),
        ("Galtieri", "1982-04-20", "Leopoldo Galtieri", "ARG"),
        ("Sadat", "1980-06-01", "Anwar Sadat", "EGY"),
        # one surname, two people: the one in office on the day
        ("Trudeau", "1982-01-01", "Pierre Trudeau", "CAN"),
        ("Trudeau", "2017-01-01", "Justin Trudeau", "CAN"),
        ("Marcos", "1984-01-01", "Ferdinand Marcos", "PHL"),
        ("Marcos", "2023-01-01", "Ferdinand Marcos Jr.", "PHL"),
        # earlier terms of people listed for later ones
        ("Peres", "1985-06-01", "Shimon Peres", "ISR"),
        ("Chirac", "1987-01-01", "Jacques Chirac", "FRA"),
        ("Buhari", "1984-06-01", "Muhammadu Buhari", "NGA"),
    ],
)
def test_a_1980s_office_holder_names_his_country(resolver, mention, day, name, country):
    actor = resolver.resolve(mention, dt.date.fromisoformat(day))
    assert actor is not None, mention
    assert (actor.name, actor.country, actor.sector) == (name, country, "GOV")


def test_noriega_ruled_panama_as_its_military_commander(resolver):
    actor = resolver.resolve("Noriega", dt.date(1988, 3, 20))
    assert actor is not None and (actor.country, actor.sector) == ("PAN", "MIL")


def test_an_igo_head_of_the_1980s_stands_for_the_organisation_then_his_country_later(resolver):
    un = resolver.resolve("Waldheim", dt.date(1980, 6, 1))
    assert un is not None and (un.org, un.country) == ("UN", None)
    austria = resolver.resolve("Waldheim", dt.date(1987, 6, 1))
    assert austria is not None and (austria.country, austria.sector) == ("AUT", "GOV")
    nato = resolver.resolve("Carrington", dt.date(1986, 1, 1))
    assert nato is not None and nato.org == "NATO"


def test_a_1980s_leader_is_no_office_holder_before_or_after_the_term(resolver):
    # Reagan took office in January 1981
    assert resolver.resolve("Reagan", dt.date(1980, 6, 1)) is None
    # after it he is one of the country's elite, not its government
    later = resolver.resolve("Reagan", dt.date(1995, 6, 1))
    assert later is not None and (later.country, later.sector) == ("USA", "ELI")
    gone = resolver.resolve("Andropov", dt.date(1985, 1, 1))
    assert gone is not None and (gone.country, gone.sector) == ("RUS", "ELI")


def test_the_office_is_held_by_the_holder_of_the_day():
    kb = load_kb()
    office = ("USA", "head of state and government")

    def holders(day):
        return {t.name for t in kb.offices[office] if t.active(day)}

    assert holders(dt.date(1985, 6, 1)) == {"Ronald Reagan"}
    assert holders(dt.date(1995, 6, 1)) == {"Bill Clinton"}
    assert kb.knows_holder("RUS", ["foreign minister"], dt.date(1987, 1, 1))
    assert kb.knows_holder("DEU", ["head of government"], dt.date(1981, 1, 1))


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("WASHINGTON - President Reagan accused Nicaragua of aiding rebels.", "1986-10-08",
         ("ACCUSE", "USAGOV", "NIC")),
        ("WASHINGTON - President Reagan accused Nicaragua of aiding rebels.", "1995-10-08",
         ("ACCUSE", "USAELI", "NIC")),
        ("Chernenko praised India.", "1984-06-01", ("SUPPORT", "RUSGOV", "IND")),
        ("Helmut Schmidt met Leonid Brezhnev in Bonn.", "1981-11-23",
         ("CONSULT", "DEUGOV", "RUSGOV")),
        ("Caspar Weinberger accused Libya of sponsoring terrorism.", "1986-04-10",
         ("ACCUSE", "USAGOV", "LBY")),
    ],
)
def test_sentences_of_the_1980s(extract_text, text, day, expected):
    events = extract_text(text, dt.date.fromisoformat(day))
    found = {(e.type, e.source.code, e.target.code if e.target else None) for e in events}
    assert expected in found, found
