"""Tests for the CAMEO / PLOVER code tables and their loader."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from newsgraph.events.codes import DEFAULT_DIR, CodeTableError, CodeTables, default_tables

PLOVER_TYPES = [
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}

# Number of 3- and 4-digit codes under each root in the CAMEO 1.1b3 codebook.
CODES_PER_ROOT = {
    "01": 10, "02": 27, "03": 28, "04": 7, "05": 8, "06": 5, "07": 6, "08": 25, "09": 5,
    "10": 27, "11": 12, "12": 26, "13": 22, "14": 26, "15": 6, "16": 13, "17": 13, "18": 14,
    "19": 9, "20": 7,
}  # fmt: skip

# Published Goldstein values for a sample of codes.
GOLDSTEIN = {
    "01": 0.0, "011": -0.1, "016": -2.0, "018": 3.4, "02": 3.0, "024": -0.3, "036": 4.0,
    "0334": 6.0, "04": 1.0, "042": 1.9, "043": 2.8, "044": 2.5, "046": 7.0, "051": 3.4,
    "057": 8.0, "061": 6.4, "062": 7.4, "070": 7.0, "072": 8.3, "074": 8.5, "0874": 10.0,
    "09": -2.0, "1041": -5.0, "112": -2.0, "125": -5.0, "130": -4.4, "131": -5.8, "138": -7.0,
    "144": -7.5, "15": -7.2, "162": -5.6, "163": -8.0, "165": -6.5, "171": -9.2, "172": -5.0,
    "175": -9.0, "182": -9.5, "1821": -9.0, "1823": -10.0, "184": -8.0, "190": -10.0,
    "191": -9.5, "195": -10.0, "201": -9.5, "204": -10.0,
}  # fmt: skip


@pytest.fixture(scope="module")
def tables() -> CodeTables:
    return default_tables()


def test_default_tables_are_cached(tables: CodeTables) -> None:
    assert default_tables() is tables


def test_all_sixteen_types_have_their_own_row(tables: CodeTables) -> None:
    assert tables.types() == PLOVER_TYPES
    for ptype in PLOVER_TYPES:
        row = tables.plover(ptype)
        assert row.type == ptype and row.mode is None and row.description


def test_type_scores_have_the_right_sign(tables: CodeTables) -> None:
    for ptype in PLOVER_TYPES:
        for mode in [None, *tables.modes(ptype)]:
            score = tables.plover(ptype, mode).score
            assert -10 <= score <= 10
            assert (score > 0) == (ptype in COOPERATIVE), (ptype, mode, score)


def test_modes(tables: CodeTables) -> None:
    assert {"visit", "host", "third-party", "multilateral", "phone"} <= set(tables.modes("CONSULT"))
    assert {"firearms", "explosives", "aerial", "assassinate"} <= set(tables.modes("ASSAULT"))
    assert {"arrest", "deport", "curfew", "martial-law"} <= set(tables.modes("COERCE"))
    assert tables.modes("AGREE") == []
    assert tables.plover("ASSAULT", "aerial").cameo == "195"
    assert tables.plover("CONSULT", "visit").cameo == "042"
    assert tables.plover("CONSULT", "no-such-mode").mode is None
    with pytest.raises(KeyError, match="NOPE"):
        tables.plover("NOPE")


def test_cameo_code_list_is_complete(tables: CodeTables) -> None:
    codes = tables.cameo_codes()
    assert len(codes) == len(set(codes)) == 316
    roots = [c for c in codes if len(c) == 2]
    assert roots == [f"{n:02d}" for n in range(1, 21)]
    assert Counter(c[:2] for c in codes if len(c) > 2) == CODES_PER_ROOT
    for code in ["010", "0311", "1041", "138", "1823", "204", "155", "176", "1834", "1952"]:
        assert tables.cameo(code).name


def test_every_code_has_its_parents(tables: CodeTables) -> None:
    codes = set(tables.cameo_codes())
    for code in codes:
        assert code[:2] in codes, code
        if len(code) == 4:
            assert code[:3] in codes, code


def test_goldstein_values(tables: CodeTables) -> None:
    for code in tables.cameo_codes():
        assert -10 <= tables.goldstein(code) <= 10
    for code, value in GOLDSTEIN.items():
        assert tables.goldstein(code) == value, code


def test_goldstein_falls_back_to_parents(tables: CodeTables) -> None:
    assert tables.goldstein("0421") == 1.9
    assert tables.goldstein("1999") == -10.0
    with pytest.raises(KeyError, match="unknown CAMEO code '99'"):
        tables.goldstein("99")
    with pytest.raises(KeyError, match="leading zeros|'042'"):
        tables.cameo("42")


def test_to_plover(tables: CodeTables) -> None:
    assert tables.to_plover("042") == ("CONSULT", "visit")
    assert tables.to_plover("043") == ("CONSULT", "host")
    assert tables.to_plover("0422") == ("CONSULT", "visit")  # not a code: walks up to 042
    assert tables.to_plover("036") == ("CONSULT", None)
    assert tables.to_plover("051") == ("SUPPORT", None)
    assert tables.to_plover("061") == ("COOPERATE", None)
    assert tables.to_plover("0331") == ("AID", "economic")
    assert tables.to_plover("073") == ("AID", "humanitarian")
    assert tables.to_plover("0841") == ("RETREAT", "release")
    assert tables.to_plover("1041") == ("REQUEST", "change")
    assert tables.to_plover("0233") == ("REQUEST", "assist")
    assert tables.to_plover("112") == ("ACCUSE", "disapprove")
    assert tables.to_plover("173") == ("COERCE", "arrest")
    assert tables.to_plover("163") == ("SANCTION", "sever")
    assert tables.to_plover("1951") == ("ASSAULT", "aerial")
    assert tables.to_plover("2042") == ("ASSAULT", "wmd")
    assert tables.to_plover("010") == (None, None)
    assert tables.to_plover("01") == (None, None)


def test_tables_agree_with_each_other(tables: CodeTables) -> None:
    used = set()
    for code in tables.cameo_codes():
        row = tables.cameo(code)
        if row.plover_type:
            used.add(row.plover_type)
            assert tables.plover(row.plover_type, row.plover_mode).mode == row.plover_mode, code
    assert used == set(PLOVER_TYPES)
    allowed = {("RETREAT", "resign")}  # resignation is CAMEO 0831, which PLOVER calls CONCEDE
    for ptype in PLOVER_TYPES:
        for mode in [None, *tables.modes(ptype)]:
            cameo = tables.plover(ptype, mode).cameo
            assert cameo in tables.cameo_codes(), (ptype, mode, cameo)
            if (ptype, mode) not in allowed:
                assert tables.to_plover(cameo)[0] == ptype, (ptype, mode, cameo)


def _lemmas(text: str) -> list[str]:
    return text.split()


def test_contexts(tables: CodeTables) -> None:
    names = tables.context_names()
    for name in ["military", "economic", "diplomatic", "cbrn", "cyber", "election", "migration"]:
        assert name in names
    lemmas = _lemmas("north korea seek russian ammunition and missile for it troop")
    assert tables.contexts(lemmas) == ["military"]
    lemmas = _lemmas("the un urge iran to allow iaea inspector to its nuclear site")
    assert tables.contexts(lemmas) == ["cbrn"]
    lemmas = _lemmas("tariffs on chinese exports hit trade talk")  # plural forms still match
    assert tables.contexts(lemmas) == ["economic"]
    lemmas = _lemmas("parliament pass a bill on same - sex marriage")
    assert tables.contexts(lemmas) == ["lgbt", "legislative"]
    assert tables.contexts(_lemmas("human right group condemn the arrest")) == ["human_rights"]
    assert tables.contexts(_lemmas("the weather be nice today")) == []
    assert tables.contexts([]) == []


def _copy(tmp_path: Path) -> Path:
    for name in ["cameo.tsv", "plover.tsv", "contexts.tsv"]:
        shutil.copy(DEFAULT_DIR / name, tmp_path / name)
    return tmp_path


def _edit(path: Path, line: int, text: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[line - 1] = text
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_copied_tables_load(tmp_path: Path) -> None:
    assert CodeTables.load(_copy(tmp_path)).to_plover("042") == ("CONSULT", "visit")


@pytest.mark.parametrize(
    ("name", "line", "text", "message"),
    [
        ("cameo.tsv", 4, "011\tRefuse to comment\t-0.1", "expected 5"),
        ("cameo.tsv", 5, "012\tVoice pessimism\tlow\t\t", "not a number"),
        ("cameo.tsv", 6, "013\tVoice optimism\t12.0\t\t", "outside -10..10"),
        ("cameo.tsv", 7, "011\tDuplicate\t0.0\t\t", "duplicate CAMEO code 011"),
        ("cameo.tsv", 8, "1x\tBad code\t0.0\t\t", "2-4 digits"),
        ("cameo.tsv", 9, "016\tDeny\t-2.0\tCONSULT\tflying", "not in plover.tsv"),
        ("cameo.tsv", 1, "code\tname\tgoldstein", "header"),
        ("plover.tsv", 3, "CONSULT\tvisit\t042\tx\tVisit", "not a number"),
        ("plover.tsv", 2, "agree\t\t030\t4.0\tAgree", "upper case"),
        ("contexts.tsv", 3, "military\t", "must not be empty"),
    ],
)
def test_malformed_row_names_file_and_line(
    tmp_path: Path, name: str, line: int, text: str, message: str
) -> None:
    data_dir = _copy(tmp_path)
    _edit(data_dir / name, line, text)
    with pytest.raises(CodeTableError, match=message) as info:
        CodeTables.load(data_dir)
    assert str(info.value).startswith(f"{data_dir / name}:{line}: ")
    assert info.value.line == line


def test_mode_rows_need_a_type_row(tmp_path: Path) -> None:
    data_dir = _copy(tmp_path)
    _edit(data_dir / "plover.tsv", 2, "# AGREE row removed")
    lines = (data_dir / "plover.tsv").read_text(encoding="utf-8").splitlines()
    lines.append("AGREE\tpromise\t030\t4.0\tA promise")
    (data_dir / "plover.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(CodeTableError, match="AGREE has modes but no row of its own"):
        CodeTables.load(data_dir)



def test_event_context_from_a_keyword_of_several_words(extract_text):
    # "secret service" (intelligence) only matches with the sentence's words in order
    events = extract_text("Chilean police detained two Peruvian diplomats after a secret "
                          "service tip-off.")
    assert events and all("intelligence" in e.context for e in events)
