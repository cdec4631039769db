"""Issue 5: composition of titles, demonyms, organisations and names; historical people;
weapons and modifier nouns that are no actors."""

from __future__ import annotations

from datetime import date

import pytest

from warta.actors import find_actor_mentions, resolve_actor

# (lang, sentence, [(mention text, country, sector, name or None)] for the actors expected)
CASES = [
    ("en", "Gambian President Dawda Jawara met the envoy.",
     [("Gambian President Dawda Jawara", "GMB", "GOV", "Dawda Jawara"),
      ("the envoy", None, "GOV", None)]),
    ("en", "Palestinian leader Yasser Arafat arrived.",
     [("Palestinian leader Yasser Arafat", "PSE", "GOV", "Yasser Arafat")]),
    ("en", "Taiwan's Vice Foreign Minister visited.",
     [("Taiwan's Vice Foreign Minister", "TWN", "GOV", None)]),
    ("en", "Iran's religious leader Ayatollah Ruhollah Khomeini spoke.",
     [("Iran's religious leader Ayatollah Ruhollah Khomeini", "IRN", "GOV",
       "Ruhollah Khomeini")]),
    ("en", "Quatar's emir spoke.", [("Quatar's emir", "QAT", "GOV", None)]),
    ("en", "The Latvian Constitutional Court ruled.",
     [("The Latvian Constitutional Court", "LVA", "JUD", None)]),
    ("en", "President Omar El Bashir spoke.", [("President Omar El Bashir", "SDN", "GOV", "Omar al-Bashir")]),
    ("en", "The European Community spoke.", [("The European Community", "EUR", None, None)]),
    ("en", "Since taking office Jokowi has spoken.", [("Jokowi", "IDN", None, "Joko Widodo")]),
    # "ousted" names a former office; after an actor it is the verb ("the army ousted X")
    ("en", "Ousted President Askar Akayev agreed.",
     [("Ousted President Askar Akayev", "KGZ", "ELI", "Askar Akayev")]),
    ("en", "The army ousted President Askar Akayev.",
     [("The army", None, "MIL", None), ("President Askar Akayev", "KGZ", "GOV", "Askar Akayev")]),
    # the head stands before "of": supporters of a former president are no former office holder
    ("id", "Pendukung mantan Presiden Joko Widodo berkumpul.",
     [("Pendukung mantan Presiden Joko Widodo", "IDN", "CVL", None)]),
    ("en", "Supporters of former President Askar Akayev marched.",
     [("Supporters of former President Askar Akayev", "KGZ", "CVL", None)]),
    ("en", "The commander of the army spoke.", [("The commander of the army", None, "MIL", None)]),
    # a sentence's capitalised first word before a common noun describes it
    ("en", "Angry activists marched.", [("Angry activists", None, "OPP", None)]),
    # an office held in a place, with its country named, is one actor posted there
    ("en", "The US commander in Iraq spoke.", [("The US commander in Iraq", "USA", "MIL", None)]),
    ("en", "The ambassador in Jakarta spoke.", [("The ambassador", None, "GOV", None)]),
    # only an envoy's title takes the country after "to" as its post
    # a body a person is said to own is the actor ("bin Laden's al-Qaeda"), with its country
    ("en", "Osama bin Laden's al-Qaeda threatened the US.",
     [("Osama bin Laden's al-Qaeda", None, "REB", "al-Qaeda"), ("the US", "USA", "GOV", None)]),
    ("en", "The Indonesian ambassador to the US spoke.",
     [("The Indonesian ambassador to the US", "IDN", "GOV", None)]),
    ("en", "The visit of Taiwan's president to the US ended.",
     [("Taiwan's president", "TWN", "GOV", None), ("the US", "USA", "GOV", None)]),
    ("en", "Troops clashed with Kurdish militants.",
     [("Troops", None, "MIL", None), ("Kurdish militants", None, "REB", None)]),
    ("en", "A group of Moroccan diplomats arrived.",
     [("A group of Moroccan diplomats", "MAR", "GOV", None)]),
    # an adjective hyphened to the next word describes it, not the phrase before
    ("en", "Palestinians of the Israeli-occupied West Bank marched.",
     [("Palestinians", "PSE", "CVL", None), ("West Bank", "PSE", "GOV", None)]),
    ("en", "The Palestinian Islamic Jihad movement refused.",
     [("The Palestinian Islamic Jihad", "PSE", "REB", "Palestinian Islamic Jihad")]),
    ("id", "Perdana Menteri Inggris baru Lord Grenville menolak.",
     [("Perdana Menteri Inggris baru Lord Grenville", "GBR", "GOV", "Lord Grenville")]),
    ("id", "Menteri Koordinator Politik, Hukum, dan Keamanan Tedjo Edy Purdijatno berkata.",
     [("Menteri Koordinator Politik, Hukum, dan Keamanan Tedjo Edy Purdijatno", "IDN", "GOV",
       "Tedjo Edy Purdijatno")]),
    ("id", "Sekjen Partai Demokrat Hinca Pandjaitan mengkritik.",
     [("Sekjen Partai Demokrat Hinca Pandjaitan", "IDN", "PTY", "Hinca Pandjaitan")]),
    ("id", "Kodam Jaya menangkap pelaku.",
     [("Kodam Jaya", "IDN", "MIL", None), ("pelaku", None, "CRM", None)]),
    # A capitalised head noun ("Serikat") starts the name that follows it; a known name
    # after it is that organisation.
    ("id", "Serikat Force Ouvrière menyesali keputusan itu.",
     [("Serikat Force Ouvrière", "FRA", "LAB", "Force Ouvrière")]),
    ("id", "Serikat Pekerja Nasional menolak rencana itu.",
     [("Serikat Pekerja Nasional", None, "LAB", "Serikat Pekerja Nasional")]),
    # a unit or officer of a known body, inside a longer name, is of that body
    ("id", "Komisi III DPR RI menggelar rapat.",
     [("Komisi III DPR RI", "IDN", "LEG", None)]),
    ("id", "Ia ditangkap oleh Badan Reserse Kriminal Polri.",
     [("Badan Reserse Kriminal Polri", "IDN", "COP", None)]),
    ("id", "Ketua Umum DPP Partai Nasdem hadir.",
     [("Ketua Umum DPP Partai Nasdem", "IDN", "PTY", None)]),
    # "ketua", "kepala" are weak titles: the body led decides
    ("id", "Wakil Ketua KPK ditangkap.", [("Wakil Ketua KPK", "IDN", "GOV", None)]),
    ("id", "Sementara Ketua DPP PKS Aboebakar Al Habsy membantah.",
     [("Ketua DPP PKS Aboebakar Al Habsy", "IDN", "PTY", "Aboebakar Al Habsy")]),
    # a group belonging to a person is the actor, of the person's country
    ("id", "Ribuan pendukung Prabowo berunjuk rasa.",
     [("Ribuan pendukung Prabowo", "IDN", "CVL", None)]),
    ("en", "Assad forces attacked.", [("Assad forces", "SYR", "MIL", None)]),
    ("id", "Pemerintahan Jokowi menolak.", [("Pemerintahan Jokowi", "IDN", "GOV", None)]),
    # a country's own words are no organisation head ("Serikat" of "Amerika Serikat")
    ("id", "Menteri Luar Negeri Amerika Serikat Condoleezza Rice mengecam.",
     [("Menteri Luar Negeri Amerika Serikat Condoleezza Rice", "USA", "GOV", "Condoleezza Rice")]),
]


