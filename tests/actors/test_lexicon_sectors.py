"""Sector words of the language packs: equipment, border police, security chiefs."""

from __future__ import annotations

import pytest

from warta.actors import find_actor_mentions
from warta.actors.finder import resolve_actor


@pytest.mark.parametrize(("phrase", "country", "sector"), [
    ("Russian aircraft", "RUS", "MIL"),  # equipment with its operator named
    ("British aircraft using precision guided missiles", "GBR", "MIL"),
    ("U.S. border patrol agents", "USA", "COP"),
    ("Cairo's security chief", "EGY", "COP"),
    ("The rebel Kurdistan Workers' Party", "TUR", "REB"),
    ("Forces for Defence of Democracy", "BDI", "REB"),
    ("Seven opposition parties in Nepal", "NPL", "OPP"),
    ("Two Palestinian suicide bombers", "PSE", "REB"),
    ("Iraqi Kurds", "IRQ", "CVL"),
    # a party word between "former" and the office
    ("Former Socialist prime minister Andreas Papandreou", None, "ELI"),
])
def test_english_sector_words(phrase: str, country: str, sector: str) -> None:
    got = resolve_actor(phrase, "en")
    assert (got.country, got.sector) == (country, sector)


def test_aircraft_alone_is_no_actor_in_a_sentence() -> None:
    text = "The aircraft landed in Jakarta."
    assert find_actor_mentions(text, 0, len(text), "en") == []


@pytest.mark.parametrize(("phrase", "name"), [
    ("Pyrrhus", "Pyrrhus of Epirus"), ("Genghis Khan", "Genghis Khan"), ("Saladin", "Saladin"),
])
def test_rulers_of_antiquity_known_by_one_name(phrase: str, name: str) -> None:
    got = resolve_actor(phrase, "en")
    assert (got.name, got.country, got.sector) == (name, None, "GOV")
