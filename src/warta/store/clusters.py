"""Near-duplicate links and event clusters in the store, updated after each write.

`update` is incremental and idempotent: it takes the documents not yet signed (no row in
`doc_minhash`), links near-duplicates to the original they copy, loads only the clusters the
new events can join (by key and date range), assigns, and rewrites the touched clusters'
summaries. Reading: `find_clusters` / `get_cluster` for the API.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from warta.dedup import keys as K
from warta.dedup import minhash as MH
from warta.dedup.clustering import ClusterIndex, ClusterState
from warta.dedup.summary import Member, summarize
from warta.store import rows as R
from warta.store.backend import Backend

CHUNK = 5000  # values per IN list: fewer, larger queries (DuckDB scans per query)
CLUSTER_COLUMNS = (
    "cluster_id", "cluster_key", "event", "mode", "countries", "actor", "recipient", "date",
    "date_precision", "day", "period_lo", "period_hi", "period_precision", "place_country",
    "anchors", "location", "location_country", "num_mentions", "num_sources", "num_articles",
    "num_copies", "first_seen", "last_seen",
)
_JSON = {"countries", "actor", "recipient", "location"}


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _chunked(db: Backend, sql: str, values: Sequence[Any],
             extra: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Rows of `sql` (with one `{in}` placeholder list) over chunks of values."""
    out: list[tuple[Any, ...]] = []
    vals = list(values)
    for i in range(0, len(vals), CHUNK):
        part = vals[i:i + CHUNK]
        out.extend(db.query(sql.format(marks=_marks(len(part))), [*part, *extra]))
    return out


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _link_duplicates(db: Backend, docs: list[tuple[Any, ...]]) -> dict[str, tuple[Any, ...]]:
    """Sign new documents and link near-duplicates; (hash -> doc facts) of those signed."""
    sigs = {h: MH.signature(text) for h, _, text, _, _, _ in docs}
    bands = {h: MH.band_keys(s) for h, s in sigs.items()}
    hits = _chunked(db, "SELECT band_key, content_hash FROM doc_lsh WHERE band_key IN ({marks})",
                    sorted({b for bs in bands.values() for b in bs}))
    by_band: dict[str, set[str]] = {}
    for band, h in hits:
        by_band.setdefault(band, set()).add(h)
    stored = _chunked(db, "SELECT content_hash, doc_id, signature, duplicate_of FROM doc_minhash "
                      "WHERE content_hash IN ({marks})", sorted({h for _, h in hits}))
    known = {h: (did, MH.from_text(sig), dup) for h, did, sig, dup in stored}
    facts: dict[str, tuple[Any, ...]] = {}
    minhash_rows: list[tuple[Any, ...]] = []
    lsh_rows: list[tuple[Any, ...]] = []
    for h, doc_id, _, url, meta, published in docs:
        cands = {c for b in bands[h] for c in by_band.get(b, ()) if c != h}
        found = MH.best_match(sigs[h], [(c, known[c][1]) for c in cands if c in known])
        dup, sim = None, None
        if found is not None:
            other = known[found[0]]
            dup, sim = other[2] or other[0], found[1]  # copies of copies point at the original
        source = MH.source_of(url, json.loads(meta) if meta else {}, fallback=f"doc:{doc_id}")
        facts[h] = (doc_id, dup, source, _as_date(published))
        minhash_rows.append((h, doc_id, MH.to_text(sigs[h]), source, published, dup, sim))
        lsh_rows.extend((b, h) for b in bands[h])
        # Later documents of this batch may copy this one.
        known[h] = (doc_id, sigs[h], dup)
        for b in bands[h]:
            by_band.setdefault(b, set()).add(h)
    with db.transaction():
        db.insert_rows("doc_minhash", ("content_hash", "doc_id", "signature", "source",
                                       "published", "duplicate_of", "similarity"), minhash_rows)
        db.insert_rows("doc_lsh", ("band_key", "content_hash"), lsh_rows)
    return facts


def _state(row: tuple[Any, ...]) -> ClusterState:
    cid, key, event, lo, hi, prec, place, mentions, anchors = row
    when = K.Period(_as_date(lo) or date.min, _as_date(hi) or date.max, prec) \
        if lo is not None else None
    return ClusterState(cid, key, event, when, place, int(mentions or 0),
                        frozenset((anchors or "").split()))


