"""PLOVER/CAMEO tables: event types, the CAMEO code of a coded event, Goldstein score, QuadClass."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "ontology"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

_LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?")


@dataclass(frozen=True, slots=True)
class CameoEntry:
    """One row of the CAMEO-to-PLOVER table."""

    code: str
    event: str
    mode: str | None
    context: tuple[str, ...]


@cache
def cameo_table() -> dict[str, CameoEntry]:
    """CAMEO code -> PLOVER event, mode and context (first row wins for duplicated codes)."""
    table: dict[str, CameoEntry] = {}
    for line in (DATA / "cameo2plover.txt").read_text(encoding="utf-8").splitlines():
        m = _LINE.match(line.strip())
        if not m:
            continue
        code, event = m.group(1), m.group(2)
        mode = (m.group(3) or "").strip() or None
        context = tuple(c.strip() for c in (m.group(4) or "").split(";") if c.strip())
        table.setdefault(code, CameoEntry(code, event, mode, context))
    return table


@cache
def goldstein_table() -> dict[str, float]:
    """CAMEO code -> Goldstein score."""
    out = {}
    for line in (DATA / "goldstein.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, score = line.split("\t")
            out[code.strip()] = float(score)
    return out


def goldstein(cameo: str | None) -> float | None:
    """Goldstein score of a CAMEO code, falling back to its parents."""
    if not cameo:
        return None
    table = goldstein_table()
    for n in range(len(cameo), 1, -1):
        if cameo[:n] in table:
            return table[cameo[:n]]
    return None


def quad_class(cameo: str | None) -> int | None:
    """GDELT QuadClass: 1 verbal / 2 material cooperation, 3 verbal / 4 material conflict."""
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


# The CAMEO code used for a PLOVER type (and mode) when a rule names none.
DEFAULT_CAMEO = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "051", "CONCEDE": "080",
    "COOPERATE": "060", "AID": "070", "RETREAT": "080", "REQUEST": "100",
    "ACCUSE": "112", "REJECT": "120", "THREATEN": "130", "PROTEST": "140",
    "SANCTION": "160", "MOBILIZE": "150", "COERCE": "170", "ASSAULT": "180",
}


@cache
def _by_event_mode() -> dict[tuple[str, str | None], str]:
    """(event, mode) -> the most general CAMEO code that carries them."""
    out: dict[tuple[str, str | None], str] = {}
    for code, entry in sorted(cameo_table().items(), key=lambda kv: (len(kv[0]), kv[0])):
        if len(code) >= 3:
            out.setdefault((entry.event, entry.mode), code)
    return out


def cameo_for(event: str, mode: str | None) -> str:
    """A CAMEO code for a PLOVER event and mode."""
    if mode and (event, mode) in _by_event_mode():
        return _by_event_mode()[(event, mode)]
    return DEFAULT_CAMEO[event]


def context_of(cameo: str | None) -> list[str]:
    """PLOVER contexts that the CAMEO table gives a code."""
    entry = cameo_table().get(cameo or "")
    return list(entry.context) if entry else []
