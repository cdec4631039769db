"""Pack data files load as written: YAML 1.1 reads a bare on, off, yes, no as a boolean, so
warta loads them with 1.2 booleans, and the files quote them for any other reader too."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from warta.lang.pack import PACKS_DIR, available_languages, load_yaml, read_yaml


def test_words_that_yaml_1_1_reads_as_booleans_stay_words(tmp_path: Path) -> None:
    path = tmp_path / "cues.yaml"
    path.write_text("markers: [on, off, yes, no, On, NO]\nflag: true\nother: False\n",
                    encoding="utf-8")
    assert read_yaml(path) == {"markers": ["on", "off", "yes", "no", "On", "NO"],
                               "flag": True, "other": False}


def test_the_english_recipient_markers_hold_on() -> None:
    assert "on" in load_yaml("en", "cues.yaml")["recipient_markers"]


def _booleans_in_lists(value: object) -> list[object]:
    if isinstance(value, dict):
        return [b for v in value.values() for b in _booleans_in_lists(v)]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, bool)] + [
            b for v in value for b in _booleans_in_lists(v)]
    return []


def test_no_pack_list_holds_a_boolean() -> None:
    for lang in available_languages():
        for name in ("cues.yaml", "actors.yaml", "dates.yaml", "morph.yaml", "places.yaml"):
            assert _booleans_in_lists(load_yaml(lang, name)) == [], (lang, name)


def test_a_key_written_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "orgs.yaml"
    path.write_text("MIT: {n: One}\nUN: {n: Two}\nMIT: {n: Three}\n", encoding="utf-8")
    with pytest.raises(yaml.constructor.ConstructorError, match="'MIT' written twice"):
        read_yaml(path)


def _scalars(node: object) -> list[object]:
    if isinstance(node, dict):
        return [x for v in node.values() for x in _scalars(v)]
    if isinstance(node, list):
        return [x for v in node for x in (_scalars(v) if isinstance(v, (dict, list)) else [v])]
    return []


@pytest.mark.parametrize("path", sorted(PACKS_DIR.glob("*/*.yaml")),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_word_lists_hold_only_words(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    bad = [w for w in _scalars(data) if not isinstance(w, str)]
    assert not bad, f"{path.name}: {bad} in a word list (quote on/off/yes/no)"
