"""The one per-document function: an ordered list of named steps, each `Document -> Document`.

The CLI, the HTTP API and the local and Spark runners all call `process`; nothing here does
I/O, reads the clock or keeps state between documents.
"""

from __future__ import annotations

from collections.abc import Callable

from warta.actors import find_actor_mentions
from warta.coding.coder import code_document
from warta.coding.placing import date_events, place_events, story_sentences
from warta.dates import find_dates
from warta.lang.detect import language_of
from warta.lang.morph import stemmer
from warta.lang.pack import available_languages
from warta.lang.segment import sentence_tokens, split_sentences
from warta.model import Document, Sentence
from warta.places import dateline_place, find_places
from warta.settings import limit

Step = Callable[[Document], Document]

# Limits that keep one document from exhausting memory or stalling the pipeline: the
# defaults of warta.settings (max_chars, max_sentence_chars, max_sentence_tokens), which
# the environment (WARTA_MAX_CHARS ...) overrides.
MAX_CHARS = limit("max_chars", {})  # longer texts are coded on their first MAX_CHARS characters
MAX_SENTENCE_TOKENS = limit("max_sentence_tokens", {})  # longer "sentences" are not coded


def identify_language(doc: Document) -> Document:
    """Set doc.lang when the input did not say; skip languages warta has no pack for."""
    if not doc.lang:
        doc.lang = language_of(doc.text)  # detect_language's answer, by a fast path when decisive
    if doc.lang not in available_languages():
        doc.skipped = f"unsupported language: {doc.lang or 'unknown'}"
    return doc


def segment(doc: Document) -> Document:
    """Sentences and tokens, each token with the root the lexicons match on."""
    assert doc.lang is not None
    stem = stemmer(doc.lang)
    max_tokens, max_sentence = limit("max_sentence_tokens"), limit("max_sentence_chars")
    text = doc.text[:limit("max_chars")]
    for start, end in split_sentences(text, doc.lang):
        if end - start > max_sentence:
            continue  # a dump or table without punctuation: skipped before tokenising it
        tokens = sentence_tokens(text, start, end, stem)
        if len(tokens) > max_tokens:
            continue
        doc.sentences.append(Sentence(len(doc.sentences), start, end, text[start:end], tokens))
    return doc


def find_actors(doc: Document) -> Document:
    """Actor mentions of every sentence, resolved as of the publication date."""
    assert doc.lang is not None
    for s in doc.sentences:
        doc.actors.extend(find_actor_mentions(doc.text, s.start, s.end, doc.lang, doc.published))
    return doc


def find_times(doc: Document) -> Document:
    """Date expressions of the sentences that carry events (and the story's opening),
    resolved against the publication date; then each event's date."""
    assert doc.lang is not None
    for s in story_sentences(doc):
        doc.dates.extend(find_dates(doc.text, s.start, s.end, doc.lang, doc.published))
    return date_events(doc)


def find_where(doc: Document) -> Document:
    """Places of the sentences that carry events and the dateline's place; then each event's."""
    assert doc.lang is not None
    for s in story_sentences(doc):
        doc.places.extend(find_places(doc.text, s.start, s.end, doc.lang))
    doc.dateline = dateline_place(doc.text, doc.lang)
    return place_events(doc)


# DESIGN.md's order: who (actors), what (events), then when and where for what happened.
STEPS: list[tuple[str, Step]] = [
    ("language", identify_language),
    ("segment", segment),
    ("actors", find_actors),
    ("events", code_document),
    ("dates", find_times),
    ("places", find_where),
]


def process(doc: Document, steps: list[tuple[str, Step]] | None = None) -> Document:
    """Run the steps in order; a skipped document (unsupported language) stops early."""
    for _name, step in steps or STEPS:
        doc = step(doc)
        if doc.skipped:
            break
    return doc
