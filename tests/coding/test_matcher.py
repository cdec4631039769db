"""Trigger patterns: roots, exact words, gaps, longest match."""

from __future__ import annotations

from warta.coding.lexicon import load_lexicon
from warta.coding.matcher import find_triggers
from warta.lang.morph import stemmer
from warta.lang.segment import tokenize
from warta.model import Token


def _tokens(text: str, lang: str) -> list[Token]:
    stem = stemmer(lang)
    return [Token(text[a:b], a, b, text[a:b].lower(), stem(text[a:b].lower()))
            for a, b in tokenize(text, 0, len(text))]


def _rules(text: str, lang: str) -> list[str]:
    toks = _tokens(text, lang)
    return [m.rule.id for m in find_triggers(toks, load_lexicon(lang))]


def test_indonesian_affixed_forms_reach_the_root_rule() -> None:
    for verb in ("menyerang", "diserang"):
        assert _rules(f"Israel {verb} Gaza", "id") == ["id/assault/serang"], verb
    assert _rules("Polisi menangkap pelaku", "id") == ["id/coerce/tangkap"]
    assert _rules("penangkapan pelaku", "id") == ["id/coerce/penangkapan"]


def test_longest_pattern_wins_and_gap_spans_words() -> None:
    assert _rules("Xi mengadakan pertemuan virtual dengan Putin", "id") == ["id/consult/bertemu"]
    rules = _rules("Russia withdrew all its troops from the area", "en")
    assert rules == ["en/retreat/withdraw"]


def test_english_inflections_match_the_lemma() -> None:
    for form in ("demanded", "demands", "demanding"):
        assert _rules(f"Protesters {form} his resignation", "en") == ["en/request/ask"], form


def test_matches_do_not_overlap_and_keep_order() -> None:
    toks = _tokens("Police arrested and later released the activist", "en")
    found = find_triggers(toks, load_lexicon("en"))
    assert [m.rule.event for m in found] == ["COERCE", "RETREAT"]
    assert found[0].last < found[1].first


def test_no_trigger_in_plain_text() -> None:
    assert _rules("The weather in Bandung was pleasant on Sunday.", "en") == []
    assert _rules("Cuaca di Bandung cerah pada hari Minggu.", "id") == []
