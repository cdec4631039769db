"""Score coded events against a gold set, by the rules of the project's scorer (eval/score.py).

Gold is our JSON Lines ({"sent_id", "text"|"text_id"|"text_en", "events"}) or the PLOVER gold
standard records (a JSON array). An event matches a gold event of the same document when the
type is accepted and the actor and recipient country sets agree (for CONSULT and reciprocal
events, the union of all participants); a gold actor with no country accepts any.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import date
from typing import Any

from warta.coding.ontology import PLOVER_TYPES
from warta.model import Document

OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def _records(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        head = f.read(1)
        f.seek(0)
        if head == "[":
            return [r for r in json.load(f) if isinstance(r, dict)]
        return [json.loads(line) for line in f if line.strip()]


def _countries(actors: Any) -> frozenset[str]:
    return frozenset(str(a.get("country") or a.get("code")) for a in actors or []
                     if isinstance(a, dict) and (a.get("country") or a.get("code")))


def _wild(actors: Any) -> bool:
    return any(isinstance(a, dict) and not (a.get("country") or a.get("code")) for a in actors or [])


def load_gold(path: str) -> dict[str, list[dict[str, Any]]]:
    """{doc_id: [gold events that happened]}."""
    docs: dict[str, list[dict[str, Any]]] = {}
    for rec in _records(path):
        if "sent_id" in rec:
            docs[str(rec["sent_id"])] = [_gold_event(e, e.get("actor"), e.get("recipient"))
                                         for e in rec.get("events", [])
                                         if not e.get("negated") and not e.get("future_or_hypothetical")]
        else:
            event = OLD_NAMES.get(rec.get("event", ""), rec.get("event"))
            if event in PLOVER_TYPES:
                src = rec.get("source") if isinstance(rec.get("source"), list) else []
                tgt = rec.get("target") if isinstance(rec.get("target"), list) else []
                docs[rec["id"]] = [_gold_event({"event": event}, src, tgt)]
    return docs


def _gold_event(e: dict[str, Any], actor: Any, recipient: Any) -> dict[str, Any]:
    return {"event": e["event"], "accept": {e["event"], *e.get("alt_event", [])},
            "optional": bool(e.get("optional")), "actor": _countries(actor),
            "recipient": _countries(recipient), "wild_actor": _wild(actor),
            "wild_recipient": _wild(recipient),
            "reciprocal": e["event"] == "CONSULT" or (not recipient and len(actor or []) >= 2)}


def load_gold_inputs(path: str, text_tsv: str | None, lang: str | None,
                     published: date | None, as_one_doc: str | None) -> list[Document]:
    """The documents to code for a gold set: one per gold record, or one for all of them."""
    table: dict[str, str] = {}
    if text_tsv:
        with open(text_tsv, encoding="utf-8") as f:
            table = dict(line.rstrip("\n").split("\t", 1) for line in f if "\t" in line)
    docs = []
    for rec in _records(path):
        doc_id = str(rec.get("sent_id", rec.get("id")))
        text = table.get(doc_id) or rec.get("text") or rec.get(f"text_{lang}") or ""
        if text and (rec.get("event") != "DOCUMENT"):
            docs.append(Document(id=doc_id, text=text, lang=lang, published=published))
    if as_one_doc:
        return [Document(id=as_one_doc, text=" ".join(d.text for d in docs), lang=lang,
                         published=published)]
    return docs


def _role_ok(want: frozenset[str], wild: bool, got: frozenset[str]) -> bool:
    return want <= got and (wild or got <= want)


def _compatible(g: dict[str, Any], p: dict[str, Any]) -> bool:
    if p["event"] not in g["accept"]:
        return False
    if g["reciprocal"]:
        return _role_ok(g["actor"] | g["recipient"], g["wild_actor"] or g["wild_recipient"],
                        p["actor"] | p["recipient"])
    return (_role_ok(g["actor"], g["wild_actor"], p["actor"])
            and _role_ok(g["recipient"], g["wild_recipient"], p["recipient"]))


def _match(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[int, int]:
    """Maximum bipartite matching gold index -> prediction index."""
    owner: dict[int, int] = {}

    def grab(gi: int, seen: set[int]) -> bool:
        for pi, p in enumerate(pred):
            if pi in seen or not _compatible(gold[gi], p):
                continue
            seen.add(pi)
            if pi not in owner or grab(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in range(len(gold)):
        grab(gi, set())
    return {gi: pi for pi, gi in owner.items()}


def score_events(gold_path: str, events: list[dict[str, Any]],
                 as_one_doc: str | None = None) -> dict[str, Any]:
    """Per-type true/false positives and negatives of asserted events against a gold set."""
    gold = load_gold(gold_path)
    if as_one_doc:
        gold = {as_one_doc: [g for evs in gold.values() for g in evs]}
    pred: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in events:
        if not e.get("negated") and e.get("modality", "asserted") == "asserted":
            pred[str(e["doc_id"])].append({"event": e["event"], "actor": _countries(e["actor"]),
                                           "recipient": _countries(e["recipient"])})
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    false_alarms = 0
    for doc, gevs in gold.items():
        pevs = pred.get(doc, [])
        if not gevs and pevs:
            false_alarms += 1
        required = [g for g in gevs if not g["optional"]]
        matched = _match(required, pevs)
        rest = [i for i in range(len(pevs)) if i not in matched.values()]
        optional = [g for g in gevs if g["optional"]]
        absorbed = {rest[pi] for pi in _match(optional, [pevs[i] for i in rest]).values()}
        for gi, g in enumerate(required):
            (tp if gi in matched else fn)[g["event"]] += 1
        for i in rest:
            if i not in absorbed:
                fp[pevs[i]["event"]] += 1
    return {"tp": tp, "fp": fp, "fn": fn, "false_alarm_docs": false_alarms,
            "empty_docs": sum(1 for g in gold.values() if not g)}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def print_report(s: dict[str, Any], as_json: bool = False) -> None:
    """The per-type table, the micro totals and `event_f1=`."""
    tp, fp, fn = s["tp"], s["fp"], s["fn"]
    total = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    if as_json:
        print(json.dumps({"per_type": {t: dict(zip("prf", prf(tp[t], fp[t], fn[t]), strict=True))
                                       for t in PLOVER_TYPES if tp[t] + fp[t] + fn[t]},
                          "precision": total[0], "recall": total[1], "event_f1": total[2],
                          "false_alarm_docs": s["false_alarm_docs"],
                          "empty_docs": s["empty_docs"]}, indent=1))
        return
    print(f"{'type':<10} {'gold':>5} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for t in PLOVER_TYPES:
        if tp[t] + fp[t] + fn[t]:
            p, r, f = prf(tp[t], fp[t], fn[t])
            print(f"{t:<10} {tp[t] + fn[t]:>5} {tp[t]:>4} {fp[t]:>4} {fn[t]:>4} {p:6.3f} {r:6.3f} {f:6.3f}")
    print(f"micro      P={total[0]:.3f} R={total[1]:.3f} F1={total[2]:.3f}")
    print(f"documents with no gold event that got one: {s['false_alarm_docs']} of {s['empty_docs']}")
    print(f"event_f1={total[2]:.3f}")
