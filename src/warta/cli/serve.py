"""`warta serve`: the HTTP API and dashboard; this process is the store's one writer."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from warta.cli.ingest import add_db_argument, open_for_cli, shown
from warta.cli.main import CliError


def register(sub: Any) -> None:
    """Add the `serve` subcommand."""
    p = sub.add_parser("serve", help="serve the HTTP API and dashboard",
                       description="Serve the HTTP API (OpenAPI at /openapi.json) and the "
                       "dashboard. The server holds the store open for writing (DuckDB allows "
                       "one process per file): while it runs, add documents with POST "
                       "/api/documents rather than `warta ingest`. Set WARTA_TOKEN to require "
                       "that token for writes.")
    add_db_argument(p)
    p.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Entry point of `warta serve`."""
    try:
        import uvicorn
    except ImportError as err:
        raise CliError("uvicorn is not installed", "pip install 'warta[api]'") from err
    from warta.api import create_app

    if args.host not in ("127.0.0.1", "localhost", "::1") and not os.environ.get("WARTA_TOKEN"):
        # beyond this machine, writes must be protected: refuse rather than warn
        raise CliError(f"refusing to serve on {args.host} without a write token",
                       "set WARTA_TOKEN (POST /api/documents will require it), or bind 127.0.0.1")
    store = open_for_cli(args.db)
    app = create_app(store=store)
    print(f"warta: serving {shown(args.db)} on http://{args.host}:{args.port}/", file=sys.stderr)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    finally:
        store.close()
    return 0
