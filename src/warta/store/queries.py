"""Read queries of the API and export: filters become parameterised SQL, never string values.

Full-text `q`: each word of the query must occur (case-insensitively, as a substring) in the
event's `search_text` (sentence, trigger and participant names, lower-cased at write time).
DuckDB has no offline FTS extension, so this is a columnar LIKE scan; it is measured in
`benchmarks/bench_store.py` and fast enough for stores of a few million events.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from warta.store import rows as R
from warta.store.backend import Backend

MAX_PAGE = 1000


@dataclass(slots=True)
class EventFilter:
    """The filters of `GET /api/events`; every field is optional."""

    type: str | None = None  # PLOVER type, or several separated by commas
    country: str | None = None  # ISO alpha-3 of an actor or recipient
    actor: str | None = None  # part of an actor's name or text, or a Wikidata id
    date_from: date | None = None
    date_to: date | None = None
    lang: str | None = None
    q: str | None = None
    doc_id: str | None = None


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with LIKE's own wildcards escaped."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def where(f: EventFilter) -> tuple[str, list[Any]]:
    """The WHERE clause (over `events e`) and its parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    if f.type:
        types = [t.strip().upper() for t in f.type.split(",") if t.strip()]
        clauses.append(f"e.event IN ({', '.join('?' * len(types))})")
        params.extend(types)
    if f.country:
        clauses.append("e.event_id IN (SELECT event_id FROM actors WHERE country = ?)")
        params.append(f.country.strip().upper())
    if f.actor:
        pat = like_pattern(f.actor.strip())
        clauses.append("e.event_id IN (SELECT event_id FROM actors WHERE "
                       "lower(name) LIKE ? ESCAPE '\\' OR lower(text) LIKE ? ESCAPE '\\' "
                       "OR wikidata = ?)")
        params.extend([pat, pat, f.actor.strip()])
    for value, clause in ((f.date_from, "e.day >= ?"), (f.date_to, "e.day <= ?"),
                          (f.lang, "e.lang = ?"), (f.doc_id, "e.doc_id = ?")):
        if value:
            clauses.append(clause)
            params.append(value)
    for word in (f.q or "").split():
        clauses.append("e.search_text LIKE ? ESCAPE '\\'")
        params.append(like_pattern(word))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


_SELECT = "SELECT " + ", ".join(f"e.{c}" for c in R.RECORD_COLUMNS) + " FROM events e"


