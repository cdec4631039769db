"""Benchmark warta.places.find_places on the 1000 PUD sentences (Indonesian and English).

Prints sentences/second per language, mention counts, and how often the set of countries
found in a sentence agrees between its Indonesian and English versions.

    python benchmarks/bench_places.py [--pud DIR] [--show N]
"""

from __future__ import annotations

import argparse
import csv
import time
from collections import Counter
from pathlib import Path

from warta.places import find_places
from warta.places.gazetteer import index


def read_tsv(path: Path) -> dict[str, str]:
    """sent_id -> text of a PUD file."""
    with path.open(encoding="utf-8") as f:
        return {row["sent_id"]: row["text"] for row in csv.DictReader(f, delimiter="\t",
                                                                       quoting=csv.QUOTE_NONE)}


def main() -> None:
    """Run the benchmark and print the numbers."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--pud", type=Path, default=Path("/work/shared/eval"))
    parser.add_argument("--show", type=int, default=0, help="print N found places per language")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    found: dict[str, dict[str, list]] = {}
    for lang in ("id", "en"):
        sents = read_tsv(args.pud / f"pud_{lang}.tsv")
        index(lang)  # load outside the timing
        t0 = time.perf_counter()
        for _ in range(args.repeat):
            result = {sid: find_places(text, 0, len(text), lang) for sid, text in sents.items()}
        dt = time.perf_counter() - t0
        found[lang] = result
        n = len(sents) * args.repeat
        mentions = sum(len(v) for v in result.values())
        feats = Counter(p.feature for v in result.values() for p in v)
        print(f"{lang}: {len(sents)} sentences, {n / dt:,.0f} sentences/s, "
              f"{mentions} mentions in {sum(1 for v in result.values() if v)} sentences, "
              f"{dict(feats)}")
        for sid, places in list((k, v) for k, v in result.items() if v)[: args.show]:
            print("  ", sid, [(p.text, p.name, p.country, p.feature) for p in places])

    both = [sid for sid in found["id"] if sid in found["en"]]
    agree = either = 0
    for sid in both:
        a = {p.country for p in found["id"][sid] if p.country}
        b = {p.country for p in found["en"][sid] if p.country}
        if a or b:
            either += 1
            agree += a == b
    print(f"country sets: {either} sentences with a country in either language, "
          f"identical in {agree} ({agree / max(either, 1):.1%})")


if __name__ == "__main__":
    main()
