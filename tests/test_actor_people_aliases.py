"""Surname aliases and leaders added to people.tsv: a surname alone names the person in office
on the article's date, and a leader is found on a date in office and not before."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors import ActorResolver, DocContext, resolve_argument
from newsgraph.nlp.coref import resolve_coreference


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver()


@pytest.mark.parametrize(
    ("mention", "day", "name", "country"),
    [
        ("Downer", "2005-06-01", "Alexander Downer", "AUS"),
        ("Miliband", "2008-06-01", "David Miliband", "GBR"),
        ("Gallant", "2023-10-20", "Yoav Gallant", "ISR"),
        ("Katz", "2025-01-15", "Israel Katz", "ISR"),
        ("Sall", "2015-03-01", "Macky Sall", "SEN"),
        ("Hassan Sheikh", "2013-05-01", "Hassan Sheikh Mohamud", "SOM"),
        # one surname, two people: the one in office on the day
        ("Aoun", "2019-06-01", "Michel Aoun", "LBN"),
        ("Aoun", "2025-06-01", "Joseph Aoun", "LBN"),
        ("Kono", "2000-06-01", "Yohei Kono", "JPN"),
        ("Kono", "2018-06-01", "Taro Kono", "JPN"),
        ("Aliyev", "2001-06-01", "Heydar Aliyev", "AZE"),
        ("Aliyev", "2010-06-01", "Ilham Aliyev", "AZE"),
        # leaders added for countries that had gaps
        ("Voronin", "2005-01-01", "Vladimir Voronin", "MDA"),
        ("Essebsi", "2016-05-01", "Beji Caid Essebsi", "TUN"),
        ("Sheikh Sharif", "2010-03-01", "Sharif Sheikh Ahmed", "SOM"),
        ("Gayoom", "2005-01-01", "Maumoon Abdul Gayoom", "MDV"),
        ("Zelaya", "2008-01-01", "Manuel Zelaya", "HND"),
        ("Issoufou", "2015-01-01", "Mahamadou Issoufou", "NER"),
        ("Compaoré", "2010-01-01", "Blaise Compaoré", "BFA"),
        ("Sihanouk", "2002-01-01", "Norodom Sihanouk", "KHM"),
        ("Chahed", "2018-01-01", "Youssef Chahed", "TUN"),
    ],
)
def test_surname_names_the_office_holder(resolver, mention, day, name, country):
    actor = resolver.resolve(mention, dt.date.fromisoformat(day))
    assert actor is not None, mention
    assert (actor.name, actor.country, actor.sector) == (name, country, "GOV")


@pytest.mark.parametrize(
    ("mention", "day", "name", "country", "sector"),
    [
        ("Nasrallah", "2006-07-20", "Hassan Nasrallah", "LBN", "REB"),
        ("Hemedti", "2023-05-01", "Mohamed Hamdan Dagalo", "SDN", "REB"),
        ("Sheikh Ahmed Yassin", "2004-01-10", "Ahmed Yassin", "PSE", "REB"),
        ("Julani", "2020-06-01", "Ahmed al-Sharaa", "SYR", "REB"),
        ("Julani", "2025-06-01", "Ahmed al-Sharaa", "SYR", "GOV"),  # president since 2025
        ("Soro", "2004-11-07", "Guillaume Soro", "CIV", "REB"),
        ("Soro", "2010-12-01", "Guillaume Soro", "CIV", "GOV"),  # prime minister from 2007
    ],
)
def test_movement_leader_is_coded_where_the_movement_operates(resolver, mention, day, name,
                                                               country, sector):
    actor = resolver.resolve(mention, dt.date.fromisoformat(day))
    assert actor is not None, mention
    assert (actor.name, actor.country, actor.sector) == (name, country, sector)


def test_added_leader_not_before_or_after_office(resolver):
    # Voronin became Moldova's president in April 2001
    assert resolver.resolve("Voronin", dt.date(2000, 6, 1)) is None
    # Zelaya was ousted in June 2009: afterwards one of Honduras's elite, not its government
    later = resolver.resolve("Zelaya", dt.date(2012, 1, 1))
    assert later is not None and later.country == "HND" and later.sector == "ELI"


def test_surname_in_a_sentence(nlp, resolver):
    text = "Downer dismissed the report as speculation."
    day = dt.date(2004, 3, 1)
    doc = nlp(text)
    ctx = DocContext(resolver, day, resolver.find_mentions(doc), resolve_coreference(doc))
    root = next(s.root for s in doc.sents)
    subject = next(c for c in root.children if c.dep_ in ("nsubj", "nsubjpass"))
    actors = resolve_argument(subject, ctx)
    assert actors and actors[0].name == "Alexander Downer"
    assert (actors[0].country, actors[0].sector) == ("AUS", "GOV")
