"""The dashboard's aggregate routes (/api/agg/*) over DuckDB (and PostgreSQL when configured)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from storehelp import SEED, fresh_target, seed_document, seed_records, store_targets

from warta.api import create_app
from warta.model import Document, Event
from warta.pipeline import process
from warta.store import open_store


def _second_document() -> Document:
    """Another article: the seed's CONSULT again, placed just beside Beijing, by Indonesia."""
    rec = copy.deepcopy(seed_records()[0])
    rec.update(event_id="other:0:0", doc_id="other", date="2025-01-23")
    rec["actor"][1].update(country="IDN", name="Prabowo Subianto", text="Prabowo")
    rec["location"].update(lat=39.93, lon=116.41, name="Beijing")
    doc = Document(id="other", text="x" * 200, lang="id", published=date(2025, 1, 23))
    doc.events = [Event.from_dict(rec)]
    return doc


@pytest.fixture(params=store_targets())
def client(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TestClient]:
    """A client of the API over a store holding the seed article's events and one more."""
    store = open_store(fresh_target(request.param, tmp_path))
    store.write([seed_document(), _second_document()])
    with TestClient(create_app(store=store)) as c:
        yield c
    store.close()


def test_timeline_counts_by_day_and_quad(client: TestClient) -> None:
    body = client.get("/api/agg/timeline").json()
    assert body["rows"] == [["2025-01-01", 3, 1], ["2025-01-21", 1, 1], ["2025-01-23", 1, 1]]
    assert body["undated"] == 1  # the ASSAULT has no date
    assert client.get("/api/agg/timeline?quad=3,4").json()["rows"] == [["2025-01-01", 3, 1]]
    only = client.get("/api/agg/timeline?country=IDN&from=2025-01-22").json()
    assert only == {"rows": [["2025-01-23", 1, 1]], "undated": 0, "unit": "event"}


def test_network_pairs_with_mean_goldstein(client: TestClient) -> None:
    body = client.get("/api/agg/network").json()
    edges = {(e["source"], e["target"]): (e["count"], e["goldstein"], e["directed"])
             for e in body["edges"]}
    # Co-actors of a meeting are one unordered pair; actor -> recipient keeps its direction.
    assert edges == {("CHN", "RUS"): (1, 1.0, False), ("CHN", "IDN"): (1, 1.0, False),
                     ("RUS", "IGO"): (1, -2.0, True), ("RUS", "UKR"): (1, -10.0, True)}
    nodes = {n["id"]: n["count"] for n in body["nodes"]}
    assert nodes["RUS"] == 3 and nodes["CHN"] == 2
    asserted = client.get("/api/agg/network?asserted=true").json()["edges"]
    assert ("RUS", "UKR") not in {(e["source"], e["target"]) for e in asserted}  # negated
    top = client.get("/api/agg/network?top=1&type=ACCUSE").json()
    assert [(e["source"], e["target"]) for e in top["edges"]] == [("RUS", "IGO")]
    by_actor = client.get("/api/agg/network?by=actor&type=CONSULT&country=IDN").json()
    assert by_actor["edges"][0]["target"] in {"Xi Jinping", "Prabowo Subianto"}


def test_map_points_round_and_merge(client: TestClient) -> None:
    fine = client.get("/api/agg/map?precision=2").json()
    assert sorted(p["count"] for p in fine["points"]) == [1, 1]
    coarse = client.get("/api/agg/map?precision=0").json()
    assert coarse["points"] == [{"lat": 40.0, "lon": 116.0, "count": 2, "name": "Beijing"}]
    assert coarse["located"] == 2 and coarse["truncated"] is False
    capped = client.get("/api/agg/map?precision=2&cap=1").json()
    assert len(capped["points"]) == 1 and capped["truncated"] is True
    assert client.get("/api/agg/map?type=ASSAULT").json()["points"] == []


def test_event_pages_take_quad_and_asserted(client: TestClient) -> None:
    assert client.get("/api/agg/events").json()["total"] == 4
    page = client.get("/api/agg/events?quad=3,4&limit=1").json()
    assert page["total"] == 2 and len(page["events"]) == 1
    assert page["events"][0]["event"] == "ACCUSE"  # dated events first
    assert client.get("/api/agg/events?quad=4&asserted=1").json()["total"] == 0
    second = client.get("/api/agg/events?quad=3,4&limit=1&offset=1").json()["events"]
    assert second[0]["event"] == "ASSAULT"
    assert client.get("/api/agg/events?q=prabowo").json()["total"] == 1


@pytest.mark.parametrize("bad", ["/api/agg/events?quad=5", "/api/agg/timeline?quad=x",
                                 "/api/agg/network?top=100000", "/api/agg/network?by=sql",
                                 "/api/agg/map?precision=9", "/api/agg/events?limit=5000",
                                 "/api/agg/timeline?unit=report", "/api/agg/map?unit="])
