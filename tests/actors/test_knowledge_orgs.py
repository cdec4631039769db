"""Organisations of the knowledge files, resolved in both languages."""

from __future__ import annotations

import pytest

from warta.actors.finder import resolve_actor


@pytest.mark.parametrize(("phrase", "lang", "country", "sector"), [
    # an organisation's own name is the same in every language
    ("Force Ouvrière", "id", "FRA", "LAB"),
    ("Serikat Force Ouvrière", "id", "FRA", "LAB"),
    ("Motion Picture Association of America", "id", "USA", "BUS"),
    # "Republican Party" unqualified is the US party; a longer name is another party
    ("the Republican Party", "en", "USA", "PTY"),
    ("Partai Republik", "id", "USA", "PTY"),
    ("Republican People's Party", "en", None, "PTY"),
    # an embassy is its government's
    ("Kedutaan Besar Australia", "id", "AUS", "GOV"),
    ("the Australian embassy", "en", "AUS", "GOV"),
])
def test_organisations(phrase: str, lang: str, country: str | None, sector: str) -> None:
    got = resolve_actor(phrase, lang)
    assert (got.country, got.sector) == (country, sector)
