"""The event store: DuckDB file by default, PostgreSQL by URL; one writer, idempotent writes.

Only `cli/`, `api/` and `runners/` import this package.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from warta.ingest.errors import InputError
from warta.model import Document
from warta.store import clusters, queries, writer
from warta.store.backend import Backend, StoreError, connect
from warta.store.queries import EventFilter
from warta.store.schema import current_version, migrate
from warta.store.writer import WriteCounts

DEFAULT_DB = "warta.duckdb"

__all__ = ["DEFAULT_DB", "EventFilter", "Store", "StoreError", "WriteCounts", "open_store"]


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("warta")
    except Exception:  # not installed (a source checkout on sys.path)
        return "unknown"


class Store:
    """A migrated database with warta's read and write operations."""

    def __init__(self, db: Backend, target: str) -> None:
        self.db, self.target = db, target

    @property
    def dialect(self) -> str:
        return self.db.dialect

    def write(self, docs: Sequence[Document], run_id: str | None = None) -> WriteCounts:
        """Store processed documents (those already stored change nothing), then cluster."""
        from warta.store.rows import content_hash

        counts = writer.write_documents(self.db, docs, run_id)
        # Near-duplicates and event clusters (issue 9): incremental, only unsigned documents.
        clusters.update(self.db, [content_hash(d) for d in docs])
        return counts

    def cluster_all(self) -> dict[str, int]:
        """Dedup and cluster every stored document not yet done (stores from before v2)."""
        return clusters.update(self.db)

    def clusters(self, type: str | None = None, country: str | None = None,
                 date_from: date | None = None, date_to: date | None = None,
                 limit: int = 100, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
        """(total, page of event clusters) matching the filters."""
        return clusters.find_clusters(self.db, type, country, date_from, date_to,
                                      max(0, min(int(limit), queries.MAX_PAGE)), offset)

    def cluster(self, cluster_id: str) -> dict[str, Any] | None:
        """One event cluster with its member events."""
        return clusters.get_cluster(self.db, cluster_id)

    def known(self, docs: Sequence[Document]) -> set[str]:
        """Content hashes of these documents that are already stored (skip coding them)."""
        from warta.store.rows import content_hash

        return writer.existing(self.db, "documents", "content_hash",
                               [content_hash(d) for d in docs])

    def write_errors(self, errors: Sequence[InputError], run_id: str | None = None) -> int:
        """Record input items that could not be processed."""
        return writer.write_errors(self.db, errors, run_id)

    def start_run(self, settings: dict[str, Any]) -> str:
        """Open a run record (settings as given) and return its id."""
        return writer.start_run(self.db, settings, _version())

    def finish_run(self, run_id: str, counts: WriteCounts) -> None:
        """Close a run record with its counts."""
        writer.finish_run(self.db, run_id, counts)

    def events(self, f: EventFilter, limit: int = 100,
               offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
        """(total, page of contract records) matching the filter."""
        return queries.find_events(self.db, f, limit, offset)

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event with its document's metadata."""
        return queries.get_event(self.db, event_id)

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """One document with its text, metadata, events and statements."""
        return queries.get_document(self.db, doc_id)

    def statements(self, **kw: Any) -> tuple[int, list[dict[str, Any]]]:
        """(total, page of statements); see queries.find_statements for the filters."""
        return queries.find_statements(self.db, **kw)

    def stats(self, f: EventFilter | None = None) -> dict[str, Any]:
        """Counts by type, country and day."""
        return queries.stats(self.db, f)

    def iter_events(self, batch: int = 5000) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
        """Every stored event with (published, url, added_at) of its document."""
        return queries.iter_events(self.db, batch)

    def counts(self) -> dict[str, int]:
        """Rows per table: what the idempotence tests compare."""
        out = {}
        for table in ("documents", "events", "actors", "statements", "runs", "errors"):
            out[table] = int(self.db.query(f"SELECT count(*) FROM {table}")[0][0])
        return out

    def close(self) -> None:
        """Release the database (DuckDB's file lock goes with it)."""
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(target: str | None = None, read_only: bool = False) -> Store:
    """Open (and migrate, unless read-only) the store at a DuckDB path or postgresql:// URL."""
    target = target or DEFAULT_DB
    db = connect(target, read_only=read_only)
    try:
        if not read_only:
            migrate(db)
        elif db.dialect == "duckdb":
            have = int(db.query("SELECT count(*) FROM information_schema.tables "
                                "WHERE table_name = 'schema_version'")[0][0])
            if not have:
                raise StoreError(f"{target} is not a warta store", "run `warta ingest` first")
    except Exception:
        db.close()
        raise
    return Store(db, target)


def schema_version() -> int:
    """The schema version this build of warta writes."""
    return current_version()
