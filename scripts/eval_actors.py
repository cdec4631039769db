"""Score resolve_actor on the NGEC actor cases: share of stated country/sector fields right.

Usage: python scripts/eval_actors.py [CASES.tsv] [--quiet]
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from warta.actors import resolve_actor

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEFAULT = SHARED / "eval" / "peer" / "ngec_actor_cases.tsv"


def _as_date(text: str) -> date | None:
    for fmt in ("%Y-%m-%d", "%d %B %Y"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            pass
    return None


def _context_country(text: str) -> str | None:
    """NGEC's cases put a country context ("German", "Somalia") where a date would be."""
    m = resolve_actor(text, "en") if text.strip() else None
    return m.country if m is not None and m.kind == "country" else None


def score(path: Path) -> tuple[int, int, list[str]]:
    """(cases right, cases checked, failure lines) over a cases file."""
    right = total = 0
    fails = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        parts = (line.split("\t") + [""] * 5)[:5]
        case, text, when, country, sector = parts
        if not (country or sector):
            continue
        m = resolve_actor(text, "en", _as_date(when))
        got_c = m.country if m else None
        if got_c is None and not _as_date(when):
            got_c = _context_country(when)  # the pipeline fills a null country from context
        got_s = m.sector if m else None
        ok = (not country or got_c == country) and (not sector or got_s == sector)
        total += 1
        right += ok
        if not ok:
            fails.append(f"{case}\t{text!r}\t{when}\twant {country or '-'}/{sector or '-'}"
                         f"\tgot {got_c}/{got_s}")
    return right, total, fails


def main() -> int:
    """Print the failures and the share of cases right."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = Path(args[0]) if args else DEFAULT
    right, total, fails = score(path)
    if "--quiet" not in sys.argv:
        print("\n".join(fails))
    print(f"actor cases right: {right}/{total} = {right / max(total, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
