"""Clusters in the store (DuckDB and PostgreSQL): seed meeting, copies, other languages, API."""

from __future__ import annotations

import random
import sys
from datetime import date
from functools import cache
from pathlib import Path

from fastapi.testclient import TestClient
from storehelp import SEED

from warta.api.app import create_app
from warta.model import Document
from warta.pipeline import process
from warta.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import make_syndicated_corpus as corpus

PUB = date(2025, 1, 22)
EN = ("Chinese President Xi Jinping held a video call with Russian President Vladimir Putin "
      "on Tuesday, January 21.")


@cache
def seed() -> Document:
    return process(Document(id="000_1bb352efa15facdf", text=SEED.read_text(encoding="utf-8"),
                            lang="id", published=PUB, url="https://www.kompas.com/seed"))


def copy_of_seed() -> Document:
    text = corpus.syndicate(seed().text, random.Random(4), corpus.OUTLETS[1])
    return process(Document(id="antara-copy", text=text, lang="id", published=date(2025, 1, 23),
                            url="https://www.antaranews.com/berita/1"))


def english_report() -> Document:
    return process(Document(id="reuters-1", text=EN, lang="en", published=PUB,
                            url="https://www.reuters.com/world/1"))


def consult_cluster(store: Store) -> dict:
    # A copy's cut headline ("Xi held a video call with President ...") is a CHN-only report.
    found = [c for c in store.clusters(type="CONSULT", country="RUS")[1]
             if c["countries"] == ["CHN", "RUS"]]
    assert len(found) == 1
    return found[0]


def test_seed_video_call_is_one_cluster(store: Store) -> None:
    store.write([seed()])
    c = consult_cluster(store)
    assert sorted(int(e.split(":")[1]) for e in c["event_ids"]) == [0, 3, 4, 17]
    assert (c["num_mentions"], c["num_articles"], c["num_sources"]) == (4, 1, 1)
    assert c["countries"] == ["CHN", "RUS"] and c["date"] == "2025-01-21"
    assert c["first_seen"] == c["last_seen"] == "2025-01-22"
    assert store.event(c["event_ids"][0])["cluster_id"] == c["cluster_id"]


def test_copy_is_linked_and_not_recounted_and_writes_are_idempotent(store: Store) -> None:
    store.write([seed()])
    store.write([copy_of_seed()])
    assert store.db.query("SELECT duplicate_of FROM doc_minhash WHERE doc_id = 'antara-copy'") \
        == [("000_1bb352efa15facdf",)]
    c = consult_cluster(store)
    assert (c["num_mentions"], c["num_articles"], c["num_sources"]) == (4, 1, 1)
    assert c["num_copies"] >= 1 and c["last_seen"] == "2025-01-23"
    before = (store.counts(), store.clusters(limit=1000))
    store.write([seed(), copy_of_seed()])
    assert (store.counts(), store.clusters(limit=1000)) == before


def test_a_later_english_report_joins_the_cluster(store: Store) -> None:
    store.write([seed()])
    first = consult_cluster(store)
    store.write([english_report()])
    c = consult_cluster(store)
    assert c["cluster_id"] == first["cluster_id"]
    assert (c["num_mentions"], c["num_articles"], c["num_sources"]) == (5, 2, 2)
    assert any(e.startswith("reuters-1:") for e in c["event_ids"])


def test_cluster_routes(store: Store) -> None:
    store.write([seed(), english_report()])
    with TestClient(create_app(store=store)) as client:
        _check_cluster_routes(client)


def _check_cluster_routes(client: TestClient) -> None:
    body = client.get("/api/clusters", params={"type": "CONSULT", "country": "CHN"}).json()
    assert body["total"] == 1
    cid = body["clusters"][0]["cluster_id"]
    one = client.get(f"/api/clusters/{cid}").json()
    assert len(one["events"]) == one["num_mentions"] == 5
    assert {e["cluster_id"] for e in one["events"]} == {cid}
    assert client.get("/api/clusters/nope").status_code == 404
    page = client.get("/api/clusters", params={"limit": 2, "offset": 1}).json()
    assert page["total"] > 2 and len(page["clusters"]) == 2
    assert client.get("/api/clusters", params={"country": "%"}).json()["total"] == 0
    assert client.get("/api/clusters", params={"from": "2026-01-01"}).json()["total"] == 0
    events = client.get("/api/events", params={"type": "CONSULT"}).json()["events"]
    assert all(e["cluster_id"] == cid for e in events)
