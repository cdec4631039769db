"""Event dates and places: the clause's own, the story's, the publication date, the dateline."""

from __future__ import annotations

from datetime import date

from warta.model import Document
from warta.pipeline import process

ARTICLE = ("JAKARTA, KOMPAS.com - Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia "
           "Anwar Ibrahim di Istana Merdeka pada Senin (27/1/2025). Kedua pemimpin sepakat "
           "memperkuat kerja sama perdagangan. Pada 1998, mahasiswa berunjuk rasa di Jakarta.")


def events() -> list:
    return process(Document(id="a", text=ARTICLE, lang="id", published=date(2025, 1, 28))).events


def test_dates_from_clause_story_and_history() -> None:
    got = {e.event: (e.date, e.date_precision) for e in events()}
    assert got["CONSULT"] == ("2025-01-27", "day")
    assert got["AGREE"] == ("2025-01-27", "day")  # no date of its own: the story's
    assert got["PROTEST"] == ("1998", "year")


def test_places_from_clause_then_dateline() -> None:
    by_type = {e.event: e.location for e in events()}
    assert by_type["CONSULT"] is not None and by_type["CONSULT"].country == "IDN"
    assert by_type["AGREE"] is not None and by_type["AGREE"].name == "Jakarta"  # the dateline
