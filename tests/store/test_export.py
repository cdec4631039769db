"""Export formats: GDELT 2.0 rows in GDELT's column order, PLOVER JSON Lines, CSV, Parquet."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
from storehelp import seed_document

from warta.model import Document
from warta.pipeline import process
from warta.store import Store
from warta.store.export import (
    GDELT_COLUMNS,
    gdelt_row,
    global_event_id,
    write_csv,
    write_gdelt,
    write_parquet,
    write_plover,
)


def test_gdelt_has_61_columns_in_gdelt_order() -> None:
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:8] == ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
                                 "Actor1Code", "Actor1Name", "Actor1CountryCode"]
    assert GDELT_COLUMNS[25:35] == ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
                                    "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
                                    "NumArticles", "AvgTone"]
    assert GDELT_COLUMNS[51:53] == ["ActionGeo_Type", "ActionGeo_FullName"]
    assert GDELT_COLUMNS[-2:] == ["DATEADDED", "SOURCEURL"]


def test_gdelt_row_of_seed_consult(store: Store) -> None:
    store.write([seed_document()])
    out = io.StringIO()
    assert write_gdelt(store.iter_events(), out) == 2  # the negated ASSAULT is left out
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True))
            for line in out.getvalue().splitlines()]
    consult = next(r for r in rows if r["EventCode"] == "041")
    assert consult["Day"] == "20250121" and consult["MonthYear"] == "202501"
    assert consult["Year"] == "2025" and consult["FractionDate"] == "2025.0548"
    assert consult["Actor1CountryCode"] == "CHN" and consult["Actor2CountryCode"] == "RUS"
    assert consult["Actor1Code"] == "CHNGOV" and consult["Actor1Name"] == "XI JINPING"
    assert consult["EventBaseCode"] == "041" and consult["EventRootCode"] == "04"
    assert consult["QuadClass"] == "1" and float(consult["GoldsteinScale"]) == 1.0
    assert consult["IsRootEvent"] == "1"
    assert consult["ActionGeo_Type"] == "4" and consult["ActionGeo_CountryCode"] == "CHN"
    assert consult["ActionGeo_Lat"] == "39.9075" and consult["ActionGeo_FeatureID"] == "1816670"
    assert len(consult["DATEADDED"]) == 14
    assert consult["SOURCEURL"] == "000_1bb352efa15facdf"  # no URL: the document id
    assert consult["GlobalEventID"] == str(global_event_id("000_1bb352efa15facdf:0:0"))
    accuse = next(r for r in rows if r["EventCode"] == "112")
    assert accuse["Actor2KnownGroupCode"] == "IGO" and accuse["Actor2CountryCode"] == ""
    assert accuse["Day"] == "20250101" and accuse["IsRootEvent"] == "0"


def test_undated_event_falls_back_to_publication_date() -> None:
    rec = seed_document().events[0].to_dict() | {"date": None}
    row = gdelt_row(rec, {"published": date(2025, 1, 22), "url": "https://x.example/a"})
    assert row is not None and row[1] == "20250122" and row[-1] == "https://x.example/a"


def test_plover_csv_and_parquet_round_trip(store: Store, tmp_path: Path) -> None:
    store.write([seed_document()])
    expected = [e.to_dict() for e in seed_document().events]
    out = io.StringIO()
    assert write_plover(store.iter_events(), out) == 3
    got = [json.loads(line) for line in out.getvalue().splitlines()]
    # Stored events carry the cluster (issue 9) of asserted reports; the rest is as coded.
    assert [g.pop("cluster_id", None) is not None for g in got] == [True, True, False]
    assert got == expected
    out = io.StringIO()
    assert write_csv(store.iter_events(), out) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["event"] == "CONSULT" and rows[0]["actor_countries"] == "CHN;RUS"
    assert json.loads(rows[1]["recipient"])[0]["name"] == "North Atlantic Treaty Organization"
    path = tmp_path / "events.parquet"
    assert write_parquet(store.iter_events(), path) == 3
    table = pq.read_table(path).to_pylist()
    assert table[0]["actor"][1]["country"] == "RUS"
    assert table[0]["location"]["geonameid"] == 1816670
    assert table[2]["negated"] is True and table[2]["location"] is None


def test_an_event_with_no_actor_named_exports_with_empty_actor_columns(store: Store) -> None:
    """ "The probe began in June": an inquiry no one is named for is stored and exported."""
    doc = process(Document(id="probe", text="The probe began in June, focusing on Mr Winterkorn.",
                           lang="en", published=date(2024, 6, 2)))
    assert [e.actor for e in doc.events] == [[]]
    store.write([doc])
    out = io.StringIO()
    assert write_gdelt(store.iter_events(), out) == 1
    row = dict(zip(GDELT_COLUMNS, out.getvalue().rstrip("\n").split("\t"), strict=True))
    assert row["EventCode"] == "090" and row["Actor1Code"] == "" and row["Actor1Name"] == ""
    buf = io.StringIO()
    write_plover(store.iter_events(), buf)
    assert json.loads(buf.getvalue().splitlines()[0])["actor"] == []
