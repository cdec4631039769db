"""Stored events out as PLOVER JSON Lines, GDELT 2.0 event TSV, CSV or Parquet.

GDELT notes (what differs from GDELT's own files, so scripts can take it into account):
- GlobalEventID is a stable 60-bit hash of the event_id (the same event keeps its number).
- Day/MonthYear/Year/FractionDate come from the event date (the first day of a month or
  year when that is all the text gives), else the document's publication date.
- Actor1 is the first actor; Actor2 the first recipient, or the second actor when there is no
  recipient (PLOVER lists all participants of a meeting as actors).
- Actor codes are CAMEO-style: country code + sector ("CHNGOV"); Type1Code is the sector.
- *_Geo_CountryCode is ISO 3166 alpha-3 (GDELT uses FIPS 10-4; we ship no FIPS table), and
  Actor1Geo/Actor2Geo are empty: warta locates events, not actors.
- NumMentions/NumSources/NumArticles are 1 and AvgTone is 0 (warta does no tone scoring).
- Only asserted, non-negated events are exported (GDELT has no field for denial or plans).
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from warta.model import NON_STATE_CODES
from warta.store.rows import RECORD_COLUMNS, period_start

GDELT_COLUMNS = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{f}" for n in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{p}_{f}" for p in ("Actor1Geo", "Actor2Geo", "ActionGeo") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
]
FORMATS = ("plover", "gdelt", "parquet", "csv")

Info = dict[str, Any]


def global_event_id(event_id: str) -> int:
    """A stable positive integer for an event id (GDELT scripts expect integers)."""
    return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:15], 16)


def _actor_fields(actor: dict[str, Any] | None) -> list[str]:
    if not actor:
        return [""] * 10
    country = actor.get("country") or ""
    sector = actor.get("sector") or ""
    group = country if country in NON_STATE_CODES else ""
    name = (actor.get("name") or actor.get("text") or "").upper()
    return [country + sector, name, "" if group else country, group, "", "", "", sector, "", ""]


def _geo_fields(loc: dict[str, Any] | None) -> list[str]:
    if not loc:
        return ["0", "", "", "", "", "", "", ""]
    has_point = loc.get("lat") is not None and loc.get("lon") is not None
    # 4 = WORLDCITY (a point), 1 = COUNTRY (only the country is known)
    geo_type = "4" if has_point else "1"
    return [geo_type, loc.get("name") or loc.get("text") or "", loc.get("country") or "", "", "",
            _num(loc.get("lat")), _num(loc.get("lon")), str(loc.get("geonameid") or "")]


def _num(value: Any) -> str:
    # 10 significant digits: coordinates keep their 5 decimals, scores print as "1" or "-2.5".
    return "" if value is None else f"{float(value):.10g}"


def _when(rec: dict[str, Any], info: Info) -> date | None:
    day = period_start(rec.get("date"))
    published = info.get("published")
    if day is None and isinstance(published, date):
        return published
    return day


def gdelt_row(rec: dict[str, Any], info: Info) -> list[str] | None:
    """The 61 GDELT 2.0 event fields of one record, or None when GDELT cannot carry it."""
    if rec.get("negated") or rec.get("modality") != "asserted":
        return None
    day = _when(rec, info)
    actors, recipients = rec.get("actor") or [], rec.get("recipient") or []
    first = actors[0] if actors else None
    second = recipients[0] if recipients else (actors[1] if len(actors) > 1 else None)
    code = rec.get("cameo") or ""
    added = info.get("added_at")
    row = [
        str(global_event_id(rec["event_id"])),
        day.strftime("%Y%m%d") if day else "", day.strftime("%Y%m") if day else "",
        str(day.year) if day else "",
        f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
        *_actor_fields(first), *_actor_fields(second),
        "1" if rec.get("sentence_index") == 0 else "0",
        code, code[:3], code[:2],
        str(rec.get("quad_class") or ""), _num(rec.get("goldstein")),
        "1", "1", "1", "0",
        *_geo_fields(None), *_geo_fields(None), *_geo_fields(rec.get("location")),
        added.strftime("%Y%m%d%H%M%S") if isinstance(added, datetime) else "",
        info.get("url") or rec.get("doc_id") or "",
    ]
    return row


def write_plover(events: Iterable[tuple[dict[str, Any], Info]], out: IO[str]) -> int:
    """Contract records as JSON Lines."""
    n = 0
    for rec, _ in events:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_gdelt(events: Iterable[tuple[dict[str, Any], Info]], out: IO[str]) -> int:
    """GDELT 2.0 event rows, tab-separated, no header (as GDELT's own export files)."""
    n = 0
    for rec, info in events:
        row = gdelt_row(rec, info)
        if row is not None:
            # Tabs or newlines inside a field would break the TSV for every GDELT reader.
            out.write("\t".join(f.replace("\t", " ").replace("\n", " ") for f in row) + "\n")
            n += 1
    return n


def flat_record(rec: dict[str, Any]) -> dict[str, Any]:
    """One flat row for CSV: nested fields as JSON text, plus handy country columns."""
    row = {c: rec.get(c) for c in RECORD_COLUMNS}
    for key in ("context", "actor", "recipient", "location", "trigger", "speaker"):
        row[key] = json.dumps(rec.get(key), ensure_ascii=False) if rec.get(key) is not None else ""
    for role in ("actor", "recipient"):
        row[f"{role}_countries"] = ";".join(a.get("country") or "" for a in rec.get(role) or [])
    return row


def write_csv(events: Iterable[tuple[dict[str, Any], Info]], out: IO[str]) -> int:
    """Flat CSV with a header row."""
    writer: csv.DictWriter[str] | None = None
    n = 0
    for rec, _ in events:
        row = flat_record(rec)
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(row)
        n += 1
    if writer is None:
        csv.writer(out).writerow([*RECORD_COLUMNS, "actor_countries", "recipient_countries"])
    return n


def _batches(events: Iterable[tuple[dict[str, Any], Info]], size: int) -> Iterator[list[Any]]:
    batch: list[dict[str, Any]] = []
    for rec, _ in events:
        batch.append({c: rec.get(c) for c in RECORD_COLUMNS})
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_parquet(events: Iterable[tuple[dict[str, Any], Info]], path: Path) -> int:
    """Parquet with nested fields as structs and lists (the columns of `warta run`)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from warta.store.arrow_schema import EVENT_SCHEMA

    n = 0
    with pq.ParquetWriter(str(path), EVENT_SCHEMA) as writer:
        for batch in _batches(events, 10000):
            writer.write_table(pa.Table.from_pylist(batch, schema=EVENT_SCHEMA))
            n += len(batch)
    return n
