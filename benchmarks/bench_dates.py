"""Sentences per second of warta.dates.find_dates over the PUD sentences (id, en).

Plain script: `python benchmarks/bench_dates.py`. Skips a language whose file is absent.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from warta.dates import find_dates
from warta.dates.grammar import grammar

EVAL = Path("/work/shared/eval")
PUBLISHED = date(2025, 1, 22)
ROUNDS = 20


def sentences(path: Path) -> list[str]:
    """The text column of a `sent_id<TAB>text` file, header skipped."""
    rows = path.read_text(encoding="utf-8").splitlines()[1:]
    return [r.split("\t", 1)[1] for r in rows if "\t" in r]


def main() -> None:
    """Time find_dates per language and print sentences/second and mentions found."""
    for lang in ("id", "en"):
        path = EVAL / f"pud_{lang}.tsv"
        if not path.is_file():
            print(f"{lang}: {path} absent, skipped")
            continue
        sents = sentences(path)
        grammar(lang)  # compile outside the timing, as the pipeline does once per process
        found = sum(len(find_dates(s, 0, len(s), lang, PUBLISHED)) for s in sents)
        t0 = time.perf_counter()
        for _ in range(ROUNDS):
            for s in sents:
                find_dates(s, 0, len(s), lang, PUBLISHED)
        elapsed = time.perf_counter() - t0
        rate = ROUNDS * len(sents) / elapsed
        print(f"{lang}: {len(sents)} sentences x {ROUNDS}: {rate:,.0f} sentences/s, "
              f"{found} mentions")


if __name__ == "__main__":
    main()
