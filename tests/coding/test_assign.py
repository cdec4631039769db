"""Roles decided for whole sentences: asides, received acts, contents, places, speakers."""

from __future__ import annotations

import pytest

import warta


def roles(text: str, lang: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.event, [a.country for a in e.actor], [a.country for a in e.recipient])
            for e in warta.extract(text, lang=lang) if e.modality == "asserted" and not e.negated]


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a subject across an aside and past a bracketed acronym
    (("Pakistan, a key U.S. ally in the war against terrorism, has refused to deploy troops in "
     "Iraq."), "en", ("REJECT", ["PAK"])),
    # received acts: the one it comes from is the actor
    ("Pemerintah Indonesia menerima bantuan dari Jepang.", "id", ("AID", ["JPN"], ["IDN"])),
    ("Ukraine received military aid from the United States.", "en", ("AID", ["USA"], ["UKR"])),
    # the content's object is the recipient of the threat
    ("The United States threatened to impose new sanctions on Iran.", "en",
     ("THREATEN", ["USA"], ["IRN"])),
    # no object right after it: a threat or protest aims at the country named further on,
    # a refusal or accusation at whoever authored what it is about
    ("Iran threatened to shell Iraqi towns today.", "en", ("THREATEN", ["IRN"], ["IRQ"])),
    ("Palestinian youths threw stones during demonstrations against the Israeli military.", "en",
     ("PROTEST", ["PSE"], ["ISR"])),
    ("Berlin rejected recent calls by Belarus's rulers for immediate economic aid.", "en",
     ("REJECT", ["DEU"], ["BLR"])),
    ("Albania on Friday denounced as an ugly crime Serbia's suppression of the unrest.", "en",
     ("ACCUSE", ["ALB"], ["SRB"])),
    ("Britain rejected the plan for establishing an independent Albania.", "en",
     ("REJECT", ["GBR"], [])),
    # an unqualified actor dealing with a country's own people or institutions is of it; a
    # country named as such, or the UN, says nothing of who acts
    ("President Levy Mwanawasa has reneged on his commitment to the Zambian people.", "en",
     ("REJECT", ["ZMB"], ["ZMB"])),
    ("Judge Alejandro Rivera opened fraud investigations against 28 Chilean government officials.",
     "en", ("ACCUSE", ["CHL"], ["CHL"])),
    # (names the knowledge does not hold: a country acted on lends them nothing)
    ("President Zorvath has threatened further action against Russia.", "en",
     ("THREATEN", [None], ["RUS"])),
    ("Archbishop Kelvane Umbro on Sunday called for sanctions against Nigeria.", "en",
     ("REQUEST", [None], ["NGA"])),
    # ... else of the only country its sentence names
    ("The teachers union called off its strike after talks with the Nigerian government.", "en",
     ("CONCEDE", ["NGA"])),
    ("The rebels announced they will return weapons seized from United Nations peacekeepers.",
     "en", ("AGREE", [None], ["UNO"])),
    # a bare sector word inside the trigger's words describes its noun: no one acted on
    ("Serbia lodged an official protest with Albania today.", "en", ("ACCUSE", ["SRB"], ["ALB"])),
    # two unnamed actors of one country are two actors, not one
    ("The Sudanese government has accused Darfur rebels of violating the ceasefire.", "en",
     ("ACCUSE", ["SDN"], ["SDN"])),
    # a time word between the demand and its complement
    ("Palestinian officials demanded Friday that the United States match the EU's support.",
     "en", ("REQUEST", ["PSE"], ["USA"])),
    # historical names and frequent wire misspellings of countries are the country
    ("Vietnamese-led forces launched rocket fire against Kampuchean guerrilla camps.", "en",
     ("ASSAULT", ["VNM"], ["KHM"])),
    ("Pakistan's president today rejected a fresh offer from Afganistan for direct talks.", "en",
     ("REJECT", ["PAK"], ["AFG"])),
    # armed groups and parties known by name carry their country
    ("Afghanistan has been sharing expertise with the Liberation Tigers of Tamil Eelam.", "en",
     ("COOPERATE", ["AFG"], ["LKA"])),
    ("The rebel Kurdistan Workers' Party demanded that the Turkish government provide information.",
     "en", ("REQUEST", ["TUR"], ["TUR"])),
    # what is done in a place is done to it
    ("President Omar El Bashir on Thursday shortened the nightly curfew imposed in Sudan.", "en",
     ("CONCEDE", ["SDN"], ["SDN"])),
    ("Sri Lanka has opened an embassy in Tehran, the foreign ministry said on Wednesday.", "en",
     ("SUPPORT", ["LKA"], ["IRN"])),
    ("Some 800,000 Iraqi Kurds sought refuge in Germany last month.", "en",
     ("REQUEST", ["IRQ"], ["DEU"])),
    ("Serbia lifted a night curfew in Montenegro.", "en", ("CONCEDE", ["SRB"], ["MNE"])),
    # a reporting verb that is an event itself
    ('"The plan is a disgrace," Obama mocked.', "en", ("ACCUSE", ["USA"])),
    # a describing word between the preposition and its actor
    ("Britain has promised to continue military aid to war-torn Mozambique.", "en",
     ("AGREE", ["GBR"], ["MOZ"])),
    # being vocal in complaints is disapproval
    ("China's middle class has been vocal in its complaints about toxic air.", "en",
     ("ACCUSE", ["CHN"])),
    # a nationality before an uncomposed actor
    ("The Latvian Constitutional Court cancelled restrictions on Russian-language broadcasts.",
     "en", ("CONCEDE", ["LVA"])),
])
def test_roles(text: str, lang: str, want: tuple) -> None:
    got = roles(text, lang)
    assert got, text
    event, actor = want[0], want[1]
    first = next(g for g in got if g[0] == event)
    assert first[1] == actor
    if len(want) > 2:
        assert first[2] == want[2]


