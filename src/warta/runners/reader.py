"""Read a `warta run` output directory back: contract records, coded Documents, the store.

Only shards with a completion marker are read, so a run that is still going (or was killed)
shows exactly its finished shards.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from warta.ingest import InputError
from warta.model import Actor, Document, Event, Statement, Trigger
from warta.runners.output import SETTINGS_FILE, done_shards, table_path
from warta.store import Store, WriteCounts

_OPTIONAL = ("speaker", "cluster_id")  # contract fields that are absent, not null, when unset


def is_run_output(path: str | Path) -> bool:
    """Whether path is the output directory of `warta run`."""
    return (Path(path) / SETTINGS_FILE).is_file()


def _rows(out: Path, table: str, shard: str) -> list[dict[str, Any]]:
    return pq.read_table(str(table_path(out, table, shard))).to_pylist()


def event_record(row: dict[str, Any]) -> dict[str, Any]:
    """The contract record of an events row (optional fields dropped when null)."""
    for key in _OPTIONAL:
        if row.get(key) is None:
            row.pop(key, None)
    return row


def read_events(out: str | Path) -> Iterator[dict[str, Any]]:
    """Every event of the finished shards as a contract record, in shard then input order."""
    root = Path(out)
    for shard in done_shards(root):
        for row in _rows(root, "events", shard):
            yield event_record(row)


def read_errors(out: str | Path) -> Iterator[InputError]:
    """Every item the run could not read or code."""
    root = Path(out)
    for shard in done_shards(root):
        for row in _rows(root, "errors", shard):
            yield InputError(row["item"], row["reason"], row["hint"])


def _actor(d: dict[str, Any] | None) -> Actor | None:
    if d is None:
        return None
    return Actor(text=d["text"] or "", span=tuple(d["span"] or (0, 0)),
                 name=d["name"], country=d["country"], sector=d["sector"],
                 wikidata=d["wikidata"])


def _statement(row: dict[str, Any]) -> Statement:
    verb = row["verb"] or {"text": "", "span": [0, 0]}
    return Statement(statement_id=row["statement_id"], doc_id=row["doc_id"],
                     speaker=_actor(row["speaker"]), text=row["text"] or "",
                     span=tuple(row["span"] or (0, 0)),
                     verb=Trigger(verb["text"] or "", tuple(verb["span"] or (0, 0))),
                     sentence_index=int(row["sentence_index"] or 0))


def read_documents(out: str | Path) -> Iterator[Document]:
    """The coded Documents of the finished shards (text, metadata, events, statements)."""
    root = Path(out)
    for shard in done_shards(root):
        events: dict[str, list[Event]] = {}
        for row in _rows(root, "events", shard):
            events.setdefault(row["doc_id"], []).append(Event.from_dict(event_record(row)))
        statements: dict[str, list[Statement]] = {}
        for row in _rows(root, "statements", shard):
            statements.setdefault(row["doc_id"], []).append(_statement(row))
        for row in _rows(root, "documents", shard):
            # A doc id repeated inside one shard shares its lists: pop hands them to the first.
            yield Document(id=row["id"], text=row["text"], lang=row["lang"],
                           published=row["published"], url=row["url"], title=row["title"],
                           meta=json.loads(row["meta"]) if row["meta"] else {},
                           skipped=row["skipped"], events=events.pop(row["id"], []),
                           statements=statements.pop(row["id"], []))


def load_run(store: Store, out: str | Path, run_id: str | None = None,
             batch: int = 200) -> WriteCounts:
    """Store a run's coded documents (no re-coding) and its errors; idempotent like ingest."""
    total = WriteCounts()
    docs: list[Document] = []
    for doc in read_documents(out):
        docs.append(doc)
        if len(docs) >= batch:
            total.add(store.write(docs, run_id))
            docs = []
    if docs:
        total.add(store.write(docs, run_id))
    errors = list(read_errors(out))
    if errors:
        total.errors += store.write_errors(errors, run_id)
    return total
