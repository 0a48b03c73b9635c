"""Reading PETRARCH-style validation records and scoring events against them."""

from __future__ import annotations

import datetime as dt

from typer.testing import CliRunner

from newsgraph.evaluate.petrarch import PetrarchScore, petrarch_part, read_records, score_record
from newsgraph.model import Actor, Event, Status

RECORDS = """\
<?xml version='1.0' encoding='utf-8'?>
<Validation>
# a header written as hash lines
<!-- outer comment <!-- nested comment --> still outer
<Sentence date="20000101" id="HIDDEN-01" sentence="true"><Text>Hidden.</Text></Sentence>
-->
<Sentences>
<Sentence date="20190304" id="TEST-01" category="DEMO" sentence="true">
<!-- <EventCoding sourcecode="XXX" targetcode="YYY" eventcode="010"></EventCoding> -->
<EventCoding sourcecode="VLDGOV" targetcode="FRL" eventcode="042"></EventCoding>
<EventCoding sourcecode="VLD" targetcode="IGOUNO" eventcode="0233"></EventCoding>
<Text>
The Valdorian government visited Farland
and asked the United Nations for food aid.
</Text>
<Parse>(ROOT (S (NP (DT The) (NN parse)) (VP (VBZ is) (VP (VBN ignored)))))</Parse>
</Sentence>
<Sentence category="AFP" date="20190305" id="TEST-02" evaluate="true"/>
<EventCoding noevents="True" />
<Text>
Farland held a festival.
</Text>
<Parse>
1	Farland	Farland	PROPN	NNP	_	2	nsubj	_	_
</Parse></Sentence>
<Sentence date="20190306" id="TEST-03" category="ERROR" sentence="true">
<EventCoding error="storydiscard"></EventCoding>
<Text>Sports results from Valdoria.</Text>
</Sentence>
<Sentence date="20190307" id="TEST-04" category="DEMO" sentence="false">
<EventCoding sourcecode="VLD" targetcode="FRL" eventcode="010"></EventCoding>
<Text>Skipped record.</Text>
</Sentence>
<Sentence date="20190308" id="TEST-05" category="OTHER" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="---REB" targetcode="FRLMIL" />
<Text>
</Text>
<Parse>
1	Rebels	rebel	NOUN	NNS	_	2	nsubj	_	_
2	attacked	attack	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_
</Parse></Sentence>
</Sentences>
</Validation>
"""


def _event(src: Actor, tgt: Actor | None, cameo: str, type_: str = "CONSULT",
           status: Status = Status.OCCURRED) -> Event:
    return Event(event_id="e", article_id="a", article_date=None, sentence_index=0,
                 evidence="", type=type_, mode=None, context=[], cameo=cameo, status=status,
                 source=src, target=tgt)


def _actor(country=None, org=None, sector=None, code=None) -> Actor:
    return Actor(text="x", name="x", country=country, org=org, sector=sector, code=code)


def test_read_records(tmp_path):
    path = tmp_path / "suite.xml"
    path.write_text(RECORDS, encoding="utf-8")
    records = read_records(path)
    assert [r.id for r in records] == ["TEST-01", "TEST-02", "TEST-03", "TEST-05"]
    first = records[0]
    assert first.date == dt.date(2019, 3, 4)
    assert first.text.startswith("The Valdorian government visited Farland and asked")
    assert first.codings == [("VLDGOV", "FRL", "042"), ("VLD", "IGOUNO", "0233")]
    assert [r.expect for r in records] == ["events", "noevents", "error", "events"]
    assert records[3].text == "Rebels attacked."  # empty <Text>: rebuilt from the parse


def test_codes_to_parts():
    assert petrarch_part("USAGOV") == ("USA", "GOV")
    assert petrarch_part("IGOUNO") == ("UN", "")
    assert petrarch_part("---REB") == (None, "REB")


def test_scoring_counts(tmp_path):
    path = tmp_path / "suite.xml"
    path.write_text(RECORDS, encoding="utf-8")
    first, second, third, fifth = read_records(path)
    score = PetrarchScore()
    # reversed dyad of a symmetric type: matches at root and full level
    score_record(first, [_event(_actor("FRL"), _actor("VLD", sector="GOV"), "042"),
                         # right dyad, same root, other full code
                         _event(_actor("VLD"), _actor(org="UN", sector="IGO"), "0231",
                                "AID")], score)
    score_record(second, [_event(_actor("FRL"), None, "141", "PROTEST")], score)  # false alarm
    score_record(third, [_event(_actor("VLD"), _actor("FRL"), "010", "ASSAULT",
                                Status.NEGATED)], score)  # negated: not counted
    score_record(fifth, [], score)  # a miss
    assert score.records == 4
    assert score.by_expect == {"events": 2, "noevents": 1, "error": 1}
    root, full = score.root, score.full
    assert (root.predicted, root.correct, root.expected, root.found) == (3, 2, 3, 2)
    assert (full.predicted, full.correct, full.expected, full.found) == (3, 1, 3, 1)
    assert round(root.precision, 4) == 0.6667 and round(full.recall, 4) == 0.3333
    assert sum(line.startswith("miss") for line in score.errors) == 2


DICTIONARY = """\
VALDORIA_ [VLD]
+VALDORIAN_
FARLAND_ [FRL]
"""


def test_cli_runs(tmp_path):
    from newsgraph.cli import app

    (tmp_path / "suite.xml").write_text(RECORDS, encoding="utf-8")
    (tmp_path / "test.actors.txt").write_text(DICTIONARY, encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "petrarch", str(tmp_path / "suite.xml"),
                                      "--dictionaries", str(tmp_path), "--only-dictionaries",
                                      "--limit", "3"])
    assert result.exit_code == 0, result.output
    last = result.output.strip().splitlines()[-1]
    assert last.startswith("root: P=") and " full: P=" in last
