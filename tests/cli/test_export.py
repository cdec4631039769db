"""`warta export` in each format from a store the CLI ingested."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from warta.cli.main import main
from warta.store.export import GDELT_COLUMNS

SEED = Path(__file__).resolve().parents[2] / "examples" / "000_1bb352efa15facdf.txt"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "warta.duckdb"
    assert main(["ingest", str(SEED), "--db", str(path), "--published", "2025-01-22"]) == 0
    return path


def test_gdelt_export_has_the_seed_consult(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    assert main(["export", "--format", "gdelt", "-o", str(out), "--db", str(db)]) == 0
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True))
            for line in out.read_text(encoding="utf-8").splitlines()]
    consult = [r for r in rows if r["EventCode"] == "041" and r["IsRootEvent"] == "1"]
    assert len(consult) == 1
    row = consult[0]
    assert (row["Actor1CountryCode"], row["Actor2CountryCode"]) == ("CHN", "RUS")
    assert row["Day"] == "20250121" and float(row["GoldsteinScale"]) == 1.0
    assert row["QuadClass"] == "1"


def test_plover_csv_parquet(db: Path, tmp_path: Path) -> None:
    for fmt, name in (("plover", "e.jsonl"), ("csv", "e.csv"), ("parquet", "e.parquet")):
        assert main(["export", "--format", fmt, "-o", str(tmp_path / name), "--db", str(db)]) == 0
    records = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert records and all(r["doc_id"] == SEED.stem for r in records)
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == len(records)
    assert table.column("event_id").to_pylist() == [r["event_id"] for r in records]
    assert (tmp_path / "e.csv").read_text().count("\n") >= len(records) + 1


def test_missing_store_and_parquet_to_stdout_are_user_errors(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "csv", "-o", "x", "--db", str(tmp_path / "no")]) == 2
    assert main(["export", "--format", "parquet", "-o", "-"]) == 2
    err = capsys.readouterr().err
    assert "no store" in err and "parquet cannot be written to stdout" in err
