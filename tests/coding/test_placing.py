"""Event dates and places: the clause's own, the story's, the publication date, the dateline."""

from __future__ import annotations

from datetime import date

import pytest

import warta
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


def _coded(text: str) -> list:
    return process(Document(id="t", text=text, lang="en")).events


def test_forceful_act_with_no_target_named_is_done_to_its_own_country() -> None:
    # PLOVER's domestic events: shelling, arrests, protests at home are done to that country
    [e] = _coded("Sudanese rebels shelled the town on Sunday, killing about 20 people.")
    assert (e.event, [a.country for a in e.actor]) == ("ASSAULT", ["SDN"])
    assert [a.country for a in e.recipient] == ["SDN"]
    [p] = _coded("Thousands of Iraqi Kurds demonstrated on Sunday.")
    assert (p.event, [a.country for a in p.recipient]) == ("PROTEST", ["IRQ"])


def test_party_acted_on_takes_the_country_of_the_place_then_of_the_actor() -> None:
    [e] = _coded("Egyptian police arrested 12 demonstrators on Monday.")
    assert (e.event, [a.country for a in e.recipient]) == ("COERCE", ["EGY"])
    [f] = _coded("Israeli tanks fired shells at targets in Jericho.")
    assert (f.event, [a.country for a in f.actor], [a.country for a in f.recipient]) == (
        "ASSAULT", ["ISR"], ["PSE"])


def test_no_target_is_implied_for_a_withdrawal_or_a_statement() -> None:
    [e] = _coded("Georgian President Eduard Shevardnadze resigned on Sunday.")
    assert (e.event, e.recipient) == ("RETREAT", [])


def test_anyone_acting_in_a_place_is_local_but_who_meets_there_has_travelled() -> None:
    [e] = _coded("Prisoners rioted at a jail in Dili on Monday.")
    assert (e.event, [a.country for a in e.actor], [a.country for a in e.recipient]) == (
        "PROTEST", ["TLS"], ["TLS"])
    [m] = _coded("The delegation held talks in Bucharest on Monday.")
    assert (m.event, [a.country for a in m.actor]) == ("CONSULT", [None])


def test_a_reported_act_happens_where_the_report_says_not_where_its_speaker_is() -> None:
    [e] = _coded("Rebels shelled the city of Kassala on Sunday, relief officials in Nairobi said.")
    assert e.location is not None and e.location.name == "Kassala"
    assert (e.event, [a.country for a in e.actor], [a.country for a in e.recipient]) == (
        "ASSAULT", ["SDN"], ["SDN"])


def test_violence_no_one_is_named_for_is_of_its_place_or_not_coded() -> None:
    [e] = _coded("A roadside bombing in Baghdad on Sunday killed one U.S. soldier.")
    assert (e.event, [a.country for a in e.actor], [a.country for a in e.recipient]) == (
        "ASSAULT", ["IRQ"], ["USA"])
    assert _coded("A roadside bombing on Sunday killed one U.S. soldier.") == []


def test_unattributed_violence_is_by_unidentified_armed_forces_of_its_place() -> None:
    text = "A minefield explosion near the town of Samarra killed two Iraqi youths on Sunday."
    got = [e for e in warta.extract(text, lang="en") if e.event == "ASSAULT"]
    assert [(a.country, a.sector) for a in got[0].actor] == [("IRQ", "UAF")]


@pytest.mark.parametrize("text,lang,recipient", [
    ("An Australian citizen was arrested in Bali for carrying drugs.", "en", ("AUS", "CVL")),
    ("Seorang warga negara Australia ditangkap di Bali karena membawa narkoba.", "id",
     ("AUS", "CVL")),
    ("Dua WNI ditahan di Malaysia.", "id", ("IDN", "CVL"))])
def test_an_arrest_no_one_is_named_for_is_by_the_police_of_its_place(
        text: str, lang: str, recipient: tuple[str, str]) -> None:
    [e] = warta.extract(text, lang=lang)
    where = e.location.country if e.location else None
    assert (e.event, e.mode) == ("COERCE", "arrest")
    assert [(a.country, a.sector) for a in e.actor] == [(where, "COP")]
    assert [(r.country, r.sector) for r in e.recipient] == [recipient]
    # in no known place it is nobody's to code
    assert warta.extract("Two men were arrested on Sunday.", lang="en") == []


