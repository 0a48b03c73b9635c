"""HTML pages and RSS/Atom feeds: text, titles, dates and where they came from, outlets."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest import dates, read_articles
from newsgraph.ingest.feeds import html_to_text, looks_like_feed

WEB = Path(__file__).parent / "data" / "web"


@pytest.fixture()
def web(tmp_path: Path) -> Path:
    """A copy of the fixture pages, with a known mtime for the undated page."""
    folder = tmp_path / "web"
    shutil.copytree(WEB, folder)
    stamp = dt.datetime(2024, 7, 1, 12, tzinfo=dt.UTC).timestamp()
    os.utime(folder / "undated.html", (stamp, stamp))
    return folder


def read(*paths: Path) -> tuple[dict[str, object], list[InputError]]:
    errors: list[InputError] = []
    articles = {a.title: a for a in read_articles(paths, on_error=errors.append)}
    return articles, errors


def test_open_graph_page(web: Path) -> None:
    (a,) = read(web / "seoul-talks.html")[0].values()
    assert a.title == "Japan and South Korea pledge closer security ties"
    assert a.date == dt.date(2024, 3, 12) and a.date_source == "meta"
    assert a.outlet == "The Harbour Ledger"
    assert a.url == "https://harbourledger.example/world/2024/03/12/japan-korea-talks"
    assert a.text.startswith("Japan's foreign minister met her South Korean counterpart")
    assert "All rights reserved" not in a.text and "Sport" not in a.text
    assert a.lang == "en" and not a.summary_only
    assert a.origin == str(web / "seoul-talks.html")


def test_json_ld_page(web: Path) -> None:
    (a,) = read(web / "nairobi-aid.html")[0].values()
    assert a.title == "Kenya receives emergency grain shipment from Tanzania"
    assert a.date == dt.date(2023, 11, 4) and a.date_source == "meta"
    assert a.outlet == "Rift Valley Courier"
    assert a.url == "https://riftcourier.example/news/kenya-grain"


def test_time_element_and_htm_suffix(web: Path) -> None:
    (a,) = read(web / "lima-protest.htm")[0].values()
    assert a.date == dt.date(2024, 5, 21) and a.date_source == "meta"
    assert a.outlet is None and a.url is None
    assert "pension reform approved by Congress" in a.text


def test_dateline_in_text(web: Path) -> None:
    (a,) = read(web / "dateline.html")[0].values()
    assert a.date == dt.date(2024, 3, 3) and a.date_source == "text"


def test_undated_page_falls_back_to_file_time(web: Path) -> None:
    (a,) = read(web / "undated.html")[0].values()
    assert a.date == dt.date(2024, 7, 1) and a.date_source == "file"
    assert a.title == "Moldova expels two diplomats"
    assert not a.text.startswith("Moldova expels two diplomats")  # headline not repeated


def test_french_page_is_detected_and_still_yielded(web: Path) -> None:
    (a,) = read(web / "paris-greve.html")[0].values()
    assert a.lang == "fr" and a.outlet == "Le Veilleur du Midi"


def test_page_without_text_is_an_error_naming_the_file(web: Path) -> None:
    articles, errors = read(web / "empty.html", web / "seoul-talks.html")
    assert list(articles) == ["Japan and South Korea pledge closer security ties"]
    assert len(errors) == 1 and errors[0].path == str(web / "empty.html")
    assert "no article text" in str(errors[0])


def test_rss_feed(web: Path) -> None:
    articles, errors = read(web / "baltic-wire.rss")
    assert errors == [] and len(articles) == 3
    patrols = articles["Estonia and Finland agree to share undersea cable patrols"]
    assert patrols.date == dt.date(2024, 1, 16) and patrols.date_source == "feed"
    assert patrols.outlet == "Baltic Wire" and not patrols.summary_only
    assert patrols.url == "https://balticwire.example/2024/01/16/cable-patrols"
    assert patrols.text.count("\n") == 1  # two paragraphs, tags stripped
    assert patrols.origin == f"{web / 'baltic-wire.rss'}#entry=1"
    envoy = articles["Latvia summons Belarusian envoy over border incident"]
    assert envoy.summary_only and "<b>" not in envoy.text
    assert "summoned the Belarusian" in envoy.text
    budget = articles["Lithuania's parliament approves higher defence budget"]
    assert "track()" not in budget.text and not budget.summary_only


def test_atom_feed_with_summary_only_entry(web: Path) -> None:
    articles, errors = read(web / "andes-report.atom")
    assert errors == []
    talks = articles["Chile and Bolivia reopen talks on border crossing"]
    assert talks.date == dt.date(2024, 6, 1)  # published (local day), not updated
    assert talks.date_source == "feed" and talks.outlet == "The Andes Report"
    assert not talks.summary_only and "La Paz" in talks.text
    emergency = articles["Ecuador declares state of emergency in coastal provinces"]
    assert emergency.summary_only and emergency.date == dt.date(2024, 5, 30)
    assert emergency.url == "https://andesreport.example/ecuador-emergency"


def test_xml_is_sniffed(web: Path) -> None:
    articles, errors = read(web / "pacific-briefs.xml", web / "sitemap.xml")
    assert list(articles) == ["Fiji and Tonga sign fisheries accord"] and errors == []
    assert articles["Fiji and Tonga sign fisheries accord"].outlet == "Pacific Briefs"


def test_broken_feed_is_reported_and_reading_continues(web: Path) -> None:
    articles, errors = read(web / "broken.rss", web / "pacific-briefs.xml")
    assert len(articles) == 1
    assert len(errors) == 1 and errors[0].path == str(web / "broken.rss")
    assert errors[0].line is not None


def test_folder_of_mixed_formats(web: Path) -> None:
    articles, errors = read(web)
    assert len(articles) == 6 + 3 + 2 + 1
    assert {e.path for e in errors} == {str(web / "empty.html"), str(web / "broken.rss")}
    assert {a.lang for a in articles.values()} == {"en", "fr"}


def test_same_story_on_two_urls_is_one_article(tmp_path: Path) -> None:
    page = (WEB / "seoul-talks.html").read_text()
    (tmp_path / "a.html").write_text(page)
    (tmp_path / "b.html").write_text(page.replace("harbourledger.example", "mirror.example"))
    assert len(list(read_articles([tmp_path]))) == 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-12T08:15:00+09:00", dt.date(2024, 3, 12)),
        ("Tue, 16 Jan 2024 09:30:00 GMT", dt.date(2024, 1, 16)),
        ("March 3, 2024", dt.date(2024, 3, 3)),
        ("3rd Sept. 2024", dt.date(2024, 9, 3)),
        ("2024/05/21", dt.date(2024, 5, 21)),
        ("yesterday", None),
        ("2024-02-30", None),
        ("2999-01-01", None),
    ],
)
def test_parse_date(value: str, expected: dt.date | None) -> None:
    assert dates.parse_date(value) == expected


def test_find_date_only_looks_at_the_top() -> None:
    assert dates.find_date("SEOUL, 12 March 2024 (Harbour) - Talks began.") == dt.date(2024, 3, 12)
    late = "Talks began.\nMore.\nEven more.\nThe accord of May 1, 2019 was cited."
    assert dates.find_date(late) is None


def test_feed_helpers() -> None:
    assert looks_like_feed(b'<?xml version="1.0"?>\n<rss version="2.0">')
    assert looks_like_feed(b'<feed xmlns="http://www.w3.org/2005/Atom">')
    assert not looks_like_feed(b"<urlset>")
    assert html_to_text("<p>One &amp; two.</p><p>Three<br>four</p>") == "One & two.\nThree\nfour"
