"""The harness reads the on-disk layouts of the standard TKG extrapolation datasets that are
not in ../shared (RE-NET/RE-GCN's ICEWS18, GDELT, WIKI, YAGO; xERTE/TLogic variants),
written here in miniature, and names the file and line of a malformed one."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest

from newsgraph.forecast import run_benchmark
from newsgraph.forecast.tkg_country import qualifiers_usable, read_entity_names
from newsgraph.forecast.tkg_data import TKGFormatError, load_tkg, read_names
from tkg_graphs import SMALL_RANKER, harness_mrr

N_ENT, N_REL, STEPS = 16, 3, 24


def _facts(seed: int = 0) -> np.ndarray:
    """A few dozen ``(s, r, o, step)`` facts: each subject repeats its partner every other
    step, with some noise; steps 0-15 train, 16-19 valid, 20-23 test."""
    rng = np.random.default_rng(seed)
    rows = []
    for t in range(STEPS):
        for s in range(N_ENT):
            if (s + t) % 2 == 0 or rng.random() < 0.2:
                rows.append([s, s % N_REL, (s + 1 + (t % 3 == 0)) % N_ENT, t])
    return np.array(rows)


def _write(folder: Path, facts: np.ndarray, stamp, extra: str | None = None, sep: str = "\t",
           ent: list[str] | None = None, rel: list[str] | None = None, ids: str = "txt",
           stat: bool = False, header: bool = False, eol: str = "\n") -> None:
    """Write ``facts`` in one layout: timestamps ``stamp(step)``, an optional extra
    column, separator, entity/relation names (``None``: no ids file), ``ids`` "txt" or
    "json", RE-NET's ``stat.txt``, OpenKE's count line first in the ids files."""
    folder.mkdir(parents=True, exist_ok=True)
    bounds = {"train": (0, 16), "valid": (16, 20), "test": (20, STEPS)}
    for name, (lo, hi) in bounds.items():
        part = facts[(facts[:, 3] >= lo) & (facts[:, 3] < hi)]
        lines = [sep.join([str(s), str(r), str(o), str(stamp(t))] + ([extra] if extra else []))
                 for s, r, o, t in part.tolist()]
        (folder / f"{name}.txt").write_text(eol.join(lines) + eol)
    for kind, names in (("entity", ent), ("relation", rel)):
        if names is None:
            continue
        if ids == "json":
            (folder / f"{kind}2id.json").write_text(json.dumps({n: i for i, n in
                                                                enumerate(names)}))
            continue
        head = f"{len(names)}\n" if header else ""
        (folder / f"{kind}2id.txt").write_text(head + "".join(f"{n}\t{i}\n"
                                                              for i, n in enumerate(names)))
    if stat:
        (folder / "stat.txt").write_text(f"{N_ENT}\t{N_REL}\t0\n")


GDELT_NAMES = [["UNITED STATES", "PRIME MINISTER", "POLICE", "CHINA"][i % 4] + f" {i}"
               for i in range(N_ENT)]
YAGO_NAMES = [f"<Person_{i}_({'film' if i % 3 else 'Vancouver'})>" if i % 4 == 0
              else f"<Person_{i}>" for i in range(N_ENT)]
ICEWS_NAMES = [f"Police{i}_(C{i % 3})" if i % 4 else f"C{i % 3}_{i}" for i in range(N_ENT)]

LAYOUTS = {  # name: (stamp of a step, write options)
    "icews18_renet": (lambda t: 24 * t, {"extra": "0", "ent": ICEWS_NAMES, "stat": True,
                                         "sep": "  \t"}),  # ids padded with spaces
    "gdelt_renet": (lambda t: 15 * t + 13965, {"extra": "0", "ent": GDELT_NAMES,
                                               "rel": ["020", "0841", "190"], "stat": True}),
    "wiki_renet": (lambda t: t, {"extra": "0", "ent": [f"Q{7 * i + 5}" for i in range(N_ENT)],
                                 "rel": ["P39", "P54", "P26"], "stat": True}),
    "yago_stat_only": (lambda t: t + 100, {"extra": "0", "stat": True}),
    "xerte_icews": (lambda t: 24 * t, {"extra": "-1", "ent": [n.replace("_", " ")
                                                              for n in ICEWS_NAMES]}),
    "four_columns_no_ids": (lambda t: 3 * t + 1, {}),
    "spaces_crlf_openke_header": (lambda t: t, {"sep": " ", "eol": "\r\n", "header": True,
                                                "ent": [str(i) for i in range(N_ENT)]}),
    "tlogic_json_ids": (lambda t: 24 * t, {"ent": ICEWS_NAMES, "rel": ["a", "b", "c"],
                                           "ids": "json"}),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_layout_loads_the_same_facts(tmp_path, layout) -> None:
    facts = _facts()
    stamp, options = LAYOUTS[layout]
    _write(tmp_path, facts, stamp, **options)
    data = load_tkg(tmp_path)
    assert np.array_equal(data.all_facts, facts)  # steps whatever the unit and offset
    assert data.num_relations == N_REL and data.num_entities == int(facts[:, [0, 2]].max()) + 1


def test_the_entity_count_comes_from_stat_or_ids_when_larger(tmp_path) -> None:
    facts = _facts()
    facts = facts[facts[:, 0] < 10]  # entities 10-15 never occur
    _write(tmp_path / "stat", facts, lambda t: t, stat=True)
    _write(tmp_path / "ids", facts, lambda t: t, ent=[f"E{i}" for i in range(N_ENT)])
    assert load_tkg(tmp_path / "stat").num_entities == N_ENT
    assert load_tkg(tmp_path / "ids").num_entities == N_ENT


def test_names_are_read_from_every_ids_layout(tmp_path) -> None:
    (tmp_path / "entity2id.txt").write_text(
        "3\n<Getafe_CF>\t2\t1983-07-08\t####-##-##\nPRIME MINISTER\t0\n7\tQ42\n",
        encoding="utf-8")
    assert read_names(tmp_path, "entity") == {2: "<Getafe_CF>", 0: "PRIME MINISTER", 7: "Q42"}
    assert read_entity_names(tmp_path, 3) == ["PRIME MINISTER", "", "<Getafe_CF>"]
    assert read_entity_names(tmp_path / "none", 2) == ["", ""]  # no ids file at all


def test_only_icews_style_names_turn_the_countries_on() -> None:
    assert qualifiers_usable(ICEWS_NAMES)
    assert qualifiers_usable([n.replace("_", " ") for n in ICEWS_NAMES])
    for names in (GDELT_NAMES, YAGO_NAMES, [n.strip("<>") for n in YAGO_NAMES],
                  [f"Q{i}" for i in range(N_ENT)], [str(i) for i in range(N_ENT)],
                  [""] * N_ENT):
        assert not qualifiers_usable(names)


@pytest.mark.parametrize("layout", ["gdelt_renet", "wiki_renet", "yago_stat_only",
                                    "xerte_icews"])
def test_the_harness_runs_on_every_layout(tmp_path, layout) -> None:
    stamp, options = LAYOUTS[layout]
    _write(tmp_path, _facts(), stamp, **options)
    logs: list[str] = []
    res = run_benchmark(tmp_path, seed=0, log=logs.append, params=SMALL_RANKER, embed=False,
                        budget_minutes=0)
    assert 0.3 < res["MRR"] <= 1.0  # the graph repeats itself
    off = any("countries and sectors are off" in line for line in logs)
    assert off == (layout != "xerte_icews")


def test_names_without_qualifiers_give_what_no_countries_gives(tmp_path) -> None:
    _write(tmp_path, _facts(), lambda t: t, ent=GDELT_NAMES)
    assert harness_mrr(tmp_path) == harness_mrr(tmp_path, country=None)


MALFORMED = {  # file, line (1-based) to break, replacement, message expected
    "three fields": ("valid.txt", 3, "1\t2\t3", r"valid\.txt:3: expected .* found 3 field"),
    "names and dates (TLogic)": ("train.txt", 2, "Aam_Aadmi_Party\tMake_statement\tChina\t"
                                 "2014-11-11", r"train\.txt:2: the first four fields must be "
                                 "integer ids, found 'Aam_Aadmi_Party'"),
    "float timestamp": ("test.txt", 1, "1\t0\t2\t20.5", r"test\.txt:1: .*'20\.5'"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_line_is_named_by_file_and_line(tmp_path, case) -> None:
    _write(tmp_path, _facts(), lambda t: t)
    name, line, text, message = MALFORMED[case]
    path = tmp_path / name
    lines = path.read_text().splitlines()
    lines[line - 1] = text
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(TKGFormatError, match=message):
        load_tkg(tmp_path)


def test_missing_empty_negative_and_overlapping_splits_are_errors(tmp_path) -> None:
    _write(tmp_path, _facts(), lambda t: t)
    (tmp_path / "test.txt").rename(tmp_path / "test.bak")
    with pytest.raises(TKGFormatError, match=r"test\.txt: missing"):
        load_tkg(tmp_path)
    (tmp_path / "test.bak").rename(tmp_path / "test.txt")
    valid = (tmp_path / "valid.txt").read_text()
    (tmp_path / "valid.txt").write_text("\n")
    with pytest.raises(TKGFormatError, match=r"valid\.txt: no facts"):
        load_tkg(tmp_path)
    (tmp_path / "valid.txt").write_text("-1\t0\t2\t17\n" + valid)
    with pytest.raises(TKGFormatError, match=r"valid\.txt: negative id in fact 1"):
        load_tkg(tmp_path)
    (tmp_path / "valid.txt").write_text("1\t0\t2\t3\n" + valid)
    with pytest.raises(TKGFormatError, match=r"valid\.txt: timestamp 3 is not after .* \(15\)"):
        load_tkg(tmp_path)


RELATIONS = ["Consult", "Make_statement", "Arrest,_detain,_or_charge_with_legal_action"]


def _write_named(folder: Path, facts: np.ndarray, json_ids: bool) -> list[str]:
    """TLogic's layout (names and dates, with ``entity2id.json``, ``relation2id.json``,
    ``ts2id.json``) or, without ``json_ids``, the mmkb files it comes from (no id files)."""
    day = [date(2014, 1, 1) + timedelta(days=int(t)) for t in range(STEPS)]
    lines = ["\t".join([ICEWS_NAMES[s], RELATIONS[r], ICEWS_NAMES[o], day[t].isoformat()])
             for s, r, o, t in facts.tolist()]
    _write(folder, facts, lambda t: t)  # the split boundaries, then names in the lines
    for name in ("train", "valid", "test"):
        n = len((folder / f"{name}.txt").read_text().splitlines())
        (folder / f"{name}.txt").write_text("\n".join(lines[:n]) + "\n")
        lines = lines[n:]
    if json_ids:
        for kind, names in (("entity", ICEWS_NAMES), ("relation", RELATIONS),
                            ("ts", [d.isoformat() for d in day])):
            (folder / f"{kind}2id.json").write_text(json.dumps({n: i for i, n in
                                                                enumerate(names)}))
    return lines


def test_facts_given_as_names_and_dates_are_read(tmp_path) -> None:
    facts = _facts()
    _write_named(tmp_path / "tlogic", facts, json_ids=True)
    data = load_tkg(tmp_path / "tlogic")
    assert np.array_equal(data.all_facts, facts) and data.entity_names[:N_ENT] == ICEWS_NAMES
    _write_named(tmp_path / "mmkb", facts, json_ids=False)
    data = load_tkg(tmp_path / "mmkb")
    got = data.all_facts
    assert np.array_equal(got[:, 3], facts[:, 3])  # days -> steps
    names = np.array(data.entity_names)
    assert list(names[got[:, 0]]) == [ICEWS_NAMES[s] for s in facts[:, 0]]
    logs: list[str] = []
    res = run_benchmark(tmp_path / "mmkb", seed=0, log=logs.append, params=SMALL_RANKER,
                        embed=False, budget_minutes=0)
    assert 0.3 < res["MRR"] <= 1.0
    assert not any("countries and sectors are off" in line for line in logs)


def test_a_bad_date_in_a_named_layout_is_named_by_file_and_line(tmp_path) -> None:
    _write_named(tmp_path, _facts(), json_ids=False)
    path = tmp_path / "valid.txt"
    lines = path.read_text().splitlines()
    lines[1] = lines[1].rsplit("\t", 1)[0] + "\tyesterday"
    lines[2] = "China\tConsult"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(TKGFormatError, match=r"valid\.txt:2: timestamp 'yesterday'"):
        load_tkg(tmp_path)
    lines[1] = lines[3]
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(TKGFormatError, match=r"valid\.txt:3: expected 4 tab-separated"):
        load_tkg(tmp_path)
