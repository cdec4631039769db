"""The offline gazetteer: GeoNames cities and countries, hand-made Indonesian places and
each language pack's place words, merged once per language into hashed name tables."""

from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from warta.lang.pack import load_yaml, read_yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"

# A word: letters/digits, with inner hyphens or apostrophes ("Xi'an", "Port-au-Prince").
TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")

# Lower rank wins a tie between readings of one name: words the language pack lists,
# then countries, then hand-made Indonesian places, then GeoNames cities, then their
# alternate names.
RANK_LANG, RANK_COUNTRY, RANK_HAND, RANK_CITY, RANK_ALT = range(5)


@dataclass(frozen=True, slots=True)
class Place:
    """One reading of a name: a geocoded place with what is needed to choose between readings."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    # city | admin | country | landmark | region (a continent or world region, no country)
    feature: str
    population: int
    rank: int


@dataclass(slots=True)
class Index:
    """Name tables and rules of one language, built once."""

    exact: dict[str, list[Place]]  # key: the name's tokens joined by one space
    folded: dict[str, list[Place]]  # the same keys case-folded, for ALL-CAPS text
    max_tokens: int
    cues: frozenset[str]
    prefixes: dict[str, str]  # "Kabupaten" -> "admin"
    directions: frozenset[str]
    home: frozenset[str]
    stop: frozenset[str]  # case-folded keys that are never places
    ambiguous: frozenset[str]  # case-folded keys that are places only after a cue
    not_after: frozenset[str]  # "bahasa" (Inggris): a country name there is not a place
    articles: frozenset[str]  # "the": a cue may stand before it ("in the Middle East")
    # "of": links a place noun cue to its name ("the town of Samarra", "city of Basra")
    cue_links: frozenset[str] = frozenset()
    # Proper token prefixes of the names ("New", "New South") and of their case-folded
    # keys: a longest-match probe stops as soon as no longer name can follow.
    partial: frozenset[str] = frozenset()
    partial_folded: frozenset[str] = frozenset()
    prefix_heads: frozenset[str] = frozenset()  # first words of `prefixes` ("Kabupaten", "Kab")


def name_key(name: str) -> str:
    """`St. Petersburg` -> `St Petersburg`: the form names are looked up in."""
    return " ".join(TOKEN.findall(name))


def _ascii(name: str) -> str:
    """The name without diacritics ("Rafaḩ" -> "Rafah", "Kraków" -> "Krakow")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _city_rows() -> list[list[str]]:
    with gzip.open(DATA_DIR / "cities.tsv.gz", "rt", encoding="utf-8") as f:
        lines = f.read().splitlines()
    return [line.split("\t") for line in lines[1:]]


@cache
def cities() -> tuple[dict[str, list[Place]], dict[str, list[Place]], dict[int, Place]]:
    """GeoNames cities: by primary name, by alternate name, and by geonameid."""
    primary: dict[str, list[Place]] = {}
    alternate: dict[str, list[Place]] = {}
    by_id: dict[int, Place] = {}
    for gid, name, country, lat, lon, pop, alts in _city_rows():
        place = Place(name, country, float(lat), float(lon), int(gid), "city", int(pop), RANK_CITY)
        by_id[place.geonameid] = place  # type: ignore[index]
        primary.setdefault(name, []).append(place)
        plain = _ascii(name)
        for alt in alts.split("|") if alts else ():
            if alt == plain and alt != name:
                # "Rafah" is "Rafaḩ" without its diacritics: the name itself, not another one
                primary.setdefault(alt, []).append(place)
                continue
            alternate.setdefault(alt, []).append(
                Place(name, country, place.lat, place.lon, place.geonameid, "city",
                      place.population, RANK_ALT))
    return primary, alternate, by_id


