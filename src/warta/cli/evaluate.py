"""`warta evaluate`: extract over a gold set and score it with the contract's scorer rules."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from warta.cli.common import iso_date
from warta.cli.main import CliError
from warta.evaluation import load_gold_inputs, print_report, score_events
from warta.pipeline import process


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evaluate", help="extract and score against a gold set",
                       description="Run the pipeline over a gold set's texts and print per-type "
                                   "precision, recall and F1 (the rules of eval/score.py).")
    p.add_argument("--gold", required=True, help="gold JSON Lines or PLOVER GSR JSON")
    p.add_argument("--text", help="sent_id<TAB>text file holding the texts of the gold set")
    p.add_argument("--lang", choices=["id", "en"], help="language of the texts")
    p.add_argument("--published", type=iso_date, help="publication date of every text")
    p.add_argument("--as-one-doc", metavar="DOC_ID", help="score the gold set as one document")
    p.add_argument("--pred-out", metavar="FILE", help="also write the predicted events here")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not Path(args.gold).is_file():
        raise CliError(f"no gold file at {args.gold}", "give a gold JSON Lines file")
    docs = load_gold_inputs(args.gold, args.text, args.lang, args.published, args.as_one_doc)
    events = [e for d in docs for e in process(d).events]
    if args.pred_out:
        with open(args.pred_out, "w", encoding="utf-8") as f:
            for e in events:
                f.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
    result = score_events(args.gold, [e.to_dict() for e in events], args.as_one_doc)
    print_report(result, as_json=args.json)
    return 0
