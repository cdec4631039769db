"""Elided repetitions: the actor after "and so did" / "begitu pula" did the same."""

from __future__ import annotations

import pytest

import warta


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Russia condemned the attack, as did China.", "en",
     [("ACCUSE", "RUS"), ("ACCUSE", "CHN")]),
    ("Rusia mengecam serangan itu, begitu pula Tiongkok.", "id",
     [("ACCUSE", "RUS"), ("ACCUSE", "CHN")]),
    ("British Prime Minister Lord Grenville refused any agreement, and so did Tsar Alexander.",
     "en", [("REJECT", "GBR"), ("REJECT", "RUS")]),
    (("Perdana Menteri Inggris Lord Grenville menolak perjanjian apa pun, dan begitu pula Tsar "
      "Alexander."), "id", [("REJECT", "GBR"), ("REJECT", "RUS")]),
])
def test_the_actor_after_an_ellipsis_does_the_same(text: str, lang: str, want: list) -> None:
    got = warta.extract(text, lang=lang)
    assert [(e.event, e.actor[0].country) for e in got] == want
    assert len({e.trigger.span for e in got}) == 1  # the evidence is the one verb


def test_no_ellipsis_without_its_phrase() -> None:
    got = warta.extract("Russia condemned the attack, China said.", lang="en")
    assert [e.actor[0].country for e in got] == ["RUS"]
