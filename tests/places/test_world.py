"""World regions, old country names, continents and landmarks (world.yaml, issue 6)."""

from __future__ import annotations

import pytest
import yaml

from warta.places import find_places
from warta.places.gazetteer import DATA_DIR, _world_entries, countries, index, world_places


def places(text: str, lang: str) -> list[tuple[str, str, str | None, str]]:
    """(text, name, country, feature) of each place found in the whole text."""
    return [(p.text, p.name, p.country, p.feature) for p in find_places(text, 0, len(text), lang)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # first-level regions abroad, in English and in their Indonesian names
    ("Louis invaded Moravia.", "en", ("Moravia", "Moravia", "CZE", "admin")),
    ("Louis menyerbu Moravia.", "id", ("Moravia", "Moravia", "CZE", "admin")),
    ("Pyrrhus was forced to leave Sicily.", "en", ("Sicily", "Sicily", "ITA", "admin")),
    ("Pyrrhus dipaksa meninggalkan Sisilia.", "id", ("Sisilia", "Sicily", "ITA", "admin")),
    ("Voters in Catalonia went to the polls.", "en", ("Catalonia", "Catalonia", "ESP", "admin")),
    ("Pemilih di Katalonia memberikan suara.", "id", ("Katalonia", "Catalonia", "ESP", "admin")),
    ("Fighting flared in Tigray.", "en", ("Tigray", "Tigray", "ETH", "admin")),
    ("Camps in Xinjiang were closed.", "en", ("Xinjiang", "Xinjiang", "CHN", "admin")),
    ("Pengungsi dari Rakhine tiba.", "id", ("Rakhine", "Rakhine", "MMR", "admin")),
    ("Militants attacked a post in Kashmir.", "en",
     ("Kashmir", "Jammu and Kashmir", "IND", "admin")),
    ("Pasukan menyerang Chechnya.", "id", ("Chechnya", "Chechnya", "RUS", "admin")),
    ("Clashes broke out in North Kivu.", "en", ("North Kivu", "North Kivu", "COD", "admin")),
    ("Bentrokan terjadi di Kivu Utara.", "id", ("Kivu Utara", "North Kivu", "COD", "admin")),
    ("Warga Yerusalem Timur berunjuk rasa.", "id",
     ("Yerusalem Timur", "East Jerusalem", "PSE", "admin")),
    ("Floods hit Queensland.", "en", ("Queensland", "Queensland", "AUS", "admin")),
    ("Banjir melanda Sabah.", "id", ("Sabah", "Sabah", "MYS", "admin")),
    # a region beats a same-name town elsewhere (Ontario, California is a city)
    ("Doctors in Ontario went on strike.", "en", ("Ontario", "Ontario", "CAN", "admin")),
    # the longer name wins: Baja California is Mexico, not the US state
    ("A storm hit Baja California.", "en",
     ("Baja California", "Baja California", "MEX", "admin")),
    # old and historical country names: the successor's ISO country
    ("They tried to cross the border into Czechoslovakia.", "en",
     ("Czechoslovakia", "Czechoslovakia", "CZE", "country")),
    ("Ia lahir di Cekoslowakia.", "id", ("Cekoslowakia", "Czechoslovakia", "CZE", "country")),
    ("He served in the Soviet Union.", "en", ("Soviet Union", "Soviet Union", "RUS", "country")),
    ("Ia belajar di Uni Soviet.", "id", ("Uni Soviet", "Soviet Union", "RUS", "country")),
    ("Troops withdrew from Yugoslavia.", "en", ("Yugoslavia", "Yugoslavia", "SRB", "country")),
    ("Tea from Ceylon.", "en", ("Ceylon", "Ceylon", "LKA", "country")),
    ("Ia tinggal di Jerman Timur.", "id", ("Jerman Timur", "East Germany", "DEU", "country")),
    ("Pemberontakan di Hindia Belanda.", "id",
     ("Hindia Belanda", "Dutch East Indies", "IDN", "country")),
    # landmarks that stand for a place
    ("Pope Francis met him at Casa Santa Marta.", "en",
     ("Casa Santa Marta", "Casa Santa Marta", "VAT", "landmark")),
    ("Paus Fransiskus menemuinya di Casa Santa Marta.", "id",
     ("Casa Santa Marta", "Casa Santa Marta", "VAT", "landmark")),
    ("The leaders met at Camp David.", "en", ("Camp David", "Camp David", "USA", "landmark")),
    ("The Elysee said on Monday.", "en", ("Elysee", "Élysée", "FRA", "landmark")),
])
def test_first_place(text: str, lang: str, expected: tuple[str, str, str, str]) -> None:
    assert places(text, lang)[0] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Talks were held in the Middle East.", "en", "Middle East"),
    ("Floods across Southeast Asia.", "en", "Southeast Asia"),
    ("Banjir melanda kota-kota di Asia Tenggara.", "id", "Asia Tenggara"),
    ("Ketegangan meningkat di Timur Tengah.", "id", "Timur Tengah"),
    ("In Asia and the Pacific, millions were killed.", "en", "Asia"),
])
def test_world_region_after_a_cue_has_no_country(text: str, lang: str, expected: str) -> None:
    found = places(text, lang)
    assert [(f[0], f[2], f[3]) for f in found] == [(expected, None, "region")]


@pytest.mark.parametrize(("text", "lang"), [
    # a continent or world region elsewhere names a group, not where something happened
    ("Uni Eropa menolak rencana itu.", "id"),
    ("Negara-negara Asia Tenggara sepakat.", "id"),
    ("The Middle East peace process stalled.", "en"),
    ("North America and South America are separate continents.", "en"),
    ("Asian nations met European envoys.", "en"),
])
def test_world_region_without_a_cue_is_not_a_place(text: str, lang: str) -> None:
    assert places(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    # an article counts between a cue and a world region only, not before a small city
    ("The astronauts flew from the Kennedy Space Center.", "en"),
    ("He swam at the Olympic pool.", "en"),
    ("Perak dan emas naik.", "id"),  # silver, not the Malaysian state
])
def test_region_words_that_are_not_places(text: str, lang: str) -> None:
    assert places(text, lang) == []


def test_world_yaml_is_consistent() -> None:
    data = yaml.safe_load((DATA_DIR / "world.yaml").read_text(encoding="utf-8"))
    isos = set(countries())
    # each place has one canonical name: the Indonesian names point at it
    entry_names = [p.name for _, p in _world_entries()]
    assert len(entry_names) == len(set(entry_names))
    for iso3 in [*data["regions"], *data["landmarks"]]:
        assert iso3 in isos, iso3
    for iso3, *_ in data["historical"].values():
        assert iso3 in isos, iso3
    canonical = {p.name for _, p in world_places("en")}
    for name, target in data["id"].items():
        assert target in canonical, name
    for section in ("regions", "landmarks"):
        for places_of in data[section].values():
            for value in places_of.values():
                assert -90 <= value[0] <= 90 and -180 <= value[1] <= 180
    # Indonesian names are read in Indonesian only
    assert "Sisilia" in index("id").exact and "Sisilia" not in index("en").exact
