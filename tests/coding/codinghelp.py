"""Build a processed sentence for the coding tests: real tokens, real mentions."""

from __future__ import annotations

from warta.coding.lexicon import Lexicon, load_lexicon
from warta.coding.roles import MentionRef, place_mentions
from warta.model import Document, Token
from warta.pipeline import STEPS


def prepared(text: str, lang: str) -> tuple[Document, list[Token], list[MentionRef], Lexicon]:
    """Run every step but the event coder; return the first sentence's tokens and mentions."""
    doc = Document(id="t", text=text, lang=lang)
    for name, step in STEPS:
        if name != "events":
            doc = step(doc)
    lex = load_lexicon(lang)
    tokens = doc.sentences[0].tokens
    return doc, tokens, place_mentions(doc.actors, tokens, lex), lex
