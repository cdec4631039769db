"""Request and response bodies of the HTTP API: the JSON contract of SCHEMA.md, for OpenAPI."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

MAX_TEXT = 200_000  # characters of one posted article; longer bodies are refused earlier


class ActorOut(BaseModel):
    """An actor or recipient of an event."""

    model_config = ConfigDict(extra="allow")
    text: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    span: list[int]


class LocationOut(BaseModel):
    """Where the event took place."""

    model_config = ConfigDict(extra="allow")
    text: str
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


class TriggerOut(BaseModel):
    """The words that say the event happened."""

    text: str
    span: list[int]


class EventOut(BaseModel):
    """One event record (SCHEMA.md); fields added later to the contract pass through."""

    model_config = ConfigDict(extra="allow")
    event_id: str
    doc_id: str
    lang: str | None = None
    event: str
    mode: str | None = None
    context: list[str] = []
    actor: list[ActorOut]
    recipient: list[ActorOut]
    date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    location: LocationOut | None = None
    negated: bool
    modality: str
    sentence_index: int
    sentence: str
    trigger: TriggerOut
    cameo: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    confidence: float
    rule: str
    source: str | None = None
    speaker: ActorOut | None = None
    cluster_id: str | None = None


class DocumentMeta(BaseModel):
    """A stored document's metadata."""

    id: str
    lang: str | None = None
    published: str | None = None
    url: str | None = None
    title: str | None = None
    metadata: dict[str, Any] = {}
    skipped: str | None = None
    content_hash: str
    added_at: str | None = None


class EventWithDocument(EventOut):
    """An event with its document's metadata."""

    document: DocumentMeta | None = None


class StatementOut(BaseModel):
    """A reported statement: who said what, with which verb."""

    model_config = ConfigDict(extra="allow")
    statement_id: str
    doc_id: str
    speaker: ActorOut | None = None
    text: str
    span: list[int]
    verb: TriggerOut | None = None
    sentence_index: int


class DocumentOut(DocumentMeta):
    """A stored document with its text, events and statements."""

    text: str
    events: list[EventOut]
    statements: list[StatementOut]


class EventPage(BaseModel):
    """One page of events and how many match in all."""

    total: int
    events: list[EventOut]


class StatementPage(BaseModel):
    """One page of statements and how many match in all."""

    total: int
    statements: list[StatementOut]


class Stats(BaseModel):
    """Counts of events by type, participant country and day."""

    events: int
    documents: int
    by_type: dict[str, int]
    by_country: dict[str, int]
    by_day: dict[str, int]


class ExtractIn(BaseModel):
    """A text to code."""

    text: str = Field(max_length=MAX_TEXT)
    lang: str | None = Field(default=None, max_length=8, description="id, en, or null to detect")
    published: date | None = Field(default=None, description="publication date, YYYY-MM-DD")


class DocumentIn(ExtractIn):
    """A document to code and store."""

    id: str | None = Field(default=None, max_length=200, description="default: hash of the text")
    url: str | None = Field(default=None, max_length=2000)
    title: str | None = Field(default=None, max_length=2000)


class ExtractOut(BaseModel):
    """Events and statements of a posted text."""

    events: list[EventOut]
    statements: list[StatementOut]
    skipped: str | None = None


class StoredOut(ExtractOut):
    """What storing a posted document did."""

    doc_id: str
    stored: bool
    duplicate: bool
