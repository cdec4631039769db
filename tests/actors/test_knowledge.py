"""Actor knowledge: dated roles, file integrity and the generated tables' rebuild."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from warta.actors.knowledge import knowledge, parse_role

ROOT = Path(__file__).resolve().parents[2]


def test_role_holds_end_exclusive() -> None:
    r = parse_role("IDN GOV 2014-10-20/2024-10-20 president")
    assert r.holds(date(2014, 10, 20)) and r.holds(date(2024, 10, 19))
    assert not r.holds(date(2024, 10, 20)) and r.title == "president"


def test_person_at_dates() -> None:
    ent = knowledge().entities["Prabowo Subianto"]
    assert ent.at(date(2015, 1, 1)) == ("IDN", "PTY")  # before any office: default sector
    assert ent.at(date(2020, 1, 1)) == ("IDN", "GOV")
    assert ent.at(date(2025, 1, 1)) == ("IDN", "GOV")
    gone = knowledge().entities["Angela Merkel"]
    assert gone.at(date(2023, 1, 1)) == ("DEU", "ELI")
    assert gone.at(date(2023, 1, 1), dated=False) == ("DEU", "GOV")


def test_data_integrity() -> None:
    kn = knowledge()
    codes = set(kn.countries) | {"UNO", "EUR", "IGO", "NGO", "MNC"}
    for ent in kn.entities.values():
        assert ent.country is None or ent.country in codes, ent.key
        assert ent.wikidata is None or ent.wikidata.startswith("Q"), ent.key
        for r in ent.roles:
            assert r.country is None or r.country in codes, ent.key
            assert r.start is None or r.end is None or r.start < r.end, ent.key
    assert set(kn.cities.values()) <= codes
    assert (ROOT / "src" / "warta" / "data" / "actors" / "PROVENANCE.md").is_file()


def test_generated_tables_match_rebuild() -> None:
    if not (importlib.util.find_spec("babel") and importlib.util.find_spec("pycountry")):
        pytest.skip("babel/pycountry (build-time tools) not installed")
    script = ROOT / "scripts" / "build_actor_data.py"
    proc = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
