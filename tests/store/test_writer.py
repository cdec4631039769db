"""The one writer: idempotent on content hash, a new text under an old id replaces it."""

from __future__ import annotations

import dataclasses

from storehelp import seed_document, seed_records

from warta.ingest.errors import InputError
from warta.model import Document, Event, Statement, Trigger
from warta.store import Store, WriteCounts
from warta.store.rows import content_hash


def test_writing_twice_changes_nothing(store: Store) -> None:
    first = store.write([seed_document()])
    assert (first.documents, first.events, first.duplicates) == (1, 3, 0)
    after_first = store.counts()
    again = store.write([seed_document(), seed_document()])
    assert (again.documents, again.events, again.duplicates) == (0, 0, 2)
    assert store.counts() == after_first
    assert after_first["actors"] == 2 + 2 + 2  # one row per actor and recipient


def test_new_text_under_taken_id_gets_its_own_id(store: Store) -> None:
    store.write([seed_document()])
    doc = seed_document()
    doc.text += "\nKoreksi: pertemuan berlangsung dua jam."
    counts = store.write([doc])
    assert (counts.documents, counts.renamed, counts.events) == (1, 1, 3)
    new_id = f"{doc.id}~{content_hash(doc)[:8]}"
    stored = store.document(new_id)
    assert stored is not None and stored["text"] == doc.text
    assert [e["event_id"] for e in stored["events"]] == [
        f"{new_id}:0:0", f"{new_id}:3:0", f"{new_id}:4:0"]
    assert store.counts()["documents"] == 2 and store.counts()["events"] == 6
    # either order, any number of times: nothing changes any more
    before = store.counts()
    assert store.write([doc, seed_document()]).documents == 0
    assert store.counts() == before


def test_statements_and_skipped_documents_are_stored(store: Store) -> None:
    doc = seed_document()
    ev = doc.events[0]
    doc.statements = [Statement("000_1bb352efa15facdf:s0", doc.id, ev.actor[0],
                                "kerja sama kedua negara semakin erat", (200, 236),
                                Trigger("kata", (237, 241)), 2)]
    other = Document(id="zh", text="中国和俄罗斯", skipped="unsupported language: zh")
    counts = store.write([doc, other])
    assert (counts.documents, counts.statements, counts.skipped) == (2, 1, 1)
    total, rows = store.statements(country="chn")
    assert total == 1 and rows[0]["speaker"]["name"] == "Xi Jinping"
    assert rows[0]["span"] == [200, 236] and rows[0]["verb"]["text"] == "kata"


def test_clashing_event_id_is_dropped_not_fatal(store: Store) -> None:
    store.write([seed_document()])
    other = Document(id="other", text="lain", lang="id")
    rec = seed_records()[0]
    other.events = [Event.from_dict({**rec, "doc_id": "other"}),
                    Event.from_dict({**rec, "doc_id": "other", "event_id": "other:0:0"})]
    counts = store.write([other])
    assert (counts.documents, counts.events) == (1, 1)


def test_runs_and_errors_are_recorded(store: Store) -> None:
    run = store.start_run({"lang": "id", "inputs": ["x.txt"]})
    counts = store.write([seed_document()], run_id=run)
    counts.errors = store.write_errors([InputError("bad.txt", "not UTF-8", "convert")], run)
    store.finish_run(run, counts)
    (row,) = store.db.query("SELECT documents, events, errors, finished_at FROM runs "
                            "WHERE run_id = ?", [run])
    assert row[:3] == (1, 3, 1) and row[3] is not None
    assert store.db.query("SELECT item, run_id FROM errors") == [("bad.txt", run)]
    assert store.db.query("SELECT DISTINCT run_id FROM events") == [(run,)]


def test_counts_add_up() -> None:
    total = WriteCounts()
    total.add(WriteCounts(documents=2, events=5))
    total.add(WriteCounts(documents=1, duplicates=4))
    assert dataclasses.astuple(total)[:3] == (3, 4, 0) and total.events == 5