def find_events(db: Backend, f: EventFilter, limit: int = 100,
                offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """(total matching, one page of contract records), newest event date first."""
    limit = max(0, min(int(limit), MAX_PAGE))
    clause, params = where(f)
    total = int(db.query(f"SELECT count(*) FROM events e{clause}", params)[0][0])
    if limit == 0 or offset >= total:
        return total, []
    rows = db.query(f"{_SELECT}{clause} ORDER BY e.day DESC NULLS LAST, e.event_id "
                    "LIMIT ? OFFSET ?", [*params, limit, max(0, int(offset))])
    return total, [R.event_record(r) for r in rows]


def document_meta(db: Backend, doc_id: str) -> dict[str, Any] | None:
    """A stored document's metadata (no text), or None."""
    rows = db.query("SELECT id, lang, published, url, title, metadata, skipped, content_hash, "
                    "added_at FROM documents WHERE id = ?", [doc_id])
    if not rows:
        return None
    did, lang, published, url, title, meta, skipped, chash, added = rows[0]
    return {"id": did, "lang": lang, "published": published.isoformat() if published else None,
            "url": url, "title": title, "metadata": json.loads(meta) if meta else {},
            "skipped": skipped, "content_hash": chash,
            "added_at": added.isoformat() if added else None}


def get_event(db: Backend, event_id: str) -> dict[str, Any] | None:
    """One event record with its document's metadata under "document", or None."""
    rows = db.query(f"{_SELECT} WHERE e.event_id = ?", [event_id])
    if not rows:
        return None
    rec = R.event_record(rows[0])
    rec["document"] = document_meta(db, rec["doc_id"])
    return rec


def get_document(db: Backend, doc_id: str) -> dict[str, Any] | None:
    """A document's text, metadata, events and statements, or None."""
    meta = document_meta(db, doc_id)
    if meta is None:
        return None
    meta["text"] = db.query("SELECT text FROM documents WHERE id = ?", [doc_id])[0][0]
    rows = db.query(f"{_SELECT} WHERE e.doc_id = ? ORDER BY e.sentence_index, e.event_id",
                    [doc_id])
    meta["events"] = [R.event_record(r) for r in rows]
    meta["statements"] = find_statements(db, doc_id=doc_id, limit=MAX_PAGE)[1]
    return meta


def find_statements(db: Backend, doc_id: str | None = None, speaker: str | None = None,
                    country: str | None = None, q: str | None = None, limit: int = 100,
                    offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """(total, one page of statement records) filtered by document, speaker, country, words."""
    clauses, params = [], []
    if doc_id:
        clauses.append("doc_id = ?")
        params.append(doc_id)
    if speaker:
        clauses.append("lower(speaker_name) LIKE ? ESCAPE '\\'")
        params.append(like_pattern(speaker))
    if country:
        clauses.append("speaker_country = ?")
        params.append(country.strip().upper())
    for word in (q or "").split():
        clauses.append("lower(text) LIKE ? ESCAPE '\\'")
        params.append(like_pattern(word))
    clause = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    total = int(db.query(f"SELECT count(*) FROM statements{clause}", params)[0][0])
    rows = db.query("SELECT statement_id, doc_id, speaker, text, span_start, span_end, verb, "
                    f"sentence_index FROM statements{clause} ORDER BY doc_id, span_start, "
                    "statement_id LIMIT ? OFFSET ?",
                    [*params, max(0, min(int(limit), MAX_PAGE)), max(0, int(offset))])
    return total, [R.statement_record(r) for r in rows]


def stats(db: Backend, f: EventFilter | None = None) -> dict[str, Any]:
    """Counts of the (filtered) events by type, participant country and day."""
    clause, params = where(f or EventFilter())
    by_type = db.query(f"SELECT e.event, count(*) FROM events e{clause} GROUP BY e.event "
                       "ORDER BY count(*) DESC, e.event", params)
    by_country = db.query(
        f"SELECT a.country, count(DISTINCT a.event_id) FROM actors a JOIN events e "
        f"ON a.event_id = e.event_id{clause or ' WHERE TRUE'} AND a.country IS NOT NULL "
        "GROUP BY a.country ORDER BY count(DISTINCT a.event_id) DESC, a.country", params)
    by_day = db.query(f"SELECT e.day, count(*) FROM events e{clause}"
                      f"{' AND' if clause else ' WHERE'} e.day IS NOT NULL "
                      "GROUP BY e.day ORDER BY e.day", params)
    total = sum(int(n) for _, n in by_type)
    documents = int(db.query("SELECT count(*) FROM documents")[0][0])
    return {"events": total, "documents": documents,
            "by_type": {t: int(n) for t, n in by_type},
            "by_country": {c: int(n) for c, n in by_country},
            "by_day": {d.isoformat(): int(n) for d, n in by_day}}


def iter_events(db: Backend, batch: int = 5000) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Every stored event record with its document's (published, url, added_at), in id order."""
    last = ""
    while True:
        # Keyset paging: constant cost per batch however large the store is.
        rows = db.query(f"SELECT {', '.join('e.' + c for c in R.RECORD_COLUMNS)}, d.published, "
                        "d.url, d.added_at FROM events e JOIN documents d "
                        "ON d.content_hash = e.content_hash WHERE e.event_id > ? "
                        "ORDER BY e.event_id LIMIT ?", [last, batch])
        if not rows:
            return
        n = len(R.RECORD_COLUMNS)
        for r in rows:
            published, url, added = r[n:]
            yield R.event_record(r[:n]), {"published": published, "url": url, "added_at": added}
        last = rows[-1][0]
