"""Quality floors on the gold sets: they only go up (raise them when the coder gets better)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from warta.evaluation import load_gold_inputs, score_events
from warta.pipeline import process

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason="gold sets (../shared/eval) absent")

# (gold, text, lang, published, as_one_doc) -> minimum micro event F1
FLOORS = [
    ("seed_article.jsonl", None, "id", date(2025, 1, 22), "seed", 0.95),
    ("dev.jsonl", "pud_id.tsv", "id", None, None, 0.84),
    ("dev.jsonl", "pud_en.tsv", "en", None, None, 0.85),
    ("peer/PLOVER_GSR_CAMEO.json", None, "en", None, None, 0.60),
]


def _f1(result: dict) -> float:
    tp, fp, fn = (sum(result[k].values()) for k in ("tp", "fp", "fn"))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _events(gold: str, text: str | None, lang: str, published: date | None,
            one_doc: str | None) -> list[dict]:
    docs = load_gold_inputs(str(SHARED / gold), str(SHARED / text) if text else None, lang,
                            published, one_doc)
    return [e.to_dict() for d in docs for e in process(d).events]


@pytest.mark.parametrize(("gold", "text", "lang", "published", "one_doc", "floor"), FLOORS,
                         ids=[f"{g}-{lang}" for g, _, lang, *_ in FLOORS])
def test_event_f1_floor(gold: str, text: str | None, lang: str, published: date | None,
                        one_doc: str | None, floor: float) -> None:
    result = score_events(str(SHARED / gold), _events(gold, text, lang, published, one_doc),
                          one_doc)
    assert _f1(result) >= floor


def test_negative_sentences_stay_quiet() -> None:
    for lang in ("id", "en"):
        result = score_events(str(SHARED / "dev.jsonl"),
                              _events("dev.jsonl", f"pud_{lang}.tsv", lang, None, None))
        assert result["false_alarm_docs"] <= 0.1 * result["empty_docs"], lang


def test_in_package_scorer_agrees_with_the_project_scorer(tmp_path: Path) -> None:
    events = _events("dev.jsonl", "pud_en.tsv", "en", None, None)
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(e) + "\n" for e in events), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SHARED / "score.py"), "--gold",
                          str(SHARED / "dev.jsonl"), "--pred", str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    theirs = json.loads(out.stdout)["event_f1"]
    ours = _f1(score_events(str(SHARED / "dev.jsonl"), events))
    assert abs(theirs - ours) < 1e-9
