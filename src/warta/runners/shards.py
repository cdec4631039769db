"""Shards of a corpus: which input files make one unit of work, and the documents of each.

A container file (JSON Lines, Parquet, WARC, a feed) is one shard; loose `.txt`/`.html`
files are grouped by their directory into one shard, so a folder of a million tiny
articles does not become a million tasks. Names are derived from relative paths, so the
same input always gives the same shards in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from warta.ingest import InputError
from warta.ingest.feeds import FEED_EXTENSIONS
from warta.ingest.readers import document_from_record, read_file
from warta.model import Document

Item = Document | InputError

CONTAINERS = (".jsonl", ".jsonl.gz", ".ndjson", ".parquet", ".warc", ".warc.gz",
              *FEED_EXTENSIONS)
GROUP_NAME = "texts"  # the shard of the loose files of one directory
PARQUET_BATCH = 1000  # rows read at a time from a Parquet input


@dataclass(frozen=True, slots=True)
class Shard:
    """One unit of work: a name that is safe as a file name, and the files it reads."""

    name: str
    paths: tuple[str, ...]


def _hidden(rel: Path) -> bool:
    # Hadoop/Spark convention: _SUCCESS, .crc, _temporary ... are not data.
    return any(part.startswith((".", "_")) for part in rel.parts)


def safe_name(rel: str) -> str:
    """A file-name-safe shard name from a relative path ("a/b.jsonl" -> "a--b.jsonl")."""
    name = re.sub(r"[^A-Za-z0-9._@+=-]+", "_", rel.replace("/", "--"))
    # A leading "_" or "." would hide the output files from Parquet dataset readers.
    return name.lstrip("._") or "shard"


def list_shards(root: Path, exclude: Path | None = None) -> list[Shard]:
    """The shards of an input file or directory, sorted by name."""
    if root.is_file():
        return [Shard(safe_name(root.name), (str(root),))]
    skip = exclude.resolve() if exclude is not None else None
    groups: dict[str, list[str]] = {}
    shards: list[Shard] = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root)
        if _hidden(rel) or (skip is not None and path.resolve().is_relative_to(skip)):
            continue
        if path.name.lower().endswith(CONTAINERS):
            shards.append(Shard(safe_name(rel.as_posix()), (str(path),)))
        else:  # .txt, .html and anything else: read_file reports unknown types as errors
            parent = rel.parent.as_posix()
            key = GROUP_NAME if parent == "." else f"{parent}/{GROUP_NAME}"
            groups.setdefault(key, []).append(str(path))
    shards.extend(Shard(safe_name(key), tuple(paths)) for key, paths in groups.items())
    shards.sort(key=lambda s: s.name)
    names = [s.name for s in shards]
    if len(set(names)) != len(names):
        dup = sorted({n for n in names if names.count(n) > 1})
        raise ValueError(f"input files map to the same shard name: {', '.join(dup)}")
    return shards


def read_parquet(path: Path, lang: str | None, published: date | None) -> Iterator[Item]:
    """Documents of a Parquet file with the input contract's columns (id, text, ...)."""
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(str(path))
        n = 0
        for batch in pf.iter_batches(batch_size=PARQUET_BATCH):
            for rec in batch.to_pylist():
                n += 1
                yield document_from_record(rec, f"{path}:{n}", lang, published)
    except (OSError, ValueError) as err:  # pyarrow's ArrowInvalid is a ValueError
        yield InputError(str(path), f"cannot read Parquet: {err}",
                         "check that the file is complete and has id and text columns")


def read_shard(shard: Shard, lang: str | None, published: date | None) -> Iterator[Item]:
    """Documents (or errors) of a shard, in file order then record order."""
    for raw in shard.paths:
        path = Path(raw)
        if path.name.lower().endswith(".parquet"):
            yield from read_parquet(path, lang, published)
        else:
            yield from read_file(path, lang, published)
