"""The Spark engine: the same per-document function on a cluster, through `mapInArrow`.

Executors read the shards (stage 1: one task per shard), the documents are spread round-robin
over the cores, each is coded by `code_item` (stage 2), and the driver writes the results in
the same Parquet layout, with the same writer and markers, as the local engine.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import pyarrow as pa

from warta.ingest import InputError
from warta.model import Document
from warta.runners.local import OnDone
from warta.runners.output import write_shard
from warta.runners.shards import Shard, read_shard
from warta.runners.work import ShardRecords, code_item, item_from_json, item_to_json, warm_up

DOCS_PER_BATCH = 256  # Arrow batch size inside the tasks: bounded memory, little overhead
ITEMS = pa.schema([("shard", pa.int32()), ("seq", pa.int32()), ("item", pa.string())])
CODED = pa.schema([("shard", pa.int32()), ("seq", pa.int32()), ("records", pa.string())])
_warm = False  # per Python worker: Spark reuses workers, so the packs load once each


class SparkMissing(Exception):
    """pyspark (or Java) is not available."""


def _item_json(item: Document | InputError) -> str:
    if isinstance(item, InputError):
        return json.dumps({"error": item.to_dict()}, ensure_ascii=False)
    return json.dumps({"id": item.id, "text": item.text, "lang": item.lang,
                       "published": item.published.isoformat() if item.published else None,
                       "url": item.url, "title": item.title, "meta": item.meta},
                      ensure_ascii=False, default=str)


def _item(text: str) -> Document | InputError:
    d = json.loads(text)
    if "error" in d:
        return InputError(**d["error"])
    return Document(id=d["id"], text=d["text"], lang=d["lang"],
                    published=date.fromisoformat(d["published"]) if d["published"] else None,
                    url=d["url"], title=d["title"], meta=d["meta"])


def read_batches(batches: Iterator[pa.RecordBatch], lang: str | None,
                 published: str | None) -> Iterator[pa.RecordBatch]:
    """Stage 1 (on executors): the items of each shard, numbered in input order."""
    when = date.fromisoformat(published) if published else None
    for batch in batches:
        for row in batch.to_pylist():
            shard = Shard(row["name"], tuple(json.loads(row["paths"])))
            rows: list[dict[str, Any]] = []
            for seq, item in enumerate(read_shard(shard, lang, when)):
                rows.append({"shard": row["shard"], "seq": seq, "item": _item_json(item)})
                if len(rows) >= DOCS_PER_BATCH:
                    yield pa.RecordBatch.from_pylist(rows, schema=ITEMS)
                    rows = []
            if rows:
                yield pa.RecordBatch.from_pylist(rows, schema=ITEMS)


def code_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Stage 2 (on executors): `code_item`, the per-document function, on every item."""
    global _warm
    if not _warm:
        warm_up()
        _warm = True
    for batch in batches:
        rows = [{"shard": r["shard"], "seq": r["seq"],
                 "records": item_to_json(code_item(_item(r["item"])))}
                for r in batch.to_pylist()]
        yield pa.RecordBatch.from_pylist(rows, schema=CODED)


def session(workers: int, master: str | None) -> Any:
    """A SparkSession: local[workers] by default, a cluster or Spark Connect by URL."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as err:
        raise SparkMissing("the spark engine needs pyspark, which is not installed") from err
    remote = master is not None and master.startswith("sc://")
    if not remote and not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        raise SparkMissing("the spark engine needs Java, and no java is on the PATH")
    if not master or master.startswith("local"):
        # Executors run this very interpreter (so this warta), on the loopback interface.
        os.environ["PYSPARK_PYTHON"] = sys.executable
        os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    builder = SparkSession.builder.appName("warta run")
    if remote and master is not None:
        return builder.remote(master).getOrCreate()
    builder = builder.master(master or f"local[{workers}]")
    if not master or master.startswith("local"):
        builder = builder.config("spark.ui.enabled", "false") \
            .config("spark.sql.shuffle.partitions", str(max(2, workers)))
    return builder.getOrCreate()


def run_spark(shards: list[Shard], out: Path, lang: str | None, published: date | None,
              workers: int, master: str | None = None, on_done: OnDone | None = None,
              spark: Any = None) -> dict[str, int]:
    """Code the shards on Spark and write them like the local engine; total row counts."""
    own = spark is None
    spark = spark or session(workers, master)
    try:
        table = spark.createDataFrame(
            [(i, s.name, json.dumps(list(s.paths))) for i, s in enumerate(shards)],
            "shard int, name string, paths string").repartition(len(shards))
        items = table.mapInArrow(
            partial(read_batches, lang=lang,
                    published=published.isoformat() if published else None),
            "shard int, seq int, item string")
        parallel = int(spark.conf.get("spark.sql.shuffle.partitions", str(workers)))
        coded = items.repartition(max(parallel, workers) * 2) \
            .mapInArrow(code_batches, "shard int, seq int, records string")
        # Materialise once: the sort below would otherwise code every document twice
        # (once to sample the range bounds, once for real).
        coded = coded.localCheckpoint(eager=True)
        return _write(coded.orderBy("shard", "seq").toLocalIterator(), shards, out, on_done)
    finally:
        if own:
            spark.stop()


def _write(rows: Iterator[Any], shards: list[Shard], out: Path,
           on_done: OnDone | None) -> dict[str, int]:
    """Write shards from rows sorted by (shard, seq); shards with no rows get empty files."""
    total = {"documents": 0, "events": 0, "statements": 0, "errors": 0}
    current, records = 0, ShardRecords()

    def flush(index: int, recs: ShardRecords) -> None:
        counts = write_shard(out, shards[index].name, recs)
        for key, value in counts.items():
            total[key] += value
        if on_done is not None:
            on_done(shards[index].name, counts)

    for row in rows:
        while row["shard"] > current:
            flush(current, records)
            current, records = current + 1, ShardRecords()
        records.add(item_from_json(row["records"]))
    for index in range(current, len(shards)):
        flush(index, records if index == current else ShardRecords())
    return total
