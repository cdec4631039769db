"""Actor and recipient from clause structure: subjects, objects, passives, nationalities."""

from __future__ import annotations

from datetime import date

from codinghelp import prepared

import warta
from warta.coding.matcher import find_triggers
from warta.coding.roles import agent_of, is_passive, merge_modifiers, object_of, subject_of


def roles(text: str, lang: str) -> tuple[list[str], list[str], bool]:
    _, tokens, refs, lex = prepared(text, lang)
    trig = find_triggers(tokens, lex)[0]
    subj = [r.mention.text for r in subject_of(trig, None, refs, tokens, lex, 0) or []]
    obj = [r.mention.text for r in object_of(trig, len(tokens), refs, tokens, lex)]
    return subj, obj, is_passive(trig, tokens, lex)


def test_active_subject_and_object() -> None:
    assert roles("Tentara Israel menyerang kamp pengungsi Palestina.", "id")[2] is False
    subj, obj, _ = roles("Rusia dengan tegas mendukung Tiongkok.", "id")
    assert (subj, obj) == (["Rusia"], ["Tiongkok"])


def test_coordinated_subjects() -> None:
    subj, _, _ = roles("Tiongkok dan Rusia sepakat memperkuat kerja sama.", "id")
    assert subj == ["Tiongkok", "Rusia"]


def test_passives() -> None:
    _, tokens, refs, lex = prepared("Dua aktivis ditangkap oleh polisi Indonesia.", "id")
    trig = find_triggers(tokens, lex)[0]
    assert is_passive(trig, tokens, lex)
    assert [r.mention.text for r in agent_of(trig, len(tokens), refs, tokens, lex)] == [
        "polisi Indonesia"]
    assert roles("Two activists were arrested by Indonesian police.", "en")[2] is True
    assert roles("The police are investigating the case.", "en")[2] is False


def test_complement_subject_is_the_addressee() -> None:
    _, tokens, refs, lex = prepared("China demanded that the United States cancel the sale.", "en")
    trig = find_triggers(tokens, lex)[0]
    got = object_of(trig, len(tokens), refs, tokens, lex, through_complement=True)
    assert [r.mention.country for r in got] == ["USA"]


def test_nationality_word_gives_its_country() -> None:
    doc, tokens, refs, lex = prepared("The Latvian Constitutional Court cancelled restrictions.",
                                      "en")
    merged = merge_modifiers(refs, tokens, set(), lex, doc.text)
    assert (merged[0].mention.text, merged[0].mention.country) == (
        "The Latvian Constitutional Court", "LVA")


def test_unit_and_its_commander_are_one_actor() -> None:
    for text, lang, unit in [
        ("Tentara Inggris di bawah komando Jenderal John Burgoyne menyerah.", "id", "Tentara"),
        ("British forces under the command of General John Burgoyne surrendered.", "en",
         "British"),
    ]:
        doc, tokens, refs, lex = prepared(text, lang)
        merged = merge_modifiers(refs, tokens, set(), lex, doc.text)
        m = merged[0].mention
        assert m.text.startswith(unit) and m.text.endswith("John Burgoyne")
        assert (m.country, m.sector) == ("GBR", "MIL")


def test_a_unit_with_no_country_gives_its_commander_nothing() -> None:
    doc, tokens, refs, lex = prepared("Warga di bawah komando Jenderal John Burgoyne.", "id")
    merged = merge_modifiers(refs, tokens, set(), lex, doc.text)
    assert [r.mention.text for r in merged][-1] == "Jenderal John Burgoyne"


def test_forced_to_act_is_no_passive_of_the_act() -> None:
    # "dipaksa mundur": the one forced is the one who retreats
    assert roles("Pasukan Israel terpaksa mundur dari Gaza.", "id")[:1] == (["Pasukan Israel"],)
    _, tokens, _, lex = prepared("Pyrrhus dipaksa untuk meninggalkan Sisilia.", "id")
    assert not is_passive(find_triggers(tokens, lex)[0], tokens, lex)


