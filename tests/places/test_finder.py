"""Place finding: per-language tables of sentences and the places they must (not) yield."""

from __future__ import annotations

import pytest

from warta.places import country_location, dateline_place, find_places


def places(text: str, lang: str) -> list[tuple[str, str, str | None, str]]:
    """(text, name, country, feature) of each place found in the whole text."""
    return [(p.text, p.name, p.country, p.feature) for p in find_places(text, 0, len(text), lang)]


def test_landmark_and_city_beijing() -> None:
    text = "Xi Jinping menerima Putin di Balai Agung Rakyat Beijing pada Selasa."
    found = find_places(text, 0, len(text), "id")
    assert [(p.text, p.feature) for p in found] == [("Balai Agung Rakyat", "landmark"),
                                                   ("Beijing", "city")]
    beijing = found[1]
    assert (beijing.name, beijing.country, beijing.geonameid) == ("Beijing", "CHN", 1816670)
    assert beijing.lat == pytest.approx(39.9, abs=0.1)
    assert beijing.lon == pytest.approx(116.4, abs=0.1)
    assert text[beijing.span[0]:beijing.span[1]] == "Beijing"


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Perundingan digelar di Jenewa pekan lalu.", "id", ("Jenewa", "Geneva", "CHE", "city")),
    ("Delegasi tiba di Moskwa.", "id", ("Moskwa", "Moscow", "RUS", "city")),
    ("Ribuan orang berkumpul di Yerusalem.", "id", ("Yerusalem", "Jerusalem", "ISR", "city")),
    ("Banjir melanda Kabupaten Bogor.", "id", ("Kabupaten Bogor", "Bogor", "IDN", "admin")),
    ("Banjir melanda Kab. Bogor.", "id", ("Kab. Bogor", "Bogor", "IDN", "admin")),
    ("Gempa mengguncang Papua Barat.", "id", ("Papua Barat", "Papua Barat", "IDN", "admin")),
    ("The talks were held in Washington.", "en", ("Washington", "Washington", "USA", "city")),
    ("Pertemuan di Den Haag.", "id", ("Den Haag", "The Hague", "NLD", "city")),
    ("Serangan di Tepi Barat.", "id", ("Tepi Barat", "West Bank", "PSE", "admin")),
    ("Bantuan masuk ke Jalur Gaza.", "id", ("Jalur Gaza", "Gaza Strip", "PSE", "admin")),
    ("Warga Kota Gaza mengungsi.", "id", ("Kota Gaza", "Gaza", "PSE", "city")),
    ("Dia bertemu di Gedung Putih.", "id", ("Gedung Putih", "Washington", "USA", "landmark")),
    ("A spokesman for the Kremlin said so.", "en", ("Kremlin", "Moscow", "RUS", "landmark")),
    ("Konser di Wina dan Praha.", "id", ("Wina", "Vienna", "AUT", "city")),
    ("Warga Jakarta Selatan memilih.", "id", ("Jakarta Selatan", "Jakarta Selatan", "IDN", "city")),
    ("After North Carolina passed the law", "en",
     ("North Carolina", "North Carolina", "USA", "admin")),
    ("Protesters gathered in São Paulo.", "en", ("São Paulo", "São Paulo", "BRA", "city")),
    ("Protesters gathered in Sao Paulo.", "en", ("Sao Paulo", "São Paulo", "BRA", "city")),
])
def test_first_place(text: str, lang: str, expected: tuple[str, str, str, str]) -> None:
    assert places(text, lang)[0] == expected


@pytest.mark.parametrize(("text", "lang", "countries"), [
    ("Hubungan Tiongkok dan Amerika Serikat memanas.", "id", ["CHN", "USA"]),
    ("Menlu Rusia, Jepang, Korea Selatan dan Arab Saudi hadir.", "id",
     ["RUS", "JPN", "KOR", "SAU"]),
    ("Duta besar Belanda, Inggris, Prancis, Jerman dan Mesir.", "id",
     ["NLD", "GBR", "FRA", "DEU", "EGY"]),
    ("Selandia Baru mengirim bantuan.", "id", ["NZL"]),
    ("New Zealand and the U.S. sent aid.", "en", ["NZL", "USA"]),
])
def test_countries(text: str, lang: str, countries: list[str]) -> None:
    found = places(text, lang)
    assert [c for _, _, c, _ in found] == countries
    assert all(f == "country" for _, _, _, f in found)


