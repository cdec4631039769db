"""Property tests of the readers: whatever the input, an item is a Document or an InputError,
never an exception, and a Document's text is valid, non-empty Unicode."""

from __future__ import annotations

import io
import json
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warta.ingest.errors import InputError
from warta.ingest.guard import decode_html, decode_utf8
from warta.ingest.html import document_from_html
from warta.ingest.readers import document_from_record, read_jsonl_stream
from warta.model import Document

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
FIELDS = st.sampled_from(["id", "text", "lang", "published", "url", "title", "extra"])
RECORDS = st.one_of(JSON, st.dictionaries(FIELDS, JSON | st.text(), max_size=7))
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _valid(item: Any) -> None:
    assert isinstance(item, Document | InputError)
    if isinstance(item, Document):
        assert item.text.strip() and item.id
        item.text.encode("utf-8")  # no lone surrogates reach the pipeline
        json.dumps(item.meta, ensure_ascii=False).encode("utf-8")
    else:
        assert item.reason and item.hint


@FAST
@given(RECORDS, st.sampled_from([None, "id", "en"]), st.one_of(st.none(), st.dates()))
def test_document_from_record_never_raises(rec: Any, lang: str | None, pub: date | None) -> None:
    _valid(document_from_record(rec, "item", lang, pub))


@FAST
@given(st.lists(st.one_of(st.binary(max_size=80), RECORDS.map(
    lambda r: json.dumps(r).encode())), max_size=8))
def test_read_jsonl_stream_gives_one_item_per_non_blank_line(lines: list[bytes]) -> None:
    data = b"\n".join(line.replace(b"\n", b" ").replace(b"\r", b" ") for line in lines)
    items = list(read_jsonl_stream(io.BytesIO(data), "s", None, None))
    for item in items:
        _valid(item)
    shown = [line.decode("utf-8", "replace") for line in data.split(b"\n")]
    shown[0] = shown[0].removeprefix("\ufeff")  # a byte-order mark opening the stream
    assert len(items) == sum(1 for line in shown if line.strip())
    text_items = list(read_jsonl_stream(io.StringIO(data.decode("utf-8", "replace")), "s",
                                        None, None))
    assert all(isinstance(i, Document | InputError) for i in text_items)


TAGS = st.sampled_from(["<html>", "<body>", "<div>", "</div>", "<p>", "</p>", "<article>",
                        "</article>", "<script>", "</script>", "<meta charset='latin-1'>",
                        "<meta charset=utf-8>", "<title>", "</title>", "<!--", "-->", "<![CDATA[",
                        "&amp;", "&#0;", "&#xD800;", "<?xml version='1.0' encoding='utf-16'?>"])
WORDS = st.sampled_from(["Presiden", "Jokowi", "bertemu", "Xi", "Jinping", "di", "Jakarta", ".",
                         "The", "minister", "met", "\x00", "\ufffd", "é"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TAGS | WORDS, max_size=60), st.booleans())
def test_html_reader_never_raises(parts: list[str], as_bytes: bool) -> None:
    page = " ".join(parts)
    content: bytes | str = page.encode("utf-8", "surrogatepass") if as_bytes else page
    _valid(document_from_html(content, "doc", "page.html"))


@FAST
@given(st.binary(max_size=300))
def test_decoders_never_raise(data: bytes) -> None:
    for decoded in (decode_utf8(data, "x"), decode_html(data, "x")):
        assert isinstance(decoded, str | InputError)
