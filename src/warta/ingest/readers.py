"""Dispatch input paths to the reader for their format; `-` is JSON Lines on stdin.

Every reader yields `Document | InputError` and never raises: one unreadable item (too large,
binary, badly encoded, malformed) becomes one error record and the batch goes on. Limits
come from `warta.settings`.
"""

from __future__ import annotations

import gzip
import json
import sys
import zlib
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from warta.ingest.errors import InputError
from warta.ingest.feeds import FEED_EXTENSIONS, looks_like_feed, read_feed
from warta.ingest.guard import check_text, decode_utf8, is_encodable, read_capped
from warta.ingest.html import read_html
from warta.ingest.warc import read_warc
from warta.model import Document
from warta.settings import limit

Item = Document | InputError

MAX_ID_CHARS = 1000  # ids end up in URLs and keys; a longer one is a malformed record
_KNOWN = {"id", "text", "lang", "published", "url", "title"}


def read_inputs(paths: Iterable[str], lang: str | None = None,
                published: date | None = None) -> Iterator[Item]:
    """Documents (or errors) from files, directories and `-` (stdin, JSON Lines), in order."""
    for raw in paths:
        if raw == "-":
            yield from read_jsonl_stream(sys.stdin.buffer, "<stdin>", lang, published)
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
    """Documents of one file, chosen by its extension; a reader's crash is one error record."""
    emitted = 0
    try:
        if not path.is_file():
            yield InputError(str(path), "not a regular file", "give files or directories")
            return
        if path.stat().st_size == 0:
            yield InputError(str(path), "empty file", "the file holds nothing to read")
            return
        for item in _read_by_type(path, lang, published):
            emitted += 1
            yield item
    except Exception as err:  # a bug or an unforeseen input must not end the batch
        yield InputError(str(path) if not emitted else f"{path} (after item {emitted})",
                         f"unexpected {type(err).__name__} while reading: {err}",
                         "the other inputs were read; please report this file")


def _read_by_type(path: Path, lang: str | None, published: date | None) -> Iterator[Item]:
    name = path.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
        yield from read_jsonl_file(path, lang, published)
    elif name.endswith(".txt"):
        yield read_text(path, lang, published)
    elif name.endswith((".html", ".htm")):
        yield read_html(path, name_without_ext(path), lang, published)
    elif name.endswith((".warc", ".warc.gz")):
        yield from read_warc(path, lang, published)
    elif name.endswith(FEED_EXTENSIONS) or (name.endswith(".xml") and looks_like_feed(path)):
        yield from read_feed(path, lang, published)
    else:
        yield InputError(str(path), f"unsupported file type: {path.suffix or path.name}",
                         "give .txt, .jsonl(.gz), .html, .warc(.gz) or RSS/Atom (.rss, .atom, "
                         ".xml) files")


def read_jsonl_file(path: Path, lang: str | None, published: date | None) -> Iterator[Item]:
    """The records of a .jsonl or .jsonl.gz file; a damaged file ends in one error record."""
    any_line = False
    try:
        with (gzip.open(path, "rb") if path.name.lower().endswith(".gz")
              else path.open("rb")) as f:
            for item in read_jsonl_stream(f, str(path), lang, published):
                any_line = True
                yield item
    except (OSError, EOFError, zlib.error) as err:
        # A cut-off gzip stream: the lines before the cut were read; the rest is lost.
        yield InputError(str(path), f"damaged or truncated file: {err}",
                         "re-download or re-compress it; the complete lines before the "
                         "damage were read")
        return
    if not any_line:
        yield InputError(str(path), "no JSON lines in the file", "give one JSON object a line")


def read_text(path: Path, lang: str | None, published: date | None) -> Item:
    """A plain-text file is one document named after the file."""
    data = read_capped(path, limit("max_document_bytes"), "max_document_bytes")
    if isinstance(data, InputError):
        return data
    text = decode_utf8(data, str(path))
    if isinstance(text, InputError):
        return text
    bad = check_text(text, str(path))
    if bad is not None:
        return bad
    return Document(id=name_without_ext(path), text=text, lang=lang, published=published)


def name_without_ext(path: Path) -> str:
    name = path.name
    for ext in (".jsonl.gz", ".txt", ".html", ".htm", ".jsonl"):
        if name.lower().endswith(ext):
            return name[: -len(ext)]
    return path.stem


