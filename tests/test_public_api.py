"""The public API is exactly what warta.__all__ says, and it works."""

from __future__ import annotations

import warta

EXPECTED = ["Document", "Event", "__version__", "extract", "extract_many", "make_document",
            "process", "to_dataframe"]


def test_all_is_the_public_api() -> None:
    assert sorted(warta.__all__) == sorted(EXPECTED)
    assert warta.__all__ == sorted(warta.__all__)
    public = {name for name in dir(warta) if not name.startswith("_")}
    assert set(EXPECTED) - {"__version__"} <= public


def test_extract_returns_events_with_evidence() -> None:
    events = warta.extract("Polisi Indonesia menangkap dua tersangka di Jakarta.", lang="id",
                           published="2025-03-01")
    assert [e.event for e in events] == ["COERCE"]
    e = events[0]
    assert e.actor[0].country == "IDN" and e.trigger.text == "menangkap"
    assert e.sentence.startswith("Polisi") and e.date == "2025-03-01"


def test_extract_many_accepts_dicts_strings_and_documents() -> None:
    docs = [{"id": "a", "text": "Russian troops attacked Ukrainian positions near Kharkiv."},
            "Presiden Rusia Vladimir Putin bertemu Presiden Tiongkok Xi Jinping di Moskwa.",
            warta.make_document("c", "Nothing happened here.", lang="en")]
    events = list(warta.extract_many(docs))
    assert {e.doc_id for e in events} == {"a", "doc1"}
    frame = warta.to_dataframe(events)
    assert list(frame.columns[:5]) == ["event_id", "doc_id", "lang", "event", "mode"]