def test_future_in_the_narrative_is_not_asserted() -> None:
    events = warta.extract("Trudeau will extend that invitation to the US president.", lang="en")
    assert all(e.modality != "asserted" for e in events)


def test_speaker_of_a_passive_is_not_its_actor() -> None:
    text = "Sutiyoso mengatakan dirinya hanya diminta tim Jokowi untuk memberi masukan."
    for e in warta.extract(text, lang="id"):
        assert not (e.event == "REQUEST" and e.actor and e.actor[0].text == "Sutiyoso")


@pytest.mark.parametrize(("text", "lang"), [
    ("Warga terpaksa meninggalkan rumah mereka karena banjir.", "id"),
    ("Residents were forced to leave their homes.", "en"),
])
def test_civilians_forced_from_home_are_no_retreat(text: str, lang: str) -> None:
    assert [e for e in warta.extract(text, lang=lang) if e.event == "RETREAT"] == []


@pytest.mark.parametrize(("text", "lang", "actor"), [
    ("Pasukan Israel terpaksa mundur dari Gaza.", "id", "Pasukan Israel"),
    ("Namun, Pyrrhus dipaksa untuk meninggalkan Sisilia.", "id", "Pyrrhus"),
    ("The army was forced to leave the city.", "en", "The army"),
])
def test_forced_retreat_is_done_by_the_one_forced(text: str, lang: str, actor: str) -> None:
    got = [e for e in warta.extract(text, lang=lang) if e.event == "RETREAT"]
    assert [a.text for a in got[0].actor] == [actor]


@pytest.mark.parametrize(("text", "lang"), [
    ("Akayev agreed to resign without returning to Kyrgyzstan, the Parliament speaker said.",
     "en"),
    ("Thousands of Iraqi Kurds demonstrated in Kirkuk calling for independence, witnesses said.",
     "en"),
])
def test_the_speaker_after_the_content_is_no_recipient(text: str, lang: str) -> None:
    for e in warta.extract(text, lang=lang):
        assert all("speaker" not in a.text and "witnesses" not in a.text for a in e.recipient)



@pytest.mark.parametrize(("text", "lang", "recipient"), [
    # a country given up is land, not the one the retreat is aimed at
    ("The French victory forced the Austrians to give Italy up for the second time.", "en", []),
    ("Kemenangan Prancis memaksa Austria untuk menyerahkan Italia untuk kedua kalinya.", "id", []),
    # ... and who receives it is the recipient
    ("Austria gave Italy up to France.", "en", ["FRA"]),
    ("Austria menyerahkan Italia kepada Prancis.", "id", ["FRA"]),
])
def test_land_given_up_is_no_recipient(text: str, lang: str, recipient: list[str]) -> None:
    got = [e for e in warta.extract(text, lang=lang) if e.event == "RETREAT"]
    assert [a.country for a in got[0].actor] == ["AUT"]
    assert [a.country for a in got[0].recipient] == recipient


