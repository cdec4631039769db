"""One table of settings: the limits that keep hostile input from exhausting memory or time.

Each setting has a name, a type, a safe default and a help line (DESIGN.md principle 9).
The readers, the pipeline and the API read them through `limit(name)`; a user overrides one
with the environment variable `WARTA_<NAME>` (e.g. `WARTA_MAX_DOCUMENT_BYTES=20000000`) or
with `--limit name=value` on the commands that read input. The environment is the carrier
because worker processes of `warta run` inherit it, so every process applies the same limits.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Setting:
    """One tunable limit: its name, type, default and what it is for."""

    name: str
    type: type
    default: int
    help: str

    @property
    def env(self) -> str:
        """The environment variable that overrides it."""
        return "WARTA_" + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting("max_document_bytes", int, 5_000_000,
            "largest .txt file or WARC record read as one document; a larger item is "
            "reported as an error without being read whole"),
    Setting("max_json_line_bytes", int, 5_000_000,
            "longest JSON line (one document) read; a longer line is reported and skipped"),
    Setting("max_html_bytes", int, 3_000_000,
            "largest HTML page parsed (file or WARC record); larger pages are reported"),
    Setting("max_html_depth", int, 200,
            "deepest element nesting of an HTML page; deeper pages are reported (the HTML "
            "parser itself gives up at 256 levels)"),
    Setting("max_chars", int, 200_000,
            "characters of a document's text that are coded; the rest of a longer text is "
            "not coded"),
    Setting("max_sentence_chars", int, 5_000,
            "longest sentence coded, in characters; a longer run of text without sentence "
            "punctuation (a table, a dump) is skipped before it is tokenised"),
    Setting("max_sentence_tokens", int, 200,
            "most tokens in a sentence that is coded; longer sentences are skipped"),
    Setting("max_body_bytes", int, 1_000_000,
            "largest HTTP request body the API accepts (413 beyond it)"),
)

BY_NAME: dict[str, Setting] = {s.name: s for s in SETTINGS}


class SettingError(ValueError):
    """An unknown setting, or a value that is not valid for it."""

    def __init__(self, reason: str, hint: str) -> None:
        super().__init__(reason)
        self.reason, self.hint = reason, hint


def parse_value(setting: Setting, raw: str) -> int:
    """A raw string as the setting's type; limits must be positive."""
    try:
        value = setting.type(raw.replace("_", "").strip())
    except ValueError as err:
        raise SettingError(f"{setting.name}: not a {setting.type.__name__}: {raw!r}",
                           f"give a whole number, e.g. {setting.default}") from err
    if value <= 0:
        raise SettingError(f"{setting.name}: must be positive, got {value}",
                           f"the default is {setting.default}")
    return int(value)


def limit(name: str, env: Mapping[str, str] | None = None) -> int:
    """The value of a setting: its environment variable when set and valid, else the default.

    A bad value in the environment falls back to the default rather than failing deep inside
    a worker; `--limit` on the command line is checked strictly (see `apply_overrides`).
    """
    setting = BY_NAME[name]
    raw = (os.environ if env is None else env).get(setting.env)
    if raw is None or not raw.strip():
        return setting.default
    try:
        return parse_value(setting, raw)
    except SettingError:
        return setting.default


def current(env: Mapping[str, str] | None = None) -> dict[str, int]:
    """Every setting's value now (recorded with a run, shown by `--limit help`)."""
    return {s.name: limit(s.name, env) for s in SETTINGS}


def parse_overrides(pairs: Iterable[str]) -> dict[str, int]:
    """`name=value` strings (from `--limit`) checked against the table."""
    out: dict[str, int] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        name = name.strip().replace("-", "_").lower()
        if not sep or name not in BY_NAME:
            raise SettingError(f"unknown limit: {pair!r}",
                               "use name=value with one of: " + ", ".join(BY_NAME))
        out[name] = parse_value(BY_NAME[name], raw)
    return out


def apply_overrides(pairs: Iterable[str]) -> dict[str, int]:
    """Check `name=value` overrides and put them in the environment (inherited by workers)."""
    values = parse_overrides(pairs)
    for name, value in values.items():
        os.environ[BY_NAME[name].env] = str(value)
    return values


def describe() -> str:
    """The table as text, for `--help` and the docs."""
    rows = [f"  {s.name} (default {s.default:_}, env {s.env}): {s.help}" for s in SETTINGS]
    return "Limits (--limit name=value):\n" + "\n".join(rows)
