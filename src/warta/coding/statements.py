"""Reported statements: find the reporting verb, its speaker and what was said."""

from __future__ import annotations

from dataclasses import dataclass

from warta.coding.lexicon import Lexicon
from warta.coding.roles import MentionRef, coordinated_right
from warta.model import Token

# Marks that close what was said before its speaker: '..., kata X', '..." said X'.
_CLOSERS = frozenset({",", '"', "”", "'", "’", "—", "–"})


@dataclass(slots=True)
class Report:
    """A reporting verb in a sentence, its speaker and the token range of what was said."""

    verb_first: int
    verb_last: int
    speaker: MentionRef | None
    content: tuple[int, int]  # token ids [first, last] of the statement


def _phrase_at(tokens: list[Token], i: int, phrases: list[tuple[str, ...]]) -> int:
    """Length of the cue phrase starting at token i, or 0."""
    for words in phrases:
        if tuple(t.lower for t in tokens[i:i + len(words)]) == words:
            return len(words)
    return 0


_STARTS: dict[str, frozenset[str]] = {}


def _report_starts(lex: Lexicon) -> frozenset[str]:
    """Words that can begin a reporting cue of a language, computed once per language."""
    found = _STARTS.get(lex.lang)
    if found is None:
        kinds = ("reporting_before", "reporting_after", "reporting_according")
        found = _STARTS[lex.lang] = frozenset().union(
            *(lex.cues.get(c, frozenset()) for c in kinds),
            *({p[0] for p in lex.phrase_cues.get(c, []) if p} for c in kinds))
    return found


def find_report(tokens: list[Token], refs: list[MentionRef], lex: Lexicon,
                skip: frozenset[int] = frozenset()) -> Report | None:
    """The sentence's reporting verb ("Xi menekankan, ...", "..., kata polisi", "Menurut X, ...").

    Tokens in `skip` start a longer event pattern ("menyatakan perang", "insisted on its
    demands") and are that event's words, not a report.
    """
    # Only a one-word cue or a phrase cue's first word can start a report: one set test
    # per token instead of three cue lookups and a phrase probe per cue (speed, issue 10).
    starts = _report_starts(lex)
    if starts.isdisjoint(t.lower for t in tokens):
        return None  # most sentences report nothing
    inside = {i for r in refs for i in range(r.first, r.last + 1)}
    for i, tok in enumerate(tokens):
        if i in inside or i in skip or (i and tok.text[:1].isupper()):
            continue  # "United States" holds no verb "states"
        low = tok.lower
        if low not in starts:
            continue
        size = 1 if (lex.has("reporting_before", low) or lex.has("reporting_after", low)
                     or lex.has("reporting_according", low)) else 0
        if not size:
            for cue in ("reporting_before", "reporting_after", "reporting_according"):
                size = _phrase_at(tokens, i, lex.phrase_cues.get(cue, []))
                if size:
                    low = " ".join(t.lower for t in tokens[i:i + size])
                    break
        if not size:
            continue
        last = i + size - 1
        if lex.has("reporting_according", low) or low in {
                " ".join(p) for p in lex.phrase_cues.get("reporting_according", [])}:
            # "Menurut X, <content>": speaker right after, content after the comma
            speaker = next((r for r in refs if r.first == last + 1), None)
            end = speaker.last if speaker else last
            return Report(i, last, speaker, (end + 1, len(tokens) - 1))
        # "The United States, a treaty ally of the Philippines, said ...": the speaker stands
        # before the aside, not at its end
        left = _before_aside(tokens, refs, i, lex) or next(
            (r for r in reversed(refs) if r.last < i and i - r.last <= 2), None)
        right = next((r for r in refs if r.first > last and r.first - last <= 2), None)
        inverted = i > 0 and tokens[i - 1].text in _CLOSERS
        if right is not None and (inverted or left is None) and lex.has("reporting_after", low):
            # "..., kata polisi." / '..." said Dündar': what was said comes first
            group = coordinated_right(right, refs, tokens, lex)
            return Report(i, last, group[0], (0, i - 1))
        trailing = _trailing_speaker_comma(tokens, i, last, lex)
        if trailing is not None:
            # "... to refugees in Liberia, the World Food Program (WFP) said on Monday.": a
            # verb that ends the sentence after a comma reports what stands before the comma
            return Report(i, last, left if left is not None and left.first > trailing else None,
                          (0, trailing - 1))
        if left is not None:
            if left.first > 1 and tokens[left.first - 1].text in _CLOSERS:
                # "Russia will respond, Foreign Minister Lavrov said on Monday."
                return Report(i, last, left, (0, left.first - 2))
            # "Xi Jinping menekankan, <content>" / "Macron said France would ..."
            return Report(i, last, left, (last + 1, len(tokens) - 1))
        if right is not None and lex.has("reporting_after", low):
            return Report(i, last, right, (0, i - 1))
        return Report(i, last, None, (last + 1, len(tokens) - 1))
    return None


MAX_TRAILING_SPEAKER = 10  # tokens of ", a statement issued by the ministry of finance said"
MAX_AFTER_TRAILING_VERB = 4  # "said on Monday ." / "said today ."


def _trailing_speaker_comma(tokens: list[Token], i: int, last: int, lex: Lexicon) -> int | None:
    """The comma before a speaker whose reporting verb closes the sentence, or None."""
    if not lex.has("reporting_after", " ".join(t.lower for t in tokens[i:last + 1])) or (
            len(tokens) - 1 - last > MAX_AFTER_TRAILING_VERB):
        return None
    for k in range(i - 1, max(0, i - 1 - MAX_TRAILING_SPEAKER), -1):
        if tokens[k].text in _CLOSERS:
            return k if k > 0 and tokens[k].text == "," else None
        if lex.has("clause_breaks", tokens[k].lower) and tokens[k].text not in ("(", ")"):
            return None
    return None


def _before_aside(tokens: list[Token], refs: list[MentionRef], i: int,
                  lex: Lexicon) -> MentionRef | None:
    """The speaker before a ", who ... ," aside: "Pemerintah Hong Kong, yang dipimpin ..., telah
    berpendapat", "The government, which is led by ..., have argued"."""
    j = i - 1
    while j > 0 and (lex.has("auxiliaries", tokens[j].lower) or lex.has("adverbs", tokens[j].lower)):
        j -= 1
    if j <= 0 or tokens[j].text != ",":
        return None
    for k in range(j - 1, max(0, j - 16) - 1, -1):
        if tokens[k].text == ",":
            return next((r for r in refs if r.last == k - 1 and r.marker is None), None)
    return None
