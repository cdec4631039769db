"""Elided repetitions: "Lord Grenville refused any agreement, and so did Tsar Alexander".

The second actor does what the first did, with the same recipient, and the text says so
with a pack phrase (`ellipsis` in cues.yaml: "and so did", "dan begitu pula") followed by
that actor. The copy keeps the original trigger as its evidence.
"""

from __future__ import annotations

from dataclasses import replace

from warta.coding.assign import Coded, flat
from warta.coding.lexicon import Lexicon
from warta.coding.roles import MentionRef
from warta.model import Token


def elided(coded: list[Coded], refs: list[MentionRef], tokens: list[Token],
           lex: Lexicon) -> list[Coded]:
    """The coded events plus one copy for each actor named after an ellipsis phrase."""
    phrases = lex.phrase_cues.get("ellipsis", [])
    if not coded or not phrases:  # most sentences code nothing: nothing to repeat
        return coded
    out = list(coded)
    lowers = [t.lower for t in tokens]
    firsts = {p[0] for p in phrases}
    for i in (k for k, w in enumerate(lowers) if w in firsts):
        for phrase in phrases:
            n = len(phrase)
            if tuple(lowers[i:i + n]) != phrase:
                continue
            host = next((c for c in reversed(coded) if c.trig.last < i), None)
            who = next((r for r in refs if r.first == i + n and r.marker is None), None)
            if host is None or who is None:
                continue
            actor = flat([who])
            if any(a.span == b.span for a in actor for b in host.actor):
                continue
            out.append(replace(host, actor=actor, borrowed_actor=False))
    return out
