"""Per-language actor lexicon: every surface name of a language pack, matched on tokens.

One hashed table keyed by the lower-cased first token holds all multi-word entries,
longest first, so a sentence is scanned once whatever the size of the knowledge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, NamedTuple

from warta.actors.knowledge import knowledge
from warta.lang.pack import load_yaml, pack_file

# Word tokens; dotted abbreviations ("U.S.") stay one token; punctuation is its own token.
TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}|\w+|[^\w\s]")
_SPACED_TOKEN_RE = re.compile(rf"(\s*)({TOKEN_RE.pattern})")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_new_tuple = tuple.__new__

# Piece kinds (what a matched surface contributes to a mention).
PERSON, ORG, COUNTRY, ADJ = "person", "org", "country", "adj"
PEOPLE, CAPITAL, CITY = "people", "capital", "city"
TITLE, RANK, NOUN, PLURAL_NOUN, GROUP = "title", "rank", "noun", "plural_noun", "group"
FORMER, DET, LOC, COUNTERPART, OF, POSS = "former", "det", "loc", "counterpart", "of", "poss"
# WEAPON: equipment standing for its operator only when a country or force is named with it
# ("Israeli warplanes"); alone ("a warship", "fired artillery") it is no actor.
# POSTMOD: an adjective between a title and a name ("Perdana Menteri Inggris baru Lord X").
# NONE: a phrase holding an actor word that names no actor ("taking office", "military aid").
WEAPON, POSTMOD, NONE = "weapon", "postmod", "none"


class Token(NamedTuple):
    """A word of the sentence: its key (lower case, normalised) and doc offsets.

    A named tuple rather than a frozen dataclass: tens of thousands are made per second
    and a tuple is built several times faster (speed, issue 10); it is as immutable.
    """

    key: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Entry:
    """A surface name: its tokens, capitalisation rule per token and what it means."""

    keys: tuple[str, ...]
    caps: tuple[int, ...]  # 0 any case, 1 capitalised, 2 all capitals
    kind: str
    value: str  # entity key, alpha-3, or sector code


@dataclass(slots=True)
class Lexicon:
    """All surface names of one language, and its function words."""

    lang: str
    head: str = "first"
    table: dict[str, list[Entry]] = field(default_factory=dict)
    org_heads: dict[str, str] = field(default_factory=dict)  # lower-cased head word -> sector
    particles: frozenset[str] = frozenset()
    plural_words: frozenset[str] = frozenset()
    state_articles: frozenset[str] = frozenset()
    currencies: frozenset[str] = frozenset()  # "dolar AS", "US dollars": no actor
    office_locatives: frozenset[str] = frozenset()  # "the US commander in | Iraq": a post
    envoy_words: frozenset[str] = frozenset()  # titles sent "to" a country: "ambassador to"
    owned_by: frozenset[str] = frozenset()  # "Vietnamese-|flagged": the next noun is of it
    backed_by: frozenset[str] = frozenset()  # "Iran-|backed": the next noun is not of it
    describers: frozenset[str] = frozenset()  # "in | central | Jakarta": still after "in"
    coordinators: frozenset[str] = frozenset()  # "Israeli | and | Palestinian officials"
    # Built by finish(): per first key, the entry lengths (longest first) and the entries
    # by their whole key tuple, so a match probes a few hash keys instead of every entry
    # of a crowded bucket ("the", "partai"): speed, issue 10.
    index: dict[str, tuple[tuple[int, ...], dict[tuple[str, ...], list[Entry]]]] = field(
        default_factory=dict)

    def add(self, surface: str, kind: str, value: str) -> None:
        """Add one surface name; the first meaning added for a surface wins."""
        toks = TOKEN_RE.findall(surface.translate(APOSTROPHES))
        if not toks:
            return
        caps = tuple(_cap_rule(t) for t in toks)
        keys = tuple(t.lower() for t in toks)
        bucket = self.table.setdefault(keys[0], [])
        if any(e.keys == keys and e.caps == caps for e in bucket):
            return
        bucket.append(Entry(keys, caps, kind, value))

    def finish(self) -> None:
        """Sort each bucket longest first, so the scan takes the longest match."""
        self.index = {}
        for first, bucket in self.table.items():
            bucket.sort(key=lambda e: -len(e.keys))
            by_keys: dict[tuple[str, ...], list[Entry]] = {}
            for e in bucket:  # bucket order: among same-key entries the first added wins
                by_keys.setdefault(e.keys, []).append(e)
            lengths = tuple(sorted({len(e.keys) for e in bucket}, reverse=True))
            self.index[first] = (lengths, by_keys)


def _cap_rule(tok: str) -> int:
    if not any(c.isalpha() for c in tok) or tok.islower():
        return 0
    letters = [c for c in tok if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return 2
    return 1 if tok[0].isupper() else 0


def _fits(rule: int, text: str) -> bool:
    if rule == 0:
        return True
    if rule == 2:
        return text.isupper()
    return text[:1].isupper()


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of text[start:end] with offsets into `text`."""
    norm = text[start:end].translate(APOSTROPHES)
    # findall of (whitespace, token) pairs is a third faster than finditer's match objects;
    # only whitespace lies between TOKEN_RE's tokens, so offsets are running sums of
    # lengths. tuple.__new__ skips the named tuple's Python-level __new__.
    out: list[Token] = []
    append = out.append
    pos = start
    for space, word in _SPACED_TOKEN_RE.findall(norm):
        a = pos + len(space)
        pos = a + len(word)
        append(_new_tuple(Token, (word.lower(), a, pos, word)))
    if "-" in norm:
        out = _join_reduplication(out)
    return out


