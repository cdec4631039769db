"""Share of gold actors (dev.jsonl) whose text the finder covers with the right country.

Usage: python scripts/eval_actor_coverage.py [GOLD.jsonl]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from warta.actors import find_actor_mentions

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev.jsonl"


def main() -> int:
    """Print per-language coverage (any overlap; country right when the gold states one)."""
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    for lang, tkey, akey in (("en", "text_en", "text"), ("id", "text_id", "text_id")):
        found = right = total = 0
        for row in rows:
            text = row.get(tkey) or row.get("text") or ""
            mentions = find_actor_mentions(text, 0, len(text), lang)
            for ev in row["events"]:
                for a in ev["actor"] + ev["recipient"]:
                    gold = a.get(akey)
                    if not gold or gold not in text:
                        continue
                    total += 1
                    s = text.index(gold)
                    e = s + len(gold)
                    hits = [m for m in mentions if m.span[0] < e and s < m.span[1]]
                    found += bool(hits)
                    right += any(a["country"] is None or m.country == a["country"] for m in hits)
        print(f"{lang}: gold actors {total}, covered {found} ({found / max(total, 1):.2f}), "
              f"covered with right country {right} ({right / max(total, 1):.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
