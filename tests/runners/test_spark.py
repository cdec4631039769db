"""The Spark engine (one local[2] session, tiny corpus): same output as local and as extract."""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from runners.runhelp import extracted, run_records, small_corpus
from warta.cli.main import main
from warta.runners.output import TABLES, done_shards, table_path

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("pyspark") is None
    or not (shutil.which("java") or os.environ.get("JAVA_HOME")),
    reason="pyspark or java is not installed")


def test_spark_writes_what_local_writes(tmp_path: Path) -> None:
    src = small_corpus(tmp_path)
    spark_out, local_out = tmp_path / "spark", tmp_path / "local"
    assert main(["run", "--input", str(src), "--output", str(spark_out), "--engine", "spark",
                 "--workers", "2"]) == 0
    assert main(["run", "--input", str(src), "--output", str(local_out), "--workers", "1"]) == 0
    shards = done_shards(local_out)
    assert done_shards(spark_out) == shards == ["empty.jsonl", "id.jsonl", "nested--en.jsonl",
                                                "texts"]
    for shard in shards:
        for table in TABLES:
            a = pq.read_table(str(table_path(spark_out, table, shard)))
            b = pq.read_table(str(table_path(local_out, table, shard)))
            assert a.schema.equals(b.schema) and a.to_pylist() == b.to_pylist(), (shard, table)
    assert run_records(spark_out) == extracted([src], tmp_path)
    assert (spark_out / "_SUCCESS.empty.jsonl").read_text().startswith('{"documents": 0')
