"""Find place names in a sentence and in a news dateline, and geocode them offline.

One pass over the sentence's words: at each capitalised word the longest gazetteer name
starting there is looked up in a hash table (no per-pattern rescans). Guards against the
many gazetteer names that are also words or person names: stop lists, and for small or
ambiguous single-word cities a locative cue ("di", "in") right before the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.model import PlaceMention
from warta.places.gazetteer import (
    RANK_ALT,
    RANK_CITY,
    TOKEN,
    Index,
    Place,
    countries,
    index,
    name_key,
)

# A single-word city this small (or one at the start of a sentence, below the second
# floor) is only a place after a locative cue: most such names are also ordinary words.
CUE_FREE_POPULATION = 100_000
CUE_FREE_POPULATION_INITIAL = 1_000_000
_GAP = re.compile(r"[\s.]*")  # what may separate the words of one name ("St. Petersburg")
_SPACE = re.compile(r"\s*")
# TOKEN with what lies before it: TOKEN starts at any letter or digit, so the gap is the
# longest run of other characters.
_GAP_WORD = re.compile(rf"([\W_]*)({TOKEN.pattern})")
# "JAKARTA, KOMPAS.com -", "BEIJING (Reuters) -", "Jakarta (ANTARA) -"
_DATELINE = re.compile(
    r"\s*(?P<place>[^\W\d_][\w.'’-]*(?:[ ][^\W\d_][\w.'’-]*){0,3}?)\s*"
    r"(?:,[^\n]{1,40}?|\([^)\n]{1,40}\))?\s*(?:--?|–|—)(?=\s)")  # not "Iran-backed"


@dataclass(slots=True)
class _Match:
    start: int  # token index where the mention starts (the prefix, if any)
    end: int  # token index after the name
    readings: list[Place]
    cued: bool
    prefix_feature: str | None
    key: str


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, word) of the gazetteer tokens of text[start:end], offsets into `text`."""
    out: list[tuple[int, int, str]] = []
    append = out.append
    pos = start
    # One findall of (gap, word) pairs instead of finditer's match objects (twice as fast):
    # a word starts at the first character after the gap, offsets are running sums.
    for gap, word in _GAP_WORD.findall(text, start, end):
        s = pos + len(gap)
        pos = s + len(word)
        # "Jakarta's" is Jakarta; "Xi'an" stays whole.
        if len(word) > 2 and word[-2] in "'’" and word[-1] == "s":
            append((s, pos - 2, word[:-2]))
        else:
            append((s, pos, word))
    return out


def _longest(ix: Index, text: str, words: list[tuple[int, int, str]], i: int
             ) -> tuple[int, list[Place], str] | None:
    """The longest name starting at word i: (end word index, readings, key)."""
    first = words[i][2]
    if not first[0].isupper():
        return None
    caps = first.isupper() and len(first) > 1
    best = None
    key = first
    exact, folded, partial, partial_folded = ix.exact, ix.folded, ix.partial, ix.partial_folded
    for j in range(i, min(len(words), i + ix.max_tokens)):
        if j > i:
            if _GAP.fullmatch(text, words[j - 1][1], words[j][0]) is None:
                break
            key = f"{key} {words[j][2]}"
        readings = exact.get(key)
        # ALL-CAPS text ("JAKARTA") is looked up case-folded, but only long names:
        # short capitals are acronyms.
        if readings is None and caps and len(key) >= 4 and key.isupper():
            readings = folded.get(key.casefold())
        if readings is not None:
            best = (j + 1, readings, key)
        # No name of the gazetteer starts with these words and goes on: stop probing.
        if key not in partial and (not caps or key.casefold() not in partial_folded):
            break
    return best


def _scan(ix: Index, text: str, words: list[tuple[int, int, str]]) -> list[_Match]:
    matches: list[_Match] = []
    i = 0
    while i < len(words):
        found = _longest(ix, text, words, i)
        prefix_feature = None
        start = i
        if (found is None or found[2].casefold() in ix.stop) and words[i][2] in ix.prefix_heads:
            # "Kabupaten Bogor", "Kab. Bogor": an administrative prefix, then a name.
            for n in (1, 2):
                pkey = " ".join(w[2] for w in words[i:i + n])
                if pkey in ix.prefixes and i + n < len(words):
                    inner = _longest(ix, text, words, i + n)
                    # "Kabupaten/Kota" is two prefixes, not a place
                    glued = _GAP.fullmatch(text, words[i + n - 1][1], words[i + n][0])
                    if inner is not None and glued and inner[2].casefold() not in ix.stop:
                        found, prefix_feature = inner, ix.prefixes[pkey]
                        break
        if found is None:
            i += 1
            continue
        end, readings, key = found
        cued = prefix_feature is not None or _cued(ix, text, words, start, 0)
        matches.append(_Match(start, end, readings, cued, prefix_feature, key))
        i = end
    return matches


def _cued(ix: Index, text: str, words: list[tuple[int, int, str]], start: int,
          articles: int) -> bool:
    """A locative cue right before word `start`, or before up to `articles` articles there
    ("in the Middle East")."""
    at = start
    for _ in range(articles + 1):
        if at == 0:
            return False
        prev = words[at - 1]
        if _SPACE.fullmatch(text, prev[1], words[at][0]) is None:
            return False
        word = prev[2].casefold()
        if word in ix.cues:
            return True
        if word in ix.cue_links and at >= 2 and words[at - 2][2].casefold() in ix.cues:
            return True  # "the town of Samarra"
        if word not in ix.articles:
            return False
        at -= 1
    return False