def _join_reduplication(toks: list[Token]) -> list[Token]:
    """A reduplicated plural ("negara-negara") becomes one token keyed by its base."""
    out: list[Token] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if (k + 2 < len(toks) and toks[k + 1].text == "-" and toks[k + 2].key == t.key
                and toks[k + 1].start == t.end and toks[k + 2].start == toks[k + 1].end):
            last = toks[k + 2]
            out.append(Token(t.key, t.start, last.end, f"{t.text}-{last.text}"))
            k += 3
            continue
        out.append(t)
        k += 1
    return out


def match_at(lex: Lexicon, toks: list[Token], i: int,
             keys: list[str] | None = None) -> Entry | None:
    """The longest entry matching the tokens from position i, or None.

    `keys` (the tokens' keys, when the caller has them) saves rebuilding them.
    """
    found = lex.index.get(toks[i].key)
    if found is None:
        if lex.index or not lex.table:
            return None
        return _match_bucket(lex, toks, i)  # finish() not called: the plain scan
    lengths, by_keys = found
    if keys is None:
        keys = [t.key for t in toks[i:i + lengths[0]]]
        i0 = 0
    else:
        i0 = i
    avail = len(keys) - i0
    for n in lengths:
        if n > avail:
            continue
        for entry in by_keys.get(tuple(keys[i0:i0 + n]), ()):
            caps = entry.caps
            for k in range(n):
                if caps[k] and not _fits(caps[k], toks[i + k].text):
                    break
            else:
                return entry
    return None


def _match_bucket(lex: Lexicon, toks: list[Token], i: int) -> Entry | None:
    """match_at by trying every entry of the first key's bucket (the unindexed way)."""
    for entry in lex.table.get(toks[i].key, ()):
        n = len(entry.keys)
        if i + n > len(toks):
            continue
        ok = True
        for k in range(n):
            t = toks[i + k]
            if t.key != entry.keys[k] or not _fits(entry.caps[k], t.text):
                ok = False
                break
        if ok:
            return entry
    return None


def article_variants(name: str) -> list[str]:
    """A name and its Arabic-article spellings: "Omar al-Bashir" is also written
    "Omar el-Bashir", "Omar El Bashir", "Omar al Bashir" (the article joined by a hyphen or a
    space, "al" or "el"; case is free for a lower-case key)."""
    words = name.split(" ")
    out = [name]
    for k, w in enumerate(words):
        if w.lower().startswith(("al-", "el-")) and len(w) > 3:
            base, rest = w.split("-", 1)[1], words[k + 1:]
        elif w.lower() in ("al", "el") and 0 < k < len(words) - 1:
            base, rest = words[k + 1], words[k + 2:]  # "Hamad bin Khalifa Al Thani"
        else:
            continue
        for art in ("al", "el"):
            for sep in ("-", " "):
                v = " ".join([*words[:k], f"{art}{sep}{base}", *rest])
                if v not in out:
                    out.append(v)
    return out


def _title_variants(data: dict, lex: Lexicon) -> None:
    """Titles with a rank prefix ("vice foreign minister", "acting president") and, for
    Indonesian, the ministers and ministries of each portfolio ("Menteri Koordinator
    Bidang Politik, Hukum, dan Keamanan", "Kementerian Luar Negeri")."""
    prefixes = [str(w) for w in data.get("title_prefixes") or ()]
    for code, names in (data.get("titles") or {}).items():
        for name in names or ():
            for pre in prefixes:
                lex.add(f"{pre} {name}", TITLE, str(code))
    ministries = data.get("ministries") or {}
    for kind, section in ((TITLE, "titles"), (NOUN, "nouns")):
        for code, forms in (ministries.get(section) or {}).items():
            for form in forms or ():
                for portfolio in ministries.get("portfolios") or ():
                    lex.add(str(form).format(portfolio), kind, str(code))


