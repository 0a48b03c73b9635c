"""Throughput and memory of WARC ingest: ``python benchmarks/bench_warc.py [--pages 10000]``.

Writes a synthetic gzipped WARC (one request and one HTML response record per page, plus an
image every 50 pages) to a temporary folder, then streams it through
``newsgraph.ingest.read_articles`` twice: once untraced for pages/second and once under
``tracemalloc`` for the peak of Python allocations.  ``ru_maxrss`` is the peak resident size
of the whole process (Python, lxml and trafilatura included).
"""

from __future__ import annotations

import argparse
import io
import logging
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.ingest import read_articles

COUNTRIES = ["Japan", "South Korea", "Kenya", "Tanzania", "Peru", "Chile", "Estonia", "Finland",
             "Ghana", "Togo", "Brazil", "Argentina", "Moldova", "Senegal", "Mali", "Norway"]
VERBS = ["met officials from", "signed a trade accord with", "accused", "sent aid to",
         "recalled its ambassador from", "agreed to hold talks with", "criticised",
         "announced joint patrols with", "imposed tariffs on", "praised"]
TAILS = ["on Tuesday, officials said.", "after weeks of negotiations.",
         "in a statement issued late on Friday.", "during a visit to the capital.",
         "according to the foreign ministry.", "amid rising tension along the border."]
OUTLETS = ["The Harbour Ledger", "Rift Valley Courier", "Baltic Wire", "The Andes Report"]


def sentence(rng: random.Random) -> str:
    a, b = rng.sample(COUNTRIES, 2)
    return f"{a} {rng.choice(VERBS)} {b} {rng.choice(TAILS)}"


def page(i: int, rng: random.Random) -> bytes:
    paragraphs = "\n".join(
        f"<p>{' '.join(sentence(rng) for _ in range(rng.randint(2, 4)))} (Ref {i}-{k}.)</p>"
        for k in range(rng.randint(3, 6))
    )
    day = 1 + i % 28
    meta = (f'<meta property="article:published_time" content="2024-04-{day:02d}T08:00:00Z">'
            f'<meta property="og:site_name" content="{rng.choice(OUTLETS)}">' if i % 2 else "")
    return (f"<!DOCTYPE html><html lang='en'><head><title>Report {i}</title>{meta}</head><body>"
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
            f"<h1>Report {i}</h1>{paragraphs}</article><footer>Contact us</footer></body></html>"
            ).encode()


def write_warc(path: Path, pages: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(pages):
            url = f"https://news{i % 40}.example/story/{i}"
            request = StatusAndHeaders(f"GET /story/{i} HTTP/1.1", [("Host", "news.example")],
                                       is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(page(i, rng)), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-05-01T12:00:00Z"}))
            if i % 50 == 0:
                png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")],
                                       protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(
                    url + ".png", "response", payload=io.BytesIO(b"\x89PNG" + bytes(512)),
                    http_headers=png))


def stream(path: Path) -> tuple[int, int, float, float]:
    """Articles read, errors, wall-clock seconds, CPU seconds."""
    errors: list[object] = []
    start, cpu = time.perf_counter(), time.process_time()
    n = sum(1 for _ in read_articles([path], on_error=errors.append))
    return n, len(errors), time.perf_counter() - start, time.process_time() - cpu


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--no-trace", action="store_true", help="skip the tracemalloc pass")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as tmp:
        path = Path(tmp) / "synthetic.warc.gz"
        start = time.perf_counter()
        write_warc(path, args.pages)
        size_mb = path.stat().st_size / 1e6
        print(f"wrote {args.pages} pages, {size_mb:.1f} MB gzipped, "
              f"in {time.perf_counter() - start:.1f}s")
        n, errors, seconds, cpu = stream(path)
        print(f"read {n} articles ({errors} errors) in {seconds:.1f}s: "
              f"{n / seconds:.0f} pages/s wall clock, {n / cpu:.0f} pages per CPU second")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        rss_mb = rss / 1024 if sys.platform != "darwin" else rss / 1e6
        print(f"peak RSS (ru_maxrss): {rss_mb:.0f} MB")
        if not args.no_trace:
            tracemalloc.start()
            n, _, seconds, _ = stream(path)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(f"tracemalloc peak while streaming {n} articles: {peak / 1e6:.1f} MB "
                  f"(traced pass took {seconds:.1f}s)")


if __name__ == "__main__":
    main()