def _choose(readings: list[Place], ix: Index, mentioned: set[str], feature: str | None) -> Place:
    """The likeliest reading: a prefix's feature, then rank, then size weighted by context."""
    if feature is not None:
        fitting = [p for p in readings if p.feature in (feature, "city")]
        readings = fitting or readings

    def weight(p: Place) -> float:
        # A country named in the sentence or the text's home country makes a city as
        # likely as one 30 / 10 times its size: Rome (Italy) still beats Rome (Georgia)
        # next to "U.S.", but Bogor (Indonesia) beats a same-name town abroad.
        w = float(p.population + 1)
        if p.country in mentioned:
            w *= 30
        if p.country in ix.home:
            w *= 10
        return w

    return min(readings, key=lambda p: (p.rank, -weight(p)))


def _accept(m: _Match, place: Place, ix: Index, words: list[tuple[int, int, str]],
            text: str) -> bool:
    """False for a name that is more likely a word, a person or part of another name."""
    folded = m.key.casefold()
    if folded in ix.stop and m.prefix_feature is None:
        return False
    if folded in ix.ambiguous and not m.cued:
        return False
    if place.feature == "region":
        # A continent or world region is a place only after a cue ("di Asia Tenggara",
        # "in the Middle East"): elsewhere it names a group ("negara-negara Asia
        # Tenggara", "Uni Eropa", "the Middle East peace process").
        return m.cued or _cued(ix, text, words, m.start, 1)
    end = words[m.end - 1][1]
    if text[end:end + 1] == "-" and text[end + 1:end + 2].islower():
        return False  # "Iran-backed militias", "a US-led coalition": a word, no place
    prev = words[m.start - 1][2].casefold() if m.start > 0 else ""
    if place.feature == "country" and prev in ix.not_after:
        return False  # "bahasa Inggris" is a language, "orang Jepang" a nationality
    if place.feature in ("country", "admin") or m.cued:
        return True
    single = m.end - (m.start + (1 if m.prefix_feature else 0)) == 1
    if single and place.rank == RANK_ALT:
        return False  # single-word alternate names are often words of other languages
    floor = CUE_FREE_POPULATION_INITIAL if m.start == 0 else CUE_FREE_POPULATION
    if single and place.rank >= RANK_CITY and place.population < floor:
        return False
    # "Washington Post", "Paris Saint-Germain": a city name glued to a following
    # capitalised word is part of another name, unless that word is a direction.
    if m.end < len(words):
        s, _, nxt = words[m.end]
        glued = _SPACE.fullmatch(text, words[m.end - 1][1], s) is not None
        if glued and nxt[0].isupper() and nxt not in ix.directions:
            return False
    return True


def _mention(text: str, s: int, e: int, place: Place, feature: str | None) -> PlaceMention:
    return PlaceMention(text=text[s:e], span=(s, e), name=place.name, country=place.country,
                        lat=place.lat, lon=place.lon, geonameid=place.geonameid,
                        feature=place.feature if feature is None or place.feature == "landmark"
                        else feature)


def find_places(text: str, start: int, end: int, lang: str) -> list[PlaceMention]:
    """Place names inside text[start:end] (a sentence), geocoded; spans are offsets into `text`."""
    ix = index(lang)
    words = _words(text, start, end)
    matches = _scan(ix, text, words)
    if not matches:
        return []
    # Countries the sentence names unambiguously steer the choice among same-name cities.
    mentioned = {m.readings[0].country for m in matches
                 if len({p.country for p in m.readings}) == 1 and m.readings[0].country}
    out = []
    for m in matches:
        place = _choose(m.readings, ix, mentioned, m.prefix_feature)
        if _accept(m, place, ix, words, text):
            s, e = words[m.start][0], words[m.end - 1][1]
            # "U.S.", "A.S.", "D.C.": an abbreviation keeps its final dot.
            if len(words[m.end - 1][2]) == 1 and text[e:e + 1] == ".":
                e += 1
            out.append(_mention(text, s, e, place, m.prefix_feature))
    return out


def dateline_place(text: str, lang: str) -> PlaceMention | None:
    """The place of a news dateline at the start of the text, if any.

    Datelines look like "JAKARTA, KOMPAS.com -", "BEIJING (Reuters) -", "Jakarta (ANTARA) -".
    """
    m = _DATELINE.match(text)
    if m is None:
        return None
    ix = index(lang)
    key = name_key(m.group("place"))
    if not key or key.casefold() in ix.stop:
        return None
    readings = ix.exact.get(key) or ix.folded.get(key.casefold())
    if not readings:
        return None
    place = min(readings, key=lambda p: (p.rank, p.country not in ix.home, -p.population))
    s, e = m.span("place")
    return _mention(text, s, e, place, None)


def country_location(iso3: str) -> PlaceMention | None:
    """A country as a place (name, capital coordinates), for events whose city is unknown."""
    place = countries().get(iso3)
    if place is None:
        return None
    return PlaceMention(text=place.name, span=(0, 0), name=place.name, country=iso3,
                        lat=place.lat, lon=place.lon, geonameid=place.geonameid,
                        feature="country")
