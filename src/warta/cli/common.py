"""Helpers shared by the commands: argument types, output streams, progress, error files."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import IO, Any, TypeVar

T = TypeVar("T")


def iso_date(value: str) -> date:
    """argparse type for YYYY-MM-DD."""
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        # argparse prints this as a one-line usage error and exits with status 2
        raise argparse.ArgumentTypeError(
            f"not a date: {value!r} (use YYYY-MM-DD, e.g. 2025-01-22)") from err


@contextmanager
def open_output(path: str | None) -> Iterator[IO[str]]:
    """A text stream for `-o PATH`, or stdout."""
    if not path or path == "-":
        yield sys.stdout
        return
    with open(path, "w", encoding="utf-8") as f:
        yield f


def write_jsonl(stream: IO[str], record: dict[str, Any]) -> None:
    stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def progress(items: Iterable[T], desc: str, total: int | None = None) -> Iterable[T]:
    """Wrap an iterable in a progress bar when stderr is a terminal (and tqdm is installed)."""
    if not sys.stderr.isatty():
        return items
    try:
        from tqdm import tqdm
    except ImportError:
        return items
    return tqdm(items, desc=desc, total=total, unit="doc", file=sys.stderr)
