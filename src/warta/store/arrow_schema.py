"""The Arrow schema of an event record: nested contract fields as structs and lists."""

from __future__ import annotations

import pyarrow as pa

SPAN = pa.list_(pa.int64())
ACTOR = pa.struct([
    ("text", pa.string()), ("name", pa.string()), ("country", pa.string()),
    ("sector", pa.string()), ("wikidata", pa.string()), ("span", SPAN),
])
LOCATION = pa.struct([
    ("text", pa.string()), ("name", pa.string()), ("country", pa.string()),
    ("lat", pa.float64()), ("lon", pa.float64()), ("geonameid", pa.int64()),
])
TRIGGER = pa.struct([("text", pa.string()), ("span", SPAN)])

# Field order is the contract's (SCHEMA.md), then the optional fields.
EVENT_SCHEMA = pa.schema([
    ("event_id", pa.string()), ("doc_id", pa.string()), ("lang", pa.string()),
    ("event", pa.string()), ("mode", pa.string()), ("context", pa.list_(pa.string())),
    ("actor", pa.list_(ACTOR)), ("recipient", pa.list_(ACTOR)),
    ("date", pa.string()), ("date_precision", pa.string()), ("date_text", pa.string()),
    ("location", LOCATION), ("negated", pa.bool_()), ("modality", pa.string()),
    ("sentence_index", pa.int32()), ("sentence", pa.string()), ("trigger", TRIGGER),
    ("cameo", pa.string()), ("goldstein", pa.float64()), ("quad_class", pa.int32()),
    ("confidence", pa.float64()), ("rule", pa.string()), ("source", pa.string()),
    ("speaker", ACTOR), ("cluster_id", pa.string()),
])
