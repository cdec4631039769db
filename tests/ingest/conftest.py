"""Small input files the reader tests generate: HTML pages, WARC archives, feeds."""

from __future__ import annotations

import gzip
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hostilehelp import generator

ARTICLE = (
    "Presiden Tiongkok Xi Jinping mengadakan pertemuan virtual dengan Presiden Rusia "
    "Vladimir Putin di Balai Agung Rakyat Beijing hari Selasa kemarin (21/1)."
)
SECOND = ("Kedua pemimpin membahas hubungan bilateral dan situasi di Ukraina dalam pertemuan "
          "yang berlangsung hampir dua jam, kata juru bicara Kremlin.")


def html_page(title: str = "Xi dan Putin bertemu", day: str = "2025-01-22",
              url: str = "https://news.example/xi-putin") -> str:
    """A news page with navigation and footer around the article."""
    return (
        f'<html lang="id"><head><title>{title}</title>'
        f'<meta property="og:url" content="{url}">'
        f'<meta property="article:published_time" content="{day}T08:00:00+07:00"></head>'
        "<body><nav><a href='/'>Beranda</a> <a href='/dunia'>Dunia</a></nav>"
        f"<article><h1>{title}</h1><p>{ARTICLE}</p><p>{SECOND}</p></article>"
        "<footer>Hak cipta 2025 Contoh Media</footer></body></html>"
    )


_GENERATOR = generator()  # scripts/make_hostile_corpus.py, whose WARC builder is shared


def warc_record(url: str, body: bytes, content_type: str = "text/html; charset=utf-8",
                status: str = "200 OK", n: int = 1) -> bytes:
    """One WARC/1.0 response record: the hostile-corpus generator's builder."""
    return _GENERATOR.warc_record(url, body, n, content_type, status)


def write_warc(path: Path, records: list[bytes]) -> Path:
    """A .warc or .warc.gz (one gzip member per record, as crawlers write them)."""
    if path.name.endswith(".gz"):
        path.write_bytes(b"".join(gzip.compress(r) for r in records))
    else:
        path.write_bytes(b"".join(records))
    return path


RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Contoh Berita</title><language>id</language>
<item><title>Xi dan Putin bertemu</title><link>https://news.example/a</link>
<guid>https://news.example/a</guid><pubDate>Wed, 22 Jan 2025 08:00:00 +0700</pubDate>
<description>&lt;p&gt;{ARTICLE}&lt;/p&gt;&lt;p&gt;{SECOND}&lt;/p&gt;</description></item>
<item><title>Hanya judul</title><link>https://news.example/b</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example News</title>
<entry><title>Leaders meet</title><id>urn:example:1</id>
<link href="https://news.example/en/1"/><updated>2025-01-21T12:00:00Z</updated>
<content type="html">&lt;p&gt;The Armenian Prime Minister met the French President
in Paris.&lt;/p&gt;</content>
</entry></feed>"""


@pytest.fixture
def samples() -> ModuleType:
    """This module: the builders above, for tests (test files are not importable modules)."""
    return sys.modules[__name__]
