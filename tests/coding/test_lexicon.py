"""The packs' cue words load as written: a bare YAML word like on, no, yes is a boolean."""

from __future__ import annotations

import pytest

from warta.coding.lexicon import load_lexicon
from warta.lang.pack import available_languages, load_yaml


def _items(node: object) -> list[object]:
    if isinstance(node, dict):
        return [x for v in node.values() for x in _items(v)]
    if isinstance(node, list):
        return [x for v in node for x in _items(v)]
    return [node]


@pytest.mark.parametrize("lang", available_languages())
def test_cue_lists_hold_only_words(lang: str) -> None:
    cues = load_yaml(lang, "cues.yaml") or {}
    for key, words in cues.items():
        if isinstance(words, list):
            bad = [w for w in words if not isinstance(w, (str, dict))]
            assert not bad, f"lang/{lang}/cues.yaml {key}: {bad} (quote them)"


def test_english_on_is_a_preposition_and_a_time_word() -> None:
    lex = load_lexicon("en")
    assert lex.has("recipient_markers", "on") and lex.has("time_words", "on")
    assert lex.has("noun_markers", "no")
