"""Response bodies of the cluster routes (issue 9): one real-world event, many reports."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

from warta.api.models import EventOut


class Participant(BaseModel):
    """A distinct actor or recipient of a cluster, with how many reports name it."""

    model_config = ConfigDict(extra="allow")
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    mentions: int


class ClusterOut(BaseModel):
    """One real-world event merged from its reports (GDELT-style counts)."""

    model_config = ConfigDict(extra="allow")
    cluster_id: str
    event: str
    mode: str | None = None
    countries: list[str]
    actor: list[Participant]
    recipient: list[Participant]
    date: str | None = None
    date_precision: str | None = None
    location: dict[str, Any] | None = None
    num_mentions: int
    num_sources: int
    num_articles: int
    num_copies: int = 0
    first_seen: str | None = None
    last_seen: str | None = None
    event_ids: list[str]


class ClusterEvent(EventOut):
    """A member report; `duplicate_of` names the document it copies, if it is a copy."""

    duplicate_of: str | None = None


class ClusterWithEvents(ClusterOut):
    """A cluster with its member event records."""

    events: list[ClusterEvent]


class ClusterPage(BaseModel):
    """One page of clusters and how many match in all."""

    total: int
    clusters: list[ClusterOut]
