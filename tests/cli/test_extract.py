"""`warta extract`, `warta actor` and `warta evaluate` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
SEED = ROOT / "examples" / "000_1bb352efa15facdf.txt"
SHARED = ROOT.parent / "shared" / "eval"


def warta(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "warta.cli.main", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT)


def test_extract_seed_prints_contract_records() -> None:
    out = warta("extract", str(SEED), "--published", "2025-01-22")
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    first = records[0]
    assert first["doc_id"] == "000_1bb352efa15facdf" and first["event"] == "CONSULT"
    assert first["date"] == "2025-01-21" and first["location"]["country"] == "CHN"
    assert set(first) >= {"event_id", "lang", "mode", "context", "actor", "recipient",
                          "date_precision", "date_text", "negated", "modality", "sentence_index",
                          "sentence", "trigger", "cameo", "goldstein", "quad_class", "confidence",
                          "rule"}


def test_extract_reads_jsonl_from_stdin_and_writes_statements(tmp_path: Path) -> None:
    doc = {"id": "a1", "text": SEED.read_text(encoding="utf-8"), "published": "2025-01-22"}
    statements = tmp_path / "st.jsonl"
    out = warta("extract", "-", "--statements", str(statements), stdin=json.dumps(doc) + "\n")
    assert out.returncode == 0, out.stderr
    assert {json.loads(line)["doc_id"] for line in out.stdout.splitlines()} == {"a1"}
    speakers = {json.loads(line)["speaker"]["name"] for line in statements.read_text().splitlines()
                if json.loads(line)["speaker"]}
    assert {"Xi Jinping", "Vladimir Putin"} <= speakers


def test_bad_items_are_reported_and_strict_fails(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "ok", "text": "Polisi menangkap dua tersangka."}\nnot json\n'
                   '{"id": 3}\n', encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    out = warta("extract", str(bad), "--errors", str(errors), "--lang", "id")
    assert out.returncode == 0
    assert [json.loads(line)["doc_id"] for line in out.stdout.splitlines()] == ["ok"]
    reported = [json.loads(line) for line in errors.read_text().splitlines()]
    assert len(reported) == 2 and all(set(r) == {"item", "reason", "hint"} for r in reported)
    assert warta("extract", str(bad), "--strict", "--lang", "id").returncode == 1


def test_missing_input_and_bad_date_give_one_line_errors(tmp_path: Path) -> None:
    out = warta("extract", str(tmp_path / "nope.txt"), "--strict")
    assert out.returncode == 1 and "no such file" in out.stderr
    out = warta("extract", str(SEED), "--published", "22/01/2025")
    assert out.returncode == 2 and "error:" in out.stderr and "YYYY-MM-DD" in out.stderr


def test_actor_command_resolves_phrases() -> None:
    out = warta("actor", "Armenian Prime Minister Nikol Pashinyan")
    assert json.loads(out.stdout)["country"] == "ARM"
    kapolri = json.loads(warta("actor", "Kapolri", "--lang", "id").stdout)
    assert (kapolri["country"], kapolri["sector"]) == ("IDN", "COP")


@pytest.mark.skipif(not SHARED.is_dir(), reason="gold sets absent")
def test_evaluate_prints_the_per_type_table() -> None:
    out = warta("evaluate", "--gold", str(SHARED / "seed_article.jsonl"), "--lang", "id",
                "--published", "2025-01-22", "--as-one-doc", "seed")
    assert out.returncode == 0, out.stderr
    assert "CONSULT" in out.stdout and out.stdout.strip().splitlines()[-1].startswith("event_f1=")
