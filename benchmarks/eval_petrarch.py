"""Agreement of warta with PETRARCH's own validation and unit-test records.

The records are CAMEO-coded (eventcode, sourcecode, targetcode); their codes are converted to
PLOVER with the CAMEO-to-PLOVER table shipped in warta, and each record's text is coded by
warta. Printed per file: records, type agreement (warta codes an asserted event of the
expected PLOVER type), full agreement (same type and the expected source/target countries,
when the CAMEO actor codes start with an ISO country), and per-type recall.

    python benchmarks/eval_petrarch.py [../shared/eval/peer]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from warta.coding.ontology import cameo_table
from warta.model import Document
from warta.pipeline import process

RECORD = re.compile(r"<Sentence\b([^>]*)>(.*?)(?=<Sentence\b|</Sentences>|\Z)", re.S)
CODING = re.compile(r"<EventCoding\b([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')
TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


def records(path: Path) -> list[dict]:
    """(id, date, text, [(plover event, source code, target code)]) of each coded record."""
    out = []
    for head, body in RECORD.findall(path.read_text(encoding="utf-8", errors="replace")):
        attrs = dict(ATTR.findall(head))
        text = TEXT.search(body)
        codings = [dict(ATTR.findall(c)) for c in CODING.findall(body)]
        if not text or not codings:
            continue
        expected = []
        for c in codings:
            code = c.get("eventcode", "")
            entry = cameo_table().get(code) or cameo_table().get(code[:3]) or cameo_table().get(code[:2])
            if entry:
                expected.append((entry.event, c.get("sourcecode", ""), c.get("targetcode", "")))
        if expected:
            out.append({"id": attrs.get("id", ""), "date": attrs.get("date", ""),
                        "text": " ".join(text.group(1).split()), "expected": expected})
    return out


def iso(code: str, countries: set[str]) -> str | None:
    """The ISO country of a CAMEO actor code ("USAGOV" -> "USA"), if it starts with one."""
    return code[:3] if code[:3] in countries else None


def evaluate(path: Path) -> None:
    countries = _country_codes()
    recs = records(path)
    type_ok = full_ok = 0
    per_type: Counter[str] = Counter()
    per_type_ok: Counter[str] = Counter()
    for r in recs:
        d = r["date"]
        published = date(int(d[:4]), int(d[4:6]), int(d[6:8])) if len(d) == 8 else None
        doc = process(Document(id=r["id"], text=r["text"], lang="en", published=published))
        got = [e for e in doc.events if not e.negated and e.modality == "asserted"]
        for event, src, tgt in r["expected"][:1]:  # the record's first coding is its main one
            per_type[event] += 1
            same = [e for e in got if e.event == event]
            if same:
                type_ok += 1
                per_type_ok[event] += 1
            want = {x for x in (iso(src, countries), iso(tgt, countries)) if x}
            if any(want <= {a.country for a in e.actor + e.recipient} for e in same):
                full_ok += 1
    n = len(recs)
    print(f"{path.name}: {n} coded records; type agreement {type_ok}/{n} = {type_ok / max(n, 1):.3f};"
          f" type+countries {full_ok}/{n} = {full_ok / max(n, 1):.3f}")
    for event in sorted(per_type, key=lambda e: -per_type[e]):
        print(f"  {event:<10} {per_type_ok[event]:>3}/{per_type[event]:<3}")


def _country_codes() -> set[str]:
    import pycountry  # a dev dependency: this script is for developers

    return {c.alpha_3 for c in pycountry.countries}


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else (
        Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "peer")
    for name in ("PETR2_GSR_validation.xml", "PETR.UnitTest.records.xml"):
        evaluate(folder / name)


if __name__ == "__main__":
    main()
