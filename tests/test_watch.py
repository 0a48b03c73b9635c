"""``newsgraph watch``: folders and feeds polled against a local HTTP server, state, backoff."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable, Iterable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from newsgraph.errors import InputError
from newsgraph.ingest.fetch import retry_after
from newsgraph.ingest.watch import Watcher, parse_interval
from newsgraph.ingest.watch_state import WatchState, default_state_path
from newsgraph.model import Article

Route = tuple[int, dict[str, str], bytes] | Callable[[BaseHTTPRequestHandler], Any]

ENTRY_FULL = """<item><title>Norway and Sweden agree on joint air policing</title>
<link>{base}/air-policing</link><guid>nordic-1</guid>
<pubDate>Mon, 04 Mar 2024 08:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Norway and Sweden agreed on Monday to share air policing duties
over their northern regions, the defence ministers of the two countries said in Oslo.</p>]]>
</content:encoded></item>"""
ENTRY_SUMMARY = """<item><title>Denmark hosts Arctic council talks</title>
<link>{base}/arctic-talks</link><guid>nordic-2</guid>
<pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate>
<description>Denmark hosted Arctic council talks in Copenhagen on Tuesday.</description></item>"""
ENTRY_LATE = """<item><title>Finland recalls envoy over airspace violation</title>
<link>{base}/finland-envoy</link><guid>nordic-3</guid>
<pubDate>Wed, 06 Mar 2024 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Finland summoned the ambassador of a neighbouring country on
Wednesday after a military aircraft briefly violated its airspace over the Gulf of Finland.</p>]]>
</content:encoded></item>"""
ARCTIC_PAGE = """<html><head><title>Denmark hosts Arctic council talks</title>
<meta property="article:published_time" content="2024-03-05T10:30:00+01:00">
<meta property="og:site_name" content="Nordic Desk website"></head><body><article>
<p>Denmark hosted talks of the Arctic council in Copenhagen on Tuesday, the first full meeting
of the council's member states in more than a year, officials said.</p>
<p>The foreign ministers discussed shipping routes, search and rescue cooperation and research
stations, and agreed to meet again in Reykjavik in the autumn.</p>
</article></body></html>"""


def feed(base: str, *entries: str) -> bytes:
    items = "\n".join(e.format(base=base) for e in entries)
    return (f'<?xml version="1.0"?><rss version="2.0" '
            f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>Nordic Desk</title>{items}</channel></rss>").encode()


class Site:
    """A local web site whose routes tests change on the fly; it records every request."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                site.requests.append((self.path, dict(self.headers)))
                route = site.routes.get(self.path, (404, {}, b"not here"))
                status, headers, body = route(self) if callable(route) else route
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def hits(self, path: str) -> int:
        return sum(p == path for p, _ in self.requests)


@pytest.fixture()
def site() -> Iterator[Site]:
    s = Site()
    thread = threading.Thread(target=s.server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield s
    s.server.shutdown()
    s.server.server_close()
    thread.join(timeout=5)


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


class Sink:
    """An injected ingest: collects batches, can be told to fail."""

    def __init__(self) -> None:
        self.batches: list[list[Article]] = []
        self.fail = False
        self.fail_after: int | None = None

    def __call__(self, articles: Iterable[Article]) -> int:
        if self.fail or (self.fail_after is not None and len(self.batches) >= self.fail_after):
            raise RuntimeError("store is locked")
        self.batches.append(list(articles))
        return len(self.batches[-1])

    @property
    def titles(self) -> list[str | None]:
        return [a.title for batch in self.batches for a in batch]


def make(sources: list[str], tmp_path: Path, sink: Sink, clock: Clock, **kw: Any) -> Watcher:
    client = httpx.Client(timeout=5, trust_env=False)
    return Watcher(sources, sink, tmp_path / "db.duckdb.watch.json", every=60, client=client,
                   clock=clock, **kw)


def etag_feed(body: bytes, etag: str) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        if handler.headers.get("If-None-Match") == etag:
            return 304, {"ETag": etag}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": etag,
                     "Last-Modified": "Tue, 05 Mar 2024 09:00:00 GMT"}, body
    return route


@pytest.mark.parametrize(("text", "seconds"), [("30s", 30), ("15m", 900), ("1h", 3600),
                                                 ("2d", 172800), ("45", 45), ("1.5h", 5400)])
