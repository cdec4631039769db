"""`warta run`: the pipeline over a corpus of shards, resumable, events as Parquet."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from warta.cli.common import iso_date
from warta.cli.main import CliError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "run", help="code a corpus of shards into Parquet (resumable, local or Spark)",
        description="Code every shard of INPUT (each .jsonl(.gz)/.parquet/.warc(.gz)/feed "
                    "file, and the loose .txt/.html files of each directory) and write events, "
                    "statements, documents and errors as Parquet under OUTPUT. A finished "
                    "shard has a _SUCCESS.<shard> marker; a rerun skips it.")
    p.add_argument("--input", required=True, metavar="DIR", help="input directory (or one file)")
    p.add_argument("--output", required=True, metavar="DIR", help="output directory")
    p.add_argument("--engine", choices=["local", "spark"], default="local",
                   help="local: a process pool on this machine (default); spark: pyspark")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1, metavar="N",
                   help="processes (local) or local[N] cores (spark) (default: all cores)")
    p.add_argument("--lang", choices=["id", "en"], help="language of every input (default: detect)")
    p.add_argument("--published", type=iso_date, help="publication date YYYY-MM-DD of the inputs")
    p.add_argument("--spark-master", metavar="URL",
                   help="spark://host:7077, yarn, k8s://... or a Spark Connect sc:// URL "
                        "(default: local[N])")
    p.set_defaults(func=run)


def _bar(total: int) -> Any:
    """A tqdm bar over shards on a terminal, nothing in logs and pipes."""
    if not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit="shard", desc="run", file=sys.stderr, dynamic_ncols=True)


def run(args: argparse.Namespace) -> int:
    """Entry point of `warta run`."""
    from warta.runners import output
    from warta.runners.shards import list_shards

    src, out = Path(args.input), Path(args.output)
    if not src.exists():
        raise CliError(f"no such input: {src}", "give a directory of input files (or one file)")
    if args.workers < 1:
        raise CliError(f"--workers must be at least 1, not {args.workers}", "e.g. --workers 4")
    if args.spark_master and args.engine != "spark":
        raise CliError("--spark-master needs --engine spark", "add --engine spark")
    try:
        shards = list_shards(src, exclude=out)
    except ValueError as err:
        raise CliError(str(err), "rename one of the files") from err
    settings = {"lang": args.lang,
                "published": args.published.isoformat() if args.published else None}
    old = output.check_settings(out, settings)
    if old is not None:
        raise CliError(f"{out} holds a run with other settings ({old})",
                       "rerun with the same --lang/--published, or use a new --output")
    pending = [s for s in shards if not output.is_done(out, s.name)]
    output.clear_incomplete(out, [s.name for s in pending])
    if not pending:
        print(f"warta: all {len(shards)} shards of {src} are already done in {out}",
              file=sys.stderr)
        return 0
    bar = _bar(len(pending))

    def on_done(name: str, counts: dict[str, int]) -> None:
        if bar is not None:
            bar.update(1)
            bar.set_postfix(events=counts["events"], refresh=False)

    try:
        if args.engine == "spark":
            from warta.runners.spark import SparkMissing, run_spark

            try:
                total = run_spark(pending, out, args.lang, args.published, args.workers,
                                  args.spark_master, on_done)
            except SparkMissing as err:
                raise CliError(str(err), "pip install 'warta[spark]' (pyspark 4) and make "
                                         "Java 17+ available") from err
        else:
            from warta.runners.local import run_local

            total = run_local(pending, out, args.lang, args.published, args.workers, on_done)
    finally:
        if bar is not None:
            bar.close()
    print(f"warta: {len(pending)} shards coded ({len(shards) - len(pending)} already done): "
          f"{total['documents']} documents, {total['events']} events, "
          f"{total['statements']} statements, {total['errors']} errors -> {out}",
          file=sys.stderr)
    return 0
