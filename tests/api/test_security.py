"""The API on an open port: reads are free, writes need the token, limits hold, injection and
path traversal get nowhere, no CORS, and security headers on every response."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from apihelp import TOKEN
from fastapi.testclient import TestClient

import warta.api.app as app_module
from warta.api.app import STATIC
from warta.store import Store

ATTACKS = ["' OR '1'='1", "x'); DROP TABLE events; --", "%' OR 'a' LIKE '%",
           "' UNION SELECT id, text FROM documents --", "\\' OR 1=1 --", "$1 ?", "%_", "\x00é'\""]
DOC = {"text": "Presiden Joko Widodo bertemu Perdana Menteri Jepang di Tokyo, Senin (6/1).",
       "lang": "id", "published": "2025-01-07", "id": "sec-doc"}


def _get_routes(spec: dict[str, Any]) -> Iterator[tuple[str, list[str]]]:
    """Every GET route of the OpenAPI spec with its string query parameters."""
    for path, ops in spec["paths"].items():
        op = ops.get("get")
        if op is None or "{" in path:
            continue
        names = []
        for p in op.get("parameters", []):
            schema = p.get("schema", {})
            kinds = {schema.get("type")} | {s.get("type") for s in schema.get("anyOf", [])}
            if p["in"] == "query" and "string" in kinds and schema.get("format") != "date" \
                    and "pattern" not in schema:
                names.append(p["name"])
        yield path, names


def test_injection_through_every_string_filter_of_every_route(client: TestClient,
                                                              api_store: Store) -> None:
    before = api_store.counts()
    routes = list(_get_routes(client.get("/openapi.json").json()))
    assert len(routes) >= 5 and sum(len(n) for _, n in routes) >= 15
    for path, names in routes:
        for name in names:
            for attack in ATTACKS:
                r = client.get(path, params={name: attack})
                assert r.status_code in (200, 422), (path, name, attack, r.text)
                if r.status_code == 200 and "total" in r.json():
                    # No filter value is SQL: an attack matches nothing (q is full text).
                    assert r.json()["total"] == 0 or name == "q", (path, name, attack)
    for attack in ATTACKS:
        for route in ("/api/events/", "/api/documents/"):
            assert client.get(route + quote(attack, safe="")).status_code == 404
    assert api_store.counts() == before


def test_reads_need_no_token_writes_do(client: TestClient, api_store: Store,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    for path in ("/api/events", "/api/stats", "/api/statements", "/"):
        assert client.get(path).status_code == 200
    assert client.post("/api/extract", json={"text": DOC["text"]}).status_code == 200
    compared: list[tuple[bytes, bytes]] = []
    real = app_module.hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(app_module.hmac, "compare_digest", spy)
    for headers in ({}, {"X-Warta-Token": ""}, {"X-Warta-Token": TOKEN[:-1]},
                    {"X-Warta-Token": TOKEN + "x"}, {"Authorization": TOKEN[:3]},
                    {"Authorization": f"Basic {TOKEN}"}, {"X-Warta-Token": "ä".encode("latin-1") * 20}):
        r = client.post("/api/documents", json=DOC, headers=headers)
        assert r.status_code == 401, headers
        assert r.headers["www-authenticate"] == "Bearer"
    assert len(compared) == 7  # every refusal went through the constant-time comparison
    assert api_store.counts()["documents"] == 1
    ok = client.post("/api/documents", json=DOC, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 201


def test_body_and_page_limits(client: TestClient) -> None:
    big = {"text": "kata " * 20_000}
    assert client.post("/api/extract", json=big).status_code == 413
    assert client.post("/api/documents", json=big,
                       headers={"X-Warta-Token": TOKEN}).status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: the bytes are counted as they come
        yield b'{"text": "'
        for _ in range(100):
            yield b"kata " * 200
        yield b'"}'

    r = client.post("/api/extract", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413
    assert client.post("/api/extract", content=b"{", headers={"Content-Length": "x"}
                       ).status_code in (400, 413)
    assert client.get("/api/events", params={"limit": 1000}).status_code == 200
    for bad in ({"limit": 1001}, {"limit": -1}, {"offset": -1}, {"limit": "1; DROP"},
                {"offset": 10**12}, {"from": "2025-13-01"}, {"to": "yesterday"}):
        assert client.get("/api/events", params=bad).status_code == 422, bad
    assert client.get("/api/events", params={"q": "x" * 201}).status_code == 422


TRAVERSALS = ["/static/../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd",
              "/static/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "/static/..%2f..%2f..%2fetc%2fpasswd",
              "/static/%252e%252e/%252e%252e/etc/passwd", "/static/....//....//etc/passwd",
              "/static/..\\..\\..\\etc\\passwd", "/static//etc/passwd", "/static/%00../etc/passwd",
              "/static/vendor/../../../api/app.py", "/static/../../../../../../etc/passwd",
              "/static/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "/static/.%2e/.%2e/api/app.py",
              "//etc/passwd", "/static/~/../../etc/passwd"]


@pytest.mark.skipif(not (STATIC / "index.html").is_file(), reason="no dashboard in this build")
def test_no_path_traversal_out_of_static(client: TestClient) -> None:
    assert client.get("/static/app.js").status_code == 200
    for path in TRAVERSALS:
        r = client.get(path)
        assert r.status_code in (400, 404, 405), (path, r.status_code)
        assert b"root:" not in r.content and b"create_app" not in r.content, path


def test_cors_is_off(client: TestClient) -> None:
    evil = {"Origin": "https://evil.example"}
    for r in (client.get("/api/events", headers=evil), client.get("/", headers=evil),
              client.options("/api/documents", headers={
                  **evil, "Access-Control-Request-Method": "POST",
                  "Access-Control-Request-Headers": "authorization"})):
        assert not any(h.startswith("access-control-") for h in r.headers), r.headers


def test_security_headers(client: TestClient) -> None:
    for path in ("/", "/api/events", "/api/events/nope", "/static/app.js", "/openapi.json"):
        r = client.get(path)
        assert r.headers["x-content-type-options"] == "nosniff", path
        assert r.headers["x-frame-options"] == "DENY"
        csp = r.headers["content-security-policy"]
        assert "script-src 'self';" in csp and "default-src 'self'" in csp
        assert "http" not in csp and "*" not in csp  # no CDN, no wildcard
    too_big = client.post("/api/extract", json={"text": "kata " * 20_000})
    assert too_big.status_code == 413 and too_big.headers["x-content-type-options"] == "nosniff"
