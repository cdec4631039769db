"""Speed of the one per-document function on one core: articles/s, sentences/s, RSS, profile.

    python benchmarks/make_corpus.py --out /tmp/warta-corpus
    python benchmarks/bench_pipeline.py /tmp/warta-corpus [--limit N] [--repeat 3] [--cprofile 25]

Prints articles/s and sentences/s (single process, after warm-up; the best of --repeat
passes, with the load average before each: the machine is shared), peak RSS, the start-up
time of a fresh interpreter (import warta + first extract), the CPU time of each step of
warta.pipeline.STEPS as a share of the total, and optionally the top cProfile hot spots.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
import subprocess
import sys
import time
from pathlib import Path

from warta.ingest import InputError, read_inputs
from warta.model import Document
from warta.pipeline import STEPS, Step, process
from warta.runners.work import warm_up

STARTUP = ("import time; t0 = time.perf_counter(); import warta; "
           "t1 = time.perf_counter(); "
           "warta.extract('Presiden Joko Widodo bertemu Presiden Xi Jinping di Beijing.', "
           "published='2025-01-22'); t2 = time.perf_counter(); "
           "print(f'{t1 - t0:.3f} {t2 - t0:.3f}')")


def load(corpus: Path, limit: int | None) -> list[Document]:
    """The corpus documents (a directory or file of JSON Lines), at most limit of them."""
    docs = [d for d in read_inputs([str(corpus)]) if not isinstance(d, InputError)]
    return docs[:limit] if limit else docs


def fresh(doc: Document) -> Document:
    """An unannotated copy (process fills the layers in place)."""
    return Document(id=doc.id, text=doc.text, lang=doc.lang, published=doc.published,
                    url=doc.url, title=doc.title, meta=doc.meta)


def startup(rounds: int = 3) -> tuple[float, float]:
    """Best of `rounds` fresh interpreters: (import warta, import + first extract) seconds."""
    best = (float("inf"), float("inf"))
    for _ in range(rounds):
        out = subprocess.run([sys.executable, "-c", STARTUP], capture_output=True, text=True,
                             check=True).stdout.split()
        best = min(best, (float(out[0]), float(out[1])), key=lambda t: t[1])
    return best


def timed_steps(acc: dict[str, float]) -> list[tuple[str, Step]]:
    """STEPS with each step wrapped to add its CPU time to acc[name] (steadier than wall
    time on a shared machine)."""
    def wrap(name: str, step: Step) -> Step:
        def run(doc: Document) -> Document:
            t = time.process_time()
            try:
                return step(doc)
            finally:
                acc[name] = acc.get(name, 0.0) + time.process_time() - t
        return run
    return [(name, wrap(name, step)) for name, step in STEPS]


def main() -> None:
    """Run the measurements and print a Markdown-ready report."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int, help="use only the first N articles")
    ap.add_argument("--repeat", type=int, default=1, metavar="N",
                    help="time N passes over the corpus and report the fastest")
    ap.add_argument("--cprofile", type=int, default=0, metavar="N",
                    help="also print the top N functions by own time (cProfile)")
    args = ap.parse_args()
    docs = load(args.corpus, args.limit)
    t0 = time.perf_counter()
    warm_up()
    print(f"warm-up (packs, lexicons, gazetteer): {time.perf_counter() - t0:.2f} s")

    # Wall time and CPU time of the process: on a shared machine the CPU time is the steadier
    # measure (it leaves out the time the process waited for a core).
    elapsed = cpu = float("inf")
    for _ in range(max(1, args.repeat)):
        avg = os.getloadavg()[0]
        t0, c0 = time.perf_counter(), time.process_time()
        sents = events = 0
        for d in docs:  # keep only counts: holding every coded document would inflate the RSS
            coded = process(fresh(d))
            sents += len(coded.sentences)
            events += len(coded.events)
        took, cpu_took = time.perf_counter() - t0, time.process_time() - c0
        print(f"pass: {took:.2f} s  {len(docs) / took:.1f} articles/s  "
              f"(CPU {cpu_took:.2f} s: {len(docs) / cpu_took:.1f} articles/s; "
              f"load average {avg:.2f})")
        elapsed, cpu = min(elapsed, took), min(cpu, cpu_took)
    chars = sum(len(d.text) for d in docs)
    print(f"articles: {len(docs)}  sentences: {sents}  events: {events}  "
          f"chars/article: {chars / len(docs):.0f}")
    print(f"process: {elapsed:.2f} s  {len(docs) / elapsed:.1f} articles/s  "
          f"{sents / elapsed:.0f} sentences/s  (one core, best of {max(1, args.repeat)})")
    print(f"process CPU time: {cpu:.2f} s  {len(docs) / cpu:.1f} articles/s  "
          f"{sents / cpu:.0f} sentences/s")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")

    acc: dict[str, float] = {}
    steps = timed_steps(acc)
    for d in docs:
        process(fresh(d), steps)
    total = sum(acc.values())
    print("\n| step | CPU s | ms/article | % |\n|---|---:|---:|---:|")
    for name, _ in STEPS:
        s = acc.get(name, 0.0)
        print(f"| {name} | {s:.2f} | {1000 * s / len(docs):.2f} | {100 * s / total:.1f} |")

    imp, first = startup()
    print(f"\nstart-up: import warta {imp:.2f} s; import + first extract {first:.2f} s")

    if args.cprofile:
        prof = cProfile.Profile()
        prof.enable()
        for d in docs:
            process(fresh(d))
        prof.disable()
        stats = pstats.Stats(prof)
        stats.sort_stats("tottime").print_stats(args.cprofile)
        stats.sort_stats("cumulative").print_stats(args.cprofile + 15)


if __name__ == "__main__":
    main()
