"""A cluster's summary from its member reports: GDELT-style counts, best date and place.

Counts follow GDELT's NumMentions / NumSources / NumArticles, with near-duplicate documents
(syndicated copies) not counted again: a copy counts only when the document it copies has
no report in this cluster (the copy then brings the only evidence).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from warta.dedup import keys as K


@dataclass(slots=True)
class Member:
    """One report (event record) in a cluster, with its document's facts."""

    rec: dict[str, Any]  # the contract record
    root: str  # the document it duplicates (its own id when original)
    source: str  # outlet: URL host, metadata source, or the document id
    published: date | None

    @property
    def doc_id(self) -> str:
        return str(self.rec["doc_id"])


def counted_docs(members: list[Member]) -> set[str]:
    """Documents whose reports count: originals, and one copy per root absent itself."""
    docs = {m.doc_id for m in members}
    out: set[str] = set()
    by_root: dict[str, list[Member]] = {}
    for m in members:
        by_root.setdefault(m.root, []).append(m)
    for root, ms in by_root.items():
        if root in docs:
            out.add(root)
        else:  # only copies reported it: count the earliest copy
            first = min(ms, key=lambda m: (m.published or date.max, m.doc_id))
            out.add(first.doc_id)
    return out


def _actors(members: list[Member], role: str) -> list[dict[str, Any]]:
    # Distinct participants (by Wikidata id, else country+name), most-mentioned first.
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    count: Counter[tuple[Any, ...]] = Counter()
    for m in members:
        for a in m.rec.get(role) or []:
            ident = (a.get("wikidata"),) if a.get("wikidata") else (a.get("country"),
                                                                   a.get("name"))
            if ident == (None, None):
                continue
            count[ident] += 1
            seen.setdefault(ident, {k: a.get(k) for k in ("name", "country", "sector",
                                                           "wikidata")})
    ranked = sorted(count, key=lambda i: (-count[i], str(i)))
    return [{**seen[i], "mentions": count[i]} for i in ranked[:10]]


def _best_date(members: list[Member]) -> tuple[str | None, str | None]:
    # The most specific date; among equally specific ones the most reported, then earliest.
    scored: Counter[tuple[int, str, str]] = Counter()
    for m in members:
        p = K.period(m.rec, m.published)
        if p is not None and m.rec.get("date"):
            scored[(p.rank, m.rec["date"], m.rec.get("date_precision") or "day")] += 1
    if not scored:
        return None, None
    _, iso, prec = min(scored, key=lambda k: (-k[0], -scored[k], k[1]))
    return iso, prec


def _best_place(members: list[Member]) -> dict[str, Any] | None:
    # A geocoded point beats a name beats a bare country; then the most reported.
    places: Counter[str] = Counter()
    first: dict[str, dict[str, Any]] = {}
    for m in members:
        loc = m.rec.get("location")
        if not loc:
            continue
        name = f"{loc.get('country')}|{loc.get('name')}"
        places[name] += 1
        first.setdefault(name, loc)

    def score(name: str) -> tuple[int, int, str]:
        loc = first[name]
        spec = 2 if loc.get("lat") is not None else 1 if loc.get("name") else 0
        return (-spec, -places[name], name)

    return first[min(places, key=score)] if places else None


def summarize(cluster_id: str, members: list[Member]) -> dict[str, Any]:
    """The API record of a cluster (without the `key`/period bookkeeping of the store)."""
    use = counted_docs(members)
    live = [m for m in members if m.doc_id in use]
    types = Counter(m.rec["event"] for m in live or members)
    event = min(types, key=lambda t: (-types[t], t))
    modes = Counter(m.rec.get("mode") for m in live if m.rec["event"] == event
                    and m.rec.get("mode"))
    countries = sorted({a["country"] for m in live or members
                        for a in (m.rec.get("actor") or []) + (m.rec.get("recipient") or [])
                        if a.get("country")})
    iso, prec = _best_date(live or members)
    published = [m.published for m in members if m.published is not None]
    return {
        "cluster_id": cluster_id,
        "event": event,
        "mode": min(modes, key=lambda k: (-modes[k], k)) if modes else None,
        "countries": countries,
        "actor": _actors(live or members, "actor"),
        "recipient": _actors(live or members, "recipient"),
        "date": iso,
        "date_precision": prec,
        "location": _best_place(live or members),
        "num_mentions": len(live),
        "num_sources": len({m.source for m in live}),
        "num_articles": len({m.root for m in live}),
        "num_copies": len(members) - len(live),
        "first_seen": min(published).isoformat() if published else None,
        "last_seen": max(published).isoformat() if published else None,
        "event_ids": sorted(m.rec["event_id"] for m in members),
    }