def _load_candidates(db: Backend, recs: list[tuple[dict[str, Any], date | None]]) -> ClusterIndex:
    """The stored clusters that the new events could join (same key, near dates)."""
    wanted = sorted({K.cluster_key(r) for r, _ in recs})
    periods = [p for r, pub in recs if (p := K.period(r, pub)) is not None]
    cols = ("cluster_id, cluster_key, event, period_lo, period_hi, period_precision, "
            "place_country, num_mentions, anchors")
    if periods:
        lo = min(p.lo for p in periods).replace(day=1).toordinal() - 31
        hi = max(p.hi for p in periods).toordinal() + 31
        rows = _chunked(db, f"SELECT {cols} FROM clusters WHERE cluster_key IN ({{marks}}) AND "
                        "(period_lo IS NULL OR (period_hi >= ? AND period_lo <= ?))", wanted,
                        [date.fromordinal(lo), date.fromordinal(hi)])
    else:
        rows = _chunked(db, f"SELECT {cols} FROM clusters WHERE cluster_key IN ({{marks}})",
                        wanted)
    return ClusterIndex(_state(r) for r in rows)


def update(db: Backend, hashes: Sequence[str] | None = None) -> dict[str, int]:
    """Dedup and cluster stored documents not yet done (those of `hashes`, or all)."""
    with db.lock:
        cols = "d.content_hash, d.id, d.text, d.url, d.metadata, d.published"
        base = (f"SELECT {cols} FROM documents d WHERE d.content_hash NOT IN "
                "(SELECT content_hash FROM doc_minhash)")
        order = " ORDER BY d.added_at, d.published, d.id"
        if hashes is None:
            docs = db.query(base + order)
        else:
            docs = _chunked(db, base + " AND d.content_hash IN ({marks})" + order,
                            sorted(set(hashes)))
            docs.sort(key=lambda r: (r[5] or date.max, r[1]))
        if not docs:
            return {"documents": 0, "duplicates": 0, "events": 0, "new_clusters": 0}
        facts = _link_duplicates(db, docs)
        rank = {h: i for i, h in enumerate(facts)}
        sel = ", ".join(f"e.{c}" for c in R.RECORD_COLUMNS)
        rows = _chunked(db, f"SELECT {sel}, e.content_hash FROM events e "
                        "WHERE e.content_hash IN ({marks})", list(facts))
        rows.sort(key=lambda r: (rank[r[-1]], r[R.RECORD_COLUMNS.index("sentence_index")],
                                 r[0]))
        recs = [(R.event_record(r[:-1]), facts[r[-1]][3]) for r in rows]
        recs = [(r, pub) for r, pub in recs if K.counted(r)]
        index = _load_candidates(db, recs)
        staging, touched, new = [], set(), 0
        for rec, pub in recs:
            cid, founded = index.assign(rec, pub)
            staging.append((rec["event_id"], cid))
            touched.add(cid)
            new += founded
        with db.transaction():
            db.insert_rows("cluster_staging", ("event_id", "cluster_id"), staging)
            db.execute("UPDATE events SET cluster_id = s.cluster_id FROM cluster_staging s "
                       "WHERE events.event_id = s.event_id")
            db.execute("DELETE FROM cluster_staging")
            _rewrite(db, index, sorted(touched))
        return {"documents": len(facts), "events": len(recs), "new_clusters": new,
                "duplicates": sum(1 for f in facts.values() if f[1] is not None)}


def _rewrite(db: Backend, index: ClusterIndex, ids: list[str]) -> None:
    """Recompute and store the summaries of the touched clusters (inside a transaction)."""
    sel = ", ".join(f"e.{c}" for c in R.RECORD_COLUMNS)
    rows = _chunked(db, f"SELECT {sel}, m.duplicate_of, m.source, m.published FROM events e "
                    "JOIN doc_minhash m ON m.content_hash = e.content_hash "
                    "WHERE e.cluster_id IN ({marks})", ids)
    members: dict[str, list[Member]] = {}
    n = len(R.RECORD_COLUMNS)
    for r in rows:
        rec = R.event_record(r[:n])
        dup, source, published = r[n:]
        members.setdefault(rec["cluster_id"], []).append(
            Member(rec, dup or rec["doc_id"], source, _as_date(published)))
    out = []
    for cid in ids:
        st = index.by_id[cid]
        s = summarize(cid, members.get(cid, []))
        p = st.period
        values = {**s, "cluster_key": st.key, "day": R.period_start(s["date"]),
                  "period_lo": p.lo if p else None, "period_hi": p.hi if p else None,
                  "period_precision": p.precision if p else None, "place_country": st.place,
                  "anchors": " ".join(sorted(st.anchors)) or None,
                  "location_country": (s["location"] or {}).get("country"),
                  "first_seen": _as_date(s["first_seen"]), "last_seen": _as_date(s["last_seen"])}
        out.append(tuple(json.dumps(values[c], ensure_ascii=False) if c in _JSON
                         else values[c] for c in CLUSTER_COLUMNS))
    for i in range(0, len(ids), CHUNK):
        part = ids[i:i + CHUNK]
        db.execute(f"DELETE FROM clusters WHERE cluster_id IN ({_marks(len(part))})", part)
    db.insert_rows("clusters", CLUSTER_COLUMNS, out)


