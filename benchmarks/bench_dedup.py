"""Dedup speed: MinHash signatures per second, and clustering throughput at scale.

    python benchmarks/bench_dedup.py [--events 100000] [--batch 5000] [--store]

Events are synthetic contract records over 60 countries, 16 types and a year of days, so
that most keys recur (as in a real news stream). `--store` also times the full store path
(DuckDB in a temporary directory): documents written, then `clusters.update` per batch.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from warta.dedup.clustering import ClusterIndex
from warta.dedup.minhash import signature

ROOT = Path(__file__).resolve().parents[1]
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
COUNTRIES = [f"C{i:02d}" for i in range(60)]


def fake_event(rng: random.Random, i: int, day0: date) -> tuple[dict[str, Any], date]:
    """A record with a few participants, a day, maybe a place."""
    a, b = rng.sample(COUNTRIES[:12] if rng.random() < 0.7 else COUNTRIES, 2)
    d = day0 + timedelta(days=rng.randrange(365))
    rec = {"event_id": f"d{i // 5}:{i % 5}:0", "doc_id": f"d{i // 5}",
           "event": rng.choice(TYPES), "actor": [{"country": a, "sector": "GOV"}],
           "recipient": [{"country": b, "sector": "GOV"}], "date": d.isoformat(),
           "date_precision": "day", "date_text": "x", "sentence": "",
           "location": {"country": a} if rng.random() < 0.5 else None,
           "negated": False, "modality": "asserted"}
    return rec, d + timedelta(days=1)


def bench_minhash() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    texts = (texts * (200 // max(1, len(texts)) + 1))[:200]
    t = time.perf_counter()
    for text in texts:
        signature(text)
    dt = time.perf_counter() - t
    words = sum(len(x.split()) for x in texts) / len(texts)
    print(f"minhash: {len(texts) / dt:,.0f} docs/s (avg {words:.0f} words/doc)")


def bench_index(n: int) -> None:
    rng = random.Random(1)
    recs = [fake_event(rng, i, date(2024, 1, 1)) for i in range(n)]
    index = ClusterIndex()
    t = time.perf_counter()
    new = sum(index.assign(r, pub)[1] for r, pub in recs)
    dt = time.perf_counter() - t
    print(f"cluster index: {n / dt:,.0f} events/s, {n:,} events -> {new:,} clusters")


def bench_store(n: int, batch: int) -> None:
    from warta.model import Document, Event
    from warta.store import open_store

    rng = random.Random(2)
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "b.duckdb")) as st:
        t = time.perf_counter()
        for start in range(0, n, batch):
            docs: dict[str, Document] = {}
            for i in range(start, min(n, start + batch)):
                rec, pub = fake_event(rng, i, date(2024, 1, 1))
                rec |= {"lang": "en", "mode": None, "context": [], "date_text": "x",
                        "sentence_index": i % 5, "sentence": "s", "trigger": {"text": "t",
                        "span": [0, 1]}, "cameo": None, "goldstein": None, "quad_class": None,
                        "confidence": 1.0, "rule": "bench", "location": None}
                for a in rec["actor"] + rec["recipient"]:
                    a |= {"text": a["country"], "span": [0, 1], "name": None, "wikidata": None}
                doc = docs.setdefault(rec["doc_id"], Document(
                    id=rec["doc_id"], text=f"document {rec['doc_id']} " * 30, lang="en",
                    published=pub, url=f"https://s{i % 40}.example/{i}"))
                doc.events.append(Event.from_dict(rec))
            st.write(list(docs.values()))
        dt = time.perf_counter() - t
        clusters = st.db.query("SELECT count(*) FROM clusters")[0][0]
        print(f"store write+cluster (DuckDB): {n / dt:,.0f} events/s, {n:,} events, "
              f"{n // 5:,} docs -> {clusters:,} clusters in {dt:.1f} s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=5000)
    ap.add_argument("--store", action="store_true", help="also time the DuckDB store path")
    args = ap.parse_args(argv)
    bench_minhash()
    bench_index(args.events)
    if args.store:
        bench_store(args.events, args.batch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
