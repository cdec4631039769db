"""What one shard's work is, whichever engine runs it: code each item, collect the records.

Both engines call `code_item` per document (itself just `warta.pipeline.process`), so their
outputs are the same rows; only where the call happens differs.
"""

from __future__ import annotations

import gc
import json
import traceback
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from warta.ingest import InputError
from warta.model import Document
from warta.pipeline import process

# Records of one input item: at most one document row, its events and statements, an error.
ItemRecords = dict[str, Any]

WARM_UP = [
    Document(id="warm-up-id", text="Presiden Joko Widodo bertemu Perdana Menteri Malaysia di "
             "Jakarta pada Senin (3/2).", lang="id", published=date(2025, 2, 4)),
    Document(id="warm-up-en", text="President Joe Biden met Chinese President Xi Jinping in "
             "Beijing on Monday.", lang="en", published=date(2025, 2, 4)),
]


def warm_up() -> None:
    """Load every language pack, lexicon and gazetteer once, before the first real document."""
    for doc in WARM_UP:
        process(Document(id=doc.id, text=doc.text, lang=doc.lang, published=doc.published))
    process(Document(id="warm-up-detect", text=WARM_UP[0].text))  # the language identifier
    # The loaded tables (lexicons, gazetteer, people) live as long as the process: keep the
    # cyclic garbage collector from walking their millions of objects again and again.
    gc.collect()
    gc.freeze()


def document_row(doc: Document) -> dict[str, Any]:
    """The `documents` record: input text and metadata, so the store can load a run."""
    return {"id": doc.id, "text": doc.text, "lang": doc.lang, "published": doc.published,
            "url": doc.url, "title": doc.title,
            "meta": json.dumps(doc.meta, ensure_ascii=False, sort_keys=True, default=str)
            if doc.meta else None,
            "skipped": doc.skipped}


def code_item(item: Document | InputError) -> ItemRecords:
    """Code one input item; a failure inside the pipeline becomes an error record, not a crash."""
    if isinstance(item, InputError):
        return {"document": None, "events": [], "statements": [], "error": item.to_dict()}
    try:
        doc = process(item)
    except Exception as err:  # one bad document must not lose the other documents of a run
        where = traceback.extract_tb(err.__traceback__)[-1]
        reason = f"internal error: {type(err).__name__}: {err} ({where.name}:{where.lineno})"
        return {"document": document_row(item), "events": [], "statements": [],
                "error": InputError(item.id, reason, "please report this document as a "
                                    "bug; the rest of the run is unaffected").to_dict()}
    return {"document": document_row(doc),
            "events": [e.to_dict() for e in doc.events],
            "statements": [s.to_dict() for s in doc.statements],
            "error": None}


@dataclass(slots=True)
class ShardRecords:
    """Everything a shard writes, in input order."""

    documents: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    statements: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, rec: ItemRecords) -> None:
        """Append one item's records."""
        if rec["document"] is not None:
            self.documents.append(rec["document"])
        self.events.extend(rec["events"])
        self.statements.extend(rec["statements"])
        if rec["error"] is not None:
            self.errors.append(rec["error"])

    def counts(self) -> dict[str, int]:
        """Rows per output table (the marker records them)."""
        return {"documents": len(self.documents), "events": len(self.events),
                "statements": len(self.statements), "errors": len(self.errors)}


def item_to_json(rec: ItemRecords) -> str:
    """One item's records as JSON text (how the Spark engine moves them to the driver)."""
    doc = rec["document"]
    if doc is not None and doc["published"] is not None:
        doc = {**doc, "published": doc["published"].isoformat()}
    return json.dumps({**rec, "document": doc}, ensure_ascii=False)


def item_from_json(text: str) -> ItemRecords:
    """Inverse of item_to_json."""
    rec: ItemRecords = json.loads(text)
    doc = rec["document"]
    if doc is not None and doc["published"] is not None:
        doc["published"] = date.fromisoformat(doc["published"])
    return rec
