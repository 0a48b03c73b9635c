"""Wire spellings of names from non-Latin scripts (Reuters "Yanukovich", AP "Yanukovych", AFP
"Kadhafi") and plain-ASCII forms of names with diacritics: each names the one person listed in
people.tsv, so an event reported in either spelling is coded to that person's country."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors import ActorResolver
from newsgraph.actors.kb import load_kb
from newsgraph.model import Article
from newsgraph.pipeline import extract_events


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver()


SENTENCES = [
    ("KIEV - President Viktor Yanukovich decided to shelve the pact with the European Union.",
     "2013-11-22", "Viktor Yanukovych", "UKR"),
    ("Iranian President Mahmoud Ahmadinezhad criticized the United States on Tuesday.",
     "2007-06-05", "Mahmoud Ahmadinejad", "IRN"),
    ("President Hassan Rowhani met Japanese Prime Minister Shinzo Abe in New York.",
     "2013-09-25", "Hassan Rouhani", "IRN"),
    ("Libyan leader Moamer Kadhafi threatened the rebels in Benghazi.",
     "2011-03-10", "Muammar Gaddafi", "LBY"),
    ("Egyptian President Mohamed Mursi met Turkish Prime Minister Tayyip Erdogan in Ankara.",
     "2012-09-30", "Mohamed Morsi", "EGY"),
    ("President Abdel Fattah al-Sissi received Palestinian President Mahmud Abbas in Cairo.",
     "2016-01-10", "Abdel Fattah el-Sisi", "EGY"),
    ("Syrian President Bashar el-Assad visited Tehran.", "2010-02-25", "Bashar al-Assad", "SYR"),
    ("Prime Minister Nikol Pashinian criticized Azerbaijan.", "2021-05-15", "Nikol Pashinyan",
     "ARM"),
    ("Gerhard Schroder met Vladimir Putin in Berlin.", "2004-04-01", "Gerhard Schröder", "DEU"),
]


@pytest.mark.parametrize(("text", "day", "name", "country"), SENTENCES)
def test_a_variant_spelling_codes_the_event_to_the_country(text, day, name, country):
    article = Article(id="spelling", text=text, date=dt.date.fromisoformat(day))
    events = next(iter(extract_events([article])))[1]
    sources = {(e.source.name, e.source.country) for e in events}
    assert (name, country) in sources, (text, sources)


@pytest.mark.parametrize(
    ("mention", "day", "name", "country"),
    [
        ("Yanukovich", "2013-11-22", "Viktor Yanukovych", "UKR"),
        ("Yushenko", "2005-06-01", "Viktor Yushchenko", "UKR"),
        ("Timoshenko", "2009-01-10", "Yulia Tymoshenko", "UKR"),
        ("Nikolai Azarov", "2012-05-01", "Mykola Azarov", "UKR"),
        ("Nazarbaev", "2014-08-20", "Nursultan Nazarbayev", "KAZ"),
        ("Bakiev", "2008-01-01", "Kurmanbek Bakiyev", "KGZ"),
        ("Mikhail Saakashvili", "2008-08-10", "Mikheil Saakashvili", "GEO"),
        ("Kocharian", "2003-01-01", "Robert Kocharyan", "ARM"),
        ("Serzh Sarksyan", "2012-01-01", "Serzh Sargsyan", "ARM"),
        ("Araqchi", "2025-03-01", "Abbas Araghchi", "IRN"),
        ("Ebrahim Raeisi", "2022-01-01", "Ebrahim Raisi", "IRN"),
        ("Qadhafi", "2011-03-10", "Muammar Gaddafi", "LBY"),
        ("Muammar el-Qaddafi", "2009-09-23", "Muammar Gaddafi", "LBY"),
        ("Morsy", "2013-01-01", "Mohamed Morsi", "EGY"),
        ("Yasir Arafat", "2001-01-01", "Yasser Arafat", "PSE"),
        ("Ahmed Qureia", "2004-01-01", "Ahmed Qurei", "PSE"),
        ("Abed Rabbo Mansour Hadi", "2013-01-01", "Abdrabbuh Mansur Hadi", "YEM"),
        ("Nouri Maliki", "2007-01-01", "Nouri al-Maliki", "IRQ"),
        ("Moshe Katzav", "2003-01-01", "Moshe Katsav", "ISR"),
        ("Chen Shui Bian", "2004-01-01", "Chen Shui-bian", "TWN"),
        ("Atal Behari Vajpayee", "1999-01-01", "Atal Bihari Vajpayee", "IND"),
    ],
)
def test_a_variant_names_the_office_holder(resolver, mention, day, name, country):
    actor = resolver.resolve(mention, dt.date.fromisoformat(day))
    assert actor is not None, mention
    assert (actor.name, actor.country, actor.sector) == (name, country, "GOV")


@pytest.mark.parametrize(
    ("mention", "day", "name"),
    [
        # the father's variant is not the son's, even while the son rules
        ("Hafez el-Assad", "2010-01-01", "Hafez al-Assad"),
        ("Bashar el-Assad", "2010-01-01", "Bashar al-Assad"),
        # Kim Jong Un's early spelling is his, not his father's or grandfather's
        ("Kim Jong Eun", "2015-10-01", "Kim Jong Un"),
        ("Timoshenko", "2009-01-10", "Yulia Tymoshenko"),
    ],
)
def test_a_variant_is_not_another_listed_person(resolver, mention, day, name):
    actor = resolver.resolve(mention, dt.date.fromisoformat(day))
    assert actor is not None and actor.name == name, (mention, actor)


VARIANTS = [
    "Yanukovich", "Viktor Yushenko", "Yushenko", "Timoshenko", "Nazarbaev", "Mirziyaev",
    "Bakiev", "Otunbaeva", "Atambaev", "Kocharian", "Pashinian", "Ahmadinezhad", "Ahmadi-Nejad",
    "Rowhani", "Rohani", "Raeisi", "Araqchi", "Kadafi", "Qadhafi", "Morsy", "Sissi", "el-Sissi",
    "Qureia", "Qurie", "Qorei", "Abu Ala", "Moualem", "Katzav", "Akhunzada", "Kim Jong Eun",
    "Hafez el-Assad", "Bashar el-Assad", "Nouri Maliki", "Heidar Aliyev", "Weizsacker",
    "Schroder", "Kohler",
]


@pytest.mark.parametrize("variant", VARIANTS)
def test_a_variant_stands_for_one_person_only(variant):
    entries = load_kb().lookup(variant)
    people = {e.name for e in entries if e.kind == "person"}
    assert len(people) == 1, (variant, people)
    assert all(e.kind == "person" for e in entries), (variant, entries)


@pytest.mark.parametrize(
    ("mention", "country"),
    [("Kazakstan", "KAZ"), ("Belorussia", "BLR"), ("Belorussian", "BLR")],
)
def test_older_wire_spellings_of_country_names(resolver, mention, country):
    actor = resolver.resolve(mention, dt.date(1995, 1, 1))
    assert actor is not None and actor.country == country, (mention, actor)