def test_handing_over_a_thing_is_no_retreat() -> None:
    text = "Menteri itu menyerahkan surat kepada Presiden Jokowi."
    assert [e for e in warta.extract(text, lang="id") if e.event == "RETREAT"] == []


def test_a_purpose_clause_holds_no_recipient() -> None:
    text = "However, Pyrrhus was forced to leave Sicily in order to attend to business in Italy."
    got = [e for e in warta.extract(text, lang="en") if e.event == "RETREAT"]
    assert got and got[0].recipient == []


@pytest.mark.parametrize(("text", "lang"), [
    ("The probe began in June, focusing on Mr Winterkorn.", "en"),
    ("Penyelidikan dimulai di bulan Juni, fokus pada Tn. Winterkorn.", "id"),
])
def test_an_inquiry_opened_by_no_one_named_is_still_an_event(text: str, lang: str) -> None:
    got = warta.extract(text, lang=lang)
    assert [(e.event, e.mode, e.actor) for e in got] == [("ACCUSE", "investigate", [])]


@pytest.mark.parametrize(("text", "lang"), [
    ("The Hong Kong government has argued that the pair should not take office.", "en"),
    ("Pemerintah Hong Kong berpendapat bahwa pasangan tersebut seharusnya tidak menjabat.", "id"),
])
def test_a_said_obligation_not_to_act_is_an_asserted_demand(text: str, lang: str) -> None:
    got = [e for e in warta.extract(text, lang=lang) if e.event == "REQUEST"]
    assert got and not got[0].negated and got[0].modality == "asserted"
    assert [a.country for a in got[0].actor] == ["HKG"]


@pytest.mark.parametrize(("text", "recipient"), [
    ("Seseorang meledakkan bom api di markas Partai Republik bulan lalu.", ["USA"]),
    ("Teroris meledakkan bom di Kedutaan Besar Australia di Jakarta.", ["AUS"]),
])
def test_an_attack_at_someones_premises_is_an_attack_on_them(
        text: str, recipient: list[str]) -> None:
    got = [e for e in warta.extract(text, lang="id") if e.event == "ASSAULT"]
    assert [a.country for a in got[0].recipient] == recipient


def test_a_place_near_a_building_is_still_no_recipient() -> None:
    got = [e for e in warta.extract("Israel menyerang Gaza di dekat rumah sakit.", lang="id")
           if e.event == "ASSAULT"]
    assert got and all(a.sector != "GOV" for a in got[0].recipient)


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Saat itu ia dikirim sebagai utusan ke Dinasti Liao.", [None], []),
    ("Menlu Retno diutus ke Myanmar oleh Presiden Jokowi.", ["IDN"], ["MMR"]),
])
def test_the_one_sent_as_envoy_is_the_visitor(text: str, actor: list, recipient: list) -> None:
    got = [e for e in warta.extract(text, lang="id") if e.event == "CONSULT"]
    assert got and got[0].mode == "visit"
    assert [a.country for a in got[0].actor] == actor
    assert [a.sector for a in got[0].actor] == ["GOV"]  # an envoy is a government's
    assert [a.country for a in got[0].recipient] == recipient


@pytest.mark.parametrize(("text", "want"), [
    # returning something to no one is no retreat ("recovering state assets")
    ("Pemerintah berhasil mengembalikan aset-aset negara yang sempat dikorupsi.", []),
    ("Israel mengembalikan jenazah tentara kepada Hamas.", [("RETREAT", ["ISR"], ["PSE"])]),
    # prisoners of war are people: returning them is a retreat
    ("Rusia mengembalikan tawanan perang Ukraina.", [("RETREAT", ["RUS"], ["UKR"])]),
])
def test_returning_needs_someone(text: str, want: list) -> None:
    assert roles(text, "id") == want


@pytest.mark.parametrize(("text", "lang"), [
    ("Hewan mirip babi yang ditangkap warga Sangatta diduga tikus raksasa.", "id"),
    ("Warga menangkap pencuri motor.", "id"),
    ("Residents caught a thief.", "en"),
])
def test_civilians_catching_someone_is_no_arrest(text: str, lang: str) -> None:
    assert [e.event for e in warta.extract(text, lang=lang)] == []