def test_an_ethnic_group_is_of_where_it_lives_not_of_its_namesake_state() -> None:
    _, _, refs, _ = prepared("Serb forces killed three ethnic Albanians in Serbia.", "en")
    assert [r.mention.country for r in refs if r.mention.text == "Albanians"] == [None]
    events = warta.extract("Serb forces killed three ethnic Albanians in a gunbattle in southern "
                           "Serbia.", lang="en")
    assert [(e.event, [a.country for a in e.recipient]) for e in events] == [("ASSAULT", ["SRB"])]


def test_a_people_of_a_place_is_of_that_place_and_the_place_no_subject() -> None:
    for text, country in [
            ("The Albanians of southern Serbia demanded autonomy from Serbian authorities.", "SRB"),
            ("Palestinians of the Israeli-occupied West Bank protested on Monday.", "PSE"),
            ("Ethnic Albanians in south Serbia demanded a U.N. military presence.", "SRB")]:
        events = warta.extract(text, lang="en")
        assert [(a.sector, a.country) for e in events for a in e.actor] == [("CVL", country)], text


def test_a_participle_after_a_determiner_keeps_the_preposition_as_marker() -> None:
    # "from the defeated Fatah Party" is where the activists come from, not the subject
    events = warta.extract("Angry activists from the defeated Fatah Party staged rallies in the "
                           "Gaza Strip.", lang="en")
    assert [(a.text, a.country, a.sector) for e in events for a in e.actor] == [
        ("Angry activists", "PSE", "OPP")]


def test_an_unknown_name_takes_the_aside_that_describes_it() -> None:
    events = warta.extract("Salaheddine Sidhoum, Algeria's leading human rights activist, staged "
                           "a hunger strike in prison on Sunday.", lang="en")
    assert [(a.text, a.country, a.sector) for e in events for a in e.actor] == [
        ("Salaheddine Sidhoum", "DZA", "OPP")]
    # the body the name serves says its country
    events = warta.extract("Kenzo Oshima, the United Nations Emergency Relief Coordinator, "
                           "demanded that Iraq allow aid workers in.", lang="en")
    assert [a.country for e in events for a in e.actor] == ["UNO"]
    # a list between commas describes no one
    events = warta.extract("Karim Benhadj, the police and the protesters, met on Monday.",
                           lang="en")
    assert [a.sector for e in events for a in e.actor if a.text == "Karim Benhadj"] == [None]


def test_a_nationality_before_a_named_place_or_a_border_is_no_actor() -> None:
    _, _, refs, _ = prepared("Serb forces withdrew from the Bosnian town of Gorazde near the "
                             "Croatian border.", "en")
    assert [r.mention.text for r in refs] == ["Serb forces"]
    # an unnamed place stands for its country: "shell Iraqi towns" is aimed at Iraq
    _, _, refs, _ = prepared("Iran threatened to shell Iraqi towns.", "en")
    assert [r.mention.text for r in refs] == ["Iran", "Iraqi"]


def test_unnamed_people_take_the_country_of_the_body_they_come_from() -> None:
    # without it, they would be taken for locals of Cairo
    events = warta.extract("Activists from the Palestinian Fatah movement staged rallies in Cairo.",
                           lang="en")
    assert [(e.event, [a.country for a in e.actor]) for e in events] == [("PROTEST", ["PSE"])]


def test_a_participle_or_relative_clause_is_done_by_the_noun_it_follows() -> None:
    for text, lang in [
            ("Police fired tear gas at protesters demanding the president's resignation.", "en"),
            (("Polisi menembakkan gas air mata ke arah pengunjuk rasa yang menuntut presiden "
             "mundur."), "id")]:
        events = warta.extract(text, lang=lang)
        got = {e.event: ([a.sector for a in e.actor], [r.sector for r in e.recipient])
               for e in events}
        assert got["ASSAULT"] == (["COP"], ["CVL"]), text
        assert got["REQUEST"][0] == ["CVL"], text