@cache
def countries() -> dict[str, Place]:
    """Countries by ISO alpha-3, placed at their capital."""
    out: dict[str, Place] = {}
    lines = (DATA_DIR / "countries.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        iso3, _iso2, gid, name, _capital, lat, lon, pop = line.split("\t")
        out[iso3] = Place(name, iso3, float(lat) if lat else None, float(lon) if lon else None,
                          int(gid), "country", int(pop), RANK_COUNTRY)
    return out


def _country_names(langs: set[str]) -> list[tuple[str, str]]:
    lines = (DATA_DIR / "country_names.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines[1:]]
    return [(name, iso3) for iso3, lang, name in rows if lang in langs]


def _admin_places() -> list[tuple[str, Place]]:
    lines = (DATA_DIR / "admin.tsv").read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines[1:]:
        gid, name, country, lat, lon = line.split("\t")
        out.append((name, Place(name, country, float(lat), float(lon), int(gid), "admin", 0,
                                RANK_HAND)))
    return out


def _hand_places() -> list[tuple[str, Place]]:
    data = read_yaml(DATA_DIR / "indonesia.yaml")
    out: list[tuple[str, Place]] = []
    for p in data["places"]:
        place = Place(p["name"], data["country"], p["lat"], p["lon"], None, p["feature"], 0,
                      RANK_HAND)
        out.extend((n, place) for n in [p["name"], *p.get("variants", [])])
    return out


def _alts(value: list[Any], at: int) -> list[str]:
    """The "A|B" other names at position `at` of a world.yaml value, if any."""
    return str(value[at]).split("|") if len(value) > at else []


@cache
def _world_data() -> dict[str, Any]:
    data: dict[str, Any] = read_yaml(DATA_DIR / "world.yaml")
    return data


@cache
def _world_entries() -> tuple[tuple[tuple[str, ...], Place], ...]:
    """world.yaml: (names in any language, place) of regions, old countries, world regions
    and landmarks."""
    data = _world_data()
    by_iso = countries()
    out: list[tuple[tuple[str, ...], Place]] = []
    for section, feature in (("regions", "admin"), ("landmarks", "landmark")):
        for iso3, places in data[section].items():
            for name, v in places.items():
                out.append(((name, *_alts(v, 2)),
                            Place(name, iso3, v[0], v[1], None, feature, 0, RANK_HAND)))
    for name, v in data["historical"].items():
        c = by_iso[v[0]]
        out.append(((name, *_alts(v, 1)),
                    Place(name, c.country, c.lat, c.lon, None, "country", 0, RANK_HAND)))
    for name, v in data["world"].items():
        out.append(((name, *_alts(v, 2)), Place(name, None, v[0], v[1], None, "region", 0,
                                                RANK_HAND)))
    return tuple(out)


def world_places(lang: str) -> list[tuple[str, Place]]:
    """(name, place) of world.yaml for a language: its names in any language, and the
    Indonesian names (section `id`) in Indonesian."""
    local: dict[str, str] = _world_data().get(lang) or {} if lang == "id" else {}
    entries = _world_entries()
    by_name = {p.name: p for _, p in entries}
    out = [(n, p) for names, p in entries for n in names]
    out.extend((name, by_name[target]) for name, target in local.items())
    return out


def _resolve_ref(ref: Any, feature: str) -> Place:
    """A language-pack value: "ISO3", "City, ISO3" or a {name, country, lat, lon} mapping."""
    if isinstance(ref, dict):
        return Place(ref["name"], ref.get("country"), ref.get("lat"), ref.get("lon"), None,
                     ref.get("feature", feature), 0, RANK_LANG)
    ref = str(ref).strip()
    if "," not in ref:
        c = countries()[ref]
        return Place(c.name, c.country, c.lat, c.lon, c.geonameid, "country", c.population,
                     RANK_LANG)
    city, iso3 = (s.strip() for s in ref.rsplit(",", 1))
    found = [p for p in cities()[0].get(city, []) if p.country == iso3]
    if not found:
        raise ValueError(f"places: no gazetteer city {city!r} in {iso3}")
    best = max(found, key=lambda p: p.population)
    return Place(best.name, iso3, best.lat, best.lon, best.geonameid, feature,
                 best.population, RANK_LANG)


def _fold(words: list[str] | None) -> frozenset[str]:
    return frozenset(name_key(w).casefold() for w in words or [])


@cache
def index(lang: str) -> Index:
    """The name tables of a language: its own words, English and GeoNames names."""
    pack = load_yaml(lang, "places.yaml") or {}
    exact: dict[str, list[Place]] = {}

    def add(name: str, place: Place) -> None:
        key = name_key(name)
        if not key or not key[0].isupper():
            return
        readings = exact.setdefault(key, [])
        if all(p != place for p in readings):
            readings.append(place)

    for section, feature in (("places", "city"), ("landmarks", "landmark")):
        for name, ref in (pack.get(section) or {}).items():
            add(name, _resolve_ref(ref, feature))
    # The text's language and English: English country names are common in any news.
    by_iso = countries()
    for name, iso3 in _country_names({lang, "en"}):
        add(name, by_iso[iso3])
    for name, place in [*_hand_places(), *_admin_places(), *world_places(lang)]:
        add(name, place)
    primary, alternate, _ = cities()
    for table in (primary, alternate):
        for name, places in table.items():
            for place in places:
                add(name, place)

    folded: dict[str, list[Place]] = {}
    for key, readings in exact.items():
        folded.setdefault(key.casefold(), []).extend(readings)
    prefixes = {name_key(k): v for k, v in (pack.get("prefixes") or {}).items()}
    return Index(
        exact=exact, folded=folded, max_tokens=max(k.count(" ") + 1 for k in exact),
        cues=frozenset(c.casefold() for c in pack.get("cues") or []),
        prefixes=prefixes,
        directions=frozenset(pack.get("directions") or []),
        home=frozenset(pack.get("home") or []),
        stop=_fold(pack.get("stop")), ambiguous=_fold(pack.get("ambiguous")),
        not_after=frozenset(w.casefold() for w in pack.get("not_after") or []),
        articles=frozenset(w.casefold() for w in pack.get("articles") or []),
        cue_links=frozenset(w.casefold() for w in pack.get("cue_links") or []),
        partial=_partial(exact), partial_folded=_partial(folded),
        prefix_heads=frozenset(k.split(" ", 1)[0] for k in prefixes),
    )


def _partial(keys: dict[str, list[Place]]) -> frozenset[str]:
    """Every proper prefix, in whole tokens, of the keys ("A B C" -> "A", "A B")."""
    out = set()
    for key in keys:
        cut = key.rfind(" ")
        while cut != -1:
            out.add(key[:cut])
            cut = key.rfind(" ", 0, cut)
    return frozenset(out)
