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
    "AGREE": ANY - {"ACCUSE", "REJECT", "REQUEST"},
    "REQUEST": ANY,
    "REJECT": ANY,
    "THREATEN": FORCEFUL | {"REJECT", "SANCTION", "CONSULT", "RETREAT"},
    "ACCUSE": FORCEFUL | {"COERCE", "REJECT"},
    "CONCEDE": frozenset({"COERCE", "SANCTION", "PROTEST"}),
    "RETREAT": frozenset({"COERCE", "SANCTION", "ASSAULT", "MOBILIZE"}),
    "SANCTION": frozenset({"AID", "CONSULT", "COOPERATE"}),
    # "rallied to demand reforms", "berunjuk rasa menolak UU"
    "PROTEST": frozenset({"REQUEST", "ACCUSE", "REJECT", "PROTEST"}),
}
ABSORB_WINDOW = 12
_COMMA = frozenset({","})
NEGATION_WINDOW = 2  # "tidak akan menyerang", "did not attack"; not "belum memutuskan akan ..."


def window_has(tokens: list[Token], pos: int, cue: str, lex: Lexicon, width: int,
               also_break: frozenset[str] = frozenset()) -> bool:
    """Is a `cue` word among the `width` tokens before `pos`, inside the same clause?"""
    singles = lex.cues.get(cue, frozenset())
    endings = lex.phrase_ends.get(cue, {})
    breaks = lex.cues.get("clause_breaks", frozenset()) | also_break
    for j in range(pos - 1, max(-1, pos - 1 - width), -1):
        low = tokens[j].lower
        if low in breaks:
            return False
        if j and tokens[j].text[:1].isupper():
            continue  # a name or month ("In May,"), not a cue word ("may")
        if low in singles:
            return True
        for phrase in endings.get(low, ()):
            n = len(phrase)
            if j - n + 1 >= 0 and tuple(t.lower for t in tokens[j - n + 1:j + 1]) == phrase:
                return True
    return False


def modality_of(trig: TriggerMatch, tokens: list[Token], lex: Lexicon) -> tuple[bool, str]:
    """(negated, modality) of a trigger: "tidak menyerang" is negated, "akan bertemu" future."""
    # "said the pair should not take office": the "not" of a said obligation is what is
    # demanded, not a denial that anyone demanded it
    inner = [] if trig.rule.said_only else tokens[trig.first:trig.last + 1]
    negated = window_has(tokens, trig.first, "negation", lex, NEGATION_WINDOW) or any(
        lex.has("negation", t.lower) for t in inner)
    # "Jika ..., X meminta ...": the condition ends at its comma; the main clause is asserted
    if window_has(tokens, trig.first, "hypothetical", lex, 12, _COMMA) or (
            tokens and tokens[-1].lower == "?"):
        return negated, "hypothetical"
    if window_has(tokens, trig.first, "future", lex, 4):
        return negated, "future"
    return negated, "asserted"


def absorb(triggers: list[TriggerMatch], tokens: list[Token], lex: Lexicon) -> list[TriggerMatch]:
    """Drop triggers that are the content of an earlier complement-taking trigger.

    "agreed that their countries should cooperate": the cooperation is what was agreed;
    "demanded that the US cancel plans": the cancelling is what was demanded. A chain of such
    contents belongs to the first host.
    """
    out: list[TriggerMatch] = []
    host: TriggerMatch | None = None
    reach = -1  # last token the current host's content may extend to
    # what the host's content may hold: the host's own, then that of each trigger it took
    # ("rallied, demanding the President cancel the policy": the demand's cancelling too)
    takes: frozenset[str] = frozenset()
    for trig in triggers:
        if host is not None and trig.first <= reach and trig.rule.event in takes:
            between = tokens[host.last + 1:trig.first]
            breaks = [t for t in between if lex.has("clause_breaks", t.lower)
                      and not lex.has("complementizers", t.lower)]
            if not breaks:
                reach = trig.last + ABSORB_WINDOW
                host.content.append(trig)
                takes = takes | ABSORBS.get(trig.rule.event, frozenset())
                continue
        out.append(trig)
        host, reach = trig, trig.last + ABSORB_WINDOW
        takes = ABSORBS.get(trig.rule.event, frozenset())
    return out


def in_background(trig: TriggerMatch, tokens: list[Token], lex: Lexicon) -> bool:
    """Is the trigger inside a background clause ("after two days of fighting", "setelah ...")?"""
    for j in range(trig.first - 1, -1, -1):
        low = tokens[j].lower
        if low in {",", ";", ":"} or lex.has("reporting_before", low):
            return False
        if lex.has("background", low) or _phrase_ends_at(tokens, j, lex.phrase_cues.get("background", [])):
            return True
    return False


def _phrase_ends_at(tokens: list[Token], j: int, phrases: list[tuple[str, ...]]) -> bool:
    for phrase in phrases:
        n = len(phrase)
        if j - n + 1 >= 0 and tuple(t.lower for t in tokens[j - n + 1:j + 1]) == phrase:
            return True
    return False


def is_adjectival(trig: TriggerMatch, tokens: list[Token], lex: Lexicon) -> bool:
    """A participle used as an adjective: "the occupied West Bank", "the wounded"."""
    if trig.first != trig.last or trig.first == 0:
        return False
    word = tokens[trig.first].lower
    return word.endswith("ed") and lex.has("adjective_determiners", tokens[trig.first - 1].lower)
