"""Score the actor finder as a named-entity recogniser on idner-news-2k (CoNLL, IOB).

Predicted person/org/name mentions are compared with gold PER and ORG spans (exact token
spans): a "name" mention (type unknown) counts as right for either gold type.

Usage: python scripts/eval_ner.py [FILE.conll] [--errors N]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from warta.actors import find_actor_mentions
from warta.model import ActorMention

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEFAULT = SHARED / "data" / "idner-news-2k" / "test.txt"
TYPES = {"person": "PER", "org": "ORG", "name": "NAME"}


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences as (tokens, IOB tags)."""
    out, toks, tags = [], [], []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if toks:
                out.append((toks, tags))
            toks, tags = [], []
            continue
        parts = line.split()
        toks.append(parts[0])
        tags.append(parts[-1])
    return out


def gold_spans(tags: list[str], tags_toks: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (first token, one past last, type)."""
    out, start, kind = set(), -1, ""
    for k, tag in enumerate([*tags, "O"]):
        if start >= 0 and not (tag.startswith("I-") and tag[2:] == kind):
            end = k
            if end - start > 3 and tags_toks[end - 1] == ")" and "(" in tags_toks[start:end]:
                end = start + tags_toks[start:end].index("(")  # "Mahkamah Konstitusi (MK)"
            out.add((start, end, kind))
            start = -1
        if tag.startswith("B-") or (tag.startswith("I-") and start < 0):
            start, kind = k, tag[2:]
    return out


def predicted(toks: list[str], lang: str) -> set[tuple[int, int, str]]:
    """Mentions of the finder as token spans over the space-joined sentence."""
    text = " ".join(toks)
    starts, ends, pos = {}, {}, 0
    for k, t in enumerate(toks):
        starts[pos], ends[pos + len(t)] = k, k + 1
        pos += len(t) + 1
    out = set()
    for m in find_actor_mentions(text, 0, len(text), lang):
        kind = TYPES.get(m.kind)
        s, e = _name_span(m, text)
        i, j = starts.get(s), ends.get(e)
        if kind and i is not None and j is not None:
            out.add((i, j, kind))
    return out


def _name_span(m: ActorMention, text: str) -> tuple[int, int]:
    """The name inside a mention ("Komjen Pol Badrodin Haiti" -> "Badrodin Haiti"): NER
    gold marks names without titles, the finder's mentions keep them."""
    if m.head is not None:
        return m.head
    if m.name and m.name in m.text:
        s = m.span[0] + m.text.rindex(m.name)
        return s, s + len(m.name)
    return m.span


def main() -> int:
    """Print precision/recall of person and organisation names."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = int(sys.argv[sys.argv.index("--errors") + 1]) if "--errors" in sys.argv else 0
    path = Path(args[0]) if args else DEFAULT
    c: Counter[str] = Counter()
    misses, wrongs = [], []
    for toks, tags in read_conll(path):
        gold = {g for g in gold_spans(tags, toks) if g[2] in ("PER", "ORG")}
        other = {g[:2] for g in gold_spans(tags, toks) if g[2] not in ("PER", "ORG")}
        pred = predicted(toks, "id")
        by_span = {g[:2]: g[2] for g in gold}
        for i, j, kind in pred:
            g = by_span.get((i, j))
            c[f"pred_{kind}"] += 1
            ok = g is not None and kind in (g, "NAME")
            c[f"ok_{kind}"] += ok
            if not ok and len(wrongs) < show:
                tag = "LOC/other" if (i, j) in other else (g or "-")
                wrongs.append(f"  FP {kind}: {' '.join(toks[i:j])!r} (gold {tag})")
        for i, j, kind in gold:
            c[f"gold_{kind}"] += 1
            hit = any((i, j) == p[:2] and p[2] in (kind, "NAME") for p in pred)
            c[f"hit_{kind}"] += hit
            if not hit and len(misses) < show:
                misses.append(f"  FN {kind}: {' '.join(toks[i:j])!r}")
    pred_all = sum(c[f"pred_{k}"] for k in ("PER", "ORG", "NAME"))
    ok_all = sum(c[f"ok_{k}"] for k in ("PER", "ORG", "NAME"))
    gold_all = c["gold_PER"] + c["gold_ORG"]
    hit_all = c["hit_PER"] + c["hit_ORG"]
    p, r = ok_all / max(pred_all, 1), hit_all / max(gold_all, 1)
    print(f"PER+ORG exact spans: P={p:.3f} R={r:.3f} F1={2 * p * r / max(p + r, 1e-9):.3f} "
          f"(pred {pred_all}, gold {gold_all})")
    for kind in ("PER", "ORG"):
        print(f"{kind}: recall {c[f'hit_{kind}']}/{c[f'gold_{kind}']} = "
              f"{c[f'hit_{kind}'] / max(c[f'gold_{kind}'], 1):.3f}; typed predictions "
              f"{c[f'pred_{kind}']}, precision {c[f'ok_{kind}'] / max(c[f'pred_{kind}'], 1):.3f}")
    print(f"untyped names: {c['pred_NAME']}, precision {c['ok_NAME'] / max(c['pred_NAME'], 1):.3f}")
    print("\n".join(wrongs + misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