def test_bad_parameters_are_refused(client: TestClient, bad: str) -> None:
    assert client.get(bad).status_code == 422


def test_values_are_parameters_never_sql(client: TestClient) -> None:
    evil = "CHN' OR '1'='1"
    for route in ("events", "timeline", "network", "map"):
        for unit in ("event", "cluster"):
            r = client.get(f"/api/agg/{route}", params={"country": evil, "q": "%' --",
                                                        "actor": evil, "unit": unit})
            assert r.status_code == 200
    assert client.get("/api/agg/events", params={"country": evil}).json()["total"] == 0


# --- counting real-world events (unit=cluster) over the pipeline's own output --------------


@cache
def _coded_seed() -> Document:
    """The seed article as the pipeline codes it (its four CONSULT CHN-RUS reports)."""
    return process(Document(id="000_1bb352efa15facdf", text=SEED.read_text(encoding="utf-8"),
                            lang="id", published=date(2025, 1, 22)))


@pytest.fixture(params=store_targets())
def coded(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TestClient]:
    """A client over a store holding the coded seed article (clustered on write)."""
    store = open_store(fresh_target(request.param, tmp_path))
    store.write([copy.deepcopy(_coded_seed())])
    with TestClient(create_app(store=store)) as c:
        yield c
    store.close()


def _total(body: dict[str, Any]) -> int:
    return sum(n for _, _, n in body["rows"]) + int(body["undated"])


def _units(client: TestClient, **filters: str) -> tuple[int, int]:
    """(reports, real-world events) among the events matching the filters, from /api/events."""
    events = client.get("/api/agg/events", params={**filters, "limit": 1000}).json()["events"]
    return len(events), len({e["cluster_id"] or e["event_id"] for e in events})


def _video_call(client: TestClient) -> dict[str, Any]:
    found = [c for c in client.get("/api/clusters", params={"type": "CONSULT"}).json()["clusters"]
             if c["countries"] == ["CHN", "RUS"]]
    assert len(found) == 1
    return found[0]


def test_cluster_unit_counts_the_video_call_once(coded: TestClient) -> None:
    call = _video_call(coded)
    assert call["num_mentions"] == 4 and len(call["event_ids"]) == 4
    f = {"type": "CONSULT", "country": "RUS"}
    by_event = coded.get("/api/agg/timeline", params=f).json()
    by_cluster = coded.get("/api/agg/timeline", params={**f, "unit": "cluster"}).json()
    assert by_cluster["unit"] == "cluster" and by_event["unit"] == "event"
    reports, real = _units(coded, **f)
    assert _total(by_event) == reports >= 4
    assert _total(by_cluster) == real <= reports - 3  # the four reports are one event
    # The call was on 2025-01-21 (a meeting: quad 1), reported four times: counted once.
    reported = {(d, q): n for d, q, n in by_event["rows"]}
    happened = {(d, q): n for d, q, n in by_cluster["rows"]}
    assert reported[("2025-01-21", 1)] >= 4
    assert happened[("2025-01-21", 1)] == reported[("2025-01-21", 1)] - 3


def test_cluster_unit_totals_are_distinct_clusters(coded: TestClient) -> None:
    everything = coded.get("/api/agg/timeline", params={"unit": "cluster"}).json()
    reports, real = _units(coded)
    assert _total(coded.get("/api/agg/timeline").json()) == reports
    assert _total(everything) == real < reports
    asserted = coded.get("/api/agg/timeline", params={"unit": "cluster", "asserted": 1}).json()
    assert _total(asserted) == _units(coded, asserted="1")[1]


def test_cluster_unit_network_and_map(coded: TestClient) -> None:
    f = {"type": "CONSULT", "by": "country"}

    def edge(unit: str) -> int:
        edges = coded.get("/api/agg/network", params={**f, "unit": unit}).json()["edges"]
        return next(e["count"] for e in edges if {e["source"], e["target"]} == {"CHN", "RUS"})

    assert edge("event") >= 4 and edge("cluster") == edge("event") - 3
    nodes = coded.get("/api/agg/network", params={**f, "unit": "cluster"}).json()["nodes"]
    assert {n["id"]: n["count"] for n in nodes}["RUS"] == edge("cluster")
    # Map: each real-world event once, at one of its places.
    events = coded.get("/api/agg/events", params={"limit": 1000}).json()["events"]
    placed = {e["cluster_id"] or e["event_id"] for e in events
              if e["location"] and e["location"].get("lat") is not None}
    by_cluster = coded.get("/api/agg/map", params={"unit": "cluster", "precision": 3}).json()
    assert by_cluster["located"] == len(placed) and by_cluster["unit"] == "cluster"
    by_event = coded.get("/api/agg/map", params={"precision": 3}).json()
    assert by_event["located"] >= by_cluster["located"]
