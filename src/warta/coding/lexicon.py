"""Compile a language pack's event rules and cue words into lookup tables, once per language.

Rules live in `lang/<code>/events.yaml`, cue words in `lang/<code>/cues.yaml`. A pattern is a
space-separated sequence of items matched token by token:
  `word`   any token with the same root (both sides stemmed by the pack's stemmer)
  `=word`  a token whose lowercased text is exactly `word`
  `*`      a gap of 0 to 4 tokens
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from warta.coding.ontology import PLOVER_TYPES
from warta.lang.morph import stemmer
from warta.lang.pack import load_yaml

GAP = ("*", "")
NO_EVENT = "NONE"  # a rule that matches a phrase so that no shorter rule fires inside it
MAX_GAP = 4


@dataclass(frozen=True, slots=True)
class Rule:
    """One event rule of a language pack."""

    id: str
    event: str
    mode: str | None
    cameo: str | None
    reciprocal: bool  # every participant is an actor (meetings, mutual acts)
    nominal: bool  # the trigger is a noun ("serangan", "the arrest")
    genitive: str | None  # role of the noun phrase right after a nominal trigger
    passive_only: bool
    needs_recipient: bool  # "released" with no one released is no release
    inverse: bool  # the subject receives the act, done by "dari/from X" ("menuai kecaman dari")
    host: bool  # the subject hosts a visit: the one received is the visitor, the actor
    said_only: bool  # only inside a reported statement, whose speaker is the actor ("must")
    land_object: bool  # fires only on a country given up as its object ("menyerahkan Italia")
    unstated_actor: bool  # news reports it without saying who acts ("the probe began in June")
    actor_sector: str | None  # what the act makes its actor ("sent as envoy": a government's)
    direct_object: bool  # only an object right after the verb counts ("received Anwar")
    gap_object: bool  # a group noun among the pattern's words is acted on ("membubarkan massa")
    untargeted_as: dict[str, str] | None  # what it is aimed at no one ("launched a missile")
    official_as: dict[str, str] | None  # what the event is when done by an official actor
    civilian_as: dict[str, str] | None  # ... and when done by civilians ("strike": a protest)
    confidence: float


@dataclass(frozen=True, slots=True)
class Pattern:
    """A compiled pattern: its items and the rule it fires."""

    items: tuple[tuple[str, str], ...]  # ("s", stem) | ("e", exact) | ("*", "")
    rule: Rule


@dataclass(slots=True)
class Lexicon:
    """Everything the coder needs to know about one language, as hashed tables."""

    lang: str
    stem: Callable[[str], str]
    by_first: dict[tuple[str, str], list[Pattern]] = field(default_factory=dict)
    # the same patterns by first word as plain strings: stems, and exact words
    by_stem: dict[str, list[Pattern]] = field(default_factory=dict)
    by_exact: dict[str, list[Pattern]] = field(default_factory=dict)
    mode_cues: list[tuple[str, str, str | None, frozenset[str]]] = field(default_factory=list)
    cues: dict[str, frozenset[str]] = field(default_factory=dict)
    phrase_cues: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    # the same phrases indexed by their last word, for scanning backwards from a trigger,
    # and by their first two words, for scanning forwards ("the" starts many pairs, few phrases)
    phrase_ends: dict[str, dict[str, list[tuple[str, ...]]]] = field(default_factory=dict)
    phrase_starts: dict[str, dict[tuple[str, str], list[tuple[str, ...]]]] = field(
        default_factory=dict)
    verb_prefixes: tuple[str, ...] = ()  # affixes that make a word a verb ("me-", "di-")
    clitics: tuple[str, ...] = ()  # endings an `=exact` word may carry ("-nya", "-lah")

    def has(self, cue: str, lower: str) -> bool:
        """Is this lowercased token one of the pack's `cue` words?"""
        return lower in self.cues.get(cue, frozenset())


def has_any_word(text: str, words: frozenset[str]) -> bool:
    """Is any word of the text (lowercased) one of `words`? ("foreign journalists")"""
    return bool(words) and any(w in words for w in text.lower().split())


