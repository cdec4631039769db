"""Within-document coreference: pronouns, short names and "both sides" get an identity."""

from __future__ import annotations

from datetime import date

from warta.actors import find_actor_mentions
from warta.actors.coref import Discourse, fill_group, resolve_short_name
from warta.model import ActorMention, Document
from warta.pipeline import process


def test_group_phrase_takes_the_two_latest_parties() -> None:
    d = Discourse()
    d.remember(ActorMention("Xi Jinping", (0, 10), name="Xi Jinping", country="CHN", kind="person"))
    d.remember(ActorMention("Tiongkok", (11, 19), country="CHN", kind="country"))
    d.remember(ActorMention("Vladimir Putin", (20, 34), name="Vladimir Putin", country="RUS",
                            kind="person"))
    group = fill_group(ActorMention("kedua kepala negara", (40, 59), kind="group", plural=True),
                       d, frozenset({"kepala"}))
    assert [(m.name, m.country) for m in group.members] == [("Vladimir Putin", "RUS"),
                                                           ("Xi Jinping", "CHN")]
    assert all(m.span == (40, 59) and m.text == "kedua kepala negara" for m in group.members)


def test_short_name_takes_the_full_name_identity() -> None:
    d = Discourse()
    d.remember(ActorMention("Rachida Dati", (0, 12), name="Rachida Dati", country="FRA",
                            sector="PTY", kind="person"))
    short = resolve_short_name(ActorMention("Dati", (30, 34), name="Dati", kind="name"), d)
    assert (short.name, short.country, short.sector) == ("Rachida Dati", "FRA", "PTY")


def test_pronouns_in_the_seed_article_point_at_the_speaker() -> None:
    text = ("Putin menyatakan, Rusia dan Tiongkok selalu saling mendukung. "
            "Dirinya sangat gembira melihat kerja sama baik kedua negara.")
    doc = process(Document(id="p", text=text, lang="id", published=date(2025, 1, 22)))
    second = [e for e in doc.events if e.sentence_index == 1]
    assert second and second[0].actor[0].text == "Dirinya"
    assert second[0].actor[0].name == "Vladimir Putin" and second[0].actor[0].country == "RUS"


def test_a_pronoun_takes_a_person_named_earlier_in_its_sentence() -> None:
    for lang, text in [
        ("en", ("The judge in the fraud trial ruled they were within the rules when he "
                "cleared Duffy of all charges.")),
        ("id", ("Hakim dalam persidangan itu memutuskan bahwa mereka berada dalam aturan saat "
                "ia membebaskan Duffy dari semua dakwaan.")),
    ]:
        doc = process(Document(id="j", text=text, lang=lang, published=date(2017, 1, 1)))
        cleared = [e for e in doc.events if e.event == "CONCEDE"]
        assert cleared and cleared[0].actor[0].sector == "JUD", lang


def test_the_definite_article_makes_no_plural() -> None:
    text = "The judge ruled. Several judges dissented."
    judge, judges = find_actor_mentions(text, 0, len(text), "en")
    assert (judge.plural, judges.plural) == (False, True)
    d = Discourse()
    d.remember(judge)
    assert d.last_person() == judge


def test_he_never_stands_for_an_institution() -> None:
    for lang, text in [
        ("en", "He gained reputation at court once he was dispatched as an envoy to Liao."),
        ("id", "Ia memperoleh reputasi di pengadilan saat ia dikirim sebagai utusan ke Liao."),
    ]:
        doc = process(Document(id="c", text=text, lang=lang, published=date(2017, 1, 1)))
        visits = [e for e in doc.events if e.event == "CONSULT"]
        assert visits and visits[0].actor[0].sector != "JUD", lang


def test_pihaknya_may_stand_for_an_institution() -> None:
    doc = process(Document(id="p", text="Polri menegaskan pihaknya menangkap pelaku.", lang="id",
                           published=date(2017, 1, 1)))
    assert [a.sector for e in doc.events for a in e.actor] == ["COP"]
