"""RSS and Atom files: one document per entry with its content or summary."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import ModuleType

from warta.ingest import InputError, read_inputs
from warta.ingest.feeds import html_to_text
from warta.model import Document


def test_rss_entries_are_documents(tmp_path: Path, samples: ModuleType) -> None:
    (tmp_path / "berita.rss").write_text(samples.RSS, encoding="utf-8")
    docs = list(read_inputs([str(tmp_path / "berita.rss")]))
    assert len(docs) == 2 and all(isinstance(d, Document) for d in docs)
    first, second = docs
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.text == f"{samples.ARTICLE}\n{samples.SECOND}"
    assert first.title == "Xi dan Putin bertemu"
    assert first.url == "https://news.example/a"
    assert first.published == date(2025, 1, 22)  # 08:00 +07:00 is 01:00 UTC, same day
    assert first.lang == "id"  # from the channel's <language>
    assert first.meta["feed"] == "Contoh Berita"
    assert second.text == "Hanya judul"  # no summary: the title is all there is
    assert first.id != second.id


def test_atom_in_xml_file_is_sniffed(tmp_path: Path, samples: ModuleType) -> None:
    (tmp_path / "feed.xml").write_text(samples.ATOM, encoding="utf-8")
    [doc] = list(read_inputs([str(tmp_path / "feed.xml")], lang="en"))
    assert isinstance(doc, Document)
    assert doc.text == "The Armenian Prime Minister met the French President in Paris."
    assert doc.published == date(2025, 1, 21) and doc.lang == "en"


def test_other_xml_and_broken_feeds(tmp_path: Path) -> None:
    (tmp_path / "data.xml").write_text("<?xml version='1.0'?><config><a/></config>")
    (tmp_path / "bad.rss").write_text("this is not xml at all")
    items = list(read_inputs([str(tmp_path / "data.xml"), str(tmp_path / "bad.rss")]))
    assert all(isinstance(i, InputError) for i in items) and len(items) == 2
    assert "unsupported file type" in items[0].reason


def test_directory_mixes_formats(tmp_path: Path, samples: ModuleType) -> None:
    (tmp_path / "a.html").write_text(samples.html_page())
    (tmp_path / "b.rss").write_text(samples.RSS)
    (tmp_path / "c.txt").write_text(samples.ARTICLE)
    items = list(read_inputs([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["Document"] * 4


def test_html_to_text_keeps_blocks_and_drops_scripts() -> None:
    assert html_to_text("<p>A  b</p><script>x()</script><p>C&amp;D</p>") == "A b\nC&D"
