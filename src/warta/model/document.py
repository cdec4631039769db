"""A document and its annotation layers: every annotation is a span into the unchanged text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from warta.model.event import ActorMention, DateMention, Event, PlaceMention, Statement


class Token(NamedTuple):
    """One word or punctuation mark: `text[start:end]` of the document.

    A named tuple, not a dataclass: a document has thousands, and a tuple is built and
    read faster (tokens are never changed once made).
    """

    text: str
    start: int
    end: int
    lower: str
    stem: str  # the root used for lexicon matching ("menangkap" -> "tangkap")


@dataclass(slots=True)
class Sentence:
    """A sentence as a span of the document, with its tokens."""

    index: int
    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)


@dataclass(slots=True)
class Document:
    """The input text (never changed) and what the pipeline found in it."""

    id: str
    text: str
    lang: str | None = None
    published: date | None = None
    url: str | None = None
    title: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    # annotation layers, filled by the pipeline steps in order
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    # dates and places of the sentences that carry events and of the story's first two
    dates: list[DateMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    dateline: PlaceMention | None = None  # the place of the story's dateline ("JAKARTA, KOMPAS.com -")
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    skipped: str | None = None  # why the document was not coded (unsupported language ...)