def test_a_place_someone_comes_from_yields_to_where_the_act_is_done() -> None:
    [e] = warta.extract("A Christian missionary from Calgary was arrested in Lebanon for "
                        "collaborating with Israel.", lang="en")
    assert e.location is not None and e.location.country == "LBN"
    [e] = warta.extract("Turis asal Jepang ditangkap di Bali.", lang="id")
    assert e.location is not None and e.location.country == "IDN"
    assert [(r.country, r.sector) for r in e.recipient] == [("JPN", "CVL")]


@pytest.mark.parametrize("text,lang,sides", [
    ("Indonesian Foreign Minister Sugiono met his Chinese counterpart Wang Yi in Beijing.", "en",
     [("IDN", "GOV"), ("CHN", "GOV")]),
    ("Menteri Luar Negeri Sugiono bertemu mitranya dari Tiongkok, Wang Yi, di Beijing.", "id",
     [("IDN", "GOV"), ("CHN", "GOV")])])
def test_a_counterpart_is_of_the_country_said_with_it(text: str, lang: str,
                                                      sides: list[tuple[str, str]]) -> None:
    [e] = warta.extract(text, lang=lang)
    assert [(a.country, a.sector) for a in e.actor] == sides


def test_foreigners_take_no_country_from_the_place() -> None:
    for text, lang in [("Dua jurnalis asing ditahan oleh aparat keamanan Myanmar di Yangon.", "id"),
                       (("Two foreign journalists were detained by Myanmar security forces "
                         "in Yangon."), "en")]:
        [e] = warta.extract(text, lang=lang)
        assert [(r.country, r.sector) for r in e.recipient] == [(None, "JRN")], text


def test_both_sides_are_of_no_one_country() -> None:
    for text, lang in [("Egypt urged both sides to resume talks.", "en"),
                       (("Kementerian Luar Negeri Mesir menyerukan kedua pihak memulai "
                         "kembali perundingan."), "id")]:
        [e] = warta.extract(text, lang=lang)
        assert [r.country for r in e.recipient] == [None], text


def test_allies_are_of_no_country_the_actor_lends() -> None:
    [e] = warta.extract("Ukraine urged its Western allies to send more weapons.", lang="en")
    assert [r.country for r in e.recipient] == [None]


def test_a_counterpart_with_no_country_said_takes_none_from_the_actor() -> None:
    for text, lang in [("Bangladesh urged the counterpart to sign the agreement.", "en"),
                       ("Bangladesh mendesak mitranya menandatangani perjanjian itu.", "id")]:
        got = warta.extract(text, lang=lang)
        assert [(e.event, [r.country for r in e.recipient]) for e in got] == [
            ("REQUEST", [None])], text


def test_an_implied_recipient_is_named_by_its_country_not_the_actors_words() -> None:
    got = warta.extract("Penyidik KPK melakukan penggeledahan.", lang="id")
    assert [(r.text, r.country) for r in got[0].recipient] == [("Indonesia", "IDN")]
    assert got[0].recipient[0].text != got[0].actor[0].text


def test_a_bare_fight_against_someone_is_no_attack_by_its_place() -> None:
    text = ("Bandar udara ini adalah peninggalan sejarah dari zaman perjuangan melawan Belanda "
            "dan Jepang di Pekanbaru.")
    assert warta.extract(text, lang="id") == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Kemenangan Prancis memaksa Austria untuk menyerahkan Italia untuk kedua kalinya.", "id"),
    ("The French victory forced the Austrians to give Italy up for the second time.", "en"),
])
def test_the_land_given_up_is_where_the_retreat_happens(text: str, lang: str) -> None:
    got = [e for e in warta.extract(text, lang=lang) if e.event == "RETREAT"]
    assert got[0].location is not None and got[0].location.country == "ITA"
    assert got[0].recipient == []


def test_an_act_at_sea_implies_no_domestic_recipient() -> None:
    text = "Kapal Tiongkok menembakkan meriam air ke kapal Filipina di Laut China Selatan."
    got = [e for e in warta.extract(text, lang="id") if e.event == "ASSAULT"]
    assert all(r.country != "CHN" for r in got[0].recipient)
    # the ship stands for its owner, and a water cannon is repression, not firearms
    assert [r.country for r in got[0].recipient] == ["PHL"] and got[0].cameo == "175"


