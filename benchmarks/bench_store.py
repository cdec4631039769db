"""Store benchmark: write N synthetic events into a DuckDB file, then time the API's filters.

The events are real ones (the pipeline's output on the seed article and the dev sentences),
copied with varied ids, dates and countries. Usage:

    python benchmarks/bench_store.py [--events 1000000] [--db /tmp/bench.duckdb]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from warta import make_document, process
from warta.model import Document, Event
from warta.store import EventFilter, open_store

ROOT = Path(__file__).resolve().parents[1]
COUNTRIES = ["CHN", "RUS", "USA", "IDN", "MYS", "SGP", "AUS", "JPN", "KOR", "IND", "PAK",
             "IRN", "ISR", "PSE", "UKR", "GBR", "FRA", "DEU", "TUR", "SAU", "EGY", "NGA",
             "BRA", "MEX", "PHL", "THA", "VNM", "MMR", "TWN", "PRK"]
WORDS = ["pertemuan", "sanksi", "serangan", "bantuan", "protes", "kerja sama", "summit",
         "minister", "military", "talks"]


def seed_events() -> list[Event]:
    """Real events: the pipeline on the seed article and (when present) the dev sentences."""
    texts = [("seed", (ROOT / "examples" / "000_1bb352efa15facdf.txt").read_text(), "id")]
    dev = Path("/work/shared/eval/dev.jsonl")
    if dev.exists():
        for line in dev.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            texts.append((rec["sent_id"], rec["text_id"], "id"))
            texts.append((rec["sent_id"] + "en", rec["text_en"], "en"))
    events: list[Event] = []
    for doc_id, text, lang in texts:
        events.extend(process(make_document(doc_id, text, lang, "2025-01-22")).events)
    return events


def vary(ev: Event, doc_id: str, n: int, day: date, rng: random.Random) -> Event:
    """A copy of a real event under a new id, on another day, with other countries."""
    a, b = rng.sample(COUNTRIES, 2)
    actors = [dataclasses.replace(x, country=a) for x in ev.actor]
    recipients = [dataclasses.replace(x, country=b) for x in ev.recipient]
    return dataclasses.replace(ev, event_id=f"{doc_id}:{ev.sentence_index}:{n}", doc_id=doc_id,
                               actor=actors, recipient=recipients, date=day.isoformat(),
                               date_precision="day")


def build(db: str, total: int, per_doc: int = 10, batch_docs: int = 2000) -> float:
    """Write `total` events in documents of `per_doc`; return events per second."""
    rng = random.Random(7)
    pool = seed_events()
    print(f"{len(pool)} real events to copy from", file=sys.stderr)
    start_day = date(2015, 1, 1)
    written = 0
    t0 = time.perf_counter()
    with open_store(db) as store:
        d = 0
        while written < total:
            docs = []
            for _ in range(batch_docs):
                doc_id = f"bench{d:08d}"
                day = start_day + timedelta(days=rng.randrange(3650))
                picks = rng.sample(pool, min(per_doc, len(pool)))
                text = " ".join(e.sentence for e in picks) + f" [{doc_id}]"
                events = [vary(e, doc_id, i, day, rng) for i, e in enumerate(picks)]
                docs.append(Document(id=doc_id, text=text, lang="id", published=day,
                                     events=events))
                d += 1
            written += store.write(docs).events
            print(f"\r{written} events", end="", file=sys.stderr)
    print(file=sys.stderr)
    return written / (time.perf_counter() - t0)


def timed(store: object, filters: list[EventFilter]) -> tuple[float, float]:
    """p50 and p99 milliseconds of one page (limit 100, with total) per filter."""
    times = []
    for f in filters:
        t0 = time.perf_counter()
        store.events(f, limit=100)  # type: ignore[attr-defined]
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.99))]


def main() -> int:
    """Build (unless --reuse) and measure."""
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--events", type=int, default=1_000_000)
    p.add_argument("--db", default="/tmp/warta-bench.duckdb")
    p.add_argument("--runs", type=int, default=40)
    p.add_argument("--reuse", action="store_true", help="measure an existing store")
    args = p.parse_args()
    if not args.reuse:
        Path(args.db).unlink(missing_ok=True)
        rate = build(args.db, args.events)
        print(f"ingest: {rate:,.0f} events/s")
    rng = random.Random(11)
    with open_store(args.db, read_only=True) as store:
        print(f"store: {store.counts()}")
        day = lambda: date(2015, 1, 1) + timedelta(days=rng.randrange(3600))  # noqa: E731
        cases = {
            "none": [EventFilter() for _ in range(args.runs)],
            "type": [EventFilter(type=rng.choice(["CONSULT", "AGREE", "SUPPORT", "ACCUSE"]))
                     for _ in range(args.runs)],
            "country": [EventFilter(country=rng.choice(COUNTRIES)) for _ in range(args.runs)],
            "date range (30 days)": [EventFilter(date_from=(s := day()),
                                                 date_to=s + timedelta(days=30))
                                     for _ in range(args.runs)],
            "q (text)": [EventFilter(q=rng.choice(WORDS)) for _ in range(args.runs)],
            "actor": [EventFilter(actor=rng.choice(["putin", "xi jinping", "obama", "Q7747"]))
                      for _ in range(args.runs)],
            "country+type+range": [EventFilter(country=rng.choice(COUNTRIES), type="CONSULT",
                                               date_from=(s := day()),
                                               date_to=s + timedelta(days=365))
                                   for _ in range(args.runs)],
        }
        print("| filter | p50 ms | p99 ms |\n|---|---|---|")
        for name, filters in cases.items():
            p50, p99 = timed(store, filters)
            print(f"| {name} | {p50:.1f} | {p99:.1f} |")
        t0 = time.perf_counter()
        store.stats()
        print(f"stats (all): {(time.perf_counter() - t0) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
