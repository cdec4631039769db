"""Unknown proper names: capitalised runs no dictionary knows become name mentions."""

from __future__ import annotations

import pytest

from warta.actors import find_actor_mentions


def _found(text: str, lang: str) -> dict[str, str]:
    return {m.text: m.kind for m in find_actor_mentions(text, 0, len(text), lang)}


@pytest.mark.parametrize(("lang", "text", "names"), [
    ("en", "Dündar warned Europe.", ["Dündar"]),
    ("en", "Stalin had begun to encourage Abakumov.", ["Stalin", "Abakumov"]),
    ("en", "De Gaulle had instructed the army.", ["De Gaulle"]),
    ("en", "However, Bashar al-Assad and J. R. Smith met.", ["J. R. Smith"]),
    ("en", "Later, Sarkozy said he would run.", ["Sarkozy"]),
    ("en", "Karl Heinz von Braun III resigned.", ["Karl Heinz von Braun III"]),
    ("id", "Philip kemudian bergerak.", ["Philip"]),
    ("id", "Menurut Haposan, permintaan itu disampaikan ke Sjahril.", ["Haposan", "Sjahril"]),
])
def test_names_are_found(lang: str, text: str, names: list[str]) -> None:
    found = _found(text, lang)
    for name in names:
        assert found.get(name) in ("name", "person"), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "However, the talks went on."),
    ("en", "Yesterday the rain stopped in Moravia."),
    ("en", "The Treaty of Versailles was signed on Monday."),
    ("en", "Officials said the World War II memorial was closed."),
    ("id", "Namun, Pada Tahun itu hujan turun."),
    ("id", "Pemerintahan berjalan. Kebijakan berubah di Menteng."),
    ("id", "Mereka merayakan Tahun Baru Imlek di Jalan Situbondo."),
    ("id", "Harga Bahan Bakar Minyak naik pada Senin."),
])
def test_ordinary_capitals_are_no_names(lang: str, text: str) -> None:
    found = _found(text, lang)
    assert not [t for t, k in found.items() if k == "name"], found


def test_europe_is_a_region() -> None:
    text = "Dündar warned Europe."
    europe = [m for m in find_actor_mentions(text, 0, len(text), "en") if m.text == "Europe"]
    assert europe and europe[0].country == "EUR"


def test_names_keep_spans_and_order() -> None:
    text = "Rachida Dati supports Nicolas Sarkozy's candidacy, said Dündar."
    found = find_actor_mentions(text, 0, len(text), "en")
    assert [m.text for m in found] == ["Rachida Dati", "Nicolas Sarkozy", "Dündar"]
    assert all(text[m.span[0]:m.span[1]] == m.text for m in found)


@pytest.mark.parametrize(("lang", "text", "want"), [
    # The article + plural demonym (or bare adjective) is the nation acting as a state;
    # a quantified or bare plural is its people (issue 5).
    ("en", "The Austrians attacked the French.", [("AUT", "GOV"), ("FRA", "GOV")]),
    ("en", "Thousands of Austrians protested.", [("AUT", "CVL")]),
    ("en", "Austrians protested.", [("AUT", "CVL")]),
    ("en", "A man and a woman were arrested.", [(None, "CVL"), (None, "CVL")]),
    ("id", "negara-negara Barat mengecam.", [("WST", "GOV")]),
    ("id", "pengunjuk-pengunjuk rasa berkumpul.", [(None, "CVL")]),
    ("id", "Empat orang ditangkap oleh pelaku.", [(None, "CVL"), (None, "CRM")]),
    ("id", "penjaga perbatasan Ceko menahan warga Palestina.", [("CZE", "COP"), ("PSE", "CVL")]),
])
def test_descriptions_and_plurals(lang: str, text: str, want: list[tuple]) -> None:
    found = find_actor_mentions(text, 0, len(text), lang)
    assert [(m.country, m.sector) for m in found] == want


def test_reduplication_is_plural() -> None:
    text = "negara-negara Barat mengecam."
    assert find_actor_mentions(text, 0, len(text), "id")[0].plural
