"""The HTTP API of SCHEMA.md over a store holding the seed article."""

from __future__ import annotations

from apihelp import SEED_ID, TOKEN
from fastapi.testclient import TestClient
from openapi_spec_validator import validate

from warta.api.app import STATIC
from warta.store import Store

SEED_SENTENCE = ("Presiden Tiongkok Xi Jinping mengadakan pertemuan virtual dengan Presiden "
                 "Rusia Vladimir Putin di Balai Agung Rakyat Beijing hari Selasa kemarin (21/1).")


def test_consult_of_china_is_the_seed_meeting(client: TestClient) -> None:
    r = client.get("/api/events", params={"country": "CHN", "type": "CONSULT"})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == len(body["events"]) >= 1
    first = next(e for e in body["events"] if e["sentence_index"] == 0)
    assert first["sentence"] == SEED_SENTENCE
    assert first["event"] == "CONSULT" and first["cameo"] == "041"
    assert {a["country"] for a in first["actor"] + first["recipient"]} == {"CHN", "RUS"}
    assert first["date"] == "2025-01-21" and first["doc_id"] == SEED_ID
    assert all(e["event"] == "CONSULT" for e in body["events"])


def test_event_and_document_routes(client: TestClient) -> None:
    events = client.get("/api/events", params={"limit": 1000}).json()["events"]
    ev = client.get(f"/api/events/{events[0]['event_id']}").json()
    assert ev["event_id"] == events[0]["event_id"]
    assert ev["document"]["title"] == "Xi dan Putin"
    assert ev["document"]["url"] == "https://news.example/xi-putin"
    doc = client.get(f"/api/documents/{SEED_ID}").json()
    assert doc["text"].startswith("Presiden Tiongkok Xi Jinping")
    assert len(doc["events"]) == len(events) and doc["published"] == "2025-01-22"
    assert client.get("/api/events/none").status_code == 404
    assert client.get("/api/documents/none").status_code == 404


def test_filters_and_paging(client: TestClient) -> None:
    total = client.get("/api/events").json()["total"]
    page = client.get("/api/events", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == total and len(page["events"]) == min(2, total - 1)
    assert client.get("/api/events", params={"from": "2025-01-21", "to": "2025-01-21",
                                             "lang": "id"}).json()["total"] >= 1
    assert client.get("/api/events", params={"lang": "en"}).json()["total"] == 0
    assert client.get("/api/events", params={"q": "pertemuan virtual"}).json()["total"] >= 1
    assert client.get("/api/events", params={"actor": "putin"}).json()["total"] >= 1
    assert client.get("/api/events", params={"limit": 1001}).status_code == 422
    assert client.get("/api/events", params={"from": "yesterday"}).status_code == 422


def test_stats_and_statements(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["documents"] == 1 and stats["by_type"]["CONSULT"] >= 1
    assert stats["by_country"]["CHN"] >= 1 and "2025-01-21" in stats["by_day"]
    assert sum(stats["by_type"].values()) == stats["events"]
    st = client.get("/api/statements", params={"doc_id": SEED_ID}).json()
    assert st["total"] == len(st["statements"]) >= 1
    assert all(s["doc_id"] == SEED_ID for s in st["statements"])


def test_extract_stores_nothing(client: TestClient, api_store: Store) -> None:
    before = api_store.counts()
    r = client.post("/api/extract", json={"text": SEED_SENTENCE, "lang": "id",
                                          "published": "2025-01-22"})
    assert r.status_code == 200
    [ev] = [e for e in r.json()["events"] if e["event"] == "CONSULT"]
    assert ev["date"] == "2025-01-21"
    assert api_store.counts() == before
    assert client.post("/api/extract", json={"lang": "id"}).status_code == 422


def test_post_document_needs_the_token(client: TestClient, api_store: Store) -> None:
    body = {"text": "Presiden Joko Widodo bertemu Perdana Menteri Jepang di Tokyo, Senin (6/1).",
            "lang": "id", "published": "2025-01-07", "id": "jkw-tokyo"}
    assert client.post("/api/documents", json=body).status_code == 401
    bad = client.post("/api/documents", json=body, headers={"X-Warta-Token": "nope"})
    assert bad.status_code == 401
    assert api_store.counts()["documents"] == 1
    ok = client.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 201 and ok.json()["stored"] is True
    assert client.get("/api/documents/jkw-tokyo").json()["published"] == "2025-01-07"
    again = client.post("/api/documents", json=body, headers={"X-Warta-Token": TOKEN})
    assert again.status_code == 200 and again.json()["duplicate"] is True
    assert api_store.counts()["documents"] == 2


def test_body_size_limit(client: TestClient) -> None:
    r = client.post("/api/extract", json={"text": "kata " * 20_000})
    assert r.status_code == 413


INJECTIONS = ["' OR '1'='1", "x'); DROP TABLE events; --", "CHN' --", "%' OR 'a' LIKE '%"]


def test_sql_injection_through_http(client: TestClient, api_store: Store) -> None:
    before = api_store.counts()
    for attack in INJECTIONS:
        for field in ("type", "country", "actor", "lang", "q"):
            r = client.get("/api/events", params={field: attack})
            assert r.status_code == 200 and r.json() == {"total": 0, "events": []}
            assert client.get("/api/stats", params={field: attack}).json()["events"] == 0
            for name in ("doc_id", "speaker", "country", "q"):
                page = client.get("/api/statements", params={name: attack}).json()
                assert page["total"] == 0
        assert client.get(f"/api/events/{attack}").status_code == 404
        assert client.get(f"/api/documents/{attack}").status_code == 404
    assert api_store.counts() == before


def test_openapi_is_valid(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    validate(spec)
    paths = set(spec["paths"])
    assert {"/api/events", "/api/events/{event_id}", "/api/documents/{doc_id}", "/api/stats",
            "/api/extract", "/api/documents", "/api/statements"} <= paths
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert params == {"type", "country", "actor", "from", "to", "lang", "q", "limit", "offset"}


def test_root_and_static_files(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    if (STATIC / "index.html").is_file():
        assert "html" in r.headers["content-type"]
        assert client.get("/static/../../api/app.py").status_code == 404
        assert client.get("/static/%2e%2e/%2e%2e/api/app.py").status_code == 404
    else:
        assert r.json()["docs"] == "/docs"
    assert "access-control-allow-origin" not in client.get(
        "/api/stats", headers={"Origin": "https://evil.example"}).headers
