"""Find event triggers in a tokenised sentence: one hashed lookup per token, longest match wins."""

from __future__ import annotations

from dataclasses import dataclass

from warta.coding.lexicon import MAX_GAP, Lexicon, Pattern, Rule
from warta.model import Token

# Tokens a gap may not cross: a pattern's words belong to one clause.
_GAP_STOPS = frozenset({".", ";", ":", "!", "?", "(", ")", '"', "“", "”"})


@dataclass(slots=True)
class TriggerMatch:
    """A rule that fired on tokens [first, last] (inclusive) of a sentence."""

    rule: Rule
    first: int
    last: int
    token_ids: tuple[int, ...]  # the tokens the pattern's words matched (gaps excluded)


def _item_ok(item: tuple[str, str], tok: Token, clitics: tuple[str, ...]) -> bool:
    kind, value = item
    if kind == "e":
        return tok.lower == value or _bare(tok.lower, clitics) == value
    return tok.stem == value or tok.lower == value


def _bare(word: str, clitics: tuple[str, ...]) -> str:
    """The word without a clitic the pack names ("memanggilnya" -> "memanggil")."""
    for c in clitics:
        if word.endswith(c) and len(word) > len(c) + 3:
            return word[: -len(c)]
    return word


def _match_at(pattern: Pattern, tokens: list[Token], start: int, step: list[int],
              clitics: tuple[str, ...]) -> tuple[int, ...] | None:
    """Token ids matched by `pattern` starting at `start`, or None.

    A gap counts units, not tokens: an actor mention ("Perdana Menteri Malaysia Najib Razak")
    is one unit (`step[i]` is where the unit starting at token i ends, plus one).
    """
    matched: list[int] = []
    i = start
    items = pattern.items
    k = 0
    while k < len(items):
        kind, _ = items[k]
        if kind == "*":
            nxt = items[k + 1]
            j, units = i, 0
            while True:
                if j >= len(tokens) or units > MAX_GAP or (
                        j > i and tokens[j - 1].lower in _GAP_STOPS):
                    return None
                if _item_ok(nxt, tokens[j], clitics):
                    i = j
                    break
                j, units = step[j], units + 1
            k += 1
            continue
        if i >= len(tokens) or not _item_ok(items[k], tokens[i], clitics):
            return None
        matched.append(i)
        i += 1
        k += 1
    return tuple(matched)


def find_triggers(tokens: list[Token], lex: Lexicon,
                  units: list[tuple[int, int]] | None = None) -> list[TriggerMatch]:
    """Non-overlapping trigger matches, left to right, the longest at each position.

    `units` are token ranges (first, last) that a gap steps over as one word: actor mentions.
    """
    step = list(range(1, len(tokens) + 1))
    for first, last in units or ():
        if 0 <= first < len(tokens):
            step[first] = max(step[first], last + 1)
    clitics = lex.clitics
    out: list[TriggerMatch] = []
    used: set[int] = set()
    for start, tok in enumerate(tokens):
        if start in used:
            continue
        bare = _bare(tok.lower, clitics)
        candidates = lex.by_first.get(("s", tok.stem), []) + lex.by_first.get(("e", tok.lower), [])
        if bare != tok.lower:
            candidates += lex.by_first.get(("e", bare), [])
        if tok.stem != tok.lower:
            candidates += lex.by_first.get(("s", tok.lower), [])
        best: tuple[Pattern, tuple[int, ...]] | None = None
        for pattern in candidates:
            ids = _match_at(pattern, tokens, start, step, clitics)
            if ids and not used.intersection(ids) and (
                    best is None or len(ids) > len(best[1])
                    or (len(ids) == len(best[1]) and ids[-1] < best[1][-1])):
                best = (pattern, ids)
        if best:
            pattern, ids = best
            used.update(ids)
            out.append(TriggerMatch(pattern.rule, ids[0], ids[-1], ids))
    return out
