"""WARC archives: an HTML response is a document, other records are skipped, damage an error."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from warta.ingest import InputError, read_inputs
from warta.ingest.warc import record_doc_id
from warta.model import Document


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_html_responses_become_documents(tmp_path: Path, samples: ModuleType, name: str) -> None:
    records = [
        samples.warc_record("https://news.example/a", samples.html_page().encode(), n=1),
        samples.warc_record("https://news.example/logo.png", b"\x89PNG...", "image/png", n=2),
        samples.warc_record("https://news.example/old", b"", status="301 Moved", n=3),
        samples.warc_record("https://news.example/b",
                            samples.html_page(title="Kedua", day="2025-02-01").encode(), n=4),
    ]
    path = samples.write_warc(tmp_path / name, records)
    items = list(read_inputs([str(path)], lang="id"))
    assert all(isinstance(i, Document) for i in items), items
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.url for d in docs] == ["https://news.example/a", "https://news.example/b"]
    assert docs[0].id == hashlib.sha1(b"https://news.example/a").hexdigest()[:16]
    assert samples.ARTICLE in docs[0].text
    assert docs[1].title == "Kedua" and docs[1].published == date(2025, 2, 1)
    assert docs[0].meta["crawled"] == "2025-01-23"


def test_truncated_archive_keeps_good_records_and_reports_the_rest(
        tmp_path: Path, samples: ModuleType) -> None:
    good = samples.warc_record("https://news.example/a", samples.html_page().encode(), n=1)
    bad = samples.warc_record("https://news.example/b", samples.html_page().encode(), n=2)
    path = tmp_path / "cut.warc.gz"
    import gzip

    data = gzip.compress(good) + gzip.compress(bad)
    path.write_bytes(data[: len(data) - 200])  # the second member is cut short
    items = list(read_inputs([str(path)]))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [d.url for d in docs] == ["https://news.example/a"]
    assert len(errors) == 1 and "cut.warc.gz" in errors[0].item


def test_record_without_url_uses_its_record_id() -> None:
    assert record_doc_id(None, "<urn:uuid:1234-abcd>") == "1234-abcd"
    assert record_doc_id("https://x.example/", None) == hashlib.sha1(
        b"https://x.example/").hexdigest()[:16]
