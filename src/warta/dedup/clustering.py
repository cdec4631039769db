"""Incremental event clustering: each new report joins a compatible cluster or founds one.

Clusters are indexed by (type group + participants) key and by week buckets of their date
period, so adding an event costs a few dictionary look-ups however many clusters exist,
and new documents never recluster old ones. The store loads only the clusters a batch can
touch into a `ClusterIndex`, assigns, and writes back (`warta.store.clusters`).

Cluster ids are deterministic: "c" + 16 hex of SHA-1 of the founding event's id, the first
event (in the order documents were stored) that started the cluster.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from warta.dedup import keys as K

_EPOCH = date(1, 1, 1)
_WEEK = 7


def cluster_id_for(event_id: str) -> str:
    """The id of the cluster an event founds."""
    return "c" + hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class ClusterState:
    """What matching needs to know of a cluster (not its members)."""

    cluster_id: str
    key: str
    event: str
    period: K.Period | None
    place: str | None
    mentions: int = 1
    anchors: frozenset[str] = frozenset()  # names and numbers, for clusters keyed by sectors

    def accepts(self, rec: dict[str, Any], when: K.Period | None) -> bool:
        """Whether the event may be another report of this cluster's event."""
        return (K.compatible_types(self.event, rec["event"])
                and K.compatible_periods(self.period, when)
                and K.compatible_places(self.place, K.place_country(rec))
                and self._anchored(rec))

    def _anchored(self, rec: dict[str, Any]) -> bool:
        # Keyed by identities: nothing more to check. Keyed by sectors: a shared name or
        # number, or (when the key names some sector) neither report having any.
        if K.identified(self.key):
            return True
        theirs = K.anchors(rec)
        if self.anchors or theirs:
            return bool(self.anchors & theirs)
        return not self.key.endswith("|~>")

    def absorb(self, rec: dict[str, Any], when: K.Period | None) -> None:
        """Narrow the cluster's date and place with a more specific report."""
        self.mentions += 1
        if when is not None and self.period is not None and when.rank > self.period.rank \
                and self.period.lo <= when.lo and when.hi <= self.period.hi:
            self.period = when
        if self.place is None:
            self.place = K.place_country(rec)
        if not K.identified(self.key):
            self.anchors |= K.anchors(rec)


def _buckets(p: K.Period | None) -> Iterator[int]:
    # Week numbers the period (with the widest slack) touches; None for undated clusters.
    if p is None:
        yield -1
        return
    lo = (p.lo - timedelta(days=K.PUBLISHED_WINDOW) - _EPOCH).days // _WEEK
    hi = (p.hi + timedelta(days=K.PUBLISHED_WINDOW) - _EPOCH).days // _WEEK
    yield from range(lo, hi + 1)


class ClusterIndex:
    """Clusters by key and week bucket; `assign` places one event."""

    def __init__(self, clusters: Iterable[ClusterState] = ()) -> None:
        self.by_id: dict[str, ClusterState] = {}
        self.index: dict[str, dict[int, list[ClusterState]]] = {}
        for c in clusters:
            self._add(c)

    def _add(self, c: ClusterState) -> None:
        self.by_id[c.cluster_id] = c
        weeks = self.index.setdefault(c.key, {})
        for b in _buckets(c.period):
            weeks.setdefault(b, []).append(c)

    def candidates(self, key: str, when: K.Period | None) -> list[ClusterState]:
        """Clusters under the key whose buckets the period touches."""
        weeks = self.index.get(key)
        if not weeks:
            return []
        seen: dict[str, ClusterState] = {}
        for b in _buckets(when):
            for c in weeks.get(b, ()):
                seen[c.cluster_id] = c
        return list(seen.values())

    def assign(self, rec: dict[str, Any], published: date | None) -> tuple[str, bool]:
        """The cluster id for an event record, and whether it founded a new cluster."""
        when = K.period(rec, published)
        key = K.cluster_key(rec)
        fits = [c for c in self.candidates(key, when) if c.accepts(rec, when)]
        if not fits:
            c = ClusterState(cluster_id_for(rec["event_id"]), key, rec["event"], when,
                             K.place_country(rec),
                             anchors=frozenset() if K.identified(key) else K.anchors(rec))
            self._add(c)
            return c.cluster_id, True
        best = min(fits, key=lambda c: (_distance(c.period, when), -c.mentions, c.cluster_id))
        old = best.period
        best.absorb(rec, when)
        if best.period != old:  # narrowed: re-index under its new weeks (a subset of the old)
            for b in _buckets(old):
                self.index[key][b].remove(best)
            for b in _buckets(best.period):
                self.index[key].setdefault(b, []).append(best)
        return best.cluster_id, False


def _distance(a: K.Period | None, b: K.Period | None) -> int:
    # Days between two periods (0 when they overlap): the nearest cluster wins.
    if a is None or b is None:
        return 0
    return max(0, (a.lo - b.hi).days, (b.lo - a.hi).days)
