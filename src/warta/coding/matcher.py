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


def _item_ok(item: tuple[str, str], tok: Token) -> bool:
    kind, value = item
    return tok.lower == value if kind == "e" else tok.stem == value or tok.lower == value


def _match_at(pattern: Pattern, tokens: list[Token], start: int) -> tuple[int, ...] | None:
    """Token ids matched by `pattern` starting at `start`, or None."""
    matched: list[int] = []
    i = start
    items = pattern.items
    k = 0
    while k < len(items):
        kind, _ = items[k]
        if kind == "*":
            nxt = items[k + 1]
            for gap in range(MAX_GAP + 1):
                j = i + gap
                if j >= len(tokens) or (gap and tokens[j - 1].lower in _GAP_STOPS):
                    return None
                if _item_ok(nxt, tokens[j]):
                    i = j
                    break
            else:
                return None
            k += 1
            continue
        if i >= len(tokens) or not _item_ok(items[k], tokens[i]):
            return None
        matched.append(i)
        i += 1
        k += 1
    return tuple(matched)


def find_triggers(tokens: list[Token], lex: Lexicon) -> list[TriggerMatch]:
    """Non-overlapping trigger matches, left to right, the longest at each position."""
    out: list[TriggerMatch] = []
    used: set[int] = set()
    for start, tok in enumerate(tokens):
        if start in used:
            continue
        candidates = lex.by_first.get(("s", tok.stem), []) + lex.by_first.get(("e", tok.lower), [])
        if tok.stem != tok.lower:
            candidates += lex.by_first.get(("s", tok.lower), [])
        best: tuple[Pattern, tuple[int, ...]] | None = None
        for pattern in candidates:
            ids = _match_at(pattern, tokens, start)
            if ids and not used.intersection(ids) and (
                    best is None or len(ids) > len(best[1])
                    or (len(ids) == len(best[1]) and ids[-1] < best[1][-1])):
                best = (pattern, ids)
        if best:
            pattern, ids = best
            used.update(ids)
            out.append(TriggerMatch(pattern.rule, ids[0], ids[-1], ids))
    return out