@pytest.mark.parametrize(("text", "lang"), [
    (("Jurubicara MDC sebelumnya mengatakan polisi telah menggunakan gas air mata serta "
      "memukuli pendukung partai."), "id"),
    (("An MDC spokesman said police had used water cannon and tear gas and beaten party "
      "supporters."), "en"),
])
def test_coordinated_verbs_of_a_reported_clause_share_its_subject(text: str, lang: str) -> None:
    got = [e for e in warta.extract(text, lang=lang) if e.event == "ASSAULT"]
    assert [a.sector for a in got[0].actor] == ["COP"]


def test_a_countrys_people_and_its_government_are_two_actors() -> None:
    text = ("Young Algerians blocked roads leading to the city centre on Sunday to press their "
            "demands for greater freedom and opportunities from President Bouteflika's "
            "government.")
    got = [e for e in warta.extract(text, lang="en") if e.event == "PROTEST"]
    assert [(a.country, a.sector) for a in got[0].recipient] == [("DZA", "GOV")]


def test_a_name_after_and_starts_another_clause() -> None:
    text = ("Rusia dan Jepang telah melarang impor unggas dan Financial Times melaporkan bahwa "
            "Afrika Selatan juga mengikuti jejak itu.")
    assert roles(text, "id") == [("COERCE", ["RUS", "JPN"], [])]


def test_a_product_demo_is_no_protest() -> None:
    text = "Jutaan pengguna internet Amerika Serikat dikejutkan dengan video demo sebuah robot."
    assert warta.extract(text, lang="id") == []


def test_a_noun_in_a_phrase_of_the_clause_takes_no_object_for_subject() -> None:
    text = "Irish nationalist guerrillas wounded two British soldiers in a bomb attack."
    got = warta.extract(text, lang="en")
    assert all(a.country != "GBR" for e in got for a in e.actor)


def test_an_amount_between_aid_and_its_recipient() -> None:
    text = ("Pemerintah Jepang memberikan bantuan kemanusiaan senilai 2 juta dolar AS kepada "
            "korban gempa di Sulawesi.")
    got = [e for e in warta.extract(text, lang="id") if e.event == "AID"]
    assert [a.country for a in got[0].actor] == ["JPN"]
    assert all(a.country != "USA" for a in got[0].recipient)  # dollars are no actor


def test_a_demanded_clause_with_its_own_subject_lends_no_recipient() -> None:
    text = ("Poland's parliament has demanded an immediate admission by Moscow that Soviet NKVD "
            "security forces murdered more than 15,000 captive Polish officers.")
    got = [e for e in warta.extract(text, lang="en") if e.event == "REQUEST"]
    assert [a.country for a in got[0].recipient] == ["RUS"]


@pytest.mark.parametrize(("text", "lang", "want"), [
    # SCHEMA: the visitor is the actor and the host the recipient (rule field `host`)
    ("President Prabowo Subianto received Malaysian Prime Minister Anwar Ibrahim at the palace.",
     "en", [("CONSULT", ["MYS"], ["IDN"])]),
    ("Presiden Prabowo Subianto menerima Perdana Menteri Malaysia Anwar Ibrahim di Istana.",
     "id", [("CONSULT", ["MYS"], ["IDN"])]),
    ("Presiden Prabowo menerima kunjungan Perdana Menteri Jepang Shigeru Ishiba.",
     "id", [("CONSULT", ["JPN"], ["IDN"])]),
    # receiving a thing from someone is no visit
    ("The minister received an award from the President.", "en", []),
    ("Bupati itu menerima suap dari pengusaha.", "id", []),
])
def test_receiving_someone_is_hosting_a_visit(text: str, lang: str, want: list) -> None:
    assert [r for r in roles(text, lang) if r[0] == "CONSULT"] == want


@pytest.mark.parametrize(("text", "lang"), [
    ("Police fired tear gas to disperse the crowd.", "en"),
    ("Polisi menembakkan gas air mata untuk membubarkan massa.", "id"),
])
def test_tear_gas_on_a_crowd_is_repression(text: str, lang: str) -> None:
    assert [e.cameo for e in warta.extract(text, lang=lang) if e.event == "ASSAULT"] == ["175"]


