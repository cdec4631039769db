"""`kill -9` in the middle of `warta ingest`, then a rerun: every document and event stored
exactly once, nothing missing compared with a clean run (writes are one transaction per batch,
keyed by content hash)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from warta.cli.ingest import BATCH

PUD = Path("/work/shared/eval/pud_id.tsv")
MARK = "kill-marker"
MARK_LINE = BATCH + 21  # a bad line after the first batch: its error says batch 1 is in


def _corpus(path: Path) -> Path:
    """Sentences of PUD as documents, a bad line after the first batch and another later."""
    rows = [line.split("\t", 1) for line in PUD.read_text(encoding="utf-8").splitlines()[1:]]
    lines = [json.dumps({"id": sid, "text": text, "lang": "id", "published": "2016-11-20"})
             for sid, text in rows[: BATCH * 3]]
    lines.insert(MARK_LINE - 1, json.dumps({"id": MARK, "text": 1}))
    lines.insert(2 * BATCH + 40, json.dumps({"id": MARK + "-2", "text": None}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _ingest(corpus: Path, db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "warta.cli.main", "ingest", str(corpus),
                             "--db", str(db)], stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})


def _snapshot(db: Path) -> dict[str, object]:
    with duckdb.connect(str(db), read_only=True) as con:
        def rows(sql: str) -> list[tuple]:
            return sorted(con.execute(sql).fetchall())
        return {
            "documents": rows("SELECT id, content_hash FROM documents"),
            "events": rows("SELECT event_id, doc_id, event FROM events"),
            "actors": rows("SELECT count(*) FROM actors"),
            "statements": rows("SELECT statement_id FROM statements"),
        }


@pytest.mark.skipif(not PUD.is_file(), reason="needs the shared PUD sentences")
def test_kill_during_ingest_then_rerun_is_exactly_once(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "pud.jsonl")
    clean_db, killed_db = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    assert _ingest(corpus, clean_db).wait(timeout=600) == 0
    clean = _snapshot(clean_db)
    assert len(clean["documents"]) == BATCH * 3 and clean["events"]  # type: ignore[arg-type]

    proc = _ingest(corpus, killed_db)
    assert proc.stderr is not None
    for line in proc.stderr:  # the marker's error is printed once batch 1 is committed
        if f"pud.jsonl:{MARK_LINE}:" in line:
            break
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=60) == -signal.SIGKILL
    partial = _snapshot(killed_db)
    print(f"killed with {len(partial['documents'])} documents stored")  # type: ignore[arg-type]
    # Batch 1 was committed; whatever batch was in flight is all there or not at all.
    assert len(partial["documents"]) in (BATCH, 2 * BATCH, 3 * BATCH)  # type: ignore[arg-type]
    assert set(partial["documents"]) <= set(clean["documents"])  # type: ignore[arg-type]

    rerun = _ingest(corpus, killed_db)
    assert rerun.wait(timeout=600) == 0
    assert _snapshot(killed_db) == clean
    with duckdb.connect(str(killed_db), read_only=True) as con:
        dupes = con.execute("SELECT count(*) - count(DISTINCT content_hash) FROM documents")
        assert dupes.fetchone() == (0,)
