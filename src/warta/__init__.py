"""warta: who did what to whom, when and where, coded from news text as PLOVER/CAMEO events.

The public API is small: `extract` for one text, `extract_many` for many documents,
`process` for a Document with every annotation layer, `Document`/`Event` for the data.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from warta.model import Document, Event

__version__ = "0.1.0"


def process(doc: Document) -> Document:
    """Run the pipeline on one document: fills its sentences, mentions, statements and events."""
    from warta.pipeline import process as _process

    return _process(doc)


def extract(text: str, lang: str | None = None, published: date | str | None = None,
            doc_id: str = "doc") -> list[Event]:
    """Events of one text; `published` anchors relative dates ("kemarin", "last week")."""
    return process(make_document(doc_id, text, lang, published)).events


def extract_many(docs: Iterable[Document | dict[str, Any] | str]) -> Iterator[Event]:
    """Events of many documents (Documents, contract JSON records, or plain texts), in order."""
    for n, item in enumerate(docs):
        if isinstance(item, str):
            item = make_document(f"doc{n}", item)
        elif isinstance(item, dict):
            item = make_document(str(item.get("id", f"doc{n}")), item["text"], item.get("lang"),
                                 item.get("published"), url=item.get("url"),
                                 title=item.get("title"))
        yield from process(item).events


def make_document(doc_id: str, text: str, lang: str | None = None,
                  published: date | str | None = None, **meta: Any) -> Document:
    """A Document from plain values; `published` may be an ISO date string."""
    if isinstance(published, str):
        published = date.fromisoformat(published[:10])
    return Document(id=doc_id, text=text, lang=lang, published=published,
                    url=meta.pop("url", None), title=meta.pop("title", None), meta=meta)


def to_dataframe(events: Iterable[Event]) -> Any:
    """Events as a pandas DataFrame, one row per event in the contract's columns."""
    import pandas as pd

    return pd.DataFrame([e.to_dict() for e in events])


__all__ = [
    "Document",
    "Event",
    "__version__",
    "extract",
    "extract_many",
    "make_document",
    "process",
    "to_dataframe",
]
