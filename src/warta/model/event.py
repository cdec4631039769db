"""Mentions found in a document, and the events of the output contract (SCHEMA.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]
# The contract's actor "country" codes that name no state (SCHEMA.md): the UN, the EU, other
# intergovernmental bodies, NGOs, multinational companies.
NON_STATE_CODES = frozenset({"UNO", "EUR", "IGO", "NGO", "MNC"})


@dataclass(slots=True)
class ActorMention:
    """A phrase that names or refers to an actor, resolved as far as the knowledge allows."""

    text: str
    span: Span
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    kind: str = "name"  # person | country | org | sector | group | pronoun | name
    plural: bool = False
    members: list[ActorMention] = field(default_factory=list)  # for "kedua negara", "both sides"
    head: Span | None = None  # span of the word carrying the identity, if narrower

    def to_actor(self) -> Actor:
        return Actor(text=self.text, span=self.span, name=self.name, country=self.country,
                     sector=self.sector, wikidata=self.wikidata)


@dataclass(slots=True)
class Actor:
    """An actor as it appears in an event record."""

    text: str
    span: Span
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country,
                "sector": self.sector, "wikidata": self.wikidata, "span": list(self.span)}


@dataclass(slots=True)
class DateMention:
    """A time expression resolved against the publication date."""

    text: str
    span: Span
    date: str | None  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    precision: str | None  # day | month | year


@dataclass(slots=True)
class PlaceMention:
    """A place name found in the text, geocoded from the offline gazetteer."""

    text: str
    span: Span
    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str = "city"  # city | admin | country | region | landmark


@dataclass(slots=True)
class Location:
    """Where an event took place."""

    text: str
    name: str | None
    country: str | None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country,
                "lat": self.lat, "lon": self.lon, "geonameid": self.geonameid}


@dataclass(slots=True)
class Trigger:
    """The words that say the event happened."""

    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span)}


@dataclass(slots=True)
class Statement:
    """A reported statement: who said what, with which verb."""

    statement_id: str
    doc_id: str
    speaker: Actor | None
    text: str
    span: Span
    verb: Trigger
    sentence_index: int

    def to_dict(self) -> dict[str, Any]:
        return {"statement_id": self.statement_id, "doc_id": self.doc_id,
                "speaker": self.speaker.to_dict() if self.speaker else None,
                "text": self.text, "span": list(self.span), "verb": self.verb.to_dict(),
                "sentence_index": self.sentence_index}


@dataclass(slots=True)
class Event:
    """One coded event with its evidence: the record of SCHEMA.md."""

    event_id: str
    doc_id: str
    lang: str
    event: str
    mode: str | None
    context: list[str]
    actor: list[Actor]
    recipient: list[Actor]
    date: str | None
    date_precision: str | None
    date_text: str | None
    location: Location | None
    negated: bool
    modality: str  # asserted | future | hypothetical
    sentence_index: int
    sentence: str
    trigger: Trigger
    cameo: str | None
    goldstein: float | None
    quad_class: int | None
    confidence: float
    rule: str
    source: str = "text"  # "statement" when coded inside a reported statement
    speaker: Actor | None = None
    cluster_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON record of the contract, fields in the contract's order."""
        out: dict[str, Any] = {
            "event_id": self.event_id, "doc_id": self.doc_id, "lang": self.lang,
            "event": self.event, "mode": self.mode, "context": list(self.context),
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [a.to_dict() for a in self.recipient],
            "date": self.date, "date_precision": self.date_precision,
            "date_text": self.date_text,
            "location": self.location.to_dict() if self.location else None,
            "negated": self.negated, "modality": self.modality,
            "sentence_index": self.sentence_index, "sentence": self.sentence,
            "trigger": self.trigger.to_dict(), "cameo": self.cameo,
            "goldstein": self.goldstein, "quad_class": self.quad_class,
            "confidence": self.confidence, "rule": self.rule, "source": self.source,
        }
        if self.speaker is not None:
            out["speaker"] = self.speaker.to_dict()
        if self.cluster_id is not None:
            out["cluster_id"] = self.cluster_id
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        """Rebuild an event from its contract record (store, Parquet, JSON Lines)."""

        def actor(a: dict[str, Any]) -> Actor:
            return Actor(text=a.get("text") or "", span=tuple(a.get("span") or (0, 0)),
                         name=a.get("name"), country=a.get("country"),
                         sector=a.get("sector"), wikidata=a.get("wikidata"))

        loc = d.get("location")
        trig = d.get("trigger") or {}
        return cls(
            event_id=d["event_id"], doc_id=d["doc_id"], lang=d.get("lang") or "",
            event=d["event"], mode=d.get("mode"), context=list(d.get("context") or []),
            actor=[actor(a) for a in d.get("actor") or []],
            recipient=[actor(a) for a in d.get("recipient") or []],
            date=d.get("date"), date_precision=d.get("date_precision"),
            date_text=d.get("date_text"),
            location=Location(**loc) if loc else None,
            negated=bool(d.get("negated")), modality=d.get("modality") or "asserted",
            sentence_index=int(d.get("sentence_index") or 0), sentence=d.get("sentence") or "",
            trigger=Trigger(text=trig.get("text") or "", span=tuple(trig.get("span") or (0, 0))),
            cameo=d.get("cameo"), goldstein=d.get("goldstein"), quad_class=d.get("quad_class"),
            confidence=float(d.get("confidence") or 0.0), rule=d.get("rule") or "",
            source=d.get("source") or "text",
            speaker=actor(d["speaker"]) if d.get("speaker") else None,
            cluster_id=d.get("cluster_id"),
        )