def test_a_list_with_a_comma_before_its_and_is_one_list() -> None:
    events = warta.extract("The US, Russia, and Switzerland met yesterday.", lang="en")
    assert [sorted(a.country or "" for a in e.actor) for e in events] == [["CHE", "RUS", "USA"]]


def test_a_people_named_as_a_population_or_minority_is_of_where_it_lives() -> None:
    events = warta.extract("Serb forces were engaged in ethnic cleansing in Montenegro against "
                           "the Albanian population of the province.", lang="en")
    assert [[r.country for r in e.recipient] for e in events] == [["MNE"]]
    events = warta.extract("The Russian minority in Estonia protested against the language "
                           "law.", lang="en")
    assert [a.country for e in events for a in e.actor] == ["EST"]
    # an armed group that says it is ethnic keeps no namesake state either
    events = warta.extract("Ethnic Albanian rebels attacked a police station in Kosovo.", lang="en")
    assert [a.country for e in events for a in e.actor] == ["XKX"]


def test_the_place_of_the_previous_verb_is_no_subject_of_the_next() -> None:
    for text, lang in [
            ("Ribuan buruh berunjuk rasa di depan gedung DPR menolak Undang-Undang Cipta Kerja.",
             "id"),
            ("Thousands of workers rallied outside parliament, rejecting the new labour law.",
             "en")]:
        _, tokens, refs, lex = prepared(text, lang)
        first, second = find_triggers(tokens, lex)[:2]
        # None: the second verb shares the first one's subject
        assert subject_of(second, first, refs, tokens, lex, 0) is None, text
        # and the protest's rejection is what the protest says, not a second event
        assert [e.event for e in warta.extract(text, lang=lang)] == ["PROTEST"], text
    # a new clause after a comma has its own subject
    events = warta.extract("Demonstran berkumpul di Jakarta, polisi menangkap sepuluh orang.",
                           lang="id")
    assert [(e.event, [a.sector for a in e.actor]) for e in events][-1] == ("COERCE", ["COP"])


def test_a_mention_after_led_by_describes_the_one_before_it() -> None:
    for text, lang in [
            ("KKB pimpinan Egianus Kogoya menyerang pos TNI di Nduga.", "id"),
            ("KKB led by Egianus Kogoya attacked a military post in Nduga.", "en")]:
        events = warta.extract(text, lang=lang)
        assert [(a.text, a.sector) for e in events for a in e.actor] == [("KKB", "REB")], text


def test_a_subject_list_stops_at_the_previous_verbs_words() -> None:
    events = warta.extract("Untuk memukul mundur massa, aparat menyemprotkan gas air mata.",
                           lang="id")
    assert [[a.sector for a in e.actor] for e in events] == [["GOV"]]


def test_a_title_and_its_holder_set_off_by_commas_are_one_actor() -> None:
    for text, lang in [
            (("Menteri Pertahanan Amerika Serikat, Robert Gates, Selasa bertemu dengan Raja "
              "Jordania Abdullah II."), "id"),
            ("The US defence secretary, Robert Gates, met King Abdullah II in Amman.", "en")]:
        [e] = warta.extract(text, lang=lang)
        assert [(a.country, a.wikidata) for a in e.actor] == [
            ("USA", "Q212979"), ("JOR", "Q57464")], text
    # a list of titles is no title and its holder
    _, tokens, refs, lex = prepared("Presiden, Wakil Presiden, dan para menteri hadir.", "id")
    assert len(merge_modifiers(refs, tokens, set(), lex, "")) == len(refs)


def test_a_relative_clause_between_subject_and_verb_keeps_the_subject() -> None:
    events = warta.extract("French President Emmanuel Macron, who arrived in Jakarta on "
                           "Wednesday, met Prabowo.", lang="en", published=date(2025, 5, 30))
    assert [sorted(a.country or "" for a in e.actor) for e in events] == [["FRA", "IDN"]]
