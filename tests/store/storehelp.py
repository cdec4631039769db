"""Test helpers for the store and API tests: the seed article with contract records of its
events, and the stores to test against (DuckDB, and PostgreSQL when WARTA_TEST_PG is set)."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from warta.model import Document, Event

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "000_1bb352efa15facdf.txt"
RECORDS = Path(__file__).with_name("data") / "seed_events.jsonl"
TABLES = ("actors", "events", "statements", "documents", "runs", "errors", "schema_version",
          "doc_minhash", "doc_lsh", "clusters", "cluster_staging")


def seed_records() -> list[dict]:
    """Contract records of the seed article (as in SCHEMA.md, plus a negated one)."""
    return [json.loads(line) for line in RECORDS.read_text(encoding="utf-8").splitlines()]


def seed_document() -> Document:
    """The seed article with its events attached, as the pipeline would leave it."""
    doc = Document(id="000_1bb352efa15facdf", text=SEED.read_text(encoding="utf-8"), lang="id",
                   published=date(2025, 1, 22))
    doc.events = [Event.from_dict(r) for r in seed_records()]
    return doc


def reset_postgres(url: str) -> None:
    """Drop warta's tables so each test starts from an empty database."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        for table in TABLES:
            con.execute(f"DROP TABLE IF EXISTS {table}")


def store_targets() -> list:
    pg = os.environ.get("WARTA_TEST_PG")
    return ["duckdb", pytest.param(pg or "postgres", id="postgres",
                                   marks=pytest.mark.skipif(not pg, reason="WARTA_TEST_PG unset"))]




def fresh_target(param: str, tmp_path: Path) -> str:
    """An empty store location for a store_targets() parameter."""
    if param == "duckdb":
        return str(tmp_path / "warta.duckdb")
    reset_postgres(param)
    return param
