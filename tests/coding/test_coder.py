"""The document coder: sentences coded in order, with what earlier sentences said."""

from __future__ import annotations

from datetime import date

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
