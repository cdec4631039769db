"""Reduce inflected words to the roots that event lexicons match on.

Two language-neutral engines, each driven by a pack's `morph.yaml`:
  * `affix`: dictionary-checked stripping of particles, suffixes and prefixes with recoding
    (the Nazief-Adriani / ECS family, used for Indonesian and fit for Malay);
  * `suffix`: irregular-form table plus ordered suffix rewrite rules (English).
A pack without `morph.yaml` gets `str.lower`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from warta.lang.pack import load_words, load_yaml

Stem = Callable[[str], str]
# How many distinct words a stemmer remembers; news vocabularies stay well below this.
CACHE_SIZE = 1 << 18


@dataclass(frozen=True)
class PrefixRule:
    """One prefix allomorph: strip `prefix` when `next` follows, then put back one of `add`."""

    prefix: str
    next: re.Pattern[str]
    add: tuple[str, ...]
    kind: str
    first: bool
    cost: float


class AffixStemmer:
    """Dictionary-checked affix stripping: the cheapest analysis ending on a known root wins."""

    def __init__(self, spec: dict[str, Any], roots: dict[str, int]) -> None:
        self.roots = roots
        self.min_root = int(spec.get("min_root", 3))
        self.max_prefixes = int(spec.get("max_prefixes", 3))
        self.freq_weight = float(spec.get("freq_weight", 0.0))
        self.derived_cost = float(spec.get("derived_root_cost", 0.0))
        vowels = spec.get("vowels", "aeiou")
        self.particles = _costs(spec.get("particles"))
        self.possessives = _costs(spec.get("possessives"))
        self.suffixes = _costs(spec.get("suffixes"))
        self.invalid = {tuple(p) for p in spec.get("invalid_confixes", [])}
        self.keep = frozenset(spec.get("keep", []))
        self.reduplication = spec.get("hyphen") == "reduplication"
        self.rules: dict[str, list[PrefixRule]] = {}
        for r in spec.get("prefixes", []):
            nxt = str(r.get("next", "")).replace("V", f"[{vowels}]")
            rule = PrefixRule(
                prefix=r["prefix"],
                next=re.compile(nxt),
                add=tuple(r.get("add", [""])),
                kind=r.get("kind", r["prefix"]),
                first=bool(r.get("first", False)),
                cost=float(r.get("cost", 1.0)),
            )
            self.rules.setdefault(rule.prefix[0], []).append(rule)
        # Dictionaries list some derived words as roots ("kerasan", "alami", "adakan"); an
        # entry that is another root plus a suffix costs extra when reached through affixes.
        self.derived = frozenset(w for w in roots if self._looks_derived(w, spec))

    def __call__(self, word: str) -> str:
        """Root of one lowercased word, or the word itself when no analysis reaches a root."""
        if word in self.keep or word in self.roots:
            return word
        for table in (self.particles, self.possessives):
            for ending in table:
                # "pemerintahnya", "pasukannya": a kept word with a clitic is still kept
                if word.endswith(ending) and word[: -len(ending)] in self.keep:
                    return word[: -len(ending)]
        if self.reduplication and "-" in word:
            return self._hyphenated(word)
        best, best_cost = word, math.inf
        for root, cost in self._analyses(word):
            cost -= self.freq_weight * math.log1p(self.roots[root])
            if root in self.derived:
                cost += self.derived_cost
            if cost < best_cost:
                best, best_cost = root, cost
        return best

    def _looks_derived(self, word: str, spec: dict[str, Any]) -> bool:
        """Is a dictionary entry another root plus one suffix or one `derived_prefix_kinds`
        prefix ("melambang" = me- + lambang)?"""
        for s in self.suffixes:
            stem = word[: -len(s)]
            if word.endswith(s) and len(stem) >= self.min_root and stem in self.roots:
                return True
        kinds = set(spec.get("derived_prefix_kinds", []))
        for rule in self.rules.get(word[0], ()):
            if rule.kind in kinds and word.startswith(rule.prefix):
                rest = word[len(rule.prefix) :]
                if rule.next.match(rest) and any(
                    len(a + rest) >= self.min_root and a + rest in self.roots for a in rule.add
                ):
                    return True
        return False

    def _hyphenated(self, word: str) -> str:
        # Reduplication ("negara-negara", "tembak-menembak", "sehari-hari"): the parts share
        # a root. Other compounds ("anti-korupsi") are left whole.
        parts = [self(p) for p in word.split("-") if p]
        if parts and all(p == parts[0] for p in parts):
            return parts[0]
        return word

    def _analyses(self, word: str) -> Iterator[tuple[str, float]]:
        """Every (root, cost) reachable by stripping suffix layers, then prefixes."""
        for stem, suffix, cost in self._suffix_splits(word):
            for root, kinds, pcost in self._prefix_splits(stem, (), 0.0):
                if not kinds and not suffix and cost == 0.0:
                    continue  # the bare word: already checked against the dictionary
                if suffix and kinds and (kinds[0], suffix) in self.invalid:
                    continue
                yield root, cost + pcost

    def _suffix_splits(self, word: str) -> Iterator[tuple[str, str, float]]:
        # Layers peel from the end in a fixed order: particle, possessive, derivational.
        stems = [(word, 0.0)]
        for table in (self.particles, self.possessives):
            stems += [
                (w[: -len(s)], c + sc)
                for w, c in stems
                for s, sc in table.items()
                if w.endswith(s) and len(w) - len(s) >= self.min_root
            ]
        for w, c in stems:
            yield w, "", c
            for s, sc in self.suffixes.items():
                if w.endswith(s) and len(w) - len(s) >= self.min_root:
                    yield w[: -len(s)], s, c + sc

    def _prefix_splits(
        self, word: str, kinds: tuple[str, ...], cost: float
    ) -> Iterator[tuple[str, tuple[str, ...], float]]:
        if len(word) >= self.min_root and word in self.roots:
            yield word, kinds, cost
        if len(kinds) >= self.max_prefixes or not word:
            return
        for rule in self.rules.get(word[0], ()):
            if rule.kind in kinds or (rule.first and kinds) or not word.startswith(rule.prefix):
                continue
            rest = word[len(rule.prefix) :]
            if not rule.next.match(rest):
                continue
            for add in rule.add:
                cand = add + rest
                if len(cand) >= self.min_root:
                    yield from self._prefix_splits(cand, (*kinds, rule.kind), cost + rule.cost)


class SuffixLemmatizer:
    """Irregular-form table, then the first matching suffix rewrite rule, then spelling folds."""

    def __init__(self, spec: dict[str, Any], irregular: dict[str, str]) -> None:
        self.irregular = irregular
        self.keep = frozenset(spec.get("keep", []))
        self.min_stem = int(spec.get("min_stem", 3))
        repairs = spec.get("restore", {})
        self.rules = [
            (re.compile(r["match"]), r["replace"], _compile_restore(repairs.get(r.get("restore"))))
            for r in spec.get("rules", [])
        ]
        self.folds = [(re.compile(f["match"]), f["replace"]) for f in spec.get("folds", [])]
        self.no_fold = frozenset(spec.get("no_fold", []))

    def __call__(self, word: str) -> str:
        """Lemma of one lowercased word (inflection removed, derivation kept)."""
        if word in self.keep:
            return word
        lemma = self.irregular.get(word)
        if lemma is None:
            lemma = self._strip(word)
        return self._fold(lemma)

    def _strip(self, word: str) -> str:
        for pattern, replace, restore in self.rules:
            if not pattern.search(word):
                continue
            stem = pattern.sub(replace, word, count=1)
            if len(stem) < self.min_stem or not re.search("[aeiouy]", stem):
                return word
            return restore(stem) if restore else stem
        return word

    def _fold(self, word: str) -> str:
        if word in self.no_fold:
            return word
        for pattern, replace in self.folds:
            if pattern.search(word):
                return pattern.sub(replace, word, count=1)
        return word


def _compile_restore(spec: dict[str, Any] | None) -> Callable[[str], str] | None:
    """A stem repair step of a suffix rule: undo consonant doubling, put back a final -e."""
    if not spec:
        return None
    keep_double = frozenset(spec.get("keep_double", []))
    undouble_to = frozenset(spec.get("undouble_to", []))
    undouble = re.compile(spec.get("undouble", "(?!)"))
    add_e = re.compile("|".join(f"(?:{p})" for p in spec.get("add_e", [])) or "(?!)")
    no_e = frozenset(spec.get("no_e", []))
    add_e_words = frozenset(spec.get("add_e_words", []))

    def restore(stem: str) -> str:
        if stem in keep_double or stem in no_e:
            return stem
        if stem[:-1] in undouble_to and stem[-1] == stem[-2]:
            return stem[:-1]
        if stem in add_e_words:
            return stem + "e"
        if undouble.search(stem):
            return stem[:-1]  # a doubled final consonant never takes -e back: "stopped"
        if add_e.search(stem):
            return stem + "e"
        return stem

    return restore


def _costs(table: dict[str, float] | list[str] | None) -> dict[str, float]:
    """An affix table: a mapping affix -> cost, or a plain list costing 1.0 each."""
    if table is None:
        return {}
    if isinstance(table, list):
        return dict.fromkeys(table, 1.0)
    return {k: float(v) for k, v in table.items()}


def _load_roots(lang: str, name: str) -> dict[str, int]:
    """A `root[<TAB>frequency]` word list."""
    roots: dict[str, int] = {}
    for line in load_words(lang, name):
        root, _, freq = line.partition("\t")
        roots[root.strip()] = int(freq) if freq.strip() else 0
    return roots


def _load_pairs(lang: str, name: str) -> dict[str, str]:
    """A `form<whitespace>lemma` list."""
    pairs: dict[str, str] = {}
    for line in load_words(lang, name):
        form, lemma = line.split()
        pairs[form] = lemma
    return pairs


def _build(lang: str) -> Stem:
    spec = load_yaml(lang, "morph.yaml")
    if not spec:
        return str.lower
    engine = spec.get("engine")
    core: Stem
    if engine == "affix":
        roots = _load_roots(lang, spec.get("roots", "roots.txt"))
        for extra in spec.get("extra_roots", []):
            roots.setdefault(extra, 0)
        core = AffixStemmer(spec, roots)
    elif engine == "suffix":
        core = SuffixLemmatizer(spec, _load_pairs(lang, spec.get("irregular", "irregular.txt")))
    else:
        raise ValueError(f"lang/{lang}/morph.yaml: unknown engine {engine!r}")
    memo: dict[str, str] = {}

    def stem(word: str) -> str:
        # A plain dict lookup is the hot path: the tokeniser calls this once per token.
        try:
            return memo[word]
        except KeyError:
            pass
        out = core(word.lower())
        if len(memo) < CACHE_SIZE:
            memo[word] = out
        return out

    return stem


@cache
def stemmer(lang: str) -> Callable[[str], str]:
    """The stem function of a language pack (cached per language): lowercased word -> root. Unknown languages get str.lower."""  # noqa: E501
    return _build(lang)
