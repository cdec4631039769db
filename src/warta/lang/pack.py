"""Find and load the data files of a language pack (`lang/<code>/`).

A language is a folder of data files; nothing here knows any particular language.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

PACKS_DIR = Path(__file__).parent


@cache
def available_languages() -> tuple[str, ...]:
    """Codes of the language packs that ship with warta (folders holding a pack.yaml)."""
    return tuple(sorted(p.name for p in PACKS_DIR.iterdir() if (p / "pack.yaml").is_file()))


def pack_file(lang: str, name: str) -> Path:
    """Path of one data file of a language pack."""
    return PACKS_DIR / lang / name


@cache
def load_yaml(lang: str, name: str) -> Any:
    """Parsed contents of `lang/<lang>/<name>`, or None when the pack lacks that file."""
    path = pack_file(lang, name)
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def load_words(lang: str, name: str) -> list[str]:
    """A word list file: one entry a line, `#` starts a comment."""
    path = pack_file(lang, name)
    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out
