"""Hostile input through `warta extract` and `warta ingest`: one error per bad item, and every
good item coded exactly as when it runs alone."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import duckdb
import pytest
from hostilehelp import item_key, manifest

from warta.cli.main import main
from warta.ingest import InputError, read_inputs


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _events_by_doc(events: list[dict]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for e in events:
        out.setdefault(e["doc_id"], []).append(json.dumps(e, sort_keys=True))
    return {k: sorted(v) for k, v in out.items()}


@pytest.fixture(scope="module")
def extracted(hostile: Path) -> dict:
    """Both extract runs over the corpus (plain and --strict) and the good items alone."""
    corpus = hostile / "corpus"
    runs = {}
    for name, extra in (("plain", []), ("strict", ["--strict"])):
        out, err = hostile / f"{name}.events.jsonl", hostile / f"{name}.errors.jsonl"
        status = main(["extract", str(corpus), "-o", str(out), "--errors", str(err), *extra])
        runs[name] = (status, _jsonl(out), _jsonl(err))
    alone = hostile / "alone.events.jsonl"
    assert main(["extract", str(hostile / "good_only"), "-o", str(alone), "--strict"]) == 0
    runs["alone"] = (0, _jsonl(alone), [])
    return runs


def test_the_corpus_is_hostile_enough(hostile: Path) -> None:
    m = manifest(hostile)
    assert len(m["bad"]) >= 50 and len(set(m["bad"])) == len(m["bad"])
    assert len(m["good"]) >= 10


def test_each_bad_item_has_exactly_one_error(hostile: Path, extracted: dict) -> None:
    _, _, errors = extracted["plain"]
    keys = Counter(item_key(e["item"], hostile / "corpus") for e in errors)
    assert keys == Counter(manifest(hostile)["bad"])
    for e in errors:
        assert set(e) == {"item", "reason", "hint"} and e["reason"] and e["hint"]


def test_good_items_are_coded_as_when_alone(hostile: Path, extracted: dict) -> None:
    m = manifest(hostile)
    mixed = _events_by_doc(extracted["plain"][1])
    alone = _events_by_doc(extracted["alone"][1])
    assert alone, "the good items must produce events to compare"
    assert {d: mixed.get(d) for d in m["good"]} == {d: alone.get(d) for d in m["good"]}
    strays = set(mixed) - set(m["good"])
    assert all(d.startswith(tuple(m["partial_prefix"])) for d in strays), strays


def test_exit_status_says_whether_any_item_failed(extracted: dict) -> None:
    assert extracted["plain"][0] == 0
    assert extracted["strict"][0] == 1
    assert extracted["strict"][2] == extracted["plain"][2]


def test_ingest_records_one_error_per_bad_item(hostile: Path, tmp_path: Path) -> None:
    db = tmp_path / "hostile.duckdb"
    assert main(["ingest", str(hostile / "corpus"), "--db", str(db)]) == 0
    assert main(["ingest", str(hostile / "corpus"), "--db", str(db), "--strict"]) == 1
    m = manifest(hostile)
    with duckdb.connect(str(db), read_only=True) as con:
        runs = [r[0] for r in con.execute("SELECT run_id FROM runs ORDER BY started_at")
                .fetchall()]
        first = con.execute("SELECT item FROM errors WHERE run_id = ?", [runs[0]]).fetchall()
        stored = dict(con.execute("SELECT id, text FROM documents").fetchall())
        events = con.execute("SELECT count(*), count(DISTINCT event_id) FROM events").fetchone()
    assert Counter(item_key(r[0], hostile / "corpus") for r in first) == Counter(m["bad"])
    # A good document is stored under its id, or is a copy of a stored text (same content).
    texts = set(stored.values())
    good = {d.id: d.text for d in read_inputs([str(hostile / "good_only")])
            if not isinstance(d, InputError)}
    assert set(good) == set(m["good"])
    assert all(doc_id in stored or text in texts for doc_id, text in good.items())
    assert events is not None and events[0] == events[1] > 0
