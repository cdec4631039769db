"""Server-side aggregates for the dashboard: timeline, actor network, map points, event pages.

Every route takes the filters of `GET /api/events` plus `quad` (GDELT quad classes) and
`asserted` (only events that happened: not negated, modality "asserted"), so each panel shows
the same slice. The WHERE clause is the store's own (`warta.store.queries.where`), extended
with parameters only; the SQL is portable between DuckDB and PostgreSQL. Nothing here returns
more than a bounded number of rows, whatever the size of the store.

The chart routes also take `unit`: `event` (the default) counts stored events, that is reports;
`cluster` counts real-world events, the distinct `cluster_id`s of the matching reports (a report
with no cluster counts as its own). Where one real-world event could fall in several groups
(its reports dated on different days, or placed in different places), it is counted once: on
its earliest day, at one of its places. So the timeline's total is the number of real-world
events that match.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from starlette.concurrency import run_in_threadpool

from warta.store import EventFilter, Store
from warta.store import rows as R
from warta.store.queries import MAX_PAGE, where

Short = Annotated[str | None, Query(max_length=200)]
MAX_EDGES = 500
MAX_POINTS = 5000
_LOCATION_GROUPS = 20_000  # distinct stored locations read before rounding (top by count)

router = APIRouter(prefix="/api/agg", tags=["aggregates"])

# What one counted thing is: the report itself, or the real-world event it reports.
_UNIT_KEY = {"event": "e.event_id", "cluster": "COALESCE(e.cluster_id, e.event_id)"}
Unit = Annotated[str, Query(pattern="^(event|cluster)$",
                            description="count reports (event) or real-world events (cluster)")]


@dataclass(slots=True)
class Slice:
    """The filters shared by every panel of the dashboard."""

    events: EventFilter
    quads: list[int]
    asserted: bool

    def clause(self) -> tuple[str, list[Any]]:
        """WHERE clause over `events e` (always present, so callers may append `AND ...`)."""
        sql, params = where(self.events)
        extra: list[str] = []
        if self.quads:
            extra.append(f"e.quad_class IN ({', '.join('?' * len(self.quads))})")
            params = [*params, *self.quads]
        if self.asserted:
            extra.append("e.negated = ? AND e.modality = ?")
            params = [*params, False, "asserted"]
        parts = [sql.removeprefix(" WHERE ")] if sql else []
        parts += extra
        return " WHERE " + (" AND ".join(parts) if parts else "TRUE"), params


def parse_quads(text: str | None) -> list[int]:
    """Quad classes from "1,3" (each 1..4); a ValueError names a bad one."""
    quads = []
    for part in (text or "").split(","):
        if part.strip():
            q = int(part)
            if not 1 <= q <= 4:
                raise ValueError(part)
            quads.append(q)
    return sorted(set(quads))


def event_slice(type: Short = None, quad: Annotated[str | None, Query(max_length=20)] = None,
                country: Short = None, actor: Short = None,
                date_from: Annotated[date | None, Query(alias="from")] = None,
                date_to: Annotated[date | None, Query(alias="to")] = None,
                lang: Short = None, q: Short = None, asserted: bool = False) -> Slice:
    """The shared filters of a request (FastAPI dependency)."""
    try:
        quads = parse_quads(quad)
    except ValueError as err:
        raise HTTPException(422, f"quad must be 1, 2, 3 or 4 (comma separated), not {err}") \
            from err
    f = EventFilter(type=type, country=country, actor=actor, date_from=date_from,
                    date_to=date_to, lang=lang, q=q)
    return Slice(f, quads, asserted)


Filters = Annotated[Slice, Depends(event_slice)]


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def event_page(store: Store, s: Slice, limit: int, offset: int) -> dict[str, Any]:
    """{"total", "events"}: one page of contract records, newest first (as /api/events)."""
    clause, params = s.clause()
    total = int(store.db.query(f"SELECT count(*) FROM events e{clause}", params)[0][0])
    if limit == 0 or offset >= total:
        return {"total": total, "events": []}
    cols = ", ".join(f"e.{c}" for c in R.RECORD_COLUMNS)
    rows = store.db.query(f"SELECT {cols} FROM events e{clause} ORDER BY e.day DESC NULLS LAST, "
                          "e.event_id LIMIT ? OFFSET ?", [*params, limit, offset])
    return {"total": total, "events": [R.event_record(r) for r in rows]}


def timeline(store: Store, s: Slice, unit: str = "event") -> dict[str, Any]:
    """Counts per day and quad class: {"rows": [[day, quad, n], ...], "undated": n}.

    With unit "cluster" a real-world event counts once, on the earliest day of its matching
    reports (undated when none of them has a day).
    """
    clause, params = s.clause()
    if unit == "cluster":
        key = _UNIT_KEY[unit]
        rows = store.db.query(
            f"SELECT day, quad, count(*) FROM (SELECT min(e.day) AS day, "
            f"min(e.quad_class) AS quad FROM events e{clause} GROUP BY {key}) u "
            "GROUP BY day, quad ORDER BY day, quad", params)
        undated = sum(int(n) for d, _, n in rows if d is None)
        rows = [r for r in rows if r[0] is not None]
    else:
        rows = store.db.query(f"SELECT e.day, e.quad_class, count(*) FROM events e{clause} "
                              "AND e.day IS NOT NULL GROUP BY e.day, e.quad_class "
                              "ORDER BY e.day, e.quad_class", params)
        undated = int(store.db.query(f"SELECT count(*) FROM events e{clause} "
                                     "AND e.day IS NULL", params)[0][0])
    out = [[d.isoformat(), int(qc) if qc is not None else None, int(n)] for d, qc, n in rows]
    return {"rows": out, "undated": undated, "unit": unit}


def network(store: Store, s: Slice, by: str, top: int, unit: str = "event") -> dict[str, Any]:
    """Edges between participants with event count and mean Goldstein score, the `top` largest.

    Actor -> recipient edges are `directed`; co-actors of an event with no recipient (PLOVER's
    meetings) make an undirected pair, stored with source < target. With unit "cluster" an
    edge counts the distinct real-world events between the pair.
    """
    key = "a.country" if by == "country" else "COALESCE(a.name, a.country)"
    key_b = key.replace("a.", "b.")
    clause, params = s.clause()
    # Each event is in one branch of the union (with a recipient or without), so its rows are
    # distinct by (event, src, dst) and count(*) counts events; clusters need DISTINCT.
    count = "count(*)" if unit == "event" else "count(DISTINCT unit)"
    # One row per (event, source, target) first, so that two actors of one country in one
    # event count the event once; then the pairs are grouped. Two joins with the role in the
    # join condition (and a UNION ALL) are ~3x faster on DuckDB than one join with an OR.
    pair = (f"SELECT DISTINCT {_UNIT_KEY[unit]} AS unit, {key} AS src, {key_b} AS dst, e.goldstein, "
            f"b.role AS kind FROM events e "
            f"JOIN actors a ON a.event_id = e.event_id AND a.role = 'actor' "
            f"JOIN actors b ON b.event_id = e.event_id AND b.role = ")
    sql = (
        f"SELECT src, dst, {count}, avg(goldstein), "
        f"max(CASE WHEN kind = 'recipient' THEN 1 ELSE 0 END) FROM ("
        f"{pair}'recipient'{clause} AND {key} IS NOT NULL AND {key_b} IS NOT NULL "
        f"UNION ALL "
        f"{pair}'actor' AND {key} < {key_b}{clause} AND {key} IS NOT NULL "
        f"AND e.event_id NOT IN (SELECT event_id FROM actors WHERE role = 'recipient')"
        f") pairs GROUP BY src, dst ORDER BY count(*) DESC, src, dst LIMIT ?")
    rows = store.db.query(sql, [*params, *params, top])
    edges = [{"source": a, "target": b, "count": int(n),
              "goldstein": round(float(g), 2) if g is not None else None,
              "directed": bool(directed)}
             for a, b, n, g, directed in rows]
    nodes: dict[str, int] = {}
    for e in edges:
        for end in {e["source"], e["target"]}:
            nodes[end] = nodes.get(end, 0) + e["count"]
    return {"by": by, "unit": unit, "nodes": [{"id": k, "count": n} for k, n in
                                sorted(nodes.items(), key=lambda kv: (-kv[1], kv[0]))],
            "edges": edges}


def map_points(store: Store, s: Slice, precision: int, cap: int,
               unit: str = "event") -> dict[str, Any]:
    """Event locations rounded to `precision` decimals and merged: [{lat, lon, count, name}].

    With unit "cluster" a real-world event counts once, at one of the stored locations of its
    matching reports (the least as text: deterministic, portable).
    """
    clause, params = s.clause()
    # Locations are stored as JSON text; grouping by that text is portable SQL and bounded by
    # the number of distinct places, and rounding happens here.
    if unit == "cluster":
        rows = store.db.query(
            f"SELECT loc, count(*) FROM (SELECT min(e.location) AS loc FROM events e{clause} "
            f"AND e.location IS NOT NULL GROUP BY {_UNIT_KEY[unit]}) u GROUP BY loc "
            "ORDER BY count(*) DESC, loc LIMIT ?", [*params, _LOCATION_GROUPS])
    else:
        rows = store.db.query(f"SELECT e.location, count(*) FROM events e{clause} "
                              "AND e.location IS NOT NULL GROUP BY e.location "
                              "ORDER BY count(*) DESC LIMIT ?", [*params, _LOCATION_GROUPS])
    cells: dict[tuple[float, float], dict[str, Any]] = {}
    for loc_json, n in rows:
        loc = json.loads(loc_json)
        lat, lon = loc.get("lat"), loc.get("lon")
        if lat is None or lon is None:
            continue
        key = (round(float(lat), precision), round(float(lon), precision))
        cell = cells.setdefault(key, {"lat": key[0], "lon": key[1], "count": 0, "names": {}})
        cell["count"] += int(n)
        name = loc.get("name") or loc.get("text") or ""
        cell["names"][name] = cell["names"].get(name, 0) + int(n)
    points = sorted(cells.values(), key=lambda c: -c["count"])
    for p in points:
        names = p.pop("names")
        p["name"] = max(names, key=lambda k: names[k])
    located = sum(p["count"] for p in points)
    return {"points": points[:cap], "located": located, "truncated": len(points) > cap,
            "unit": unit}


@router.get("/events")
async def agg_events(request: Request, s: Filters,
                     limit: Annotated[int, Query(ge=0, le=MAX_PAGE)] = 50,
                     offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> dict[str, Any]:
    """A page of events matching the filters (those of /api/events plus quad, asserted)."""
    return await run_in_threadpool(event_page, _store(request), s, limit, offset)


@router.get("/timeline")
async def agg_timeline(request: Request, s: Filters, unit: Unit = "event") -> dict[str, Any]:
    """Counts of the filtered events (reports, or real-world events) by day and quad class."""
    return await run_in_threadpool(timeline, _store(request), s, unit)


@router.get("/network")
async def agg_network(request: Request, s: Filters,
                      by: Annotated[str, Query(pattern="^(country|actor)$")] = "country",
                      top: Annotated[int, Query(ge=1, le=MAX_EDGES)] = 60,
                      unit: Unit = "event") -> dict[str, Any]:
    """The `top` participant pairs (by country or actor name) with count and mean Goldstein."""
    return await run_in_threadpool(network, _store(request), s, by, top, unit)


@router.get("/map")
async def agg_map(request: Request, s: Filters,
                  precision: Annotated[int, Query(ge=0, le=3)] = 1,
                  cap: Annotated[int, Query(ge=1, le=MAX_POINTS)] = 1000,
                  unit: Unit = "event") -> dict[str, Any]:
    """Event locations rounded to `precision` decimal degrees, with counts, the largest `cap`."""
    return await run_in_threadpool(map_points, _store(request), s, precision, cap, unit)
