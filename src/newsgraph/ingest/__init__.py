"""Reading articles from files, directories and standard input.

``read_articles(paths)`` yields :class:`~newsgraph.model.Article` objects; input it cannot
read is reported through ``on_error`` (an :class:`~newsgraph.errors.InputError` naming the
file and line) and skipped.  Exact duplicates (same normalised text) are dropped here;
near-duplicates are the store's business.  ``lang`` is detected when the reader left it unset.

Formats: plain text and JSON Lines (``plaintext``, ``jsonl``), HTML pages (``html``),
RSS/Atom feeds (``feeds``), WARC archives (``warc``); ``watch`` polls folders and feed URLs.
"""

from __future__ import annotations

from .reader import ErrorHandler, finish, read_articles, read_path

__all__ = ["ErrorHandler", "finish", "read_articles", "read_path"]