def test_parse_interval(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "0m", "15 minutes", "-5s", "m"])
def test_parse_interval_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="interval"):
        parse_interval(text)


def test_retry_after_forms() -> None:
    now = dt.datetime(2024, 3, 5, 9, 0, tzinfo=dt.UTC)
    assert retry_after("120") == 120
    assert retry_after("Tue, 05 Mar 2024 09:10:00 GMT", now) == 600
    assert retry_after("soon") is None and retry_after(None) is None


def test_feed_poll_fetches_summary_pages_and_uses_etag(site: Site, tmp_path: Path) -> None:
    site.routes["/feed.rss"] = etag_feed(feed(site.base, ENTRY_FULL, ENTRY_SUMMARY), '"v1"')
    site.routes["/arctic-talks"] = (200, {"Content-Type": "text/html"}, ARCTIC_PAGE.encode())
    sink, clock = Sink(), Clock()
    watcher = make([site.base + "/feed.rss"], tmp_path, sink, clock)
    report = watcher.poll_once()
    assert report.articles == 2 and report.sources[0].status == "new"
    air, arctic = sink.batches[0]
    assert air.outlet == "Nordic Desk" and air.date_source == "feed" and air.lang == "en"
    assert not arctic.summary_only and "Reykjavik" in arctic.text
    assert arctic.outlet == "Nordic Desk" and arctic.url == site.base + "/arctic-talks"
    assert arctic.date == dt.date(2024, 3, 5) and arctic.date_source == "meta"
    # Second poll: the server answers 304, nothing is ingested.
    assert watcher.poll_once().sources[0].status == "unchanged"
    assert len(sink.batches) == 1
    headers = site.requests[-1][1]
    assert headers["If-None-Match"] == '"v1"'
    assert headers["If-Modified-Since"] == "Tue, 05 Mar 2024 09:00:00 GMT"
    assert site.hits("/arctic-talks") == 1


def test_only_new_entries_and_state_survives_restart(site: Site, tmp_path: Path) -> None:
    url = site.base + "/feed.rss"
    site.routes["/feed.rss"] = (200, {}, feed(site.base, ENTRY_FULL))  # no validators
    sink, clock = Sink(), Clock()
    make([url], tmp_path, sink, clock, fetch_pages=False).poll_once()
    site.routes["/feed.rss"] = (200, {}, feed(site.base, ENTRY_FULL, ENTRY_LATE, ENTRY_SUMMARY))
    again = make([url], tmp_path, sink, clock, fetch_pages=False)  # a restart
    assert again.poll_once().articles == 2
    assert sink.titles == ["Norway and Sweden agree on joint air policing",
                           "Finland recalls envoy over airspace violation",
                           "Denmark hosts Arctic council talks"]
    assert sink.batches[1][1].summary_only  # pages not fetched
    assert site.hits("/arctic-talks") == 0
    state = json.loads((tmp_path / "db.duckdb.watch.json").read_text())
    assert state["sources"][url]["seen"] == ["nordic-1", "nordic-3", "nordic-2"]
    assert [p.name for p in tmp_path.iterdir()] == ["db.duckdb.watch.json"]  # no temp files


def test_summary_kept_when_page_fails(site: Site, tmp_path: Path) -> None:
    site.routes["/feed.rss"] = (200, {}, feed(site.base, ENTRY_SUMMARY))  # page route: 404
    sink = Sink()
    make([site.base + "/feed.rss"], tmp_path, sink, Clock()).poll_once()
    (arctic,) = sink.batches[0]
    assert arctic.summary_only and arctic.date_source == "feed"
    assert arctic.text == "Denmark hosted Arctic council talks in Copenhagen on Tuesday."


def test_retry_after_and_backoff(site: Site, tmp_path: Path) -> None:
    url = site.base + "/feed.rss"
    site.routes["/feed.rss"] = (503, {"Retry-After": "600"}, b"busy")
    sink, clock = Sink(), Clock()
    watcher = make([url], tmp_path, sink, clock)
    assert watcher.poll_once().errors == 1
    state = watcher.state.source(url)
    assert state.failures == 1 and state.retry_at == clock.now + 600
    clock.now += 300
    assert watcher.poll_once().sources[0].status == "waiting"
    assert site.hits("/feed.rss") == 1
    site.routes["/feed.rss"] = (500, {}, b"oops")
    delays = []
    for _ in range(5):
        clock.now = state.retry_at
        watcher.poll_once()
        delays.append(state.retry_at - clock.now)
    assert delays == [120, 240, 480, 960, 1920]  # doubling from every=60s
    watcher.max_backoff = 1000
    clock.now = state.retry_at
    watcher.poll_once()
    assert state.retry_at - clock.now == 1000  # capped
    site.routes["/feed.rss"] = (200, {}, feed(site.base, ENTRY_FULL))
    clock.now = state.retry_at
    assert watcher.poll_once().articles == 1
    assert state.failures == 0 and state.last_error is None
    saved = WatchState.load(tmp_path / "db.duckdb.watch.json").source(url)
    assert saved.failures == 0 and saved.seen == ["nordic-1"]


