"""RSS/Atom feed files: each entry, with its content or summary as text, is one document."""

from __future__ import annotations

import calendar
import hashlib
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from warta.ingest.errors import InputError
from warta.ingest.guard import read_capped
from warta.model import Document
from warta.settings import limit

Item = Document | InputError

FEED_EXTENSIONS = (".rss", ".atom")
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]")
_BLOCK = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote"}


class _TextOf(HTMLParser):
    """Text of an HTML fragment, one line per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style"):
            self.hidden += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            # A line break inside HTML text is a space; only block elements break lines.
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(fragment: str) -> str:
    """Plain text of an entry's HTML content: blocks become lines, spaces are squeezed."""
    parser = _TextOf()
    parser.feed(fragment)
    parser.close()
    raw = "".join(parser.parts).split("\n")
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in raw)
    return "\n".join(line for line in lines if line)


def looks_like_feed(path: Path) -> bool:
    """An .xml file whose root element is rss, feed (Atom) or rdf:RDF (RSS 1.0)."""
    try:
        with path.open("rb") as f:
            head = f.read(2048)
    except OSError:
        return False
    return bool(_FEED_ROOT.search(head))


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime.fromtimestamp(calendar.timegm(value), tz=UTC).date()
    return None


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    # The longest of the full content and the summary: feeds put either, or both.
    candidates = [c.get("value", "") for c in contents] + [entry.get("summary") or ""]
    best = max(candidates, key=len, default="")
    return html_to_text(best) if "<" in best else unescape(best).strip()


def read_feed(path: Path, lang: str | None, published: date | None) -> Iterator[Item]:
    """Documents of the entries of an RSS/Atom file; the entry's own date wins."""
    import feedparser

    content = read_capped(path, limit("max_document_bytes"), "max_document_bytes")
    if isinstance(content, InputError):
        yield content
        return
    # Bytes, not a path or URL: feedparser would otherwise be willing to fetch.
    feed = feedparser.parse(content)
    if not feed.entries:
        reason = f"not a readable feed: {feed.get('bozo_exception')}" if feed.bozo else "no entries"
        yield InputError(str(path), reason, "give an RSS or Atom file")
        return
    feed_lang = (feed.feed.get("language") or "")[:2].lower() or None
    for n, entry in enumerate(feed.entries, 1):
        item = f"{path}#{n}"
        text = _entry_text(entry) or (entry.get("title") or "").strip()
        if not text:
            yield InputError(item, "entry has no title, summary or content", "nothing to code")
            continue
        link = entry.get("link")
        key = entry.get("id") or link or f"{path.name}#{n}"
        doc_id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        meta = {"feed": feed.feed.get("title"), "feed_file": path.name, "entry_id": entry.get("id")}
        yield Document(id=doc_id, text=text, lang=lang or feed_lang,
                       published=_entry_date(entry) or published, url=link,
                       title=entry.get("title"), meta={k: v for k, v in meta.items() if v})