# --- reading (the API) ---------------------------------------------------------------------

_ORDER = " ORDER BY c.day DESC NULLS LAST, c.num_mentions DESC, c.cluster_id"


def _where(type: str | None, country: str | None, date_from: date | None,
           date_to: date | None) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    # PostgreSQL refuses NUL in text parameters; no code contains one, so drop it.
    type, country = (v.replace("\x00", "") if v else v for v in (type, country))
    if type:
        types = [t.strip().upper() for t in type.split(",") if t.strip()]
        clauses.append(f"c.event IN ({_marks(len(types))})")
        params.extend(types)
    if country:
        # countries is a JSON list of ISO codes: match the quoted code (never a LIKE wildcard).
        clauses.append("c.countries LIKE ?")
        params.append('%"' + country.strip().upper().replace("%", "").replace("_", "") + '"%')
    if date_from:
        clauses.append("c.day >= ?")
        params.append(date_from)
    if date_to:
        clauses.append("c.day <= ?")
        params.append(date_to)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def cluster_record(row: tuple[Any, ...], event_ids: list[str]) -> dict[str, Any]:
    """The API record of a clusters row (selected as CLUSTER_COLUMNS)."""
    rec = {c: (json.loads(v) if c in _JSON and v is not None else v)
           for c, v in zip(CLUSTER_COLUMNS, row, strict=True)}
    for c in ("cluster_key", "day", "period_lo", "period_hi", "period_precision",
              "place_country", "anchors", "location_country"):
        del rec[c]
    for c in ("first_seen", "last_seen"):
        rec[c] = rec[c].isoformat() if rec[c] is not None else None
    rec["event_ids"] = event_ids
    return rec


def _members(db: Backend, ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {i: [] for i in ids}
    for cid, eid in _chunked(db, "SELECT cluster_id, event_id FROM events WHERE cluster_id IN "
                             "({marks}) ORDER BY event_id", ids):
        out[cid].append(eid)
    return out


def find_clusters(db: Backend, type: str | None = None, country: str | None = None,
                  date_from: date | None = None, date_to: date | None = None,
                  limit: int = 100, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """(total, one page of cluster records), newest first, then most reported."""
    clause, params = _where(type, country, date_from, date_to)
    total = int(db.query(f"SELECT count(*) FROM clusters c{clause}", params)[0][0])
    if limit <= 0 or offset >= total:
        return total, []
    cols = ", ".join(f"c.{c}" for c in CLUSTER_COLUMNS)
    rows = db.query(f"SELECT {cols} FROM clusters c{clause}{_ORDER} LIMIT ? OFFSET ?",
                    [*params, int(limit), int(offset)])
    members = _members(db, [r[0] for r in rows])
    return total, [cluster_record(r, members[r[0]]) for r in rows]


def get_cluster(db: Backend, cluster_id: str) -> dict[str, Any] | None:
    """One cluster with its member event records (and which documents are copies)."""
    cols = ", ".join(f"c.{c}" for c in CLUSTER_COLUMNS)
    rows = db.query(f"SELECT {cols} FROM clusters c WHERE c.cluster_id = ?", [cluster_id])
    if not rows:
        return None
    sel = ", ".join(f"e.{c}" for c in R.RECORD_COLUMNS)
    evs = db.query(f"SELECT {sel}, m.duplicate_of FROM events e LEFT JOIN doc_minhash m "
                   "ON m.content_hash = e.content_hash WHERE e.cluster_id = ? "
                   "ORDER BY e.event_id", [cluster_id])
    events = []
    for r in evs:
        rec = R.event_record(r[:-1])
        rec["duplicate_of"] = r[-1]
        events.append(rec)
    out = cluster_record(rows[0], [e["event_id"] for e in events])
    out["events"] = events
    return out


def duplicates(db: Backend, doc_id: str) -> str | None:
    """The id of the document this one copies, or None."""
    rows = db.query("SELECT duplicate_of FROM doc_minhash WHERE doc_id = ?", [doc_id])
    return rows[0][0] if rows else None
