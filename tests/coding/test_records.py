"""Contract records of a sentence's coded triggers: one per act, not per restatement."""

from __future__ import annotations

import warta


def test_two_acts_on_other_people_are_two_events() -> None:
    got = warta.extract("KKB membakar sekolah dan menyandera guru di Intan Jaya.", lang="id")
    assert [(e.event, e.mode, [r.text for r in e.recipient]) for e in got] == [
        ("ASSAULT", "seize", ["sekolah"]), ("ASSAULT", "abduct", ["guru"])]


def test_an_act_restated_without_anyone_new_is_one_event() -> None:
    text = ("Ia menyampaikan ucapan Selamat Tahun Baru untuk Presiden Xi dan rakyat Tiongkok, "
            "serta mendoakan kesejahteraan mereka.")
    got = [e for e in warta.extract(text, lang="id") if e.event == "SUPPORT"]
    assert len(got) == 1



def test_a_toll_after_a_comma_is_the_same_attack() -> None:
    text = ("Sudanese rebels shelled the southern regional capital Juba on Sunday and Monday, "
            "killing about 20 people.")
    assert len([e for e in warta.extract(text, lang="en") if e.event == "ASSAULT"]) == 1


def test_the_toll_names_whom_an_attack_with_no_one_named_hit() -> None:
    # the participle after the comma has the raiders for its subject, not the camp
    for text in ("Israeli troops raided the camp, killing three Palestinians.",
                 "Israeli troops raided the Jenin refugee camp, killing three Palestinians."):
        got = [e for e in warta.extract(text, lang="en") if e.event == "ASSAULT"]
        assert [[a.country for a in e.actor] for e in got] == [["ISR"]], text
        assert [r.country for r in got[0].recipient] == ["PSE"], text


def test_stones_thrown_after_another_act_are_a_riot_of_their_own() -> None:
    got = warta.extract("Para pengunjuk rasa membakar ban dan melempari polisi dengan batu.",
                        lang="id")
    assert [(e.event, e.mode) for e in got] == [("ASSAULT", "seize"), ("PROTEST", "riot")]


def test_how_a_meeting_was_held_may_be_said_at_the_end_of_its_clause() -> None:
    text = ("Chinese President Xi Jinping held talks with his Russian counterpart Vladimir Putin "
            "by video link on Tuesday.")
    assert [(e.event, e.mode) for e in warta.extract(text, lang="en")] == [("CONSULT", "phone")]
    # not past the clause: the call is another's
    text = "Xi met Putin in Moscow, while Biden held a phone call with Zelensky."
    assert ("CONSULT", None) in [(e.event, e.mode) for e in warta.extract(text, lang="en")]
