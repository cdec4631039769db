"""Find and load the data files of a language pack (`lang/<code>/`).

A language is a folder of data files; nothing here knows any particular language.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

PACKS_DIR = Path(__file__).parent
_BOOL = "tag:yaml.org,2002:bool"


class DataLoader(_SafeLoader):
    """YAML with the 1.2 booleans, and no key written twice.

    YAML 1.1 reads on/off/yes/no as booleans, which turns the preposition "on" in a cue list
    into True and silently drops it: our data files are word lists first. A key written
    twice silently keeps the last value (two organisations keyed MIT): refused here.
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} written twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


DataLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _BOOL]
    for first, resolvers in _SafeLoader.yaml_implicit_resolvers.items()}
DataLoader.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def read_yaml(path: Path) -> Any:
    """Parsed contents of one of warta's YAML data files (see DataLoader)."""
    with path.open(encoding="utf-8") as f:
        return yaml.load(f, Loader=DataLoader)


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
    return read_yaml(path)


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
