"""`warta export`: the stored events as PLOVER JSON Lines, GDELT 2.0 TSV, CSV or Parquet."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warta.cli.ingest import add_db_argument, open_for_cli, progress, shown
from warta.cli.main import CliError
from warta.store import export as X


def register(sub: Any) -> None:
    """Add the `export` subcommand."""
    p = sub.add_parser("export", help="write the stored events in an exchange format",
                       description="Write every stored event. plover: the contract's JSON "
                       "Lines; gdelt: GDELT 2.0 event rows (61 tab-separated columns, no "
                       "header; asserted, non-negated events only; geo country codes are "
                       "ISO alpha-3, not FIPS); csv: flat rows, nested fields as JSON; "
                       "parquet: nested fields as structs and lists.")
    p.add_argument("--format", required=True, choices=X.FORMATS)
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="output file (- for stdout, except parquet)")
    add_db_argument(p)
    p.set_defaults(func=run)


def _counted(events: Iterator[Any], bar: Any) -> Iterator[Any]:
    for item in events:
        if bar is not None:
            bar.update(1)
        yield item


def run(args: argparse.Namespace) -> int:
    """Entry point of `warta export`."""
    if args.format == "parquet" and args.output == "-":
        raise CliError("parquet cannot be written to stdout", "give a file name with -o")
    is_pg = args.db.startswith(("postgresql://", "postgres://"))
    if not is_pg and not Path(args.db).exists():
        raise CliError(f"no store at {args.db}", "run `warta ingest` first, or give --db")
    # Read-only: exporting never takes DuckDB's write lock from a running ingest's successor.
    with open_for_cli(args.db, read_only=not is_pg) as store:
        bar = progress(unit="event")
        events = _counted(store.iter_events(), bar)
        try:
            if args.format == "parquet":
                n = X.write_parquet(events, Path(args.output))
            else:
                writer = {"plover": X.write_plover, "gdelt": X.write_gdelt,
                          "csv": X.write_csv}[args.format]
                if args.output == "-":
                    n = writer(events, sys.stdout)
                else:
                    newline = "" if args.format == "csv" else None  # csv writes its own \r\n
                    with open(args.output, "w", encoding="utf-8", newline=newline) as out:
                        n = writer(events, out)
        except BrokenPipeError:
            raise  # `| head`: main() ends quietly
        except OSError as err:
            raise CliError(f"cannot write {args.output}: {err.strerror}",
                           "check the path and permissions") from err
        finally:
            if bar is not None:
                bar.close()
    print(f"warta: wrote {n} events as {args.format} from {shown(args.db)} to {args.output}",
          file=sys.stderr)
    return 0