def test_summoning_an_ambassador_is_a_protest_at_their_country() -> None:
    assert roles("Kementerian Luar Negeri memanggil Duta Besar Australia.", "id") == [
        ("ACCUSE", ["IDN"], ["AUS"])]


@pytest.mark.parametrize(("text", "lang"), [
    ("Obama wants to attack Switzerland.", "en"), ("Israel ingin menyerang Iran.", "id"),
])
def test_force_wanted_is_a_threat_not_an_attack(text: str, lang: str) -> None:
    assert [e.event for e in warta.extract(text, lang=lang)] == ["THREATEN"]


@pytest.mark.parametrize("text", [
    "The United States fired anti-aircraft batteries at Russia this week.",
    "Syrian rebels engaged Filipino peacekeepers in a firefight in Golan Heights.",
])
def test_firing_at_someone_is_an_assault(text: str) -> None:
    assert [e.event for e in warta.extract(text, lang="en")] == ["ASSAULT"]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Obama faces pressure from Congress to help Iran.", "en", ("REQUEST", ["USA"], ["USA"])),
    ("Jokowi mendapat tekanan dari DPR untuk membatalkan kebijakan itu.", "id",
     ("REQUEST", ["IDN"], ["IDN"])),
])
def test_pressure_from_someone_is_their_demand(text: str, lang: str, want: tuple) -> None:
    got = [e for e in warta.extract(text, lang=lang) if e.event == "REQUEST"]
    assert got and got[0].actor[0].sector == "LEG"
    assert roles(text, lang) == [want]


@pytest.mark.parametrize(("text", "lang"), [
    ("Rusia dan Ukraina bertukar tahanan perang.", "id"),
    ("Russia and Ukraine exchanged prisoners of war.", "en"),
    ("Russia and Ukraine carried out a prisoner swap.", "en"),
])
def test_a_prisoner_exchange_is_a_release_by_both(text: str, lang: str) -> None:
    assert roles(text, lang) == [("RETREAT", ["RUS", "UKR"], [])]


def test_sending_peacekeepers_is_aid() -> None:
    text = "Indonesia mengirim 1.000 pasukan penjaga perdamaian ke Lebanon."
    assert roles(text, "id") == [("AID", ["IDN"], ["LBN"])]


def test_words_hanging_off_the_subject_are_not_distance_from_the_verb() -> None:
    text = ("Doctors from two American aid groups donated and personally delivered 50,000 "
            "dollars worth of goods to Baghdad University Medical School.")
    assert roles(text, "en") == [("AID", ["USA"], ["IRQ"])]


@pytest.mark.parametrize(("text", "lang"), [
    ("Uni Eropa menjatuhkan sanksi ekonomi terhadap Iran.", "id"),
    ("The European Union imposed economic sanctions on Iran.", "en"),
])
def test_sanctions_are_sanction_in_both_languages(text: str, lang: str) -> None:
    assert roles(text, lang) == [("SANCTION", ["EUR"], ["IRN"])]


def test_a_reported_clause_and_a_team_before_the_agent() -> None:
    """ "Menurut Kapolri, ...": the clause's subject list starts after the comma; "oleh tim
    Densus 88": the team is the force's, and "oleh" still marks its agent."""
    text = "Menurut Kapolri, pelaku penembakan telah ditangkap oleh tim Densus 88 di Poso."
    got = [e for e in warta.extract(text, lang="id") if e.event == "COERCE"]
    assert [a.text for a in got[0].actor] == ["Densus 88"]
    assert [r.text for r in got[0].recipient] == ["pelaku"]


@pytest.mark.parametrize(("text", "lang"), [
    (("Defence Minister Sjafrie Sjamsoeddin said the military was ready to help evacuate "
     "civilians from Gaza."), "en"),
    (("Menteri Pertahanan Sjafrie Sjamsoeddin menyatakan militer siap membantu evakuasi warga "
     "di Gaza."), "id"),
])
def test_an_officials_unnamed_institution_is_of_the_officials_country(
        text: str, lang: str) -> None:
    got = warta.extract(text, lang=lang)
    assert [(a.country, a.sector) for a in got[0].actor] == [("IDN", "MIL")]


