"""The local engine: same events as `warta extract`, deterministic, and safe to kill and rerun."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq

from runners.runhelp import SEED, extracted, many_shards, run_records, small_corpus
from warta.cli.main import main
from warta.runners.local import run_local
from warta.runners.output import TABLES, done_shards, table_path
from warta.runners.reader import read_documents, read_events
from warta.runners.shards import list_shards


def tables(out: Path) -> dict[str, list[dict[str, object]]]:
    """Every row of every table of every finished shard, in shard then file order."""
    return {f"{t}/{s}": pq.read_table(str(table_path(out, t, s))).to_pylist()
            for s in done_shards(out) for t in TABLES}


def test_two_workers_give_the_events_of_extract_and_of_one_worker(tmp_path: Path) -> None:
    src = small_corpus(tmp_path)
    shards = list_shards(src)
    assert [s.name for s in shards] == ["empty.jsonl",
                                        "id.jsonl", "nested--en.jsonl", "texts"]
    two = run_local(shards, tmp_path / "two", None, None, workers=2)
    one = run_local(shards, tmp_path / "one", None, None, workers=1)
    assert one == two and two["documents"] == 7 and two["events"] > 0
    assert tables(tmp_path / "one") == tables(tmp_path / "two")  # same rows, same order
    assert run_records(tmp_path / "two") == extracted([src], tmp_path)
    docs = list(read_documents(tmp_path / "two"))
    assert sum(len(d.events) for d in docs) == two["events"]
    assert {d.id for d in docs} >= {SEED.stem, "id-0", "en-2"}


def test_killed_run_resumes_to_the_clean_result(tmp_path: Path) -> None:
    src = many_shards(tmp_path, shards=60, per_shard=8)
    out = tmp_path / "killed"
    cmd = [sys.executable, "-m", "warta.cli.main", "run", "--input", str(src),
           "--output", str(out), "--workers", "2"]
    proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL)
    # Wait for the first finished shard, then kill the parent: its workers die with it.
    deadline = time.monotonic() + 120
    while not list(out.glob("_SUCCESS.*")) and proc.poll() is None:
        assert time.monotonic() < deadline, "no shard finished"
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done = done_shards(out)
    assert 0 < len(done) < 60, "the run finished before it could be killed"
    partial = list(read_events(out))
    assert main(["run", "--input", str(src), "--output", str(out), "--workers", "2"]) == 0
    assert main(["run", "--input", str(src), "--output", str(tmp_path / "clean"),
                 "--workers", "1"]) == 0
    assert tables(out) == tables(tmp_path / "clean")
    events = list(read_events(out))
    ids = [e["event_id"] for e in events]
    assert len(ids) == len(set(ids)) and all(e in events for e in partial)
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
