"""`warta actor`: resolve one actor phrase to its canonical identity."""

from __future__ import annotations

import argparse
import json

from warta.actors import resolve_actor
from warta.cli.common import iso_date


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("actor", help="resolve an actor phrase to country, sector, name, wikidata",
                       description='Resolve an actor phrase, e.g. "Kapolri" or '
                                   '"Armenian Prime Minister Nikol Pashinyan".')
    p.add_argument("text", help="the actor phrase")
    p.add_argument("--lang", choices=["id", "en"], help="language of the phrase (default: both)")
    p.add_argument("--date", type=iso_date, help="as-of date for roles (default: latest known)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    found = resolve_actor(args.text, args.lang, args.date)
    record = {"country": found.country if found else None,
              "sector": found.sector if found else None,
              "name": found.name if found else None,
              "wikidata": found.wikidata if found else None}
    print(json.dumps(record, ensure_ascii=False))
    return 0
