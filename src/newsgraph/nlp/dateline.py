"""Wire-copy datelines ("MOSCOW (Reuters) -", "KYIV, Ukraine (AP) —", "RIYADH/OTTAWA, Aug 8
-") are not part of the first sentence: they are blanked out before parsing, keeping
character offsets."""

from __future__ import annotations

import re

_DATELINE = re.compile(
    r"""^\s*
    (?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-]+){0,3})  # PLACE
    (?:/[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-]+){0,3}){0,2}  # /PLACE
    (?:,\s*[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,3})?       # , Country or region
    (?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?    # , March 4[, 2024]
    \s*(?:\([A-Za-z.\- ]{1,30}\))?                          # (Reuters)
    \s*(?:-{1,2}|—|–|:)\s+""",
    re.VERBOSE,
)


def mask_dateline(text: str) -> str:
    """``text`` with a leading dateline replaced by spaces and a line break (same length:
    a run of spaces alone in front of the first word hides its names from the tagger)."""
    m = _DATELINE.match(text)
    if m is None or len(m.group(0)) > 80:
        return text
    return " " * (m.end() - 1) + "\n" + text[m.end():]


def dateline_place(text: str) -> str | None:
    """The place a leading dateline names, in title case ("HONIARA, July 24 -" -> "Honiara");
    none when it names several ("KIGALI/MAPUTO": the story is about both)."""
    m = _DATELINE.match(text)
    if m is None or len(m.group(0)) > 80 or m.group(0)[m.end("place"):].startswith("/"):
        return None
    return m.group("place").title()
