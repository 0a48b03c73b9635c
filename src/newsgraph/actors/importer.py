"""Import TABARI/PETRARCH actor and agent dictionaries as knowledge-base TSV files.

Actor dictionaries (``*.actors.txt``): an entry is a phrase line (``ALGERIA_ [DZA]``), optional
synonym lines starting with ``+`` and optional indented code lines (``[USAGOV 080101-121231]``,
``[HOB <950601]``, ``[ARM >911221]``, a bare default ``[HOB]``).  ``#`` starts a comment,
``<!-- ... -->`` blocks (also over several lines) and other ``<...>`` lines are skipped.
Phrases: the final ``_`` goes, ``_`` becomes a space, upper-case words are title-cased
except short (<= 3 letters) or vowel-less single-word acronyms (``UN``, ``USSR``).

Mapping to the TSV files (see :mod:`newsgraph.actors.kb`):

- an entry with one undated code of three letters -> ``countries.tsv`` (codes are just
  codes: fictional countries work); phrases of the same code are merged into one row;
- an entry whose codes are all dated and whose open-ended code has three letters
  (``ARMENIA_ [USRARM <900823] [ARM >911221]``) -> a country row for that code;
- other entries with dated codes (and ``[---]`` entries) -> one ``people.tsv`` row per code,
  dated codes first, undated defaults last (the resolver prefers the first active term);
- other undated codes -> ``organizations.tsv``: ``IGO...`` codes get their organisation's
  acronym (``IGOUNO`` -> UN, ``IGOEUREEC`` -> EU), ``USAGOV`` gets country USA, sector GOV.

Dates are YYMMDD (00-29 -> 20YY, else 19YY) or YYYYMMDD; ``<D`` ends the day before D.
Agent dictionaries (``*.agents.txt``): ``PHRASE {PLURAL} [~AGT]`` -> ``sectors.tsv`` with the
regular plural added, ``!MACRO! = A, B`` substitutions expanded.  Lines that cannot be read
(compound codes ``[A/B]``, bad dates, missing codes) are skipped with a warning naming
``file:line``; nothing here raises on bad input.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .kb import ACTOR_DIR

log = logging.getLogger(__name__)


HEADERS = {
    "countries": ("iso3", "name", "aliases", "adjectivals", "seats"),
    "organizations": ("code", "name", "aliases", "country", "org", "sector", "kind"),
    "people": ("name", "aliases", "country", "role", "sector", "start", "end"),
    "sectors": ("phrase", "sector", "note"),
}
# CAMEO IGO code prefixes -> the acronyms newsgraph uses (longest prefix wins).
IGO_ACRONYMS = {
    line.split("\t")[0]: line.split("\t")[1].strip()
    for line in (ACTOR_DIR / "cameo_igo.tsv").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith(("#", "prefix\t"))
}
# Three-letter prefixes that are not countries (international, non-state, multinational).
NON_COUNTRY = {"IGO", "NGO", "NGM", "MNC", "IMG", "UIS"}
# Three-letter codes that are only agents (a person's "[ELI]" default).
AGENT_ONLY = {"GOV", "MIL", "REB", "OPP", "ELI", "CVL", "BUS", "MED", "JUD", "LEG", "COP",
              "SPY", "EDU", "HLH", "REF", "LAB", "HRI", "REL", "CRM", "UAF", "INS", "PTY"}
_KIND = {"REB": "ARMED", "UAF": "ARMED", "INS": "ARMED", "MED": "MED", "PTY": "PARTY"}
_BRACKET = re.compile(r"\[([^\]]*)\]")
_CODE = re.compile(r"^\s*([A-Za-z0-9\-+#/]+)\s*(.*?)\s*$")
_VOWELS = set("AEIOUY")


@dataclass
class Code:
    code: str
    start: dt.date | None = None
    end: dt.date | None = None
    dated: bool = False
    open_ended: bool = False


@dataclass
class ActorEntry:
    phrases: list[str]
    codes: list[Code]
    where: str


@dataclass
class FileReport:
    """What importing one dictionary file produced."""

    path: Path
    kind: str
    rows: Counter = field(default_factory=Counter)
    skipped: int = 0
    warnings: list[str] = field(default_factory=list)
    log_warnings: bool = True

    def warn(self, where: str, message: str) -> None:
        self.skipped += 1
        self.warnings.append(f"{where}: {message}")
        if self.log_warnings:
            log.warning("%s: %s", where, message)


@dataclass
class Tables:
    """Rows for the four TSV files; countries are merged by code."""

    countries: dict[str, list[str]] = field(default_factory=dict)  # iso3 -> phrases
    organizations: list[tuple[str, ...]] = field(default_factory=list)
    people: list[tuple[str, ...]] = field(default_factory=list)
    sectors: dict[str, tuple[str, str]] = field(default_factory=dict)


# -- reading lines -------------------------------------------------------------------------
def read_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Numbered lines without ``<!-- -->`` blocks, ``<...>`` tag lines and ``#`` comments
    (blank lines are kept: they end an actor entry that has no code yet)."""
    text = path.read_bytes().decode("utf-8", errors="replace")
    depth = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw
        if depth or line.lstrip().startswith("<"):
            depth = _comment_depth(line, depth)
            continue
        code = line.split("#", 1)[0].rstrip()
        if code.strip() or not line.strip():  # a commented-out line is not a blank line
            yield number, code


