"""Helpers of the hostile-input tests: the corpus generator, its manifest, error keys."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "make_hostile_corpus.py"


def generator() -> Any:
    """scripts/make_hostile_corpus.py as a module."""
    spec = importlib.util.spec_from_file_location("make_hostile_corpus", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def manifest(out: Path) -> dict[str, Any]:
    """The corpus manifest: bad item keys, good document ids."""
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def item_key(item: str, corpus: Path) -> str:
    """An error's item as the manifest names it: relative to the corpus, without '#record'."""
    prefix = str(corpus) + "/"
    return item.removeprefix(prefix).split("#", 1)[0].strip()
