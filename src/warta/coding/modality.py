"""Negation, modality and complement-taking triggers, decided from the pack's cue words."""

from __future__ import annotations

from warta.coding.lexicon import Lexicon
from warta.coding.matcher import TriggerMatch
from warta.model import Token

COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
FORCEFUL = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
ANY = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                 "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                 "COERCE", "ASSAULT"})
# A trigger of the key type swallows a following trigger of these types in its clause: what is
# agreed, demanded, refused or threatened is that trigger's content, not a second event.
ABSORBS = {
    "AGREE": COOPERATIVE,
    "REQUEST": ANY,
    "REJECT": ANY - {"ACCUSE"},
    "THREATEN": FORCEFUL | {"REJECT"},
    "ACCUSE": FORCEFUL | {"COERCE"},
}
ABSORB_WINDOW = 8


def window_has(tokens: list[Token], pos: int, cue: str, lex: Lexicon, width: int) -> bool:
    """Is a `cue` word among the `width` tokens before `pos`, inside the same clause?"""
    for j in range(pos - 1, max(-1, pos - 1 - width), -1):
        low = tokens[j].lower
        if lex.has("clause_breaks", low):
            return False
        if j and tokens[j].text[:1].isupper():
            continue  # a name or month ("In May,"), not a cue word ("may")
        if lex.has(cue, low):
            return True
        for phrase in lex.phrase_cues.get(cue, []):
            n = len(phrase)
            if j - n + 1 >= 0 and tuple(t.lower for t in tokens[j - n + 1:j + 1]) == phrase:
                return True
    return False


def modality_of(trig: TriggerMatch, tokens: list[Token], lex: Lexicon) -> tuple[bool, str]:
    """(negated, modality) of a trigger: "tidak menyerang" is negated, "akan bertemu" future."""
    inner = tokens[trig.first:trig.last + 1]
    negated = window_has(tokens, trig.first, "negation", lex, 3) or any(
        lex.has("negation", t.lower) for t in inner)
    if window_has(tokens, trig.first, "hypothetical", lex, 12) or (
            tokens and tokens[-1].lower == "?"):
        return negated, "hypothetical"
    if window_has(tokens, trig.first, "future", lex, 4):
        return negated, "future"
    return negated, "asserted"


def absorb(triggers: list[TriggerMatch], tokens: list[Token], lex: Lexicon) -> list[TriggerMatch]:
    """Drop triggers that are the content of an earlier complement-taking trigger."""
    out: list[TriggerMatch] = []
    for trig in triggers:
        host = out[-1] if out else None
        if host is not None and trig.rule.event in ABSORBS.get(host.rule.event, frozenset()):
            between = tokens[host.last + 1:trig.first]
            if len(between) <= ABSORB_WINDOW and not any(
                    lex.has("clause_breaks", t.lower) for t in between):
                continue
        out.append(trig)
    return out
