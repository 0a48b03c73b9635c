"""Wire datelines are blanked out before parsing, keeping offsets."""

from __future__ import annotations

import pytest

from newsgraph.nlp.dateline import mask_dateline


@pytest.mark.parametrize("text", [
    "MOSCOW (Reuters) - Russia expelled two Estonian diplomats.",
    "KYIV, Ukraine (AP) — Russian drones struck.",
    "BEIJING, March 4 (Xinhua) -- Chinese Foreign Minister Wang Yi met.",
    "GAZA CITY, Palestinian Territories: Four children were killed.",
    "BRASÍLIA, March 3, 2024 — Brazil and Argentina signed a deal.",
    "RIYADH/OTTAWA, Aug 8 - Saudi Arabia expelled Canada's ambassador.",
])
def test_datelines_are_blanked(text):
    masked = mask_dateline(text)
    assert len(masked) == len(text)
    assert masked.strip()[0].isupper() and "(" not in masked and masked.startswith(" ")
    assert "/" not in masked


def test_a_dateline_naming_two_places_names_no_one_place():
    from newsgraph.nlp.dateline import dateline_place

    assert dateline_place("KIGALI/MAPUTO, Aug 9 - Rwandan troops advanced.") is None
    assert dateline_place("KIGALI, Aug 9 - Rwandan troops advanced.") == "Kigali"


@pytest.mark.parametrize("text", [
    "The UN said on Monday - in a statement - that talks would resume.",
    "NATO and the EU agreed - reluctantly - to talk.",
])
def test_ordinary_openings_are_kept(text):
    assert mask_dateline(text) == text


def test_dateline_agency_is_not_the_actor(extract_text):
    events = extract_text("MOSCOW (Reuters) - Russia expelled two Estonian diplomats.")
    assert [e.source.entity for e in events] == ["RUS"]


def test_long_capitalised_words_are_folded_to_names_at_the_same_length():
    from newsgraph.nlp.annotate import fold_acronyms

    text = "ECOWAS imposed sanctions; NATO, the UN and the US said nothing in Part XVIII."
    folded = fold_acronyms(text)
    assert folded == "Ecowas imposed sanctions; Nato, the UN and the US said nothing in Part XVIII."
    assert len(folded) == len(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("HONIARA, July 24 (NG) - Troops landed.", "Honiara"),
        ("PORT MORESBY, Ukraine (AP) — Troops landed.", "Port Moresby"),
        ("Troops landed in Honiara - on Thursday.", None),
    ],
)
def test_dateline_place(text, place):
    from newsgraph.nlp.dateline import dateline_place

    assert dateline_place(text) == place
