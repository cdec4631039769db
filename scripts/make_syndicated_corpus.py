"""A synthetic corpus for document dedup: articles syndicated with edits, plus unrelated ones.

Each base article (the repo's examples/ and, when present, /work/shared texts) gets copies
as another outlet would run them: a new headline, outlet boilerplate before and after,
a paragraph added or removed, a few typos. Bases are unrelated to each other, so a pair is
a true duplicate exactly when it shares a base. Deterministic (seeded).

    python scripts/make_syndicated_corpus.py -o corpus.jsonl [--copies 4] [--seed 9]
    python scripts/make_syndicated_corpus.py --score   # precision/recall of warta.dedup
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path("/work/shared")
OUTLETS = [
    ("kompas.com", "JAKARTA, KOMPAS.com -", "Baca juga: Berita terkini hari ini."),
    ("antaranews.com", "Jakarta (ANTARA) -", "Pewarta: Redaksi. Editor: Redaksi. COPYRIGHT © ANTARA 2025"),
    ("detik.com", "Jakarta - detikNews", "Simak Video pilihan redaksi di bawah ini."),
    ("reuters.com", "(Reuters) -", "Reporting by staff; Editing by the desk."),
    ("tempo.co", "TEMPO.CO, Jakarta -", "Pilihan Editor: Berita lain yang perlu Anda ketahui."),
]


def base_texts(min_chars: int = 400) -> list[tuple[str, str]]:
    """(id, text) of unrelated articles: repo examples, then shared texts cut into articles."""
    out = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "examples").glob("*.txt"))]
    for tsv in (SHARED / "eval" / "pud_en.tsv", SHARED / "eval" / "pud_id.tsv"):
        if not tsv.exists():
            continue
        # PUD: runs of 12 consecutive sentences make an "article" (documents stay distinct).
        sents = [line.split("\t", 1)[1] for line in tsv.read_text(encoding="utf-8").splitlines()[1:]
                 if "\t" in line]
        for i in range(0, len(sents) - 11, 12):
            out.append((f"{tsv.stem}-{i // 12:03d}", "\n\n".join(sents[i:i + 12])))
    return [(i, t) for i, t in out if len(t) >= min_chars]


def _typos(text: str, rng: random.Random, n: int) -> str:
    chars = list(text)
    for _ in range(n):
        i = rng.randrange(len(chars))
        if chars[i].isalpha():
            chars[i] = rng.choice("aeioutnrs")
    return "".join(chars)


def syndicate(text: str, rng: random.Random, outlet: tuple[str, str, str],
              drop: float = 0.2, typos: float = 2.0) -> str:
    """One edited copy: up to `drop` of the paragraphs removed, `typos` per 100 words."""
    paras = [p for p in text.split("\n\n") if p.strip()] or [text]
    if len(paras) < 3:  # one block: split into sentences to have something to drop
        paras = [s.strip() + "." for s in text.replace("\n", " ").split(". ") if s.strip()]
    for _ in range(rng.randint(0, int(len(paras) * drop))):  # drop paragraphs (not the lead)
        if len(paras) > 2:
            del paras[rng.randrange(1, len(paras))]
    if rng.random() < 0.5:  # add an update paragraph
        paras.insert(rng.randrange(1, len(paras) + 1),
                     rng.choice(["Update: the ministry confirmed the report on Wednesday.",
                                 "Hingga berita ini diturunkan, belum ada tanggapan resmi.",
                                 "This story has been updated with additional details."]))
    body = "\n\n".join(paras)
    body = _typos(body, rng, rng.randint(0, int(len(body.split()) * typos / 100)))
    headline = rng.choice(["BREAKING:", "Berita:", "Update:", ""]) + " " + paras[0][:60]
    return f"{headline.strip()}\n\n{outlet[1]} {body}\n\n{outlet[2]}"


def corpus(copies: int = 4, seed: int = 9, drop: float = 0.2,
           typos: float = 2.0) -> Iterator[dict[str, Any]]:
    """Documents (JSON Lines records) with a `base` field naming the article they copy."""
    rng = random.Random(seed)
    for base_id, text in base_texts():
        yield {"id": base_id, "text": text, "base": base_id, "url": f"https://origin.example/{base_id}"}
        for k in range(rng.randint(1, copies)):
            outlet = OUTLETS[rng.randrange(len(OUTLETS))]
            yield {"id": f"{base_id}~{k}", "text": syndicate(text, rng, outlet, drop, typos), "base": base_id,
                   "url": f"https://{outlet[0]}/{base_id}-{k}"}


def score(docs: list[dict[str, Any]]) -> dict[str, float]:
    """Precision and recall of warta.dedup's duplicate links against the shared bases."""
    from warta.dedup.minhash import LSHIndex, signature

    by_id = {d["id"]: d for d in docs}
    index = LSHIndex()
    tp = fp = 0
    for d in docs:
        sig = signature(d["text"])
        hit = index.best(sig)
        if hit is not None:
            same = by_id[hit[0]]["base"] == d["base"]
            tp, fp = tp + same, fp + (not same)
        index.add(d["id"], sig)
    # Each copy should be linked (to its base or an earlier copy); originals never.
    should = sum(1 for d in docs if d["id"] != d["base"])
    return {"documents": len(docs), "copies": should, "linked_right": tp, "linked_wrong": fp,
            "precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / should if should else 1.0}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", help="write JSON Lines here (default stdout)")
    ap.add_argument("--copies", type=int, default=4, help="at most this many copies per article")
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--drop", type=float, default=0.2, help="at most this share of paragraphs dropped")
    ap.add_argument("--typos", type=float, default=2.0, help="at most this many typos per 100 words")
    ap.add_argument("--score", action="store_true", help="print dedup precision/recall instead")
    args = ap.parse_args(argv)
    docs = list(corpus(args.copies, args.seed, args.drop, args.typos))
    if args.score:
        print(json.dumps(score(docs)))
        return 0
    lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    if args.output:
        Path(args.output).write_text(lines, encoding="utf-8")
    else:
        sys.stdout.write(lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
