"""Dispatch input paths to the reader for their format; `-` is JSON Lines on stdin."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from warta.ingest.errors import InputError
from warta.ingest.feeds import FEED_EXTENSIONS, looks_like_feed, read_feed
from warta.ingest.html import read_html
from warta.ingest.warc import read_warc
from warta.model import Document

Item = Document | InputError


def read_inputs(paths: Iterable[str], lang: str | None = None,
                published: date | None = None) -> Iterator[Item]:
    """Documents (or errors) from files, directories and `-` (stdin, JSON Lines), in order."""
    for raw in paths:
        if raw == "-":
            yield from read_jsonl_stream(sys.stdin, "<stdin>", lang, published)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                yield from read_file(child, lang, published)
        elif path.exists():
            yield from read_file(path, lang, published)
        else:
            yield InputError(raw, "no such file or directory", "check the path")


def read_file(path: Path, lang: str | None, published: date | None) -> Iterator[Item]:
    """Documents of one file, chosen by its extension."""
    name = path.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
        opener = gzip.open if name.endswith(".gz") else open
        try:
            with opener(path, "rt", encoding="utf-8", errors="strict") as f:
                yield from read_jsonl_stream(f, str(path), lang, published)
        except (OSError, EOFError, UnicodeDecodeError) as err:
            yield InputError(str(path), f"cannot read file: {err}",
                             "check that the file is complete UTF-8 JSON Lines")
        return
    if name.endswith(".txt"):
        yield read_text(path, lang, published)
        return
    if name.endswith((".html", ".htm")):
        yield read_html(path, name_without_ext(path), lang, published)
        return
    if name.endswith((".warc", ".warc.gz")):
        yield from read_warc(path, lang, published)
        return
    if name.endswith(FEED_EXTENSIONS) or (name.endswith(".xml") and looks_like_feed(path)):
        yield from read_feed(path, lang, published)
        return
    yield InputError(str(path), f"unsupported file type: {path.suffix or path.name}",
                     "give .txt, .jsonl(.gz), .html, .warc(.gz) or RSS/Atom (.rss, .atom, "
                     ".xml) files")


def read_text(path: Path, lang: str | None, published: date | None) -> Item:
    """A plain-text file is one document named after the file."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as err:
        return InputError(str(path), f"not UTF-8 text: {err.reason} at byte {err.start}",
                          "convert the file to UTF-8")
    except OSError as err:
        return InputError(str(path), f"cannot read file: {err}", "check permissions")
    doc_id = name_without_ext(path)
    return Document(id=doc_id, text=text, lang=lang, published=published)


def name_without_ext(path: Path) -> str:
    name = path.name
    for ext in (".jsonl.gz", ".txt", ".html", ".htm", ".jsonl"):
        if name.lower().endswith(ext):
            return name[: -len(ext)]
    return path.stem


def read_jsonl_stream(stream: IO[str], source: str, lang: str | None,
                      published: date | None) -> Iterator[Item]:
    """One document per JSON line: {"id", "text", "lang"?, "published"?, "url"?, "title"?}."""
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        item = f"{source}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError(item, f"not JSON: {err.msg}", "each line must be one JSON object")
            continue
        yield document_from_record(rec, item, lang, published)


def document_from_record(rec: Any, item: str, lang: str | None,
                         published: date | None) -> Item:
    """Validate one JSON record of the input contract."""
    if not isinstance(rec, dict):
        return InputError(item, "not a JSON object", 'give {"id": ..., "text": ...}')
    doc_id, text = rec.get("id"), rec.get("text")
    if doc_id is None or not isinstance(doc_id, str | int):
        return InputError(item, "missing or invalid 'id'", "every record needs a string id")
    if not isinstance(text, str):
        return InputError(item, "missing or invalid 'text'", "every record needs a string text")
    when = published
    if rec.get("published"):
        try:
            when = date.fromisoformat(str(rec["published"])[:10])
        except ValueError:
            return InputError(item, f"invalid 'published': {rec['published']!r}", "use YYYY-MM-DD")
    rec_lang = rec.get("lang") or lang
    if rec_lang is not None and not isinstance(rec_lang, str):
        return InputError(item, "invalid 'lang'", 'use "id", "en" or null')
    known = {"id", "text", "lang", "published", "url", "title"}
    return Document(id=str(doc_id), text=text, lang=rec_lang, published=when,
                    url=rec.get("url") if isinstance(rec.get("url"), str) else None,
                    title=rec.get("title") if isinstance(rec.get("title"), str) else None,
                    meta={k: v for k, v in rec.items() if k not in known})