def test_an_adjective_between_by_and_the_agent() -> None:
    text = "The gunman was arrested by counter-terrorism police in Poso."
    got = [e for e in warta.extract(text, lang="en") if e.event == "COERCE"]
    assert [a.sector for a in got[0].actor] == ["COP"]
    assert [r.sector for r in got[0].recipient] == ["UAF"]


@pytest.mark.parametrize(("text", "lang", "event"), [
    ("North Korea fired a ballistic missile into the Sea of Japan.", "en", "MOBILIZE"),
    ("North Korea test-fired a missile on Sunday.", "en", "MOBILIZE"),
    ("Korea Utara meluncurkan rudal balistik ke Laut Jepang.", "id", "MOBILIZE"),
    ("Russia launched missiles at Kyiv on Monday.", "en", "ASSAULT"),
    ("Israeli jets fired rockets at a house in Gaza.", "en", "ASSAULT"),  # a building
    ("Pesawat tempur Israel menembakkan roket ke gedung tersebut.", "id", "ASSAULT"),
    ("Hamas menembakkan roket ke Israel.", "id", "ASSAULT"),
    # artillery too
    ("Pyongyang fired artillery shells near the border.", "en", "MOBILIZE"),
    ("Korea Utara menembakkan peluru artileri di dekat perbatasan.", "id", "MOBILIZE"),
    ("Russian forces fired artillery at Kharkiv.", "en", "ASSAULT"),
    ("Pasukan Rusia menembakkan artileri ke Kharkiv.", "id", "ASSAULT"),
])
def test_a_missile_launched_at_no_one_is_a_show_of_force(text: str, lang: str, event: str) -> None:
    got = warta.extract(text, lang=lang)
    assert [e.event for e in got] == [event]
    if event == "MOBILIZE":
        assert got[0].cameo == "150" and got[0].recipient == []


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Russian forces captured Bakhmut.", "en", [("COERCE", ["RUS"], ["UKR"])]),
    ("Pasukan Rusia merebut Bakhmut.", "id", [("COERCE", ["RUS"], ["UKR"])]),
    ("Russia annexed Crimea in 2014.", "en", [("COERCE", ["RUS"], ["UKR"])]),
    # a person captured is no territory taken; a language mastered is no country
    ("Rebels captured two soldiers.", "en", []),
    ("Ia menguasai bahasa Inggris.", "id", []),
])
def test_territory_taken_is_occupation(text: str, lang: str, want: list) -> None:
    assert roles(text, lang) == want
    for e in warta.extract(text, lang=lang):
        assert e.cameo == "192"


def test_rocket_launch_sites_are_no_launch() -> None:
    text = ("Militer Israel mengatakan pihaknya telah membom 20 target di Gaza, termasuk "
            "tempat-tempat peluncuran roket.")
    assert [e.event for e in warta.extract(text, lang="id")] == ["ASSAULT"]


def test_a_bare_passive_agent_may_fill_the_pattern_gap() -> None:
    events = warta.extract("Perdana Menteri Malaysia Anwar Ibrahim diterima Presiden Prabowo di "
                           "Istana Bogor.", lang="id")
    assert [sorted(a.country or "" for a in e.actor) for e in events] == [["IDN", "MYS"]]


def test_a_known_person_in_the_sentence_lends_no_country_to_an_unqualified_actor() -> None:
    events = warta.extract("Prime Minister Lord Grenville rejected the offer, as did President "
                           "Vladimir Putin.", lang="en")
    assert [(e.actor[0].text, e.actor[0].country) for e in events] == [
        ("Prime Minister Lord Grenville", None), ("President Vladimir Putin", "RUS")]


def test_criticising_an_act_named_as_a_noun_is_aimed_at_its_doer() -> None:
    for text, lang in [
            ("China strongly protested the visit of Taiwan's president to the United States.", "en"),
            ("Pemerintah Tiongkok memprotes keras kunjungan Presiden Taiwan ke Amerika Serikat.",
             "id")]:
        got = [e for e in warta.extract(text, lang=lang) if e.actor[0].country == "CHN"]
        assert [[r.country for r in e.recipient] for e in got] == [["TWN"]], text


def test_condemning_an_attack_is_aimed_at_who_attacked_not_at_the_victims() -> None:
    for text, lang in [
            ("The minister condemned the attack by gunmen on civilians in Papua.", "en"),
            ("Menteri itu mengecam serangan kelompok bersenjata terhadap warga sipil di Papua.",
             "id")]:
        got = [e for e in warta.extract(text, lang=lang) if e.event == "ACCUSE"]
        assert [[r.sector for r in e.recipient] for e in got] in ([["UAF"]], [["REB"]]), text


