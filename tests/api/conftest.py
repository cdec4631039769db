"""Fixtures: an API client over a store holding the seed article, coded by the real pipeline."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

# The seed document and the store targets are shared with tests/store (not a package).
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from apihelp import SEED_ID, TOKEN
from storehelp import SEED, fresh_target, store_targets

from warta import make_document, process
from warta.api import create_app
from warta.store import Store, open_store


@pytest.fixture(params=store_targets())
def api_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A store holding the seed article coded by the pipeline."""
    store = open_store(fresh_target(request.param, tmp_path))
    doc = make_document(SEED_ID, SEED.read_text(encoding="utf-8"), "id", "2025-01-22",
                        url="https://news.example/xi-putin", title="Xi dan Putin")
    store.write([process(doc)])
    yield store
    store.close()


@pytest.fixture
def client(api_store: Store) -> Iterator[TestClient]:
    """A test client of the API with a write token configured."""
    with TestClient(create_app(store=api_store, token=TOKEN, max_body=50_000)) as c:
        yield c