def _lines(stream: Any, cap: int) -> Iterator[tuple[bytes | str, bool]]:
    """(line, too_long) pairs; a line over `cap` is skipped in chunks, never held whole."""
    while True:
        line = stream.readline(cap + 1)
        if not line:
            return
        if len(line) > cap and line[-1:] not in ("\n", b"\n"):
            rest = line
            while rest and rest[-1:] not in ("\n", b"\n"):
                rest = stream.readline(1 << 20)
            yield line[:0], True
            continue
        yield line, False


def read_jsonl_stream(stream: Any, source: str, lang: str | None,
                      published: date | None) -> Iterator[Item]:
    """One document per JSON line: {"id", "text", "lang"?, "published"?, "url"?, "title"?}.

    The stream may give bytes (files, stdin) or str; a bad line is one error and the next
    line is read as usual.
    """
    cap = limit("max_json_line_bytes")
    for n, (line, too_long) in enumerate(_lines(stream, cap), 1):
        item = f"{source}:{n}"
        if too_long:
            yield InputError(item, f"line longer than {cap:,} bytes",
                             "split the document, or raise --limit max_json_line_bytes=N")
            continue
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError as err:
                yield InputError(item, f"not UTF-8: {err.reason} at byte {err.start}",
                                 "JSON Lines must be UTF-8")
                continue
        if not line.strip():
            continue
        yield parse_json_line(line, item, lang, published)


def parse_json_line(line: str, item: str, lang: str | None, published: date | None) -> Item:
    """One JSON line as a document, or why it is not one."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as err:
        return InputError(item, f"not JSON: {err.msg} at column {err.colno}",
                          "each line must be one JSON object")
    except RecursionError:
        return InputError(item, "not JSON: nested too deeply", "each line must be one flat "
                          "JSON object")
    except ValueError as err:  # e.g. an integer of more digits than Python converts
        return InputError(item, f"not JSON: {err}", "each line must be one JSON object")
    return document_from_record(rec, item, lang, published)


def document_from_record(rec: Any, item: str, lang: str | None,
                         published: date | None) -> Item:
    """Validate one JSON record of the input contract."""
    if not isinstance(rec, dict):
        return InputError(item, f"not a JSON object but {type(rec).__name__}",
                          'give {"id": ..., "text": ...}')
    doc_id, text = rec.get("id"), rec.get("text")
    if isinstance(doc_id, bool) or not isinstance(doc_id, str | int) or doc_id == "":
        return InputError(item, "missing or invalid 'id'" + _got(doc_id),
                          "every record needs a non-empty string id")
    doc_id = str(doc_id)
    if len(doc_id) > MAX_ID_CHARS or not is_encodable(doc_id):
        return InputError(item, "invalid 'id': too long or not valid Unicode",
                          f"use a short id (at most {MAX_ID_CHARS} characters)")
    if not isinstance(text, str):
        return InputError(item, "missing or invalid 'text'" + _got(text),
                          "every record needs a string text")
    bad = check_text(text, item)
    if bad is not None:
        return bad
    when = published
    if rec.get("published"):
        try:
            when = date.fromisoformat(str(rec["published"])[:10])
        except ValueError:
            return InputError(item, f"invalid 'published': {str(rec['published'])[:40]!r}",
                              "use YYYY-MM-DD")
    rec_lang = rec.get("lang") or lang
    if rec_lang is not None and not isinstance(rec_lang, str):
        return InputError(item, "invalid 'lang'" + _got(rec_lang), 'use "id", "en" or null')
    for key in ("url", "title"):
        if rec.get(key) is not None and not isinstance(rec[key], str):
            return InputError(item, f"invalid {key!r}" + _got(rec[key]), "use a string or null")
    meta = {k: v for k, v in rec.items() if k not in _KNOWN}
    if meta and not _meta_ok(meta):
        return InputError(item, "invalid Unicode in a metadata field",
                          "re-export the record as valid UTF-8")
    return Document(id=doc_id, text=text, lang=rec_lang, published=when,
                    url=rec.get("url"), title=rec.get("title"), meta=meta)


def _got(value: Any) -> str:
    """": got int" - what the field held instead, for the error message."""
    return ": missing" if value is None else f": got {type(value).__name__}"


def _meta_ok(meta: dict[str, Any]) -> bool:
    """Whether metadata can be stored: valid Unicode, not nested beyond what JSON writers take."""
    try:
        return is_encodable(json.dumps(meta, ensure_ascii=False))
    except (RecursionError, ValueError):
        return False
