"""The document coder: sentences coded in order, with what earlier sentences said."""

from __future__ import annotations

from datetime import date

import pytest
from codinghelp import prepared

from warta.actors.coref import Discourse
from warta.coding.coder import _opening_surname
from warta.model import ActorMention, Document
from warta.pipeline import process


def test_a_surname_opening_a_sentence_is_the_person_named_earlier() -> None:
    text = ("Menteri Luar Negeri RI Sugiono bertemu Menteri Luar Negeri Australia Penny Wong di "
            "Jakarta. Wong menyatakan Australia mendukung Indonesia. Ia juga mengecam serangan "
            "kelompok bersenjata di Papua.")
    doc = process(Document(id="w", text=text, lang="id", published=date(2025, 2, 7)))
    third = [e for e in doc.events if e.sentence_index == 2]
    assert [(a.name, a.country) for e in third for a in e.actor] == [("Penny Wong", "AUS")]



def test_a_capital_opening_a_sentence_that_is_in_no_name_said_is_no_one() -> None:
    d = Discourse()
    d.remember(ActorMention("Penny Wong", (0, 10), name="Penny Wong", country="AUS",
                            kind="person"))
    _, toks, _, _ = prepared("Kemarin Wong tiba.", "id")
    assert _opening_surname([], toks, d) == []
    _, toks, _, _ = prepared("Wong tiba.", "id")
    assert [m.text for m in _opening_surname([], toks, d)] == ["Wong"]


@pytest.mark.parametrize("text,lang,want", [
    (("Hamas accused Israel of violating the ceasefire. The group threatened to delay the "
     "release of hostages."), "en", ("THREATEN", "PSE", "REB")),
    (("Hamas menuduh Israel melanggar gencatan senjata. Kelompok itu mengancam akan menunda "
     "pembebasan sandera."), "id", ("THREATEN", "PSE", "REB")),
    (("The Philippines accused China of aggression. The country also summoned the Chinese "
     "ambassador."), "en", ("ACCUSE", "PHL", "GOV")),
    (("Ratusan buruh berunjuk rasa di depan gedung DPR. Mereka menuntut pemerintah menaikkan "
     "upah."), "id", ("REQUEST", None, "LAB")),
    (("Hundreds of workers rallied outside parliament on Monday. They were later dispersed by "
     "police."), "en", ("COERCE", None, "COP"))])
def test_a_group_word_stands_for_the_group_the_sentence_before_was_about(
        text: str, lang: str, want: tuple) -> None:
    doc = process(Document(id="g", text=text, lang=lang, published=date(2025, 2, 7)))
    second = [e for e in doc.events if e.sentence_index == 1]
    assert [(e.event, e.actor[0].country, e.actor[0].sector) for e in second] == [want]
    if want[0] == "COERCE":  # the workers were dispersed: they are the recipient
        assert [r.sector for r in second[0].recipient] == ["LAB"]
