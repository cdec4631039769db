"""Negation, future and conditions, and triggers that are the content of another."""

from __future__ import annotations

from codinghelp import prepared

import warta
from warta.coding.matcher import find_triggers
from warta.coding.modality import absorb, modality_of


def first_modality(text: str, lang: str) -> tuple[bool, str]:
    _, tokens, _, lex = prepared(text, lang)
    return modality_of(find_triggers(tokens, lex)[0], tokens, lex)


def test_negation_and_modality() -> None:
    assert first_modality("Israel tidak menyerang Gaza.", "id") == (True, "asserted")
    assert first_modality("Israel did not attack Gaza.", "en") == (True, "asserted")
    assert first_modality("Israel akan menyerang Gaza.", "id") == (False, "future")
    assert first_modality("Jika Israel menyerang Gaza, Iran akan membalas.", "id")[1] == (
        "hypothetical")
    assert first_modality("Would Russia attack Ukraine?", "en")[1] == "hypothetical"
    assert first_modality("In May, the army attacked the town.", "en") == (False, "asserted")


def test_negation_is_close_to_its_verb() -> None:
    assert first_modality("Ia belum memutuskan akan mengundurkan diri.", "id")[0] is False


def test_content_of_a_demand_is_not_a_second_event() -> None:
    _, tokens, _, lex = prepared("Indonesia mendesak Israel menghentikan serangan ke Gaza.", "id")
    kept = absorb(find_triggers(tokens, lex), tokens, lex)
    assert [t.rule.event for t in kept] == ["REQUEST"]


def test_what_an_absorbed_demand_asks_is_content_too() -> None:
    """A protest takes the demand it makes; the demand takes what it asks for: neither the
    demand nor the cancelling asked for is an event of its own."""
    for text, lang in [
            (("Mahasiswa dari berbagai universitas menggelar aksi demonstrasi menuntut Presiden "
              "membatalkan kebijakan tersebut."), "id"),
            ("Students rallied outside parliament, demanding the president cancel the policy.",
             "en")]:
        events = warta.extract(text, lang=lang)
        assert [(e.event, [a.sector for a in e.actor]) for e in events] == [
            ("PROTEST", ["EDU"])], text


def test_what_is_done_before_the_main_act_is_background() -> None:
    for text, lang in [
            (("Bosnian Serbs demanded a truce in east Bosnia before allowing U.N. aid convoys "
              "into the region."), "en"),
            ("Warga menuntut gencatan senjata sebelum mengizinkan bantuan PBB masuk.", "id")]:
        assert [e.event for e in warta.extract(text, lang=lang)] == ["REQUEST"], text
