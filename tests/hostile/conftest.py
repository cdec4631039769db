"""The hostile corpus (scripts/make_hostile_corpus.py), built once per test session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostilehelp import generator


@pytest.fixture(scope="session")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """OUT_DIR with corpus/, good_only/ and manifest.json."""
    out = tmp_path_factory.mktemp("hostile")
    generator().main([str(out)])
    return out
