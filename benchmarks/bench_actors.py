"""Throughput of find_actor_mentions over the PUD sentences, and knowledge load time.

Usage: python benchmarks/bench_actors.py  (plain script; numbers go to benchmarks/README.md)
"""

from __future__ import annotations

import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def main() -> None:
    """Print load time and sentences per second for each language."""
    t0 = time.perf_counter()
    from warta.actors import find_actor_mentions
    from warta.actors.lexicon import lexicon

    for lang in ("id", "en"):
        lexicon(lang)
        # The unknown-name rules load the gazetteer and the roots on first use.
        find_actor_mentions("Dündar warned Europe.", 0, 21, lang)
    print(f"load (import + both lexicons + name rules): {time.perf_counter() - t0:.3f} s")
    for lang in ("id", "en"):
        lines = (SHARED / f"pud_{lang}.tsv").read_text(encoding="utf-8").splitlines()[1:]
        texts = [line.split("\t", 1)[1] for line in lines if "\t" in line]
        n = 0
        t = time.perf_counter()
        for _ in range(3):
            for s in texts:
                n += len(find_actor_mentions(s, 0, len(s), lang))
        dt = time.perf_counter() - t
        print(f"{lang}: {3 * len(texts) / dt:,.0f} sentences/s ({n // 3} mentions per pass)")


if __name__ == "__main__":
    main()