@pytest.mark.parametrize(("text", "lang"), [
    ("Bentrokan antara aparat dan demonstran pecah di depan gedung DPR.", "id"),
    ("Clashes between police and protesters broke out outside parliament.", "en"),
])
def test_two_sides_clashing_imply_no_third_party(text: str, lang: str) -> None:
    got = [e for e in warta.extract(text, lang=lang) if e.event == "ASSAULT"]
    assert len(got[0].actor) == 2 and got[0].recipient == []


def test_cutting_ties_with_no_one_named_is_no_domestic_act() -> None:
    got = warta.extract("Jika Israel menyerang Rafah, Mesir akan memutuskan hubungan.", lang="id")
    cut = [e for e in got if e.event == "SANCTION"]
    assert cut and cut[0].recipient == []


@pytest.mark.parametrize(("text", "lang", "sector"), [
    ("In 1812, Napoleon invaded Russia.", "en", "GOV"),  # in office on the event's date
    ("Napoleon invaded Russia.", "en", "ELI"),  # no date: the publication's, long after
    ("Pada tahun 1812, Napoleon menginvasi Rusia.", "id", "GOV"),
])
def test_a_person_is_in_the_role_held_on_the_events_date(
        text: str, lang: str, sector: str) -> None:
    got = warta.extract(text, lang=lang, published="2024-01-03")
    assert [(a.name, a.sector) for a in got[0].actor] == [("Napoleon Bonaparte", sector)]


@pytest.mark.parametrize(("text", "lang"), [
    (("Presiden Prabowo bertemu Perdana Menteri Anwar Ibrahim di Jakarta, dan kedua pemimpin "
     "sepakat menyelesaikan sengketa perbatasan."), "id"),
    (("President Prabowo Subianto met Prime Minister Anwar Ibrahim in Jakarta, and the two "
     "leaders agreed to resolve the border dispute."), "en"),
])
def test_two_leaders_named_in_the_sentence_agree_with_each_other(text: str, lang: str) -> None:
    agree = [e for e in warta.extract(text, lang=lang) if e.event == "AGREE"]
    assert sorted(a.country for a in agree[0].actor) == ["IDN", "MYS"]
    assert agree[0].recipient == []  # not with Indonesia, where they met


def test_a_compass_word_may_stand_between_the_preposition_and_the_place() -> None:
    events = warta.extract("Vietnamese-led forces have retaken a strategic village in western "
                           "Cambodia after fierce fighting with guerrillas.", lang="en")
    assert [(e.location.country if e.location else None, [r.country for r in e.recipient])
            for e in events] == [("KHM", ["KHM"])]
    # "the" does not: "from the Vatican law" names a law
    events = warta.extract("In August 1969, Pope Paul VI removed the death penalty from the "
                           "Vatican law.", lang="en")
    assert all(e.recipient == [] for e in events)


def test_an_attack_at_sea_is_on_no_one_the_text_does_not_name() -> None:
    """A sea is a place of no country: no domestic recipient is implied there."""
    for text, lang in [("Houthi rebels fired missiles at a merchant ship in the Red Sea.", "en"),
                       (("Kelompok pemberontak Houthi menembakkan rudal ke kapal dagang di Laut "
                        "Merah."), "id")]:
        events = warta.extract(text, lang=lang)
        assert [(e.event, e.recipient, e.location.name if e.location else None)
                for e in events] == [("ASSAULT", [], "Red Sea")], text


def test_who_attacks_a_place_itself_came_from_elsewhere() -> None:
    [e] = warta.extract("The militants fired rockets into northern Israel.", lang="en")
    assert [a.country for a in e.actor] == [None]
    assert [r.country for r in e.recipient] == ["ISR"]


def test_a_foreign_company_lends_no_country_to_those_who_oppose_it() -> None:
    for text, lang in [(("Villagers blocked a road to protest against a nickel mine operated by a "
                        "Chinese company."), "en"),
                       ("Warga menolak pembangunan pabrik semen milik investor Jepang.", "id")]:
        got = warta.extract(text, lang=lang)
        assert got and all(a.country is None for e in got for a in e.actor), text
