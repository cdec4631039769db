"""Wall time of `warta run --engine local` with 1 and 2 workers: the speed-up of the pool.

    python benchmarks/make_corpus.py --out /tmp/warta-corpus
    python benchmarks/bench_run.py /tmp/warta-corpus [--workers 1 2] [--engine spark]

Each run writes to a fresh temporary directory; the whole command is timed (start-up,
warm-up of every worker and the Parquet writes included), as a user would see it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed_run(corpus: Path, workers: int, engine: str) -> tuple[float, dict[str, int]]:
    """Seconds of one `warta run` into a fresh directory, and its summed marker counts."""
    with tempfile.TemporaryDirectory(prefix="warta-bench-run-") as tmp:
        out = Path(tmp) / "out"
        cmd = [sys.executable, "-m", "warta.cli.main", "run", "--input", str(corpus),
               "--output", str(out), "--engine", engine, "--workers", str(workers)]
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - t0
        counts = {"documents": 0, "events": 0}
        for marker in out.glob("_SUCCESS.*"):
            rec = json.loads(marker.read_text())
            for key in counts:
                counts[key] += rec[key]
    return elapsed, counts


def main() -> None:
    """Time each worker count and print articles/s and the speed-up over the first."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--engine", choices=["local", "spark"], default="local")
    args = ap.parse_args()
    base = None
    print("| engine | workers | s | articles | events | articles/s | speed-up |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for n in args.workers:
        elapsed, counts = timed_run(args.corpus, n, args.engine)
        base = base or elapsed
        print(f"| {args.engine} | {n} | {elapsed:.1f} | {counts['documents']} | "
              f"{counts['events']} | {counts['documents'] / elapsed:.1f} | "
              f"{base / elapsed:.2f}x |", flush=True)


if __name__ == "__main__":
    main()
