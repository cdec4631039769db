"""`warta ingest`: extract events from inputs and store them; a stored document is skipped."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from typing import Any

from warta.cli.common import iso_date
from warta.cli.main import CliError
from warta.ingest import InputError, read_inputs
from warta.model import Document
from warta.store import DEFAULT_DB, Store, StoreError, WriteCounts, open_store
from warta.store.rows import content_hash

BATCH = 200  # documents per write: one transaction each, so an interrupt loses little


def register(sub: Any) -> None:
    """Add the `ingest` subcommand."""
    p = sub.add_parser("ingest", help="extract events and store them (idempotent)",
                       description="Extract events from the inputs and store them. A document "
                       "whose text is already stored is skipped, so ingesting twice changes "
                       "nothing. Inputs: .txt, .jsonl(.gz), .html, .warc(.gz), RSS/Atom, "
                       "directories of them, or - for JSON Lines on stdin.")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    add_db_argument(p)
    p.add_argument("--lang", choices=["id", "en"], help="language of inputs that do not say")
    p.add_argument("--published", type=iso_date, metavar="DATE",
                   help="publication date of inputs that do not give one (YYYY-MM-DD)")
    p.add_argument("--strict", action="store_true",
                   help="exit with status 1 when any input item could not be read")
    p.add_argument("--limit", action="append", default=[], metavar="NAME=VALUE",
                   help="override one input limit (see `warta extract --help`)")
    p.set_defaults(func=run)


def add_db_argument(p: argparse.ArgumentParser) -> None:
    """The store option every store command takes."""
    p.add_argument("--db", default=DEFAULT_DB,
                   help=f"DuckDB file or postgresql:// URL (default: {DEFAULT_DB})")


def open_for_cli(target: str, read_only: bool = False) -> Store:
    """open_store, with store errors turned into CLI errors."""
    try:
        return open_store(target, read_only=read_only)
    except StoreError as err:
        raise CliError(err.reason, err.hint) from err


def shown(target: str) -> str:
    """The store location for messages, with any password in a URL masked."""
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", target)


def progress(total: int | None = None, unit: str = "doc") -> Any:
    """A tqdm bar on a terminal, nothing otherwise (logs and pipes stay clean)."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit=unit, file=sys.stderr, dynamic_ncols=True)


def code_batch(store: Store, docs: list[Document], run_id: str,
               errors: list[InputError] | None = None) -> WriteCounts:
    """Code the documents not yet stored, then write all (duplicates are counted, not coded).

    A document the pipeline fails on, or skips (unsupported language), adds one record to
    `errors`; a skipped one is still stored, so a rerun does not code it again.
    """
    from warta.cli.extract import process_safely

    known = store.known(docs)
    coded: list[Document] = []
    for doc in docs:
        if content_hash(doc) in known:
            coded.append(doc)
            continue
        done = process_safely(doc)
        if isinstance(done, InputError) or done.skipped:
            if errors is not None:
                errors.append(done if isinstance(done, InputError) else InputError(
                    done.id, done.skipped or "", "warta codes Indonesian and English; pass "
                    "--lang if detection is wrong"))
            if isinstance(done, InputError):
                continue
        coded.append(done)
    return store.write(coded, run_id)


def ingest(store: Store, inputs: list[str], lang: str | None = None,
           published: date | None = None, settings: dict[str, Any] | None = None) -> WriteCounts:
    """Read, code and store the inputs in batches, as one recorded run."""
    run_id = store.start_run(settings or {"inputs": inputs, "lang": lang,
                                          "published": published})
    total = WriteCounts()
    batch: list[Document] = []
    errors: list[InputError] = []
    bar = progress()
    from warta.runners.reader import is_run_output, load_run

    runs = [p for p in inputs if is_run_output(p)]  # `warta run` output: already coded
    try:
        for path in runs:
            total.add(load_run(store, path, run_id))
        for item in read_inputs([p for p in inputs if p not in runs], lang=lang,
                                published=published):
            if isinstance(item, InputError):
                errors.append(item)
                print(f"warta: {item.item}: {item.reason}", file=sys.stderr)
                continue
            batch.append(item)
            if len(batch) >= BATCH:
                total.add(code_batch(store, batch, run_id, errors))
                if bar is not None:
                    bar.update(len(batch))
                batch = []
        if batch:
            total.add(code_batch(store, batch, run_id, errors))
            if bar is not None:
                bar.update(len(batch))
        total.errors += store.write_errors(errors, run_id) if errors else 0
    finally:
        if bar is not None:
            bar.close()
        store.finish_run(run_id, total)
    return total


def run(args: argparse.Namespace) -> int:
    """Entry point of `warta ingest`."""
    from warta.cli.extract import apply_limits

    apply_limits(getattr(args, "limit", []))
    with open_for_cli(args.db) as store:
        counts = ingest(store, args.inputs, args.lang, args.published,
                        {"inputs": args.inputs, "lang": args.lang,
                         "published": args.published, "db": args.db})
    print(f"warta: stored {counts.documents} documents ({counts.duplicates} already stored, "
          f"{counts.renamed} renamed, {counts.skipped} not coded), {counts.events} events, "
          f"{counts.statements} statements, {counts.errors} errors -> {shown(args.db)}",
          file=sys.stderr)
    return 1 if args.strict and counts.errors else 0
