"""Reading PETRARCH/TABARI verb dictionaries into blocks, verbs, patterns and synsets.

The format (``PETR.Validate.verbs.txt``, ``CAMEO.2.0.txt``)::

    &CURRENCY                  a synonym set ("synset"), members on ``+`` lines,
    +DOLLAR                    which may name other synsets (``+&TIETYPES``)
    --- AGREE  [030] ---       a verb block and its default CAMEO code ([---]: none)
    AGREE {AGREES AGREED}      verbs of the block, optional {forms} and own [code];
    +ASK_FOR {+ASKED_FOR}      ``+`` marks the verb of a multi-word verb
    - * (WITH) +  [031]        patterns: ``*`` the verb, ``+`` the target, ``$`` the source,
                               ``%`` a compound subject, ``(PREP ...)`` a prepositional
                               phrase, ``{A B}`` a noun phrase, ``_`` joins words

``#`` starts a comment (also after a line), ``<!-- -->`` blocks are comments.  Lines that
cannot be read are reported (``file:line``) and skipped; reading never raises on bad input.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

_HEADER = re.compile(r"^---\s*(?P<name>[^\[\]]+?)\s*\[(?P<code>[^\]]*)\][\s\-\[\]\d:]*$")
_VERB = re.compile(r"^(?P<words>[^{}\[\]]+?)\s*(\{(?P<forms>[^}]*)\})?\s*"
                   r"(\[(?P<code>[^\]]*)\])?\s*$")
_PATTERN = re.compile(r"^-?\s*(?P<body>.*?)\s*\[(?P<code>[^\]]*)\]\s*$")
_COMMENT = re.compile(r"(^|\s)#.*$")
_WORD = re.compile(r"^\+?[A-Za-z][A-Za-z'\-.]*$")


@dataclass
class VerbForm:
    """One verb line: its words, which of them is the verb, and its own code if any."""

    words: list[str]
    verb_index: int
    code: str | None
    where: str


@dataclass
class RawPattern:
    body: str  # the text between "-" and "[code]"
    code: str
    where: str


@dataclass
class VerbBlock:
    name: str
    code: str  # the raw default code ("---" when the bare verbs code nothing)
    where: str
    verbs: list[VerbForm] = field(default_factory=list)
    patterns: list[RawPattern] = field(default_factory=list)


@dataclass
class VerbReport:
    """What importing one verb dictionary did: counts, skip reasons and warnings."""

    path: Path
    blocks: int = 0
    verbs: int = 0
    patterns: int = 0  # pattern lines read
    imported: int = 0  # pattern lines that gave at least one trigger
    triggers: int = 0  # lexicon entries written
    skipped: Counter = field(default_factory=Counter)  # reason -> pattern lines
    warnings: list[str] = field(default_factory=list)  # unreadable lines, file:line

    def warn(self, where: str, message: str) -> None:
        self.warnings.append(f"{where}: {message}")

    def skip(self, reason: str) -> None:
        self.skipped[reason] += 1

    def summary(self) -> str:
        reasons = ", ".join(f"{n} {why}" for why, n in self.skipped.most_common())
        return (f"{self.path.name}: {self.imported} patterns imported, "
                f"{sum(self.skipped.values())} skipped ({reasons or 'none'}); "
                f"{self.verbs} verbs in {self.blocks} blocks, {self.triggers} triggers, "
                f"{len(self.warnings)} unreadable lines")


@dataclass
class VerbDictionary:
    synsets: dict[str, list[str]] = field(default_factory=dict)  # "&NAME" -> members
    blocks: list[VerbBlock] = field(default_factory=list)


def code_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Numbered lines without comments (blank lines kept; commented-out lines dropped)."""
    text = path.read_bytes().decode("utf-8", errors="replace")
    depth = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw
        if depth or "<!--" in line:
            line, depth = drop_xml_comments(line, depth)
        code = _COMMENT.sub("", line).rstrip()
        if code.strip() or not raw.strip():
            yield number, code