def _item(word: str, stem: Callable[[str], str]) -> tuple[str, str]:
    if word == "*":
        return GAP
    if word.startswith("="):
        return ("e", word[1:].lower())
    return ("s", stem(word.lower()))


def _alt(raw: Any) -> dict[str, str] | None:
    if not raw:
        return None
    if raw.get("event") not in PLOVER_TYPES and raw.get("event") != NO_EVENT:
        raise ValueError(f"unknown event in {raw!r}")
    return {k: str(v) for k, v in raw.items()}


def _rule(raw: dict[str, Any], lang: str) -> Rule:
    event = raw["event"]
    if event not in PLOVER_TYPES and event != NO_EVENT:
        raise ValueError(f"lang/{lang}/events.yaml: rule {raw.get('id')!r}: unknown event {event!r}")
    return Rule(id=f"{lang}/{raw['id']}", event=event, mode=raw.get("mode"),
                cameo=str(raw["cameo"]) if raw.get("cameo") else None,
                reciprocal=bool(raw.get("reciprocal")), nominal=bool(raw.get("nominal")),
                genitive=raw.get("genitive"), passive_only=bool(raw.get("passive_only")),
                said_only=bool(raw.get("said_only")), land_object=bool(raw.get("land_object")),
                unstated_actor=bool(raw.get("unstated_actor")),
                actor_sector=raw.get("actor_sector"),
                direct_object=bool(raw.get("direct_object")),
                gap_object=bool(raw.get("gap_object")),
                untargeted_as=_alt(raw.get("untargeted_as")),
                needs_recipient=bool(raw.get("needs_recipient")),
                inverse=bool(raw.get("inverse")), host=bool(raw.get("host")),
                official_as=_alt(raw.get("official_as")), civilian_as=_alt(raw.get("civilian_as")),
                confidence=float(raw.get("confidence", 0.8)))


@cache
def load_lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of a language pack (built once per process)."""
    stem = stemmer(lang)
    lex = Lexicon(lang=lang, stem=stem)
    by_first: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
    for raw in load_yaml(lang, "events.yaml") or []:
        rule = _rule(raw, lang)
        for text in raw.get("patterns", []):
            items = tuple(_item(w, stem) for w in str(text).split())
            if not items or items[0] == GAP:
                raise ValueError(f"lang/{lang}/events.yaml: bad pattern {text!r}")
            by_first[items[0]].append(Pattern(items, rule))
    for plist in by_first.values():
        plist.sort(key=lambda p: -len(p.items))  # longest first
    lex.by_first = dict(by_first)
    lex.by_stem = {value: p for (kind, value), p in lex.by_first.items() if kind == "s"}
    lex.by_exact = {value: p for (kind, value), p in lex.by_first.items() if kind == "e"}
    cues = load_yaml(lang, "cues.yaml") or {}
    for name, words in cues.items():
        if name == "modes":
            continue
        if isinstance(words, list):
            singles = {str(w).lower() for w in words if " " not in str(w)}
            lex.cues[name] = frozenset(singles)
            lex.phrase_cues[name] = [tuple(str(w).lower().split()) for w in words if " " in str(w)]
            ends: dict[str, list[tuple[str, ...]]] = defaultdict(list)
            starts: dict[tuple[str, str], list[tuple[str, ...]]] = defaultdict(list)
            for phrase in lex.phrase_cues[name]:
                ends[phrase[-1]].append(phrase)
                starts[(phrase[0], phrase[1])].append(phrase)
            lex.phrase_ends[name] = dict(ends)
            lex.phrase_starts[name] = dict(starts)
    lex.verb_prefixes = tuple(str(p) for p in cues.get("verb_prefixes") or ())
    lex.clitics = tuple(str(c) for c in cues.get("clitics") or ())
    for m in cues.get("modes", []):
        words = frozenset(str(w).lower() for w in m["words"])
        lex.mode_cues.append((m["event"], m["mode"], m.get("cameo"), words))
    return lex
