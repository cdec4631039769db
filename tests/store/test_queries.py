"""Filters of the API over the store, including attempts at SQL injection through each."""

from __future__ import annotations

from datetime import date

import pytest
from storehelp import seed_document

from warta.store import EventFilter, Store


@pytest.fixture
def seeded(store: Store) -> Store:
    store.write([seed_document()])
    return store


def ids(store: Store, **kw: object) -> list[str]:
    total, events = store.events(EventFilter(**kw), limit=1000)  # type: ignore[arg-type]
    assert total == len(events)
    return [e["event_id"].split(":", 1)[1] for e in events]


def test_filters_select_the_right_events(seeded: Store) -> None:
    assert ids(seeded) == ["0:0", "3:0", "4:0"]  # dated first, newest first; undated last
    assert ids(seeded, type="CONSULT") == ["0:0"]
    assert ids(seeded, type="consult,accuse") == ["0:0", "3:0"]
    assert ids(seeded, country="chn") == ["0:0"]
    assert ids(seeded, country="RUS") == ["0:0", "3:0", "4:0"]
    assert ids(seeded, country="IGO") == ["3:0"]
    assert ids(seeded, actor="putin") == ["0:0", "3:0"]
    assert ids(seeded, actor="Q15031") == ["0:0"]
    assert ids(seeded, date_from=date(2025, 1, 21)) == ["0:0"]
    assert ids(seeded, date_to=date(2025, 1, 20)) == ["3:0"]  # "2025-01" counts from the 1st
    assert ids(seeded, lang="en") == []
    assert ids(seeded, q="PERTEMUAN virtual") == ["0:0"]
    assert ids(seeded, q="xi nato") == []


def test_record_round_trips_exactly(seeded: Store) -> None:
    _, [ev] = seeded.events(EventFilter(type="CONSULT"))
    assert ev.pop("cluster_id").startswith("c")  # the store adds the cluster (issue 9)
    assert ev == seed_document().events[0].to_dict()
    full = seeded.event(ev["event_id"])
    assert full is not None and full["document"]["published"] == "2025-01-22"
    assert seeded.event("nope") is None


def test_paging(seeded: Store) -> None:
    total, page = seeded.events(EventFilter(), limit=1, offset=1)
    assert total == 3 and [e["event"] for e in page] == ["ACCUSE"]
    assert seeded.events(EventFilter(), limit=5, offset=10) == (3, [])
    assert len(seeded.events(EventFilter(), limit=10**6)[1]) == 3  # capped, not refused


def test_like_wildcards_are_literal(seeded: Store) -> None:
    assert ids(seeded, q="%") == ["3:0"]  # "100%" is in that sentence only
    assert ids(seeded, q="_") == ["3:0"]  # so is "pengaruh_nya"
    assert ids(seeded, actor="%") == []
    assert ids(seeded, q="\\") == []


INJECTIONS = ["' OR '1'='1", "x'); DROP TABLE events; --", "CHN' --", "1 OR 1=1",
              "'; DELETE FROM documents; SELECT '", "\" OR \"\"=\"", "%' OR 'a' LIKE '%"]


def test_sql_injection_through_every_filter(seeded: Store) -> None:
    before = seeded.counts()
    for attack in INJECTIONS:
        for field in ("type", "country", "actor", "lang", "q", "doc_id"):
            assert seeded.events(EventFilter(**{field: attack})) == (0, []), (field, attack)
            assert seeded.stats(EventFilter(**{field: attack}))["events"] == 0
        assert seeded.statements(doc_id=attack) == (0, [])
        assert seeded.statements(speaker=attack, country=attack, q=attack) == (0, [])
        assert seeded.document(attack) is None and seeded.event(attack) is None
    assert seeded.counts() == before


def test_stats(seeded: Store) -> None:
    s = seeded.stats()
    assert s["events"] == 3 and s["documents"] == 1
    assert s["by_type"] == {"ACCUSE": 1, "ASSAULT": 1, "CONSULT": 1}
    assert s["by_country"] == {"RUS": 3, "CHN": 1, "IGO": 1, "UKR": 1}
    assert s["by_day"] == {"2025-01-01": 1, "2025-01-21": 1}
    assert seeded.stats(EventFilter(country="CHN"))["by_country"] == {"CHN": 1, "RUS": 1}


def test_document_with_events(seeded: Store) -> None:
    doc = seeded.document("000_1bb352efa15facdf")
    assert doc is not None
    assert doc["text"].startswith("Presiden Tiongkok Xi Jinping")
    assert [e["sentence_index"] for e in doc["events"]] == [0, 3, 4]
    assert doc["published"] == "2025-01-22" and doc["statements"] == []
