"""Who acts through whom, on sentences written for these tests: a charge d'affaires
recalled is an envoy recalled, like an ambassador, and suspending the work of an embassy
downgrades ties with its host, and lodging representations is a diplomatic protest;
ministers sent by a
regional bloc act for the bloc, though fighters backed by a country are not that country,
and fire that one side blames on another's forces is those forces' act;
a speaker placed in its own capital ("In Washington, the State Department urged the
security forces ...") appeals to the story's forces, not to its own, and an unplaced
spokesman speaks for the capital the story is filed from, not for where the leaders he
appeals to are ("urged the leaders in Niamey", from Cotonou), while a ministry's
spokeswoman in a paragraph set in another capital ("In Moscow, ...") speaks for that one;
troops pulled back
while their country is in unrest pull back at home, in the passive too, and nothing is
guessed when there is no unrest.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``)."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract_where import ANY, assert_keys, undirected

_UNREST = "MBABANE - Police in Eswatini arrested 100 protesters on Friday. "

_CASES = [
    ("recalled_charge_d_affaires", "BAGHDAD - Iraq recalled its charge d'affaires from "
     "Ankara on Thursday.", [("SANCTION", "IRQ", "TUR")], []),
    ("recalled_charge_d_affaires_accented", "BAGHDAD - Iraq recalled its chargé d'affaires "
     "from Ankara on Thursday.", [("SANCTION", "IRQ", "TUR")], []),
    ("suspending_an_embassy", "BAKU - Azerbaijan suspended the work of its embassy in "
     "Tehran on Sunday.", [("SANCTION", "AZE", "IRN")], []),
    ("lodged_representations", "BEIJING - China lodged solemn representations with Japan "
     "over the visit.", [("ACCUSE", "CHN", "JPN")], []),
    ("ministers_sent_by_a_bloc", "MBABANE - Ministers sent by the Southern African "
     "Development Community met Eswatini's prime minister on Sunday and urged the government "
     "to open talks.", [("CONSULT", "SADC", "SWZ"), ("REQUEST", "SADC", "SWZ")],
     [("CONSULT", "SWZ", "SWZ")]),
    ("fighters_backed_by_a_country", "BAGHDAD - Fighters backed by Iran fired rockets at the "
     "airport in Baghdad.", [], [("ASSAULT", "IRN", ANY)]),
    ("fire_blamed_on_forces", "BAGHDAD - Artillery fire that Baghdad blamed on Turkish "
     "forces killed nine tourists at a mountain resort on Wednesday.",
     [("ASSAULT", "TUR", "IRQ")], [("ASSAULT", "IRQ", ANY)]),
    ("appeal_from_the_speaker_s_capital", _UNREST + "In Washington, the State Department "
     "urged the security forces to show restraint.", [("REQUEST", "USA", "SWZ")],
     [("REQUEST", "USA", "USA")]),
    ("appeal_made_where_it_happens", "ATHENS - Thousands of people marched in Athens on "
     "Friday. In Athens, riot police urged the protesters to leave the square.",
     [("REQUEST", "GRC", "GRC")], []),
    ("a_spokesman_where_the_story_is_filed", "COTONOU - Niger's junta kept the border with "
     "Benin shut on Monday. Niger's prime minister accused Benin of hosting French bases, and "
     "Niger's generals ordered troops to the frontier. Spokesman Wilfried Houngbedji urged the "
     "leaders in Niamey to reopen the crossings.", [("REQUEST", "BEN", "NER")],
     [("REQUEST", "NER", ANY)]),
    ("a_spokeswoman_in_a_framed_paragraph", "CHISINAU - Moldova ordered Russia on Wednesday "
     "to cut the staff of its embassy in Chisinau. In Moscow, foreign ministry spokeswoman "
     "Maria Zakharova called the decision another hostile step by Chisinau.",
     [("ACCUSE", "RUS", "MDA")], [("ACCUSE", "MDA", ANY)]),
    ("army_pulls_back_amid_unrest", _UNREST + "The army pulled its soldiers back from the "
     "town centres on Saturday.", [("RETREAT", "SWZ", "SWZ")], []),
    ("soldiers_pulled_back_amid_unrest", _UNREST + "Soldiers were pulled back from the town "
     "centres on Saturday.", [("RETREAT", "SWZ", "SWZ")], []),
    ("no_unrest_no_guess", "MBABANE - Soldiers were pulled back from the town centres on "
     "Saturday.", [], [("RETREAT", ANY, ANY)]),
]


@pytest.mark.parametrize(("text", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_envoys_and_retreats(extract_keys, text, found, absent):
    assert_keys(undirected(extract_keys(text, dt.date(2021, 7, 5))), found, absent)
