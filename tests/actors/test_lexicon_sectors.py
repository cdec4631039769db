"""Sector words of the language packs: equipment, border police, security chiefs."""

from __future__ import annotations

import pytest

from warta.actors import find_actor_mentions
from warta.actors.finder import resolve_actor
from warta.lang.pack import load_yaml


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
    ("the Azadliq opposition coalition", None, "OPP"),
    ("three aid workers", None, "NGO"),
    # settlers are of the state they settle from, not of the place they are in
    ("Jewish settlers in the West Bank", "ISR", "CVL"),
    ("the West Bank", "PSE", "GOV"),
    # another country's body of a generic name is not the US one
    ("Rwanda's Senate", "RWA", "LEG"),
    ("the Senate", "USA", "LEG"),
    ("British Hamas officials", "PSE", "REB"),
    # a party word between "former" and the office
    ("Former Socialist prime minister Andreas Papandreou", "GRC", "ELI"),
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


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_sector_word_hides_a_country(lang: str) -> None:
    """ "militer Israel" listed as a bare MIL noun made Israel's army countryless: a country
    belongs in a qualified section ("MIL IDN") or in the text, never inside a sector word."""
    data = load_yaml(lang, "actors.yaml")
    hidden = []
    for section in ("titles", "nouns", "ranks", "weapons"):
        for key, words in (data.get(section) or {}).items():
            if " " in key:  # "GOV IDN": a country-qualified list
                continue
            for phrase in words:
                for word in str(phrase).split()[1:]:
                    m = resolve_actor(word, lang)
                    if m is not None and m.kind == "country":
                        hidden.append(phrase)
    assert hidden == []


def test_an_army_named_with_its_country() -> None:
    text = "Militer Israel membom Gaza."
    m = find_actor_mentions(text, 0, len(text), "id")[0]
    assert (m.text, m.country, m.sector) == ("Militer Israel", "ISR", "MIL")


@pytest.mark.parametrize(("phrase", "country", "name"), [
    ("Sheikh Hamad bin Khalifa al-Thani", "QAT", "Hamad bin Khalifa Al Thani"),  # "Al X" = "al-X"
    ("President Francois Mitterand", "FRA", "François Mitterrand"),  # the wires' misspelling
    ("South African leader F.W. de Klerk", "ZAF", "F. W. de Klerk"),
])
def test_leaders_the_wire_archives_name(phrase: str, country: str, name: str) -> None:
    got = resolve_actor(phrase, "en")
    assert (got.country, got.name) == (country, name)


@pytest.mark.parametrize(("text", "lang"), [
    ("The students were protesting a new military law.", "en"),
    ("Mahasiswa memprotes undang-undang militer yang baru.", "id"),
])
def test_a_sector_word_before_a_law_names_no_actor(text: str, lang: str) -> None:
    assert [m.sector for m in find_actor_mentions(text, 0, len(text), lang)] == ["EDU"]


@pytest.mark.parametrize(("lang", "phrase", "sector"), [
    # PLOVER's codes: MED is medical, JRN the press (CAMEO's MED meant media)
    ("en", "Swiss doctors", "MED"), ("en", "paramedics", "MED"), ("en", "ambulances", "MED"),
    ("en", "journalists", "JRN"), ("en", "the newspaper", "JRN"),
    ("en", "World Health Organization", "HLH"), ("en", "health officials", "HLH"),
    ("id", "dokter", "MED"), ("id", "tenaga kesehatan", "MED"), ("id", "wartawan", "JRN"),
    ("id", "media massa", "JRN"),
    ("en", "Aboriginal Medical Services Alliance", "MED"), ("en", "Jakarta Heart Hospital", "MED"),
    ("en", "Baghdad University Medical School", "EDU"),  # the first head word decides
    ("id", "Aliansi Mahasiswa Papua", "NGO"), ("id", "RSUD Cibinong", "MED"),
])
def test_medical_and_press_sectors_follow_plover(lang: str, phrase: str, sector: str) -> None:
    got = resolve_actor(phrase, lang)
    assert got is not None and got.sector == sector


def test_something_in_a_capital_is_no_government() -> None:
    got = resolve_actor("an amusement park in Kabul", "en")
    assert (got.country, got.sector) == ("AFG", "CVL")
    got = resolve_actor("Kabul", "en")
    assert (got.country, got.sector) == ("AFG", "GOV")
