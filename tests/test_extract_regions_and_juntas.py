"""Regions, juntas and rebel movements of the 1990s and 2000s the knowledge base names
(``data/actors/regions.tsv``, ``organizations.tsv``), troops flown in at home, and what an
accord "provides for", rebels and "the government" under a foreign dateline, and crossings,
relations and verbal clashes that are no events, on sentences written for these tests.

Each case lists keys that must be found and keys that must not (as in
``test_extract_where.py``); keys carry the status."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract_where import ANY, assert_keys, undirected

_CASES = [
    ("an_island_region_is_its_country_s", "WELLINGTON, New Zealand - The Bougainville "
     "Revolutionary Army accused Papua New Guinea's army of burning villages on Tuesday.",
     (1997, 10, 7), [("ACCUSE", "PNG", "PNG", "occurred")], [("ACCUSE", "NZL", ANY, ANY)]),
    ("a_junta_by_its_council_s_name", "BANGKOK - The State Law and Order Restoration "
     "Council freed 200 political prisoners on Monday.", (1995, 7, 10),
     [("CONCEDE", "MMR", "MMR", "occurred")], []),
    ("a_rebel_council_away_from_the_dateline", "ARUSHA, Tanzania - The rebel Council for "
     "the Defence of Democracy said its fighters would keep attacking the Burundian army.",
     (1996, 8, 1), [("ASSAULT", "BDI", "BDI", ANY)], [("ASSAULT", "TZA", ANY, ANY)]),
    ("the_leaders_of_a_region_s_factions_and_the_government_agree", "PORT MORESBY - The "
     "government and the leaders of Bougainville's factions signed an agreement on Friday.",
     (1998, 1, 24), [("AGREE", "PNG", "PNG", "occurred")], []),
    ("rebels_accuse_their_own_government_under_a_foreign_dateline", "NAIROBI - Sudanese "
     "rebels accused the government of bad faith on Friday.", (2004, 1, 24),
     [("ACCUSE", "SDN", "SDN", "occurred")], [("ACCUSE", ANY, "KEN", ANY)]),
    ("governments_clashing_over_a_law_is_no_fight", "WARSAW - Poland and the United "
     "States clashed over a law on Holocaust speech on Thursday.", (2018, 2, 1), [],
     [("ASSAULT", ANY, ANY, ANY)]),
    ("troops_clashing_over_a_valley_fight", "NEW DELHI - Indian and Chinese troops clashed "
     "over the disputed Galwan valley on Monday.", (2020, 6, 16),
     [("ASSAULT", "IND", "CHN", "occurred")], []),
    ("sealed_crossings_are_no_invasion", "JERUSALEM - Israel sealed its crossings into Gaza "
     "last week after rocket fire.", (2008, 1, 24), [], [("ASSAULT", ANY, ANY, ANY)]),
    ("relations_pushed_to_a_low_are_no_cooperation", "ATHENS - The verdict pushed relations "
     "between Greece and Albania to their lowest point in years.", (1994, 9, 8), [],
     [("COOPERATE", ANY, ANY, ANY)]),
    ("troops_flown_in_at_home", "ALMATY - Interior ministry troops were flown in from other "
     "regions overnight, officials said on Saturday.", (2011, 12, 17),
     [("MOBILIZE", "KAZ", "KAZ", "occurred")], []),
    ("warships_moved_act_at_the_other_side", "SANAA - Eritrean troops landed on the island "
     "on Friday. Yemeni warships have been moved to the Red Sea coast.", (1995, 12, 19),
     [("MOBILIZE", "YEM", "ERI", "occurred")], []),
    ("what_an_accord_provides_for_is_planned", "PORT MORESBY - The accord provides for "
     "Papua New Guinea's soldiers to be withdrawn from Bougainville by June.", (1998, 1, 24),
     [("RETREAT", "PNG", "PNG", "planned")], [("RETREAT", ANY, ANY, "occurred")]),
]


@pytest.mark.parametrize(("text", "date", "found", "absent"),
                         [pytest.param(*case[1:], id=case[0]) for case in _CASES])
def test_regions_and_juntas(extract_keys, text, date, found, absent):
    assert_keys(undirected(extract_keys(text, dt.date(*date))), found, absent)