def test_a_named_country_beats_the_one_a_national_title_implies() -> None:
    text = "Tiongkok mengecam kunjungan Ketua DPR AS ke Taiwan."
    found = {m.text: m.country for m in find_actor_mentions(text, 0, len(text), "id")}
    assert found["Ketua DPR AS"] == "USA"


def test_an_office_named_before_the_known_term_is_that_office() -> None:
    text = "Menteri Pertahanan Sjafrie Sjamsoeddin bertemu Menhan AS."
    m = find_actor_mentions(text, 0, len(text), "id", date(2024, 1, 1))[0]
    assert (m.country, m.sector) == ("IDN", "GOV")


@pytest.mark.parametrize(("text", "lang"), [
    ("Bantuan senilai 2 juta dolar AS tiba.", "id"), ("Aid worth 2 million US dollars arrived.", "en"),
])
def test_a_currency_names_no_country_actor(text: str, lang: str) -> None:
    assert all(m.country != "USA" for m in find_actor_mentions(text, 0, len(text), lang))


def test_out_of_office_the_title_names_the_standing() -> None:
    text = "Ketua umum PDIP Megawati hadir."
    m = find_actor_mentions(text, 0, len(text), "id", date(2014, 5, 1))[0]
    assert (m.name, m.country, m.sector) == ("Megawati Soekarnoputri", "IDN", "PTY")


@pytest.mark.parametrize(("lang", "text", "want"), CASES)
def test_composition(lang: str, text: str, want: list[tuple]) -> None:
    found = find_actor_mentions(text, 0, len(text), lang)
    got = [(m.text, m.country, m.sector if w[2] is not None else None, m.name if w[3] else None)
           for m, w in zip(found, want, strict=False)]
    assert len(found) == len(want) and got == want


@pytest.mark.parametrize("text", ["The army fired artillery at a warship.",
                                  "The US sent military aid and military equipment."])
def test_equipment_is_no_actor(text: str) -> None:
    found = find_actor_mentions(text, 0, len(text), "en")
    assert all(m.text in ("The army", "The US") for m in found)


def test_weapon_with_operator_is_its_military() -> None:
    text = "Israeli warplanes struck the camp."
    m = find_actor_mentions(text, 0, len(text), "en")[0]
    assert (m.text, m.country, m.sector) == ("Israeli warplanes", "ISR", "MIL")


@pytest.mark.parametrize(("phrase", "lang", "country", "wikidata"), [
    ("Napoleon", "en", "FRA", "Q517"), ("Stalin", "en", "RUS", "Q855"),
    ("De Gaulle", "en", "FRA", "Q2042"), ("Churchill", "en", "GBR", "Q8016"),
    ("Mao", "en", "CHN", "Q5816"), ("Saddam Hussein", "en", "IRQ", "Q1316"),
    ("Tito", "en", "SRB", None), ("Hitler", "en", "DEU", "Q352"),
    ("Suharto", "en", "IDN", "Q44819"), ("Sukarno", "id", "IDN", "Q76127"),
])
def test_historical_people_undated_take_their_principal_role(
        phrase: str, lang: str, country: str, wikidata: str | None) -> None:
    m = resolve_actor(phrase, lang)
    assert m is not None and m.country == country and m.sector == "GOV"
    assert m.wikidata == wikidata


def test_historical_people_dated_after_office_are_elites() -> None:
    m = resolve_actor("Churchill", "en", __import__("datetime").date(1960, 1, 1))
    assert m is not None and (m.country, m.sector) == ("GBR", "ELI")


def test_language_specific_alias() -> None:
    m = resolve_actor("Tito", "id")
    assert m is not None and m.name == "Tito Karnavian"
