"""Unknown proper names: capitalised runs that no dictionary knows ("Rachida Dati", "Dündar").

A rule-based finder, not a model: a run of capitalised words (with name particles and
initials inside) that is no known place, date word, function word, or sentence-initial
common word is a name mention. Its identity is left to coreference and later stages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from warta.lang.morph import stemmer
from warta.lang.pack import load_words, load_yaml
from warta.places.gazetteer import index, name_key

_ROMAN = re.compile(r"[IVX]+")

# Opening marks that may precede a sentence's first word ("“Kami ...").
_OPENERS = frozenset('"“‘\'([«-–—•*')
# Marks after which a new sentence (or quoted sentence) starts inside the given span.
_ENDERS = frozenset(".!?:;")


@dataclass(frozen=True, slots=True)
class NameRules:
    """What a language says about names: words that never start one, place heads, roots."""

    stop: frozenset[str] = frozenset()  # never a name word (function words, months, days)
    initial_stop: frozenset[str] = frozenset()  # not a name when first in the sentence
    place_heads: frozenset[str] = frozenset()  # "Jalan", "Street": the run is a place
    thing_heads: frozenset[str] = frozenset()  # "Tahun", "Perang", "Act": an event or a law
    heads: frozenset[str] = frozenset()  # both
    before_place: frozenset[str] = frozenset()  # "di", "in": a run right after is a place
    roots: frozenset[str] = field(default_factory=frozenset)  # common words of the language
    attested: frozenset[str] = frozenset()  # roots seen in running text (frequency > 0)
    initial_suffixes: tuple[str, ...] = ()  # "-ous", "-ly": an ordinary word, first or not
    lang: str = ""


@cache
def name_rules(lang: str) -> NameRules:
    """Build (once) the name rules of a language pack from actors.yaml, dates.yaml, roots."""
    data = (load_yaml(lang, "actors.yaml") or {}).get("names") or {}
    dates = load_yaml(lang, "dates.yaml") or {}
    dated = {str(k).lower() for key in ("months", "weekdays") for k in dates.get(key) or {}}
    rows = [w.partition("\t") for w in load_words(lang, data["roots"])] if data.get("roots") else []
    roots = frozenset(r.strip().lower() for r, _, _ in rows)
    # Dictionary roots include many words that are mostly names ("bambang", "akbar"); a
    # root also seen as a lemma in a corpus is an ordinary word.
    attested = frozenset(r.strip().lower() for r, _, f in rows if f.strip() not in ("", "0"))
    low = lambda key: frozenset(str(w).lower() for w in data.get(key) or ())  # noqa: E731
    return NameRules(stop=low("stop") | dated, initial_stop=low("initial_stop"),
                     place_heads=low("place_heads"), thing_heads=low("thing_heads"),
                     heads=low("place_heads") | low("thing_heads"),
                     before_place=low("before_place"),
                     roots=roots, attested=attested,
                     initial_suffixes=tuple(str(x).lower() for x in data.get("initial_suffixes") or ()),
                     lang=lang)


def is_place(name: str, lang: str) -> bool:
    """True when the gazetteer knows `name` as a place and its stop list does not deny it."""
    ix = index(lang)
    key = name_key(name)
    return key in ix.exact and key.casefold() not in ix.stop


def common_word(word: str, rules: NameRules, strict: bool = False) -> bool:
    """True when a capitalised word is an ordinary word of the language (a known root or
    derived from one), not an acronym; `strict` asks for a root attested in a corpus."""
    if word.isupper() and len(word) > 1:
        return False
    key = word.lower()
    if key in (rules.attested if strict else rules.roots):
        return True
    root = stemmer(rules.lang)(key)
    return root != key and root in rules.roots


def common_initial(word: str, rules: NameRules) -> bool:
    """True when a sentence-initial capitalised word is most likely an ordinary word."""
    key = word.lower()
    if key in rules.stop or key in rules.initial_stop:
        return True
    # Languages without a root list say which endings names (almost) never have.
    if rules.initial_suffixes and key.endswith(rules.initial_suffixes) and len(key) > 5:
        return True
    # A dictionary root or a form derived from one ("Pemerintah") is no name there: names
    # that are also roots ("Bambang") are rarer at a sentence start than ordinary words.
    return bool(rules.roots) and common_word(word, rules)


def sentence_initial(keys: list[str], texts: list[str], i: int) -> bool:
    """True when token i starts the sentence or a sentence inside it (only opening marks
    since the start or since a full stop, colon ...)."""
    k = i - 1
    while k >= 0 and texts[k] in _OPENERS:
        k -= 1
    return k < 0 or texts[k] in _ENDERS


def is_initial(text: str, nxt: str | None) -> bool:
    """A single capital letter followed by a full stop ("J. Smith")."""
    return len(text) == 1 and text.isupper() and nxt == "."


def name_runs(keys: list[str], texts: list[str], eligible: list[bool], particle: list[bool],
              rules: NameRules) -> list[tuple[int, int]]:
    """Token ranges [i, j) of unknown names.

    `eligible[k]`: token k is a capitalised word no known entry covers; `particle[k]`: it is
    a name particle ("bin", "van", "al"). One left-to-right pass.
    """
    n = len(keys)
    out: list[tuple[int, int]] = []

    def word(k: int) -> bool:
        # A capitalised head ("Tahun", "Jalan") stays in the run so that the run is dropped.
        return k < n and eligible[k] and (keys[k] not in rules.stop or keys[k] in rules.heads)

    def glue(k: int) -> int:
        """Tokens that join the run at k before another name word (0 if none)."""
        if k + 1 < n and particle[k] and word(k + 1):
            return 1  # "Ridwan bin Ahmad"
        if k + 1 < n and texts[k] in "-'" and word(k + 1):
            return 1  # "Al-Assad", "O'Brien" (the tokeniser splits both)
        if k + 2 < n and texts[k] == "." and len(texts[k - 1]) == 1 and word(k + 1):
            return 1  # "J. Smith": an initial's full stop
        if k + 2 < n and particle[k] and texts[k + 1] == "-" and word(k + 2):
            return 2  # "Bashar al-Assad"
        return 0

    i = 0
    while i < n:
        if not eligible[i] and not particle[i]:
            i += 1  # neither a name word nor a particle: no name starts here
            continue
        start = i
        if particle[i] and i + 2 < n and texts[i + 1] == "-" and word(i + 2):
            pass  # a name opening with a particle: "al-Sisi"
        elif not word(i) or (sentence_initial(keys, texts, i) and common_initial(texts[i], rules)):
            i += 1
            continue
        j = i + 1
        while j < n:
            if word(j):
                j += 1
            elif g := glue(j):
                j += g
            else:
                break
        i = j
        if start > 0 and keys[start - 1] in rules.before_place:
            continue  # "di Menteng", "in Moravia": a place
        if any(keys[k] in rules.heads for k in range(start, j)):
            continue  # "Jalan Situbondo", "Wall Street", "Tahun Baru Imlek"
        if j - start == 1 and (len(texts[start]) == 1 or _ROMAN.fullmatch(texts[start])):
            continue  # a lone initial or numeral ("II") names nothing
        if rules.roots and all(common_word(texts[k], rules, strict=j - start == 1)
                               for k in range(start, j) if not particle[k]):
            continue  # title-cased ordinary words: "Bahan Bakar Minyak", "Hukum"
        if is_place(" ".join(texts[start:j]), rules.lang):
            continue  # "Menteng", "Misrata": a place, not a name
        out.append((start, j))
    return out
