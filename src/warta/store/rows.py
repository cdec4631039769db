"""Rows of the store's tables from Documents and Events, and contract records back from rows."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

from warta.model import Document, Event, Statement

EVENT_COLUMNS = (
    "event_id", "doc_id", "content_hash", "lang", "event", "mode", "context", "actor",
    "recipient", "date", "day", "date_precision", "date_text", "location", "location_country",
    "negated", "modality", "sentence_index", "sentence", "trigger", "cameo", "goldstein",
    "quad_class", "confidence", "rule", "source", "speaker", "search_text", "run_id",
    "cluster_id",
)
# What a query selects to rebuild the contract record (search_text and run_id stay inside).
RECORD_COLUMNS = (
    "event_id", "doc_id", "lang", "event", "mode", "context", "actor", "recipient", "date",
    "date_precision", "date_text", "location", "negated", "modality", "sentence_index",
    "sentence", "trigger", "cameo", "goldstein", "quad_class", "confidence", "rule", "source",
    "speaker", "cluster_id",
)
_JSON_FIELDS = {"context", "actor", "recipient", "location", "trigger", "speaker"}
DOCUMENT_COLUMNS = ("content_hash", "id", "text", "lang", "published", "url", "title",
                    "metadata", "skipped", "run_id", "added_at")
ACTOR_COLUMNS = ("event_id", "role", "position", "text", "name", "country", "sector", "wikidata")
STATEMENT_COLUMNS = ("statement_id", "doc_id", "content_hash", "speaker", "speaker_name",
                     "speaker_country", "text", "span_start", "span_end", "verb",
                     "sentence_index", "run_id")


def content_hash(doc: Document) -> str:
    """The document's key: SHA-256 of its text, so the same article twice is stored once."""
    return hashlib.sha256(doc.text.encode("utf-8")).hexdigest()


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def period_start(iso: str | None) -> date | None:
    """First day of an ISO date, month or year ("2025-01" -> 2025-01-01); None if unparsable."""
    if not iso:
        return None
    parts = iso.split("-")
    try:
        if len(parts) == 1:
            return date(int(parts[0]), 1, 1)
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1)
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def search_text(rec: dict[str, Any]) -> str:
    """Lower-cased words that `q` searches: the sentence, trigger and participants."""
    parts = [rec.get("sentence") or "", (rec.get("trigger") or {}).get("text") or ""]
    for a in (rec.get("actor") or []) + (rec.get("recipient") or []):
        parts.append(a.get("text") or "")
        parts.append(a.get("name") or "")
    return " ".join(p for p in parts if p).lower()


def event_row(ev: Event, chash: str, run_id: str | None) -> tuple[Any, ...]:
    """One row of `events` in EVENT_COLUMNS order."""
    rec = ev.to_dict()
    loc = rec.get("location") or {}
    values = {k: (_json(rec.get(k)) if k in _JSON_FIELDS else rec.get(k)) for k in RECORD_COLUMNS}
    values.update(content_hash=chash, day=period_start(ev.date),
                  location_country=loc.get("country"), search_text=search_text(rec), run_id=run_id)
    return tuple(values[c] for c in EVENT_COLUMNS)


def actor_rows(ev: Event) -> list[tuple[Any, ...]]:
    """One `actors` row per actor and recipient of the event."""
    rows = []
    for role, actors in (("actor", ev.actor), ("recipient", ev.recipient)):
        for i, a in enumerate(actors):
            rows.append((ev.event_id, role, i, a.text, a.name, a.country, a.sector, a.wikidata))
    return rows


def statement_row(st: Statement, chash: str, run_id: str | None) -> tuple[Any, ...]:
    """One `statements` row."""
    sp = st.speaker
    return (st.statement_id, st.doc_id, chash, _json(sp.to_dict()) if sp else None,
            sp.name if sp else None, sp.country if sp else None, st.text, st.span[0],
            st.span[1], _json(st.verb.to_dict()), st.sentence_index, run_id)


def event_record(row: tuple[Any, ...]) -> dict[str, Any]:
    """The contract record of a row selected as RECORD_COLUMNS."""
    rec: dict[str, Any] = {}
    for name, value in zip(RECORD_COLUMNS, row, strict=True):
        if name in _JSON_FIELDS:
            value = json.loads(value) if value is not None else None
        rec[name] = value
    rec["context"] = rec["context"] or []
    rec["negated"] = bool(rec["negated"])
    if rec["speaker"] is None:
        del rec["speaker"]
    if rec["cluster_id"] is None:
        del rec["cluster_id"]
    return rec


def statement_record(row: tuple[Any, ...]) -> dict[str, Any]:
    """The JSON of a statement row selected as (statement_id, doc_id, speaker, text, ...)."""
    sid, doc_id, speaker, text, start, end, verb, sent = row
    return {"statement_id": sid, "doc_id": doc_id,
            "speaker": json.loads(speaker) if speaker else None, "text": text,
            "span": [start, end], "verb": json.loads(verb) if verb else None,
            "sentence_index": sent}


def document_row(doc: Document, chash: str, run_id: str | None, added: Any) -> tuple[Any, ...]:
    """One `documents` row; `meta` is kept as JSON metadata."""
    return (chash, doc.id, doc.text, doc.lang, doc.published, doc.url, doc.title,
            _json(doc.meta or {}), doc.skipped, run_id, added)
