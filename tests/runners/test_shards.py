"""Shard listing (names, grouping, hidden files) and the Parquet input reader."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from warta.ingest import InputError
from warta.model import Document
from warta.runners.shards import list_shards, read_shard, safe_name


def touch(path: Path, text: str = "x") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_containers_are_shards_and_loose_files_group_by_directory(tmp_path: Path) -> None:
    for rel in ["a.jsonl", "b/c.jsonl.gz", "b/d.parquet", "e.txt", "f.html", "b/g.txt",
                "b/h.txt", "_SUCCESS", ".hidden.jsonl", "_tmp/x.jsonl", "out/events/p.txt"]:
        touch(tmp_path / rel)
    shards = {s.name: s.paths for s in list_shards(tmp_path, exclude=tmp_path / "out")}
    assert list(shards) == sorted(shards)
    assert set(shards) == {"a.jsonl", "b--c.jsonl.gz", "b--d.parquet", "texts", "b--texts"}
    assert shards["texts"] == (str(tmp_path / "e.txt"), str(tmp_path / "f.html"))
    assert shards["b--texts"] == (str(tmp_path / "b/g.txt"), str(tmp_path / "b/h.txt"))


def test_one_file_is_one_shard(tmp_path: Path) -> None:
    touch(tmp_path / "x y.jsonl")
    assert [s.name for s in list_shards(tmp_path / "x y.jsonl")] == ["x_y.jsonl"]


@pytest.mark.parametrize(("rel", "name"), [("a/b.jsonl", "a--b.jsonl"), ("_x.jsonl", "x.jsonl"),
                                           ("é ü.jsonl", "jsonl"), ("...", "shard")])
def test_safe_names_never_hide_output_files(rel: str, name: str) -> None:
    assert safe_name(rel) == name


def test_colliding_names_are_refused(tmp_path: Path) -> None:
    touch(tmp_path / "a b.jsonl")
    touch(tmp_path / "a_b.jsonl")
    with pytest.raises(ValueError, match=r"a_b\.jsonl"):
        list_shards(tmp_path)


def test_parquet_input_reads_contract_columns(tmp_path: Path) -> None:
    path = tmp_path / "docs.parquet"
    pq.write_table(pa.table({"id": ["a", "b", None], "text": ["Satu.", "Two.", "x"],
                             "published": [date(2025, 1, 2), None, None],
                             "lang": ["id", None, None], "source": ["k", "r", "z"]}), path)
    shard = list_shards(path)[0]
    items = list(read_shard(shard, "en", date(2024, 5, 6)))
    a, b, bad = items
    assert isinstance(a, Document) and isinstance(b, Document)
    assert (a.id, a.lang, a.published, a.meta) == ("a", "id", date(2025, 1, 2), {"source": "k"})
    assert (b.lang, b.published) == ("en", date(2024, 5, 6))
    assert isinstance(bad, InputError) and bad.item.endswith(":3")


def test_broken_parquet_is_an_error_item(tmp_path: Path) -> None:
    touch(tmp_path / "broken.parquet", "not parquet")
    [item] = list(read_shard(list_shards(tmp_path)[0], None, None))
    assert isinstance(item, InputError) and "Parquet" in item.reason
