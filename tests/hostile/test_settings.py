"""The settings table: defaults, WARTA_<NAME> overrides, --limit on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.cli.main import main
from warta.settings import SETTINGS, SettingError, current, limit, parse_overrides


def test_every_setting_has_a_safe_default_and_help() -> None:
    assert len({s.name for s in SETTINGS}) == len(SETTINGS)
    for s in SETTINGS:
        assert s.default > 0 and s.help and s.env == "WARTA_" + s.name.upper()


def test_environment_overrides_and_bad_values_fall_back() -> None:
    assert limit("max_chars", {"WARTA_MAX_CHARS": "1_000"}) == 1000
    assert limit("max_chars", {"WARTA_MAX_CHARS": "lots"}) == 200_000
    assert limit("max_chars", {"WARTA_MAX_CHARS": "-5"}) == 200_000
    assert current({})["max_html_depth"] == 200


def test_limit_option_is_checked() -> None:
    assert parse_overrides(["max-chars=10"]) == {"max_chars": 10}
    for bad in (["nope=1"], ["max_chars"], ["max_chars=ten"], ["max_chars=0"]):
        with pytest.raises(SettingError):
            parse_overrides(bad)


def test_limit_option_applies_to_extract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WARTA_MAX_DOCUMENT_BYTES", raising=False)
    doc = tmp_path / "a.txt"
    doc.write_text("Presiden Jokowi bertemu Presiden Xi di Beijing. " * 10, encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    monkeypatch.setenv("WARTA_MAX_DOCUMENT_BYTES", "100000")  # restored after the test
    assert main(["extract", str(doc), "--errors", str(errors), "--strict",
                 "--limit", "max_document_bytes=100", "-o", str(tmp_path / "ev.jsonl")]) == 1
    [err] = [json.loads(line) for line in errors.read_text().splitlines()]
    assert err["reason"].startswith("too large") and "max_document_bytes" in err["hint"]
    assert main(["extract", str(doc), "--limit", "bogus=1"]) == 2
