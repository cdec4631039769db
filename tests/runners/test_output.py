"""The shard writer: fixed schemas, valid empty shards, markers last, cleanup of killed runs."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from warta.model import Document
from warta.runners.output import (
    TABLES,
    check_settings,
    clear_incomplete,
    done_shards,
    is_done,
    table_path,
    write_shard,
)
from warta.runners.work import ShardRecords, code_item
from warta.store.arrow_schema import EVENT_SCHEMA


def test_an_empty_shard_writes_valid_files_with_the_fixed_schema(tmp_path: Path) -> None:
    assert write_shard(tmp_path, "empty", ShardRecords()) == \
        {"documents": 0, "events": 0, "statements": 0, "errors": 0}
    for table, schema in TABLES.items():
        got = pq.read_table(str(table_path(tmp_path, table, "empty")))
        assert got.num_rows == 0 and got.schema.equals(schema)
    assert is_done(tmp_path, "empty") and done_shards(tmp_path) == ["empty"]


def test_a_coded_shard_has_the_contract_columns(tmp_path: Path) -> None:
    records = ShardRecords()
    records.add(code_item(Document(id="d", text="Presiden Prabowo Subianto bertemu Perdana "
                                   "Menteri Malaysia Anwar Ibrahim di Jakarta.", lang="id")))
    counts = write_shard(tmp_path, "one", records)
    table = pq.read_table(str(table_path(tmp_path, "events", "one")))
    assert table.schema.equals(EVENT_SCHEMA)
    assert counts["documents"] == 1 and counts["events"] == table.num_rows >= 1
    assert json.loads((tmp_path / "_SUCCESS.one").read_text()) == counts
    assert not list(tmp_path.rglob("*.tmp"))


def test_a_crash_inside_the_pipeline_is_an_error_record() -> None:
    rec = code_item(Document(id="bad", text=None, lang="id"))  # type: ignore[arg-type]
    assert rec["events"] == [] and rec["document"]["id"] == "bad"
    assert rec["error"]["item"] == "bad" and "internal error" in rec["error"]["reason"]


def test_clear_incomplete_removes_unmarked_shards_and_temporaries(tmp_path: Path) -> None:
    write_shard(tmp_path, "done", ShardRecords())
    write_shard(tmp_path, "half", ShardRecords())
    (tmp_path / "_SUCCESS.half").unlink()  # as if killed before the marker
    (tmp_path / "events" / ".half.parquet.123.tmp").write_text("partial")
    clear_incomplete(tmp_path, ["half"])
    assert sorted(p.name for p in (tmp_path / "events").iterdir()) == ["done.parquet"]
    assert done_shards(tmp_path) == ["done"]


def test_settings_are_recorded_and_a_different_rerun_is_refused(tmp_path: Path) -> None:
    assert check_settings(tmp_path, {"lang": "id", "published": None}) is None
    assert check_settings(tmp_path, {"lang": "id", "published": None}) is None
    assert check_settings(tmp_path, {"lang": "en", "published": None}) == \
        {"lang": "id", "published": None}
