"""The layout of a run's output directory, and the atomic write of one shard into it.

    OUT/events/<shard>.parquet      contract records (EVENT_SCHEMA, nested as structs/lists)
    OUT/statements/<shard>.parquet  attributed statements
    OUT/documents/<shard>.parquet   input text and metadata (what `warta ingest` needs)
    OUT/errors/<shard>.parquet      items that could not be read or coded
    OUT/_SUCCESS.<shard>            written last: the shard is complete (JSON row counts)
    OUT/_run.json                   the settings of the run (a rerun must use the same)

Every file is written under a hidden temporary name and moved into place with os.replace,
and the marker comes last, so a shard without its marker is incomplete: a rerun deletes
its files and codes it again, and `warta.runners.reader` never reads it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from warta.runners.work import ShardRecords
from warta.store.arrow_schema import ACTOR, EVENT_SCHEMA, SPAN, TRIGGER

STATEMENT_SCHEMA = pa.schema([
    ("statement_id", pa.string()), ("doc_id", pa.string()), ("speaker", ACTOR),
    ("text", pa.string()), ("span", SPAN), ("verb", TRIGGER), ("sentence_index", pa.int32()),
])
DOCUMENT_SCHEMA = pa.schema([
    ("id", pa.string()), ("text", pa.string()), ("lang", pa.string()),
    ("published", pa.date32()), ("url", pa.string()), ("title", pa.string()),
    ("meta", pa.string()), ("skipped", pa.string()),
])
ERROR_SCHEMA = pa.schema([("item", pa.string()), ("reason", pa.string()), ("hint", pa.string())])
TABLES: dict[str, pa.Schema] = {"events": EVENT_SCHEMA, "statements": STATEMENT_SCHEMA,
                                "documents": DOCUMENT_SCHEMA, "errors": ERROR_SCHEMA}
MARKER_PREFIX = "_SUCCESS."
SETTINGS_FILE = "_run.json"
ROW_GROUP = 50_000  # rows per Parquet row group: large enough to compress, small to stream


def marker_path(out: Path, shard: str) -> Path:
    """Where the completion marker of a shard goes."""
    return out / f"{MARKER_PREFIX}{shard}"


def table_path(out: Path, table: str, shard: str) -> Path:
    """The Parquet file of one table of one shard."""
    return out / table / f"{shard}.parquet"


def is_done(out: Path, shard: str) -> bool:
    """Whether the shard was completely written by an earlier (or this) run."""
    return marker_path(out, shard).exists()


def done_shards(out: Path) -> list[str]:
    """Names of the completed shards, sorted."""
    if not out.is_dir():
        return []
    return sorted(p.name[len(MARKER_PREFIX):] for p in out.iterdir()
                  if p.name.startswith(MARKER_PREFIX))


def _atomic_write(path: Path, write: Any) -> None:
    """Write through a hidden temporary file in the same directory, then rename over path."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_shard(out: Path, shard: str, records: ShardRecords) -> dict[str, int]:
    """Write a shard's four tables, then its marker; returns the row counts."""
    rows = {"events": records.events, "statements": records.statements,
            "documents": records.documents, "errors": records.errors}
    for table, schema in TABLES.items():
        # from_pylist with the fixed schema: every shard (even an empty one) has the same
        # columns and types, so the directories read as one dataset.
        data = pa.Table.from_pylist(rows[table], schema=schema)
        path = table_path(out, table, shard)
        path.parent.mkdir(parents=True, exist_ok=True)
        _atomic_write(path, lambda tmp, data=data: pq.write_table(
            data, str(tmp), row_group_size=ROW_GROUP, compression="zstd"))
    counts = records.counts()
    _atomic_write(marker_path(out, shard),
                  lambda tmp: tmp.write_text(json.dumps(counts, sort_keys=True) + "\n"))
    return counts


def clear_incomplete(out: Path, pending: list[str]) -> None:
    """Delete what a killed run left: temporary files, and the files of unmarked shards."""
    for table in TABLES:
        folder = out / table
        if not folder.is_dir():
            continue
        for p in folder.iterdir():
            if p.name.startswith(".") and p.name.endswith(".tmp"):
                p.unlink(missing_ok=True)
        for shard in pending:
            table_path(out, table, shard).unlink(missing_ok=True)
    for p in out.glob(f".{MARKER_PREFIX}*.tmp"):
        p.unlink(missing_ok=True)


def check_settings(out: Path, settings: dict[str, Any]) -> dict[str, Any] | None:
    """Record the run's settings, or return the recorded ones when a rerun differs."""
    path = out / SETTINGS_FILE
    if path.exists():
        old: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return None if old == settings else old
    out.mkdir(parents=True, exist_ok=True)
    _atomic_write(path, lambda tmp: tmp.write_text(json.dumps(settings, sort_keys=True) + "\n",
                                                  encoding="utf-8"))
    return None
