"""`warta extract`: events of input files as JSON Lines."""

from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack

from warta.cli.common import iso_date, open_output, progress, write_jsonl
from warta.ingest import InputError, read_inputs
from warta.model import Document
from warta.pipeline import process
from warta.settings import SettingError, apply_overrides, describe


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="code the events of texts and print them as JSON Lines",
                       description="Code the events of .txt/.jsonl(.gz)/.html/WARC/feed files, "
                                   "directories of them, or JSON Lines on stdin (-).",
                       epilog=describe(), formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories, or - for stdin")
    p.add_argument("-o", "--output", help="write events here (default: stdout)")
    p.add_argument("--lang", choices=["id", "en"], help="language of every input (default: detect)")
    p.add_argument("--published", type=iso_date, help="publication date YYYY-MM-DD of the inputs")
    p.add_argument("--statements", metavar="FILE", help="write attributed statements here")
    p.add_argument("--errors", metavar="FILE", help="write one JSON line per unreadable item here")
    p.add_argument("--strict", action="store_true", help="exit non-zero when any item failed")
    p.add_argument("--limit", action="append", default=[], metavar="NAME=VALUE",
                   help="override one limit (repeatable; the list is below)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    apply_limits(args.limit)
    failed = 0
    with ExitStack() as stack:
        out = stack.enter_context(open_output(args.output))
        statements = stack.enter_context(open(args.statements, "w", encoding="utf-8")) \
            if args.statements else None
        errors = stack.enter_context(open(args.errors, "w", encoding="utf-8")) \
            if args.errors else None
        for item in progress(read_inputs(args.inputs, args.lang, args.published), "extract"):
            if isinstance(item, InputError):
                failed += 1
                _report(item, errors)
                continue
            doc = process_safely(item)
            if isinstance(doc, InputError):
                failed += 1
                _report(doc, errors)
                continue
            if doc.skipped:
                failed += 1
                _report(InputError(doc.id, doc.skipped, "warta codes Indonesian and English; "
                                   "pass --lang if detection is wrong"), errors)
                continue
            for event in doc.events:
                write_jsonl(out, event.to_dict())
            if statements is not None:
                for st in doc.statements:
                    write_jsonl(statements, st.to_dict())
    return 1 if failed and args.strict else 0


def _report(err: InputError, errors: object) -> None:
    if errors is not None:
        write_jsonl(errors, err.to_dict())  # type: ignore[arg-type]
    else:
        print(f"warta: skipped {err.item}: {err.reason} ({err.hint})", file=sys.stderr)


def apply_limits(pairs: list[str]) -> None:
    """`--limit name=value` options into the environment, or a CLI error naming the limits."""
    from warta.cli.main import CliError

    try:
        apply_overrides(pairs)
    except SettingError as err:
        raise CliError(err.reason, err.hint) from err


def process_safely(doc: Document) -> Document | InputError:
    """The pipeline on one document; a crash on it is that document's error, not the batch's."""
    try:
        return process(doc)
    except (RecursionError, MemoryError, ValueError, TypeError, KeyError, IndexError,
            AttributeError, AssertionError, UnicodeError) as err:
        return InputError(doc.id, f"internal error while coding: {type(err).__name__}: {err}",
                          "the other items were coded; please report this document")
