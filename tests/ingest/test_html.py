"""HTML pages become one document with the page's main text, title, date and URL."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import ModuleType

from warta.ingest import InputError, read_inputs
from warta.ingest.html import document_from_html, page_date
from warta.model import Document


def test_html_file_gives_main_text_and_metadata(tmp_path: Path, samples: ModuleType) -> None:
    (tmp_path / "xi-putin.html").write_text(samples.html_page(), encoding="utf-8")
    [doc] = list(read_inputs([str(tmp_path / "xi-putin.html")], lang="id"))
    assert isinstance(doc, Document)
    assert doc.id == "xi-putin"
    assert samples.ARTICLE in doc.text
    assert "Beranda" not in doc.text and "Hak cipta" not in doc.text
    assert doc.title == "Xi dan Putin bertemu"
    assert doc.published == date(2025, 1, 22)
    assert doc.url == "https://news.example/xi-putin"
    assert doc.lang == "id"


def test_page_date_wins_over_default_and_default_fills_gap(samples: ModuleType) -> None:
    doc = document_from_html(samples.html_page(), "a", "a", published=date(2020, 1, 1))
    assert isinstance(doc, Document) and doc.published == date(2025, 1, 22)
    bare = (f"<html><body><article><p>{samples.ARTICLE}</p><p>{samples.SECOND}</p>"
            "</article></body></html>")
    doc = document_from_html(bare, "b", "b", published=date(2020, 1, 1))
    assert isinstance(doc, Document) and doc.published == date(2020, 1, 1)


def test_page_without_text_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "empty.htm").write_text("<html><body></body></html>")
    [item] = list(read_inputs([str(tmp_path / "empty.htm")]))
    assert isinstance(item, InputError)
    assert item.item.endswith("empty.htm") and item.hint


def test_page_date_parses_only_iso_days() -> None:
    assert page_date("2025-01-22T08:00:00") == date(2025, 1, 22)
    assert page_date("2025-13-45") is None
    assert page_date("yesterday") is None
    assert page_date(None) is None
