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
    ("President Bush has threatened further action against Russia.", "en",
     ("THREATEN", [None], ["RUS"])),
    ("Archbishop Desmond Tutu on Sunday called for sanctions against Nigeria.", "en",
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

