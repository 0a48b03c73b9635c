"""Articles per second: newsgraph's extraction against plain spaCy parsing of the same text.

    python benchmarks/bench_pipeline.py [PATH ...] [--repeat N]

Without PATH it uses the bundled sample corpus. Prints both rates and their ratio (how much
slower the full job is than parsing alone).
"""

from __future__ import annotations

import argparse
import time

from newsgraph.config import DATA_DIR
from newsgraph.ingest import read_articles
from newsgraph.nlp import load_pipeline
from newsgraph.pipeline import extract_events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(DATA_DIR / "sample" / "articles.jsonl")])
    parser.add_argument("--repeat", type=int, default=5, help="passes over the corpus")
    args = parser.parse_args()
    articles = list(read_articles(args.paths)) * args.repeat
    nlp = load_pipeline()
    extract_events(articles[:2])  # warm up: knowledge base, lexicon, gazetteer
    list(nlp.pipe(a.text for a in articles[:2]))

    start = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), batch_size=32):
        pass
    spacy_s = time.perf_counter() - start

    start = time.perf_counter()
    events = sum(len(found) for _, found in extract_events(articles))
    newsgraph_s = time.perf_counter() - start

    n = len(articles)
    words = sum(len(a.text.split()) for a in articles)
    print(f"articles={n} words={words} events={events}")
    print(f"spacy_parse: {n / spacy_s:.1f} articles/s ({spacy_s:.2f} s)")
    print(f"newsgraph_extract: {n / newsgraph_s:.1f} articles/s ({newsgraph_s:.2f} s)")
    print(f"ratio={newsgraph_s / spacy_s:.2f} (newsgraph time / spaCy time)")


if __name__ == "__main__":
    main()
