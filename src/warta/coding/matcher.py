"""Find event triggers in a tokenised sentence: one hashed lookup per token, longest match wins."""

from __future__ import annotations

from dataclasses import dataclass, field

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
    content: list[TriggerMatch] = field(default_factory=list)  # triggers it absorbed


_BARE: dict[tuple[str, tuple[str, ...]], str] = {}


def _bare(word: str, clitics: tuple[str, ...]) -> str:
    """The word without a clitic the pack names ("memanggilnya" -> "memanggil"), memoised."""
    key = (word, clitics)
    found = _BARE.get(key)
    if found is None:
        found = word
        for c in clitics:
            if word.endswith(c) and len(word) > len(c) + 3:
                found = word[: -len(c)]
                break
        if len(_BARE) < 200_000:
            _BARE[key] = found
    return found


class _Sentence:
    """The per-token keys a pattern item is compared with, computed once per sentence."""

    __slots__ = ("bare", "lower", "n", "stem", "stops", "unit")

    def __init__(self, tokens: list[Token], clitics: tuple[str, ...],
                 units: list[tuple[int, int]] | None) -> None:
        self.lower = [t.lower for t in tokens]
        self.stem = [t.stem for t in tokens]
        self.bare = [_bare(w, clitics) for w in self.lower] if clitics else self.lower
        self.stops = [w in _GAP_STOPS for w in self.lower]
        self.n = len(tokens)
        # a gap counts units, not tokens: an actor mention is one unit ("sent US troops":
        # the pattern word may still match inside it)
        self.unit = list(range(self.n))
        for first, last in units or ():
            for i in range(max(first, 0), min(last + 1, self.n)):
                self.unit[i] = first

    def ok(self, item: tuple[str, str], i: int) -> bool:
        kind, value = item
        if kind == "e":
            return self.lower[i] == value or self.bare[i] == value
        return self.stem[i] == value or self.lower[i] == value


def _match_at(pattern: Pattern, s: _Sentence, start: int) -> tuple[int, ...] | None:
    """Token ids matched by `pattern` starting at `start`, or None."""
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
                if j >= s.n or units > MAX_GAP or (j > i and s.stops[j - 1]):
                    return None
                if s.ok(nxt, j):
                    i = j
                    break
                j += 1
                if j < s.n and s.unit[j] != s.unit[j - 1]:
                    units += 1  # stepped past a whole word or mention
            k += 1
            continue
        if i >= s.n or not s.ok(items[k], i):
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
    by_stem, by_exact = lex.by_stem, lex.by_exact
    # most words start no pattern: find the few that may, before building anything
    starts = [i for i, t in enumerate(tokens)
              if t.stem in by_stem or t.lower in by_exact or t.lower in by_stem]
    if lex.clitics:
        starts = sorted(set(starts) | {i for i, t in enumerate(tokens)
                                        if _bare(t.lower, lex.clitics) in by_exact})
    if not starts:
        return []
    s = _Sentence(tokens, lex.clitics, units)
    out: list[TriggerMatch] = []
    used: set[int] = set()
    for start in starts:
        if start in used:
            continue
        low, stem, bare = s.lower[start], s.stem[start], s.bare[start]
        candidates = by_stem.get(stem, []) + by_exact.get(low, [])
        if bare != low:
            candidates += by_exact.get(bare, [])
        if stem != low:
            candidates += by_stem.get(low, [])
        best: tuple[Pattern, tuple[int, ...]] | None = None
        for pattern in candidates:
            second = pattern.items[1] if len(pattern.items) > 1 else None
            if second is not None and second[0] != "*" and (
                    start + 1 >= s.n or not s.ok(second, start + 1)):
                continue  # most patterns of a common first word ("is", "melakukan") end here
            ids = _match_at(pattern, s, start)
            if ids and not used.intersection(ids) and (
                    best is None or len(ids) > len(best[1])
                    or (len(ids) == len(best[1]) and ids[-1] < best[1][-1])):
                best = (pattern, ids)
        if best:
            pattern, ids = best
            used.update(ids)
            out.append(TriggerMatch(pattern.rule, ids[0], ids[-1], ids))
    return out
