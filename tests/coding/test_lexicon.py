"""The packs' cue words as the coder reads them."""

from __future__ import annotations

from warta.coding.lexicon import load_lexicon


def test_english_on_and_no_are_cue_words_not_booleans() -> None:
    lex = load_lexicon("en")
    assert lex.has("recipient_markers", "on") and lex.has("time_words", "on")
    assert lex.has("noun_markers", "no")