def test_unreachable_feed_is_an_error_not_a_crash(tmp_path: Path, site: Site) -> None:
    dead = "http://127.0.0.1:9/feed.rss"
    site.routes["/feed.rss"] = (200, {}, feed(site.base, ENTRY_FULL))
    sink = Sink()
    report = make([dead, site.base + "/feed.rss"], tmp_path, sink, Clock()).poll_once()
    assert [r.status for r in report.sources] == ["error", "new"]


def write(path: Path, text: str, date: str) -> None:
    path.write_text(f" date {date}\n{text}\n")


def test_folder_new_and_changed_files(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write(inbox / "a.txt", "Peru's congress removed the interior minister.", "2024-01-08")
    write(inbox / "b.txt", "Chile's senate approved a mining royalty bill.", "2024-01-09")
    (inbox / "broken.jsonl").write_text("{oops\n")
    (inbox / "notes.png").write_bytes(b"\x89PNG")
    errors: list[InputError] = []
    sink, clock = Sink(), Clock()
    watcher = make([str(inbox)], tmp_path, sink, clock, on_error=errors.append)
    assert watcher.poll_once().articles == 2
    assert [(e.path, e.line) for e in errors] == [(str(inbox / "broken.jsonl"), 1)]
    assert len(sink.batches) == 2  # one ingest call per file, streamed
    assert watcher.poll_once().articles == 0 and len(sink.batches) == 2
    write(inbox / "b.txt", "Chile's senate rejected a mining royalty bill.", "2024-01-09")
    write(inbox / "c.txt", "Bolivia's president met union leaders in La Paz.", "2024-01-10")
    assert watcher.poll_once().articles == 2
    assert len(errors) == 1  # the broken file is not re-read until it changes
    restarted = make([str(inbox)], tmp_path, sink, clock)
    assert restarted.poll_once().articles == 0


def test_failed_ingest_loses_nothing(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write(inbox / "a.txt", "Kenya and Ethiopia signed a border security pact.", "2024-02-01")
    write(inbox / "b.txt", "Uganda and Rwanda reopened a border crossing.", "2024-02-02")
    sink, clock = Sink(), Clock()
    watcher = make([str(inbox)], tmp_path, sink, clock)
    sink.fail_after = 1  # the store accepts a.txt, then fails
    report = watcher.poll_once()
    assert report.errors == 1 and "store is locked" in report.sources[0].message
    sink.fail_after = None
    assert watcher.poll_once().sources[0].status == "waiting"
    clock.now += 60
    restarted = make([str(inbox)], tmp_path, sink, clock)  # state was saved
    assert restarted.poll_once().articles == 1
    assert [a.origin for batch in sink.batches for a in batch] == [
        f"{inbox / 'a.txt'}:1", f"{inbox / 'b.txt'}:1"]


def test_missing_folder_backs_off(tmp_path: Path) -> None:
    watcher = make([str(tmp_path / "nowhere")], tmp_path, Sink(), Clock())
    assert watcher.poll_once().errors == 1


def test_run_is_bounded_and_sleeps_between_polls(tmp_path: Path) -> None:
    watcher = make([str(tmp_path)], tmp_path, Sink(), Clock())
    slept: list[float] = []
    reports: list[object] = []
    watcher.run(max_polls=3, sleep=slept.append, report=reports.append)
    assert slept == [60, 60] and len(reports) == 3
    watcher.run(once=True, sleep=slept.append)
    assert len(slept) == 2


def test_damaged_state_file_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "x.watch.json"
    path.write_text("{not json")
    assert WatchState.load(path).sources == {}
    assert (tmp_path / "x.watch.json.damaged").exists()
    assert default_state_path(Path("/data/news.duckdb")) == Path("/data/news.duckdb.watch.json")