def test_abbreviation_keeps_its_dot() -> None:
    assert places("Presiden A.S. berkunjung.", "id")[0][0] == "A.S."


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # person names and common words are never places
    ("Presiden Rusia Vladimir Putin tiba.", "id", [("Rusia", "Russia", "RUS", "country")]),
    ("Xi Jinping berpidato.", "id", []),
    ("Anda dan Kita akan datang ke Negara lain.", "id", []),
    ("Dia belajar bahasa Inggris.", "id", []),
    ("The Washington Post reported it.", "en", []),
    ("Reading is fun. Nice work by Victoria.", "en", []),
    ("Of all things, the Split was a Sale.", "en", []),
    ("Batu itu besar.", "id", []),
    ("Bima Arya berbicara.", "id", []),
    ("Semua pemerintah Kabupaten/Kota wajib lapor.", "id", []),
    ("Kami tinggal di Bank Indonesia.", "id", [("Indonesia", "Indonesia", "IDN", "country")]),
    # a country hyphened to a word is part of an adjective
    ("Iran-backed militias and a US-led coalition fought in Syria.", "en",
     [("Syria", "Syria", "SYR", "country")]),
])
def test_false_positives(text: str, lang: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert places(text, lang) == expected


def test_ambiguous_name_needs_a_cue() -> None:
    assert places("Wisatawan datang ke Batu.", "id") == [("Batu", "Batu", "IDN", "city")]
    assert places("He flew to Male.", "en") == [("Male", "Male", "MDV", "city")]
    assert places("Male voters stayed home.", "en") == []


def test_context_country_picks_the_city() -> None:
    # Two Londons: the English one is far bigger, the Canadian one is named next to Canada.
    assert places("He lives in London.", "en")[0][2] == "GBR"
    assert places("He moved from Canada to London, Ontario.", "en")[1][2] == "CAN"


def test_spans_are_document_offsets() -> None:
    text = "Kalimat pertama. Delegasi tiba di Moskwa kemarin."
    start = text.index("Delegasi")
    found = find_places(text, start, len(text), "id")
    assert len(found) == 1
    a, b = found[0].span
    assert text[a:b] == "Moskwa"
    assert find_places(text, 0, start, "id") == []


def test_all_caps_dateline_words() -> None:
    assert places("Laporan dari JAKARTA hari ini.", "id")[0][1] == "Jakarta"


@pytest.mark.parametrize(("text", "lang", "name", "country"), [
    ("JAKARTA, KOMPAS.com - Presiden Joko Widodo ...", "id", "Jakarta", "IDN"),
    ("BEIJING (Reuters) - China said ...", "en", "Beijing", "CHN"),
    ("Jakarta (ANTARA) - Menteri ...", "id", "Jakarta", "IDN"),
    ("WASHINGTON — The president ...", "en", "Washington", "USA"),
    ("JENEWA, KOMPAS.com - Badan PBB ...", "id", "Geneva", "CHE"),
])
def test_dateline(text: str, lang: str, name: str, country: str) -> None:
    place = dateline_place(text, lang)
    assert place is not None
    assert (place.name, place.country) == (name, country)
    assert text[place.span[0]:place.span[1]].casefold() == place.text.casefold()


@pytest.mark.parametrize("text", [
    "Presiden Joko Widodo - yang baru tiba - berkata ...",
    "The president said on Monday that ...",
    "Iran-backed militias attacked a base.",
    "",
])
def test_no_dateline(text: str) -> None:
    assert dateline_place(text, "id") is None


def test_country_location() -> None:
    idn = country_location("IDN")
    assert idn is not None
    assert (idn.name, idn.country, idn.feature) == ("Indonesia", "IDN", "country")
    assert idn.lat == pytest.approx(-6.2, abs=0.2)  # Jakarta, the capital
    assert country_location("XXX") is None


def test_a_place_noun_and_of_cue_the_name_after_them() -> None:
    text = "A minefield explosion near the town of Samarra killed two youths in the city of Basra."
    assert [(p.text, p.country) for p in find_places(text, 0, len(text), "en")] == [
        ("Samarra", "IRQ"), ("Basra", "IRQ")]
    other = "The president of Mobile said so."  # 'of' alone cues nothing
    assert find_places(other, 0, len(other), "en") == []
