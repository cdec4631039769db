"""Pack data files load as written: YAML reads a bare on, off, yes, no as a boolean."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from warta.lang.pack import PACKS_DIR


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
