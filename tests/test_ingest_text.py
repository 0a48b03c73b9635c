"""Plain-text and JSON Lines readers, dispatch, duplicates and language detection."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from newsgraph.errors import InputError
from newsgraph.ingest import read_articles

MINISTERS = ("Japan's foreign minister met her South Korean counterpart in Seoul on Tuesday "
             "and the two agreed to resume regular talks on missile defence.")
GRAIN = ("Tanzania sent forty truckloads of maize to northern Kenya on Saturday after the "
         "government in Nairobi appealed for help with a drought.")
SPANISH = ("El presidente de Chile se reunió el martes con su homólogo boliviano en La Paz para "
           "discutir un nuevo paso fronterizo en el desierto de Atacama.")


def read(paths: list[Path]) -> tuple[list, list[InputError]]:
    errors: list[InputError] = []
    return list(read_articles(paths, on_error=errors.append)), errors


def test_plaintext_marker_and_separator(tmp_path: Path) -> None:
    f = tmp_path / "two.txt"
    f.write_text(f" date 2023-09-07\n{MINISTERS}\n---\n date 2023-09-08\n{GRAIN}\n")
    articles, errors = read([f])
    assert errors == []
    assert [a.date for a in articles] == [dt.date(2023, 9, 7), dt.date(2023, 9, 8)]
    assert all(a.date_source == "input" and a.lang == "en" for a in articles)
    assert articles[0].origin == f"{f}:1"
    assert articles[1].origin == f"{f}:4"


def test_plaintext_bad_marker_names_file_and_line(tmp_path: Path) -> None:
    f = tmp_path / "bad.txt"
    f.write_text(f" date 2023-09-07\n{MINISTERS}\n---\n date 2023-13-45\n{GRAIN}\n")
    articles, errors = read([f])
    assert len(articles) == 1
    assert len(errors) == 1 and errors[0].path == str(f) and errors[0].line == 4
    assert f"{f}:4" in str(errors[0])


def test_plaintext_without_date_is_kept(tmp_path: Path) -> None:
    f = tmp_path / "nodate.txt"
    f.write_text(GRAIN)
    (article,), errors = read([f])
    assert article.date is None and article.date_source is None and errors == []


def test_jsonl_fields_and_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    lines = [
        json.dumps({"id": "k1", "date": "2023-11-04", "text": GRAIN, "title": "Grain",
                    "url": "https://riftcourier.example/g", "source": "Rift Valley Courier"}),
        "{not json",
        json.dumps({"id": "k2", "date": "04/11/2023", "text": MINISTERS}),
        "",
        json.dumps({"id": "k3", "text": "   "}),
        json.dumps({"id": "k4", "date": "2023-11-05", "text": SPANISH}),
    ]
    f.write_text("\n".join(lines) + "\n")
    articles, errors = read([f])
    assert [a.id for a in articles] == ["k1", "k4"]
    first = articles[0]
    assert first.outlet == "Rift Valley Courier" and first.date_source == "input"
    assert first.origin == f"{f}:1"
    assert [(e.path, e.line) for e in errors] == [(str(f), 2), (str(f), 3), (str(f), 5)]
    assert all(str(e).startswith(f"{f}:") for e in errors)
    assert articles[1].lang == "es"


def test_exact_duplicates_dropped_across_files_and_formats(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f" date 2023-09-07\n{MINISTERS}\n")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "x", "text": MINISTERS.upper()}) + "\n")
    articles, _ = read([tmp_path])
    assert len(articles) == 1
    both = list(read_articles([tmp_path], dedup=False))
    assert len(both) == 2


def test_missing_path_and_unknown_suffix(tmp_path: Path) -> None:
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    articles, errors = read([tmp_path / "nope.txt", tmp_path / "photo.png"])
    assert articles == []
    assert len(errors) == 1 and "no such file" in str(errors[0])


def test_plaintext_lines_count_blank_lines_and_separators(tmp_path: Path) -> None:
    f = tmp_path / "three.txt"
    f.write_text(f" date 2023-09-07\n{MINISTERS}\n---\n\n\n date 2023-13-01\nx\n---\n"
                 f"{GRAIN}\n--- \n")
    articles, errors = read([f])
    assert [a.origin for a in articles] == [f"{f}:1", f"{f}:9"]
    assert [e.line for e in errors] == [6]


def test_short_english_wire_sentences_are_not_taken_for_other_languages():
    from newsgraph.ingest.lang import detect

    for text in ("Putin met Kim in Vladivostok.",
                 "Chile, Peru and Bolivia met in Lima on Friday."):
        assert detect(text) in (None, "en")
    assert detect("Le président français a rencontré son homologue allemand à Berlin mardi.") \
        == "fr"


def test_english_news_about_west_africa_is_not_taken_for_pidgin():
    from newsgraph.ingest.lang import detect

    for text in ("Ghana and Nigeria agreed on Monday to reopen the border.",
                 "Nigeria bombed Boko Haram camps near Lake Chad on Monday."):
        assert detect(text) == "en"
    assert detect("Wetin dey happen for Lagos today? Dem say di goment go increase fuel "
                  "price.") == "pcm"
