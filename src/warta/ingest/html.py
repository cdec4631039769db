"""HTML pages: main text, title, date and URL extracted with trafilatura (offline)."""

from __future__ import annotations

import re
import warnings
from datetime import date
from pathlib import Path
from typing import Any

from warta.ingest.errors import InputError
from warta.ingest.guard import check_text, decode_html, html_depth_error, read_capped, too_large
from warta.model import Document
from warta.settings import limit

Item = Document | InputError

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def page_date(value: Any) -> date | None:
    """The YYYY-MM-DD at the start of a metadata date string, or None."""
    if isinstance(value, str) and _ISO_DAY.match(value):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def document_from_html(content: bytes | str, doc_id: str, item: str, lang: str | None = None,
                       published: date | None = None, url: str | None = None,
                       meta: dict[str, Any] | None = None) -> Item:
    """One Document of a page's main text; the page's own date wins over `published`."""
    import trafilatura

    cap = limit("max_html_bytes")
    size = len(content.encode("utf-8")) if isinstance(content, str) else len(content)
    if size > cap:
        # Extraction time grows faster than the page: a 5 MB page can take many seconds.
        return too_large(item, size, cap, "max_html_bytes")
    if not size:
        return InputError(item, "empty file", "the page has no content")
    page = decode_html(content, item) if isinstance(content, bytes) else content
    if isinstance(page, InputError):
        return page
    deep = html_depth_error(page, item)
    if deep is not None:
        return deep
    try:
        with warnings.catch_warnings():
            # lxml's FutureWarning about element truth-testing comes from inside trafilatura.
            warnings.simplefilter("ignore", FutureWarning)
            found = trafilatura.bare_extraction(page, url=url, with_metadata=True,
                                                include_comments=False, include_tables=False)
    except Exception as err:  # trafilatura raises many kinds on broken markup
        return InputError(item, f"cannot parse HTML: {type(err).__name__}: {err}",
                          "check that the file is an HTML page")
    if found is None:
        return InputError(item, "no main text found in the page",
                          "give an article page, not an index or a media file")
    data = found.as_dict() if hasattr(found, "as_dict") else dict(found)
    text = (data.get("text") or "").strip()
    if not text:
        return InputError(item, "no main text found in the page",
                          "give an article page, not an index or a media file")
    bad = check_text(text, item)
    if bad is not None:
        return bad
    extra = dict(meta or {})
    for key in ("author", "sitename", "hostname", "description", "categories", "tags"):
        if data.get(key):
            extra[key] = data[key]
    return Document(id=doc_id, text=text, lang=lang,
                    published=page_date(data.get("date")) or published,
                    url=url or data.get("url"), title=data.get("title"), meta=extra)


def read_html(path: Path, doc_id: str, lang: str | None, published: date | None) -> Item:
    """An HTML file is one document named after the file."""
    content = read_capped(path, limit("max_html_bytes"), "max_html_bytes")
    if isinstance(content, InputError):
        return content
    return document_from_html(content, doc_id, str(path), lang, published)
