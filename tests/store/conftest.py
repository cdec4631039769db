"""Fixtures: fresh stores (DuckDB, and PostgreSQL when WARTA_TEST_PG is set)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from storehelp import fresh_target, store_targets

from warta.store import Store, open_store


@pytest.fixture(params=store_targets())
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty store location: a DuckDB path or a postgresql:// URL."""
    return fresh_target(request.param, tmp_path)


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    """An open, migrated, empty store."""
    s = open_store(store_target)
    yield s
    s.close()