def drop_xml_comments(text: str, depth: int = 0) -> tuple[str, int]:
    """``text`` without ``<!-- -->`` blocks, which may nest (the 2_02 files nest them);
    ``depth`` is how many blocks are open before it and the second value after it, so a
    file can be read line by line."""
    out, pos = [], 0
    for match in re.finditer(r"<!--|-->", text):
        if match.group() == "<!--":
            if depth == 0:
                out.append(text[pos:match.start()])
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                pos = match.end()
    if depth == 0:
        out.append(text[pos:])
    return "".join(out), depth


def read_verb_dictionary(path: Path, report: VerbReport) -> VerbDictionary:
    """Synsets and verb blocks of ``path``; unreadable lines go to ``report.warnings``."""
    result = VerbDictionary()
    synset: list[str] | None = None
    block: VerbBlock | None = None
    for number, line in code_lines(path):
        where, text = f"{path}:{number}", line.strip()
        if not text:
            continue
        if text.startswith("&"):
            name = text.split()[0].rstrip("_").upper()
            synset, block = result.synsets.setdefault(name, []), None
        elif text.startswith("+") and synset is not None:
            synset.append(text[1:].strip())
        elif text.startswith("---"):
            synset, block = None, _header(text, where, report)
            if block.name:
                result.blocks.append(block)
                report.blocks += 1
        elif block is None:
            report.warn(where, f"line outside a verb block or synset: {text!r}")
        elif text.startswith("-") or "*" in text:
            _pattern(text, where, block, report)
        else:
            _verb(text, where, block, report)
    return result


def _header(text: str, where: str, report: VerbReport) -> VerbBlock:
    """The block a header opens (lenient about what follows the code); an unreadable
    header opens an unnamed block whose lines are dropped with it."""
    match = _HEADER.match(text)
    if not match:
        report.warn(where, f"cannot read block header {text!r}; block skipped")
        return VerbBlock("", "---", where)
    return VerbBlock(match.group("name").strip(), match.group("code").strip(), where)


def _pattern(text: str, where: str, block: VerbBlock, report: VerbReport) -> None:
    if text.count("[") != text.count("]") or text.count("(") != text.count(")") or (
            text.count("{") != text.count("}")):
        report.warn(where, f"unbalanced brackets in pattern {text!r}")
        return
    match = _PATTERN.match(text)
    if not match or "*" not in match.group("body"):
        report.warn(where, f"pattern needs a '*' and a [code]: {text!r}")
        return
    body = match.group("body").lstrip("-").strip()
    block.patterns.append(RawPattern(body, match.group("code").strip(), where))
    report.patterns += 1


def _verb(text: str, where: str, block: VerbBlock, report: VerbReport) -> None:
    match = _VERB.match(text.split(";", 1)[0])  # ";shan 8/30/93": an old comment
    words = match.group("words").replace("_", " ").split() if match else []
    if not words or not all(_WORD.match(w) for w in words):
        report.warn(where, f"cannot read verb line {text!r}")
        return
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    index = marked[0] if marked else 0
    code = match.group("code").strip() if match.group("code") is not None else None
    block.verbs.append(VerbForm([w.lstrip("+") for w in words], index, code, where))
    report.verbs += 1


def expand_synset(name: str, synsets: dict[str, list[str]], seen: frozenset[str] = frozenset()
                  ) -> list[str]:
    """Member phrases of ``&NAME``, nested synsets expanded (cycles cut); [] if unknown."""
    key = name.rstrip("_").upper()
    out: list[str] = []
    for member in synsets.get(key, []):
        if member.startswith("&"):
            if member.upper() not in seen:
                out += expand_synset(member, synsets, seen | {key})
        else:
            out.append(member)
    return out


def looks_like_verb_dictionary(path: Path, lines: int = 2000) -> bool:
    """A verb dictionary by name (``*verb*``) or by content: a ``--- VERB [code] ---`` block
    header among its first lines (``CAMEO.2.0.txt``)."""
    if "verb" in path.name.lower():
        return True
    try:
        with path.open(encoding="utf-8", errors="replace") as fh:
            for n, line in enumerate(fh):
                if n >= lines:
                    break
                if _HEADER.match(line.strip()):
                    return True
    except OSError:
        return False
    return False
