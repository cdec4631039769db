"""WARC files (.warc, .warc.gz): each HTML response record is one document (fastwarc)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from warta.ingest.errors import InputError
from warta.ingest.guard import too_large
from warta.ingest.html import document_from_html, page_date
from warta.model import Document
from warta.settings import limit

Item = Document | InputError

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def record_doc_id(url: str | None, record_id: str | None) -> str:
    """A stable id: the hash of the page URL, else the WARC-Record-ID's uuid."""
    if url:
        return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]
    rid = (record_id or "").strip("<>")
    return rid.removeprefix("urn:uuid:") or "warc-record"


def read_warc(path: Path, lang: str | None, published: date | None) -> Iterator[Item]:
    """Documents of the HTML responses in a WARC file; other records are skipped silently."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    try:
        stream = path.open("rb")
    except OSError as err:
        yield InputError(str(path), f"cannot read file: {err}", "check permissions")
        return
    with stream:
        n = 0
        try:
            # A Python stream, never a path string: fastwarc would fetch URLs itself.
            records = ArchiveIterator(stream, record_types=WarcRecordType.response,
                                      parse_http=True, fsspec_args=False)
            for record in records:
                n += 1
                item = yield_item(record, path, n, lang, published)
                if item is not None:
                    yield item
        except (OSError, ValueError) as err:
            yield InputError(f"{path}#{n + 1}", f"unreadable WARC data: {err}",
                             "the file may be truncated; re-download or re-compress it")
            return
        if n == 0:
            # Garbage, or a crawl of requests only: either way nothing was read from it.
            yield InputError(str(path), "no WARC response records found",
                             "give a WARC file of crawled pages (WARC/1.0 or 1.1)")


def yield_item(record: Any, path: Path, n: int, lang: str | None,
               published: date | None) -> Item | None:
    """The document of one response record, None for non-HTML, an InputError if unreadable."""
    headers = record.headers
    url = headers.get("WARC-Target-URI")
    item = f"{path}#{n}" + (f" {url}" if url else "")
    try:
        ctype = (record.http_content_type or "").lower()
        if not any(t in ctype for t in _HTML_TYPES):
            return None  # images, scripts, PDFs: not news text, not an error either
        status = record.http_headers.status_code if record.http_headers else None
        if status is not None and status != 200:
            return None  # redirects and error pages carry no article
        declared = int(record.content_length or 0)
        cap = limit("max_document_bytes")
        if declared > cap:
            # Refused before reading: a record's length is known from its header.
            return too_large(item, declared, cap, "max_document_bytes")
        body = record.reader.read(cap + 1)
        if len(body) < declared:
            # fastwarc hands over what a cut-off gzip member held; half a page is not a page.
            return InputError(item, f"truncated WARC record: {len(body)} of {declared} bytes",
                              "the file is incomplete; re-download it")
    except Exception as err:  # a broken record must not stop the rest of the file
        return InputError(item, f"unreadable WARC record: {err}",
                          "the record is damaged; the other records were read")
    crawled = page_date(str(headers.get("WARC-Date") or ""))
    meta = {"warc_record_id": headers.get("WARC-Record-ID"), "warc_file": path.name}
    if crawled:
        meta["crawled"] = crawled.isoformat()
    doc = document_from_html(body, record_doc_id(url, headers.get("WARC-Record-ID")), item,
                             lang, published, url=url, meta=meta)
    if isinstance(doc, Document) and doc.published is None:
        # The crawl date is the last resort: news is usually crawled within days.
        doc.published = crawled
    return doc
