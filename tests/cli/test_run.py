"""`warta run`: same events as extract, reruns do nothing, user errors, loading into the store."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from runners.runhelp import extracted, run_records, small_corpus
from warta.cli.main import main
from warta.runners.reader import read_errors
from warta.store import EventFilter, open_store


def test_run_local_equals_extract_and_a_rerun_does_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, out = small_corpus(tmp_path), tmp_path / "out"
    assert main(["run", "--input", str(src), "--output", str(out), "--workers", "1"]) == 0
    assert "4 shards coded (0 already done): 7 documents" in capsys.readouterr().err
    assert run_records(out) == extracted([src], tmp_path)
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*")}
    assert main(["run", "--input", str(src), "--output", str(out)]) == 0
    assert "all 4 shards" in capsys.readouterr().err
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*")} == before


def test_a_new_shard_is_coded_on_rerun_and_the_old_ones_kept(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, out = small_corpus(tmp_path), tmp_path / "out"
    assert main(["run", "--input", str(src), "--output", str(out), "--workers", "1"]) == 0
    (src / "late.jsonl").write_text('{"id": "late", "text": "Polisi menangkap dua orang."}\n',
                                    encoding="utf-8")
    capsys.readouterr()
    assert main(["run", "--input", str(src), "--output", str(out), "--workers", "1"]) == 0
    assert "1 shards coded (4 already done): 1 documents" in capsys.readouterr().err


@pytest.mark.parametrize(("extra", "message"), [
    (["--lang", "en"], "holds a run with other settings"),
    (["--workers", "0"], "--workers must be at least 1"),
    (["--spark-master", "local[2]"], "--spark-master needs --engine spark"),
])
def test_user_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str],
                     message: str) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "one.jsonl").write_text('{"id": "a", "text": "Polisi menangkap dua orang."}\n',
                                   encoding="utf-8")
    assert main(["run", "--input", str(src), "--output", str(out), "--lang", "id"]) == 0
    capsys.readouterr()
    args = ["run", "--input", str(src), "--output", str(out), *extra]
    if "--lang" not in extra:
        args += ["--lang", "id"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err and "hint:" in err


def test_missing_input_is_a_user_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "--input", str(tmp_path / "nope"), "--output", str(tmp_path)]) == 2
    assert "no such input" in capsys.readouterr().err


def test_spark_without_pyspark_says_how_to_install(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("pyspark", "pyspark.sql"):  # importing pyspark now raises ImportError
        monkeypatch.setitem(sys.modules, name, None)
    src = tmp_path / "in"
    src.mkdir()
    (src / "one.jsonl").write_text('{"id": "a", "text": "x"}\n', encoding="utf-8")
    assert main(["run", "--input", str(src), "--output", str(tmp_path / "o"),
                 "--engine", "spark"]) == 2
    err = capsys.readouterr().err
    assert "needs pyspark" in err and "pip install 'warta[spark]'" in err


def test_ingest_loads_a_run_without_recoding_and_twice_changes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, out, db = small_corpus(tmp_path), tmp_path / "out", str(tmp_path / "w.duckdb")
    (src / "bad.jsonl").write_text("not json\n", encoding="utf-8")
    assert main(["run", "--input", str(src), "--output", str(out), "--workers", "1"]) == 0
    assert main(["ingest", str(out), "--db", db]) == 0
    with open_store(db) as store:
        first = store.counts()
        _, stored = store.events(EventFilter(), limit=1000)
    assert first["documents"] == 7 and first["errors"] == len(list(read_errors(out))) >= 1
    assert first["events"] == len(run_records(out))
    assert sorted(e["event_id"] for e in stored) == [e["event_id"] for e in run_records(out)]
    assert main(["ingest", str(out), "--db", db]) == 0
    with open_store(db) as store:
        again = store.counts()
    assert {k: v for k, v in again.items() if k not in ("runs", "errors")} == \
        {k: v for k, v in first.items() if k not in ("runs", "errors")}
    assert "stored 0 documents (7 already stored" in capsys.readouterr().err
