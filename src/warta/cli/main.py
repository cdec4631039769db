"""`warta` command line: each subcommand lives in its own module with `register(subparsers)`."""

from __future__ import annotations

import argparse
import importlib
import sys

from warta.cli.errors import CliError

__all__ = ["CliError", "build_parser", "main"]

# Modules under warta.cli that define a subcommand, in the order --help lists them.
COMMANDS = [
    "extract",
    "actor",
    "evaluate",
    "ingest",
    "export",
    "serve",
    "run",
]


def build_parser() -> argparse.ArgumentParser:
    """The parser with every available subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="warta", description="Code who did what to whom, when and where, from news text.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"warta.cli.{name}")
        except ModuleNotFoundError as err:
            if err.name == f"warta.cli.{name}":
                continue  # that command is not part of this build
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `warta` script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except CliError as err:
        print(f"warta: error: {err.reason}", file=sys.stderr)
        if err.hint:
            print(f"hint: {err.hint}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("warta: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