def _comment_depth(line: str, depth: int) -> int:
    """Nesting depth of ``<!--`` after ``line`` (one-line ``<...>`` tags leave it at 0)."""
    for match in re.finditer(r"<!--|-->", line):
        depth = depth + 1 if match.group() == "<!--" else max(depth - 1, 0)
    return depth


def phrase_text(raw: str) -> str:
    """``NEW_ZEALAND_`` -> ``New Zealand``; ``UN_`` -> ``UN``; ``U.S.`` stays."""
    words = raw.strip().strip("_").replace("_", " ").split()
    if len(words) == 1 and _acronym_like(words[0]):
        return words[0]
    return " ".join(_title(w) if w.isupper() else w for w in words)


def _acronym_like(word: str) -> bool:
    letters = [c for c in word.upper() if c.isalpha()]
    return len(letters) <= 3 or "." in word or not _VOWELS & set(letters)


def _title(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def parse_date(value: str) -> dt.date:
    """``950601`` -> 1995-06-01, ``130119`` -> 2013-01-19, ``20080120`` as is."""
    if len(value) == 6 and value.isdigit():
        year = int(value[:2])
        value = ("20" if year < 30 else "19") + value
    if len(value) != 8 or not value.isdigit():
        raise ValueError(f"bad date {value!r}")
    try:
        return dt.date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError:
        raise ValueError(f"bad date {value!r}") from None


def parse_code(text: str) -> Code:
    """``HOBGOV 19950601 - 19990815`` -> Code; raises ValueError on what it cannot read."""
    match = _CODE.match(text)
    if not match:
        raise ValueError(f"empty code [{text}]")
    code, spec = match.group(1).upper(), match.group(2).replace(" ", "")
    if "/" in code:
        raise ValueError(f"compound code [{text}] not supported")
    if not re.fullmatch(r"[A-Z0-9]+|-{3}[A-Z]*", code):
        raise ValueError(f"unsupported code [{text}]")
    if not spec:
        return Code(code)
    if spec.startswith("<"):
        return Code(code, end=parse_date(spec[1:]) - dt.timedelta(days=1), dated=True)
    if spec.startswith(">"):
        return Code(code, start=parse_date(spec[1:]), dated=True, open_ended=True)
    if "-" in spec:
        first, last = spec.split("-", 1)
        return Code(code, start=parse_date(first), end=parse_date(last), dated=True)
    return Code(code, start=parse_date(spec), dated=True, open_ended=True)


# -- actor dictionaries ---------------------------------------------------------------------
def read_actor_entries(path: Path, report: FileReport) -> Iterator[ActorEntry]:
    """Entries of a TABARI actor dictionary; bad lines are reported and skipped."""
    current: ActorEntry | None = None
    for number, line in read_lines(path):
        where = f"{path}:{number}"
        if not line.strip():
            if current is not None and not current.codes:
                report.warn(current.where, f"no code for {current.phrases[0]!r}")
                current = None
            continue
        head = line.split("[", 1)[0]
        if line.count("[") != line.count("]"):
            report.warn(where, f"unbalanced brackets: {line.strip()!r}")
            continue
        codes = list(_line_codes(line, where, report))
        if line[0].isspace() and not head.strip():
            if current is None:
                report.warn(where, "code line without an entry")
            else:
                current.codes.extend(codes)
        elif line.startswith("+"):
            if current is None:
                report.warn(where, "synonym without an entry")
            elif phrase := phrase_text(head[1:]):
                current.phrases.append(phrase)
                current.codes.extend(codes)
        elif line[0].isspace():
            report.warn(where, f"indented line is neither code nor synonym: {line.strip()!r}")
        elif current is not None and not current.codes:  # consecutive names share codes
            current.phrases.append(phrase_text(head))
            current.codes.extend(codes)
        else:
            if current is not None:
                yield current
            current = ActorEntry([phrase_text(head)], codes, where)
    if current is not None:
        yield current


def _line_codes(line: str, where: str, report: FileReport) -> Iterator[Code]:
    for raw in _BRACKET.findall(line):
        try:
            yield parse_code(raw)
        except ValueError as exc:
            report.warn(where, str(exc))


def split_code(code: str, person: bool = False) -> tuple[str, str, str]:
    """CAMEO actor code -> (country, org, sector): ``IGOUNOKID`` -> ('', 'UNICEF', '').

    For a person, a bare agent code (``[ELI]``) is a sector without a country."""
    if code.startswith("---"):
        return "", "", code[3:]
    if code.startswith("IGO"):
        prefix = max((p for p in IGO_ACRONYMS if code.startswith(p)), key=len, default="")
        if prefix:
            return "", IGO_ACRONYMS[prefix], code[len(prefix):]
        return "", code[3:6] or "IGO", code[6:]
    if code[:3] in NON_COUNTRY:
        return "", code[:3], code[3:]
    if person and code in AGENT_ONLY:
        return "", "", code
    return code[:3], "", code[3:]


def _is_country_code(code: str) -> bool:
    return len(code) == 3 and code.isalpha() and code not in NON_COUNTRY


def add_actor_entry(entry: ActorEntry, tables: Tables, report: FileReport) -> None:
    """Route one dictionary entry to the country, organisation or people table."""
    codes = entry.codes
    if not codes:
        report.warn(entry.where, f"no code for {entry.phrases[0]!r}")
        return
    if not any(c.dated for c in codes):
        first = codes[0]
        if _is_country_code(first.code):
            tables.countries.setdefault(first.code, []).extend(entry.phrases)
            report.rows["countries"] += 1
        elif first.code.startswith("---"):
            _add_people(entry, [first], tables, report)
        else:
            _add_org(entry, first.code, tables, report)
        return
    latest = [c for c in codes if c.open_ended]
    if latest and all(c.dated for c in codes) and _is_country_code(latest[-1].code):
        tables.countries.setdefault(latest[-1].code, []).extend(entry.phrases)
        report.rows["countries"] += 1
        return
    ordered = [c for c in codes if c.dated] + [c for c in codes if not c.dated]
    _add_people(entry, ordered, tables, report)


def _add_org(entry: ActorEntry, code: str, tables: Tables, report: FileReport) -> None:
    country, org, sector = split_code(code)
    kind = "IGO" if org else _KIND.get(sector[:3], "GOVBODY")
    name, *aliases = entry.phrases
    tables.organizations.append((code, name, "|".join(aliases), country, org, sector, kind))
    report.rows["organizations"] += 1


def _add_people(entry: ActorEntry, codes: Sequence[Code], tables: Tables,
                report: FileReport) -> None:
    name, *aliases = entry.phrases
    for code in codes:
        country, org, sector = split_code(code.code, person=True)
        role = f"{code.code}:{org}" if org else code.code
        start = code.start.isoformat() if code.start else ""
        end = code.end.isoformat() if code.end else ""
        tables.people.append((name, "|".join(aliases), country, role, sector, start, end))
        report.rows["people"] += 1


# -- agent dictionaries ---------------------------------------------------------------------
_AGENT = re.compile(r"^(?P<phrase>[^\[{]+?)\s*(\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]$")
_MACRO = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


def read_agents(path: Path, tables: Tables, report: FileReport) -> None:
    """Add the agent phrases of ``path`` to ``tables.sectors``."""
    macros: dict[str, list[str]] = {}
    for number, line in read_lines(path):
        where, line = f"{path}:{number}", line.strip()
        if not line:
            continue
        if m := _MACRO.match(line):
            macros[m.group(1)] = [v.strip() for v in m.group(2).split(",") if v.strip()]
            continue
        m = _AGENT.match(line)
        sector = m.group("code").replace("~", "").strip() if m else ""
        if not m or not re.fullmatch(r"[A-Z]+", sector):
            report.warn(where, f"cannot read agent line {line!r}")
            continue
        for phrase in _agent_phrases(m.group("phrase"), m.group("plural"), macros):
            if phrase not in tables.sectors:
                tables.sectors[phrase] = (sector, where.rsplit("/", 1)[-1])
                report.rows["sectors"] += 1


def _agent_phrases(base: str, plural_form: str | None, macros: dict[str, list[str]]
                   ) -> list[str]:
    """The phrase (macros expanded), its given plural or else its regular plural."""
    out: list[str] = []
    for form in (base, plural_form or ""):
        for expanded in _expand(form, macros):
            phrase = " ".join(expanded.strip("_").replace("_", " ").lower().split())
            if phrase:
                out.append(phrase)
                if not plural_form and form is base and not phrase.endswith(("men", "s")):
                    out.append(plural(phrase))
    return list(dict.fromkeys(out))


def _expand(form: str, macros: dict[str, list[str]]) -> list[str]:
    match = re.search(r"![A-Z]+!", form)
    if not match or match.group() not in macros:
        return [form]
    return [x for value in macros[match.group()]
            for x in _expand(form.replace(match.group(), value, 1), macros)]


def plural(phrase: str) -> str:
    """Regular English plural of the last word."""
    if phrase.endswith("man"):
        return phrase[:-3] + "men"
    if phrase.endswith(("s", "x", "z", "ch", "sh")):
        return phrase + "es"
    if phrase.endswith("y") and phrase[-2:-1] not in ("a", "e", "i", "o", "u"):
        return phrase[:-1] + "ies"
    return phrase + "s"


# -- driver -----------------------------------------------------------------------------------
def dictionary_kind(path: Path) -> str:
    """``actors``, ``agents`` or ``other`` (verbs, discards, ...), from the file name."""
    name = path.name.lower()
    if "agent" in name:
        return "agents"
    if "actor" in name:
        return "actors"
    return "other"


def import_dictionaries(paths: Sequence[Path], out_dir: Path, *, log_warnings: bool = True
                        ) -> list[FileReport]:
    """Read actor/agent dictionaries and write the KB TSV files into ``out_dir``."""
    tables = Tables()
    reports = []
    for path in paths:
        report = FileReport(Path(path), dictionary_kind(Path(path)), log_warnings=log_warnings)
        if report.kind == "actors":
            for entry in read_actor_entries(report.path, report):
                add_actor_entry(entry, tables, report)
        elif report.kind == "agents":
            read_agents(report.path, tables, report)
        else:
            report.warn(str(path), "not an actor or agent dictionary; skipped")
        reports.append(report)
    write_tables(tables, out_dir)
    return reports


def write_tables(tables: Tables, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    countries = [(iso3, phrases[0], "|".join(dict.fromkeys(phrases[1:])), "", "")
                 for iso3, phrases in tables.countries.items()]
    sectors = [(phrase, sector, note) for phrase, (sector, note) in tables.sectors.items()]
    for name, rows in (("countries", countries), ("organizations", tables.organizations),
                       ("people", tables.people), ("sectors", sectors)):
        with (out_dir / f"{name}.tsv").open("w", encoding="utf-8", newline="") as fh:
            fh.write("\t".join(HEADERS[name]) + "\n")
            for row in rows:
                fh.write("\t".join(" ".join(v.split()) for v in row) + "\n")
