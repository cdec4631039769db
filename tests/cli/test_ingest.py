"""`warta ingest`: idempotent on the seed article and the dev texts, errors recorded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from devinputs import write_dev_inputs
from warta.cli.main import main
from warta.store import EventFilter, open_store

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "000_1bb352efa15facdf.txt"


def counts(db: Path) -> dict[str, int]:
    with open_store(str(db)) as store:
        c = store.counts()
    del c["runs"]  # every ingest is a run, even one that adds nothing
    return c


def dev_inputs(tmp_path: Path) -> list[str]:
    """The dev sentences as JSON Lines inputs, in Indonesian and in English."""
    paths = write_dev_inputs(tmp_path)
    if not paths:
        pytest.skip("/work/shared/eval is not here")
    return [str(p) for p in paths]


def test_ingesting_twice_changes_nothing(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "warta.duckdb"
    inputs = [str(SEED), *dev_inputs(tmp_path)]
    args = ["ingest", *inputs, "--db", str(db), "--published", "2025-01-22"]
    assert main(args) == 0
    first = counts(db)
    assert first["documents"] == 1 + 61 + 61  # id and en texts share ids: both are kept
    assert first["events"] > 20 and first["actors"] > first["events"]
    assert "stored 123 documents" in capsys.readouterr().err
    assert main(args) == 0
    assert counts(db) == first
    assert "stored 0 documents (123 already stored" in capsys.readouterr().err
    with open_store(str(db)) as store:
        runs = store.db.query("SELECT documents, duplicates FROM runs ORDER BY started_at")
        _, events = store.events(EventFilter(type="CONSULT", country="CHN"))
    assert runs == [(123, 0), (0, 123)]
    assert any(e["doc_id"] == SEED.stem and e["sentence_index"] == 0 for e in events)


def test_unreadable_inputs_are_recorded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.duckdb"
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe not utf-8")
    args = ["ingest", str(tmp_path / "bad.txt"), str(tmp_path / "missing.txt"), "--db", str(db)]
    assert main(args) == 0
    assert main([*args, "--strict"]) == 1
    with open_store(str(db)) as store:
        items = [r[0] for r in store.db.query("SELECT item FROM errors ORDER BY item")]
    assert len(items) == 4 and items[0].endswith("bad.txt")
    assert "not UTF-8" in capsys.readouterr().err


def test_locked_store_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.duckdb"
    code = ("import sys, time; from warta.store import open_store; s = open_store(sys.argv[1]); "
            "print('open', flush=True); time.sleep(30)")
    holder = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        assert main(["ingest", str(SEED), "--db", str(db)]) == 2
        err = capsys.readouterr().err
        assert "cannot open" in err and "hint:" in err
    finally:
        holder.kill()
        holder.wait()
