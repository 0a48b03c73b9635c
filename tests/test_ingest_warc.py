"""WARC archives: HTML responses become articles, everything else is skipped and counted."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import logging
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.errors import InputError
from newsgraph.ingest import read_articles

PAGE_WITH_META = """<!DOCTYPE html><html lang="en"><head>
<title>Ghana and Togo sign trade accord</title>
<meta property="og:site_name" content="Gulf of Guinea Post">
<meta property="article:published_time" content="2024-02-05T09:00:00Z">
</head><body><article>
<p>Ghana and Togo signed a trade accord in Accra on Monday that lowers tariffs on cocoa,
cement and fuel crossing their shared border, the two trade ministries said.</p>
<p>The agreement is expected to take effect in April after ratification by both parliaments.</p>
</article></body></html>"""

PAGE_PLAIN = """<html><head><title>Senegal recalls ambassador from Mali</title></head>
<body><article>
<p>Senegal recalled its ambassador from Bamako on Friday after Mali accused it of sheltering
opposition figures who had fled the country, the foreign ministry in Dakar said.</p>
<p>Mali's transitional government denied it had threatened the envoy and called for calm.</p>
</article></body></html>"""

PAGE_GERMAN = """<html lang="de"><head><title>Regierung kündigt Gespräche an</title></head>
<body><article>
<p>Die Bundesregierung hat am Mittwoch neue Gespräche mit den Gewerkschaften des öffentlichen
Dienstes angekündigt, nachdem es in mehreren Städten zu Warnstreiks gekommen war.</p>
<p>Ein erstes Treffen ist für die kommende Woche im Innenministerium geplant.</p>
</article></body></html>"""


def _response(writer: WARCWriter, url: str, status: str, ctype: str, body: bytes,
              date: str = "2024-02-07T10:00:00Z") -> None:
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=headers,
        warc_headers_dict={"WARC-Date": date}))


def write_warc(path: Path, *, gz: bool = True) -> Path:
    """A crawl with mixed records: warcinfo, request, 3 HTML pages, a PNG, metadata, a 404."""
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "newsgraph-tests"}))
        req = StatusAndHeaders("GET /trade HTTP/1.1", [("Host", "gogpost.example")],
                               is_http_request=True)
        w.write_record(w.create_warc_record("https://gogpost.example/trade", "request",
                                            http_headers=req))
        _response(w, "https://gogpost.example/trade", "200 OK", "text/html; charset=utf-8",
                  PAGE_WITH_META.encode())
        _response(w, "https://gogpost.example/logo.png", "200 OK", "image/png",
                  b"\x89PNG\r\n\x1a\n" + bytes(64))
        w.write_record(w.create_warc_record(
            "https://gogpost.example/trade", "metadata", payload=io.BytesIO(b"outlinks: 0\r\n"),
            warc_content_type="application/warc-fields"))
        _response(w, "https://gogpost.example/missing", "404 Not Found", "text/html",
                  b"<html><body><p>Page not found</p></body></html>")
        _response(w, "https://www.sahelwire.example/senegal", "200 OK", "text/html",
                  PAGE_PLAIN.encode(), date="2024-03-01T22:30:00Z")
        _response(w, "https://zeitung.example/gespraeche", "200 OK", "text/html",
                  PAGE_GERMAN.encode("utf-8"))
    return path


def read(path: Path) -> tuple[list, list[InputError]]:
    errors: list[InputError] = []
    return list(read_articles([path], on_error=errors.append)), errors


@pytest.mark.parametrize("gz", [True, False])
def test_html_responses_become_articles(tmp_path: Path, gz: bool,
                                        caplog: pytest.LogCaptureFixture) -> None:
    path = write_warc(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), gz=gz)
    with caplog.at_level(logging.INFO, logger="newsgraph.ingest.warc"):
        articles, errors = read(path)
    assert errors == []
    trade, senegal, german = articles
    assert trade.url == "https://gogpost.example/trade"
    assert trade.title == "Ghana and Togo sign trade accord"
    assert trade.date == dt.date(2024, 2, 5) and trade.date_source == "meta"
    assert trade.outlet == "Gulf of Guinea Post"
    assert trade.origin.startswith(f"{path}@")
    assert senegal.date == dt.date(2024, 3, 1) and senegal.date_source == "http"
    assert senegal.outlet == "sahelwire.example"
    assert senegal.title == "Senegal recalls ambassador from Mali"
    assert (trade.lang, senegal.lang, german.lang) == ("en", "en", "de")
    summary = [r.getMessage() for r in caplog.records if "pages" in r.getMessage()]
    assert summary == [f"{path}: 3 pages, 5 skipped by kind (metadata: 1, non-html: 1, "
                       "request: 1, status 404: 1, warcinfo: 1)"]


def test_truncated_gzip_keeps_earlier_articles(tmp_path: Path) -> None:
    full = write_warc(tmp_path / "full.warc.gz").read_bytes()
    for cut in (10, 120, 400, 900):
        cut_path = tmp_path / f"cut{cut}.warc.gz"
        cut_path.write_bytes(full[:-cut])
        articles, errors = read(cut_path)
        assert len(errors) == 1, cut
        assert errors[0].path == str(cut_path) and "offset" in errors[0].message
        assert 1 <= len(articles) <= 3
        assert articles[0].url == "https://gogpost.example/trade"


def test_truncation_inside_first_records(tmp_path: Path) -> None:
    full = write_warc(tmp_path / "full.warc.gz").read_bytes()
    cut_path = tmp_path / "stub.warc.gz"
    cut_path.write_bytes(full[:400])
    articles, errors = read(cut_path)
    assert articles == [] and len(errors) == 1 and "offset" in str(errors[0])


def test_truncated_plain_warc(tmp_path: Path) -> None:
    full = write_warc(tmp_path / "full.warc", gz=False).read_bytes()
    cut_path = tmp_path / "cut.warc"
    cut_path.write_bytes(full[:-200])
    articles, errors = read(cut_path)
    assert len(articles) == 2 and len(errors) == 1


def test_whole_file_gzip_is_reported(tmp_path: Path) -> None:
    plain = write_warc(tmp_path / "full.warc", gz=False).read_bytes()
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(plain))
    articles, errors = read(whole)
    assert len(errors) == 1 and errors[0].path == str(whole)
    assert len(articles) <= 1


def test_not_a_warc_is_reported_and_next_file_read(tmp_path: Path) -> None:
    junk = tmp_path / "a-junk.warc"
    junk.write_text("this is not an archive\n")
    good = write_warc(tmp_path / "b-good.warc.gz")
    errors: list[InputError] = []
    articles = list(read_articles([junk, good], on_error=errors.append))
    assert len(articles) == 3
    assert [e.path for e in errors] == [str(junk)]