def test_protesters_at_a_foreign_embassy_are_not_of_its_country() -> None:
    for text, lang in [
            ("Hundreds of students protested outside the US embassy in Jakarta.", "en"),
            ("Ratusan mahasiswa berunjuk rasa di depan Kedutaan Besar Australia di Jakarta.", "id")]:
        [e] = warta.extract(text, lang=lang)
        assert [(a.country, a.sector) for a in e.actor] == [("IDN", "EDU")], text


@pytest.mark.parametrize("text,lang,want", [
    ("Polisi membubarkan massa dengan gas air mata.", "id", ("ASSAULT", "175", "CVL")),
    ("Police dispersed the protesters with tear gas.", "en", ("ASSAULT", "175", "CVL")),
    ("Police used batons to disperse students.", "en", ("ASSAULT", "175", "EDU")),
    ("Polisi membubarkan massa aksi di depan Istana.", "id", ("COERCE", "170", "CVL")),
    ("Police dispersed the protesters outside parliament.", "en", ("COERCE", "170", "CVL"))])
def test_dispersing_a_crowd_is_coercion_and_with_force_repression(text: str, lang: str,
                                                                   want: tuple) -> None:
    [e] = warta.extract(text, lang=lang)
    assert (e.event, e.cameo, e.recipient[0].sector) == want
    # a crowd that disperses by itself is acted on by no one; dissolving a body is a ban
    assert warta.extract("The crowd dispersed peacefully after the speech.", lang="en") == []
    [ban] = warta.extract("Pemerintah membubarkan ormas HTI.", lang="id")
    assert (ban.event, ban.mode) == ("COERCE", "ban")


@pytest.mark.parametrize("text,lang", [
    (("Chinese foreign ministry spokeswoman Mao Ning said the Philippine vessel had intruded into "
     "Chinese waters and urged Manila to stop its provocations."), "en"),
    (("Juru bicara Kementerian Luar Negeri China Mao Ning mengatakan kapal Filipina telah masuk ke "
     "perairan China dan mendesak Manila menghentikan provokasinya."), "id")])
def test_a_speech_act_joined_after_what_was_said_is_the_speakers_own(text: str, lang: str) -> None:
    got = [e for e in warta.extract(text, lang=lang) if e.event == "REQUEST"]
    assert [([a.country for a in e.actor], [r.country for r in e.recipient]) for e in got] == [
        (["CHN"], ["PHL"])]
    # an act that is no speech stays what was said: the police beat them, not the speaker
    got = warta.extract("Kapolda mengatakan polisi telah menggunakan gas air mata serta memukuli "
                        "pendukung partai.", lang="id")
    assert [(e.event, [a.text for a in e.actor]) for e in got] == [("ASSAULT", ["polisi"])]


def test_condemning_an_arrest_by_someone_is_aimed_at_who_arrested() -> None:
    for text, lang in [("Amnesty International condemned the arrest of activists by police.", "en"),
                       ("Amnesty International mengecam penangkapan aktivis oleh polisi.", "id")]:
        [e] = warta.extract(text, lang=lang)
        # the police are of no country an NGO could lend them
        assert [(r.country, r.sector) for r in e.recipient] == [(None, "COP")], text


@pytest.mark.parametrize("text,lang", [
    ("Tiga prajurit TNI gugur setelah diserang KKB di Nduga.", "id"),
    ("Three soldiers died after being attacked by rebels in Nduga.", "en")])
def test_a_passive_opening_a_background_clause_happened_to_the_subject_before(
        text: str, lang: str) -> None:
    [e] = warta.extract(text, lang=lang)
    assert ([a.sector for a in e.actor], [r.sector for r in e.recipient]) == (["REB"], ["MIL"])


def test_covering_a_protest_is_no_protest() -> None:
    for text, lang in [("Dua wartawan ditangkap polisi saat meliput aksi unjuk rasa.", "id"),
                       ("Two journalists were arrested by police while covering the protests.",
                        "en")]:
        assert [e.event for e in warta.extract(text, lang=lang)] == ["COERCE"], text
