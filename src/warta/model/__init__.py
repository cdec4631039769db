"""Pure data: documents, spans, mentions and events. Imports nothing else of warta."""

from warta.model.document import Document, Sentence, Token
from warta.model.event import (
    NON_STATE_CODES,
    Actor,
    ActorMention,
    DateMention,
    Event,
    Location,
    PlaceMention,
    Statement,
    Trigger,
)

__all__ = [
    "NON_STATE_CODES",
    "Actor",
    "ActorMention",
    "DateMention",
    "Document",
    "Event",
    "Location",
    "PlaceMention",
    "Sentence",
    "Statement",
    "Token",
    "Trigger",
]
