"""The one writer: idempotent document writes keyed on content hash, runs and errors."""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from warta.ingest.errors import InputError
from warta.model import Document
from warta.store import rows as R
from warta.store.backend import Backend


@dataclass(slots=True)
class WriteCounts:
    """What one write (or a whole run) did."""

    documents: int = 0  # newly stored
    duplicates: int = 0  # already stored with the same text: nothing changed
    renamed: int = 0  # new text under a taken id: stored as <id>~<hash8>
    skipped: int = 0  # stored, but not coded (unsupported language ...)
    events: int = 0
    statements: int = 0
    errors: int = 0

    def add(self, other: WriteCounts) -> None:
        """Accumulate another write's counts into this one."""
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


def _now() -> datetime:
    # Store bookkeeping only (run times, DATEADDED); never used by the pipeline.
    return datetime.now(UTC).replace(tzinfo=None)


def _in(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def existing(db: Backend, table: str, column: str, values: Sequence[Any]) -> set[Any]:
    """Which of the values are already in table.column (in chunks, parameterised)."""
    found: set[Any] = set()
    vals = list(values)
    for i in range(0, len(vals), 500):
        chunk = vals[i:i + 500]
        sql = f"SELECT {column} FROM {table} WHERE {column} IN ({_in(chunk)})"
        found.update(r[0] for r in db.query(sql, chunk))
    return found


def _renamed(doc: Document, new_id: str) -> Document:
    """The document under another id, its events' and statements' ids following it."""
    def moved(ident: str) -> str:
        # Pipeline ids are "<doc_id>:<sentence>:<n>"; keep the tail, swap the head.
        return new_id + ident[len(doc.id):] if ident.startswith(doc.id) else f"{new_id}:{ident}"

    events = [dataclasses.replace(e, doc_id=new_id, event_id=moved(e.event_id))
              for e in doc.events]
    statements = [dataclasses.replace(s, doc_id=new_id, statement_id=moved(s.statement_id))
                  for s in doc.statements]
    return dataclasses.replace(doc, id=new_id, events=events, statements=statements)


def write_documents(db: Backend, docs: Sequence[Document],
                    run_id: str | None = None) -> WriteCounts:
    """Store processed documents with their events and statements; a stored text is skipped.

    A new text under an id already taken (a translation, a corrected version) is stored
    under "<id>~<first 8 hex of its hash>", so writing the same inputs again is a no-op
    whatever their order.
    """
    counts = WriteCounts()
    by_hash: dict[str, Document] = {}
    for doc in docs:
        h = R.content_hash(doc)
        if h in by_hash:
            counts.duplicates += 1
        else:
            by_hash[h] = doc
    with db.lock:
        known = existing(db, "documents", "content_hash", list(by_hash))
        counts.duplicates += len(known)
        fresh = [(h, d) for h, d in by_hash.items() if h not in known]
        taken = existing(db, "documents", "id", [d.id for _, d in fresh])
        added = _now()
        doc_rows: list[tuple[Any, ...]] = []
        event_rows: list[tuple[Any, ...]] = []
        actor_rows: list[tuple[Any, ...]] = []
        statement_rows: list[tuple[Any, ...]] = []
        batch: list[tuple[str, Document]] = []
        for h, doc in fresh:
            if doc.id in taken:
                doc = _renamed(doc, f"{doc.id}~{h[:8]}")
                counts.renamed += 1
            taken.add(doc.id)
            batch.append((h, doc))
        all_ids = [e.event_id for _, d in batch for e in d.events]
        seen_events = existing(db, "events", "event_id", all_ids) if all_ids else set()
        for h, doc in batch:
            doc_rows.append(R.document_row(doc, h, run_id, added))
            counts.skipped += doc.skipped is not None
            for ev in doc.events:
                # An event id must be unique in the store; a clash means a buggy id upstream,
                # and dropping the second copy beats failing the whole batch.
                if ev.event_id in seen_events:
                    continue
                seen_events.add(ev.event_id)
                event_rows.append(R.event_row(ev, h, run_id))
                actor_rows.extend(R.actor_rows(ev))
            statement_rows.extend(R.statement_row(s, h, run_id) for s in doc.statements)
        statement_rows = list({r[0]: r for r in statement_rows}.values())
        with db.transaction():
            db.insert_rows("documents", R.DOCUMENT_COLUMNS, doc_rows)
            db.insert_rows("events", R.EVENT_COLUMNS, event_rows)
            db.insert_rows("actors", R.ACTOR_COLUMNS, actor_rows)
            db.insert_rows("statements", R.STATEMENT_COLUMNS, statement_rows)
    counts.documents = len(doc_rows)
    counts.events = len(event_rows)
    counts.statements = len(statement_rows)
    return counts


def write_errors(db: Backend, errors: Sequence[InputError], run_id: str | None) -> int:
    """Record input items that could not be processed."""
    rows = [(e.item, e.reason, e.hint, run_id) for e in errors]
    with db.transaction():
        db.insert_rows("errors", ("item", "reason", "hint", "run_id"), rows)
    return len(rows)


def start_run(db: Backend, settings: dict[str, Any], version: str) -> str:
    """Open a run record and return its id."""
    run_id = f"run-{_now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
    with db.transaction():
        db.execute("INSERT INTO runs (run_id, warta_version, settings, started_at) "
                   "VALUES (?, ?, ?, ?)",
                   [run_id, version, json.dumps(settings, default=str), _now()])
    return run_id


def finish_run(db: Backend, run_id: str, counts: WriteCounts) -> None:
    """Close a run record with what it did."""
    with db.transaction():
        db.execute("UPDATE runs SET finished_at = ?, documents = ?, duplicates = ?, skipped = ?, "
                   "events = ?, statements = ?, errors = ? WHERE run_id = ?",
                   [_now(), counts.documents, counts.duplicates, counts.skipped, counts.events,
                    counts.statements, counts.errors, run_id])