def _by_code(section: object, kind: str, lex: Lexicon) -> None:
    if isinstance(section, dict):
        for code, names in section.items():
            for name in names or ():
                lex.add(str(name), kind, str(code))


def _lowered(data: dict[str, Any], key: str) -> frozenset[str]:
    """A pack's word list, lower-cased, as a set (empty when the pack has none)."""
    return frozenset(str(w).lower() for w in data.get(key) or ())


@cache
def lexicon(lang: str) -> Lexicon:
    """Build (once) the lexicon of a language pack from its actors*.yaml/tsv files."""
    data = load_yaml(lang, "actors.yaml") or {}
    kn = knowledge()
    lex = Lexicon(lang=lang, head=data.get("head", "first"))
    # Phrases that are no actor go first: "military aid" must not match "military".
    for phrase in data.get("not_actors") or ():
        lex.add(phrase, NONE, "")
    # A sector noun modifying a thing ("military aid", "bantuan militer") is no actor.
    mods = data.get("noun_modifiers") or {}
    for word in mods.get("words") or ():
        for thing in mods.get("things") or ():
            lex.add(f"{word} {thing}" if lex.head == "last" else f"{thing} {word}", NONE, "")
    # Order = precedence for a surface with several meanings: specific before generic.
    for key, names in kn.aliases.items():
        kind = PERSON if kn.entities[key].kind == "person" else ORG
        for name in (*names, *kn.lang_aliases.get(lang, {}).get(key, ())):
            for variant in article_variants(name):
                lex.add(variant, kind, key)
    _by_code(data.get("orgs"), ORG, lex)
    for phrase in data.get("groups") or ():
        lex.add(phrase, GROUP, "")
    _by_code(data.get("countries"), COUNTRY, lex)
    _by_code(data.get("capitals"), CAPITAL, lex)
    _by_code(data.get("people"), PEOPLE, lex)
    for code, names in (data.get("adjectives") or {}).items():
        for name in names or ():
            for end, plural in (data.get("demonym_plurals") or {}).items():
                if str(name).endswith(end) and " " not in str(name):
                    lex.add(str(name)[: -len(end)] + plural, PEOPLE, str(code))
    _by_code(data.get("adjectives"), ADJ, lex)
    _by_code(data.get("titles"), TITLE, lex)
    _title_variants(data, lex)
    _by_code(data.get("ranks"), RANK, lex)
    _by_code(data.get("nouns"), NOUN, lex)
    _by_code(data.get("weapons"), WEAPON, lex)
    # Function words of a phrase, each list one kind (in this order: a word in two lists
    # keeps the first).
    for key, kind, value in (("post_modifiers", POSTMOD, ""), ("former", FORMER, "ELI"),
                             ("counterpart", COUNTERPART, ""), ("locative", LOC, ""),
                             ("of", OF, ""), ("possessive", POSS, ""), ("determiners", DET, "")):
        for word in data.get(key) or ():
            lex.add(word, kind, value)
    tsv = pack_file(lang, "actors_countries.tsv")
    if tsv.is_file():
        for line in tsv.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                name, a3 = line.split("\t")
                lex.add(name, COUNTRY, a3)
    for name, a3 in kn.cities.items():
        lex.add(name, CITY, a3)
    # A multi-word head is keyed by its head token: the last in head-final languages.
    pick = -1 if lex.head == "last" else 0
    lex.org_heads = {[t for t in TOKEN_RE.findall(w) if t[0].isalpha()][pick].lower(): sector
                     for sector, words in (data.get("org_heads") or {}).items() for w in words}
    lex.particles = _lowered(data, "name_particles")
    lex.plural_words = _lowered(data, "plural_words")
    lex.state_articles = _lowered(data, "state_articles")
    lex.currencies = _lowered(data, "currencies")
    lex.office_locatives = _lowered(data, "office_locatives")
    lex.envoy_words = _lowered(data, "envoy_words")
    lex.owned_by = _lowered(data, "owned_by")
    lex.backed_by = _lowered(data, "backed_by")
    # the coder's describing and joining words (cues.yaml), so both read phrases alike
    cues = load_yaml(lang, "cues.yaml") or {}
    lex.describers = _lowered(cues, "premodifiers")
    lex.coordinators = _lowered(cues, "coordinators")
    lex.finish()
    return lex
