"""Sentence splitting and tokenisation as character spans into the unchanged text.

Both are one compiled-regex pass. The splitter only looks at candidate boundaries
(terminal punctuation followed by space, or a line break) and decides each with a few
table lookups: the word before the period against the language's abbreviation list
(`lang/*/abbreviations.txt`), the next word's case, and the language's stop
words (`lang/<code>/langid.yaml`). No language is named in this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from warta.lang.pack import PACKS_DIR, load_words, load_yaml
from warta.model import Token

# A candidate boundary: terminal punctuation, closing quotes/brackets that belong to
# the sentence, then whitespace or the end; or a line break (with surrounding space).
_BOUNDARY = re.compile(
    r"(?P<punct>[.!?…]+)(?P<close>[\"'”’»)\]]*)(?=\s|\Z)"
    r"|(?P<nl>[^\S\n]*\n\s*)"
)
_NONSPACE = re.compile(r"\S")
# Opening marks skipped to reach the next word (or stripped before the previous one).
_OPENERS = "\"'“‘«([-–—"
_QUOTES = "\"“«"
_WORD = re.compile(r"[^\W_]+")
# Dotted abbreviations of short letter groups ("U.S.", "a.n.", "M.Si."): usually not
# the end of a sentence, unless a capitalised stop word follows.
_DOTTED = re.compile(r"(?:[^\W\d_]{1,3}\.){2,}")

# Tokens, tried in order at each position: dotted abbreviation, number with inner
# separators ("1.000", "3,5", "21/1/2025", "10.30"), letters glued to such a number
# ("Rp1.000" -> "Rp", "1.000"), word with inner hyphens and apostrophes
# ("Tiongkok-Rusia", "bidang-bidang", "don't", "G20"), any other single mark.
# The letters before a number are possessive (++): the lookahead can only hold after the
# last letter, and backing off letter by letter to retry it cost 15% of the tokeniser.
_TOKEN = re.compile(
    r"(?:[^\W\d_]{1,3}\.){2,}"
    r"|\d+(?:[.,/:]\d+)+"
    r"|[^\W\d_]++(?=\d+[.,/:]\d)"
    r"|\w+(?:[-'’]\w+)*"
    r"|\S"
)
# The same tokens, each with the whitespace before it: `\S` takes any non-space character,
# so only whitespace lies between tokens and offsets are running sums of lengths. One
# findall of (space, token) pairs is about twice as fast as finditer's match objects.
_SPACED_TOKEN = re.compile(rf"(\s*)({_TOKEN.pattern})")


@cache
def _rules(lang: str | None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(abbreviations, abbreviations that may end a sentence, stop words) for `lang`.

    Abbreviations are pooled from every pack: news in one language cites names, ranks
    and company forms of others ("Pte. Ltd." in Indonesian, "Kombes Pol." in English).
    Stop words are the language's own (all packs' for an unknown language).
    """
    abbrevs: set[str] = set()
    final: set[str] = set()
    for code in _all_packs():
        for line in load_words(code, "abbreviations.txt"):
            fields = line.split()
            abbrevs.add(fields[0])
            if "final" in fields[1:]:
                final.add(fields[0])
    own: Any = load_yaml(lang, "langid.yaml") if lang else None
    sources = [own] if own else [load_yaml(code, "langid.yaml") for code in _all_packs()]
    stop: set[str] = set()
    for data in sources:
        if data:
            stop.update(str(data.get("stopwords") or "").casefold().split())
    # An abbreviation marked final in any pack is final everywhere.
    return frozenset(abbrevs), frozenset(final), frozenset(stop)


def _all_packs() -> list[str]:
    return sorted(p.name for p in PACKS_DIR.iterdir() if (p / "abbreviations.txt").is_file())


def _word_before(text: str, end: int, floor: int) -> str:
    """The whitespace-delimited chunk ending at `end`, opening marks stripped."""
    start = end
    while start > floor and not text[start - 1].isspace() and end - start < 40:
        start -= 1
    return text[start:end].lstrip(_OPENERS)


def _is_boundary(text: str, m: re.Match[str], floor: int, lang: str | None) -> bool:
    """Whether the candidate boundary `m` really ends a sentence."""
    if m.group("nl") is not None:
        # A line break ends a sentence (news paragraphs are lines), except inside
        # hard-wrapped prose: the line has no final punctuation and the next starts
        # in lower case.
        after = m.end()
        prev = text[m.start() - 1] if m.start() > floor else ""
        if after < len(text) and text[after].islower() and prev not in ".!?…\"”’)":
            return "\n\n" in m.group("nl").replace(" ", "").replace("\t", "")
        return True
    nxt_m = _NONSPACE.search(text, m.end())
    if nxt_m is None:
        return True
    i = nxt_m.start()
    while i < len(text) and text[i] in _OPENERS:
        i += 1
    nxt = text[i] if i < len(text) else ""
    if nxt.islower():
        return False  # "dll. dan", "…” kata dia": the sentence goes on
    punct = m.group("punct")
    if punct != "." or m.group("close"):
        return True  # "!", "?", "...", '."': lower case already ruled out above
    before = _word_before(text, m.start(), floor)
    if not before:
        return True
    abbrevs, final, stop = _rules(lang)
    word = before + "."
    if word in abbrevs and word not in final:
        return False
    if len(before) == 1 and before.isupper():
        return False  # an initial: "George W. Bush", "H. Joko"
    if word in final or _DOTTED.fullmatch(word):
        # "U.S. President" goes on; "U.S. The president" ends: a capitalised stop
        # word is the mark of a new sentence.
        if text[nxt_m.start()] in _QUOTES:
            return True  # a quotation opens: "... Itochu Corp. \"Jumlah ..."
        nw = _WORD.match(text, i)
        return nw is not None and nw.group().casefold() in stop
    return True


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) into `text`, trimmed, covering each non-space char once."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if not _is_boundary(text, m, start, lang):
            continue
        end = m.start() if m.group("nl") is not None else m.end()
        _add(text, start, end, spans)
        start = end
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append text[start:end] with surrounding whitespace trimmed, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def tokenize(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Token spans inside text[start:end]: words, numbers and single punctuation marks."""
    out = []
    pos = start
    for space, word in _SPACED_TOKEN.findall(text, start, end):
        a = pos + len(space)
        pos = a + len(word)
        out.append((a, pos))
    return out


def sentence_tokens(text: str, start: int, end: int, stem: Callable[[str], str]) -> list[Token]:
    """The tokens of text[start:end] (tokenize's spans) with their lower case and root.

    Built straight from the findall pairs: no span list, no second slice of the text.
    """
    out: list[Token] = []
    append = out.append
    pos = start
    for space, word in _SPACED_TOKEN.findall(text, start, end):
        a = pos + len(space)
        pos = a + len(word)
        lower = word.lower()
        append(Token(word, a, pos, lower, stem(lower)))
    return out
