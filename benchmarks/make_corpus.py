"""Generate a benchmark corpus of realistic news-length articles in Indonesian and English.

Sentences come from the repo's seed article and /work/shared (PUD id/en, GUM news en, the
IDNER news sentences rebuilt from their CoNLL tokens); each article takes 15-30 consecutive
sentences of one language, so it reads like one story. Deterministic (seeded).

    python benchmarks/make_corpus.py --out /tmp/warta-corpus --articles 2000 --shards 20
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path("/work/shared")
SEED = ROOT / "examples" / "000_1bb352efa15facdf.txt"
NO_SPACE_BEFORE = re.compile(r" ([.,:;!?%)\]”’])")
NO_SPACE_AFTER = re.compile(r"([(\[“‘]) ")


def tsv_sentences(path: Path) -> list[str]:
    """The text column of a sent_id<TAB>text file."""
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return [line.split("\t", 1)[1].strip() for line in lines if "\t" in line]


def conll_sentences(path: Path) -> list[str]:
    """Sentences rebuilt from a token-per-line CoNLL file (blank line between sentences)."""
    out, words = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                out.append(detokenize(words))
                words = []
            continue
        words.append(line.split()[0])
    if words:
        out.append(detokenize(words))
    return out


def detokenize(words: list[str]) -> str:
    """Join tokens with spaces, then glue punctuation back to its word."""
    text = NO_SPACE_BEFORE.sub(r"\1", " ".join(words))
    return NO_SPACE_AFTER.sub(r"\1", text).replace(" n't", "n't").replace(" 's", "'s")


def pools() -> dict[str, list[str]]:
    """Sentences per language, in source order (consecutive sentences tell one story)."""
    seed = [s for s in SEED.read_text(encoding="utf-8").split("\n") if s.strip()]
    pool = {"id": list(seed), "en": []}
    if (SHARED / "eval").is_dir():
        pool["id"] += tsv_sentences(SHARED / "eval" / "pud_id.tsv")
        pool["en"] += tsv_sentences(SHARED / "eval" / "pud_en.tsv")
        pool["en"] += tsv_sentences(SHARED / "eval" / "gum_news_en.tsv")
    idner = SHARED / "data" / "idner-news-2k"
    for name in ("train.txt", "dev.txt", "test.txt"):
        if (idner / name).is_file():
            pool["id"] += conll_sentences(idner / name)
    if not pool["en"]:
        raise SystemExit("no English sentences: /work/shared/eval is missing")
    return pool


def articles(n: int, seed: int = 13) -> list[dict[str, object]]:
    """n articles alternating id/en, each 15-30 consecutive sentences with a dateline."""
    rng = random.Random(seed)
    pool = pools()
    out = []
    for i in range(n):
        lang = "id" if i % 2 == 0 else "en"
        sents = pool[lang]
        k = rng.randint(15, 30)
        start = rng.randrange(0, max(1, len(sents) - k))
        body = sents[start:start + k]
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        city = rng.choice(["JAKARTA", "SURABAYA", "BEIJING", "WASHINGTON", "LONDON"])
        lead = f"{city}, KOMPAS.com - " if lang == "id" else f"{city} (Reuters) - "
        # Paragraphs of 2-4 sentences, as news sites publish them.
        paras, j = [], 0
        while j < len(body):
            step = rng.randint(2, 4)
            paras.append(" ".join(body[j:j + step]))
            j += step
        out.append({"id": f"bench-{i:05d}", "text": lead + "\n\n".join(paras), "lang": None,
                    "published": day})
    return out


def main() -> None:
    """Write the corpus as JSON Lines shards."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--shards", type=int, default=20)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    docs = articles(args.articles)
    per = -(-len(docs) // args.shards)
    for s in range(args.shards):
        with (args.out / f"part-{s:04d}.jsonl").open("w", encoding="utf-8") as f:
            for d in docs[s * per:(s + 1) * per]:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    sentences = sum(len(re.findall(r"[.!?](?:\s|$)", str(d["text"]))) for d in docs)
    print(f"{len(docs)} articles (~{sentences} sentences) in {args.shards} shards -> {args.out}")


if __name__ == "__main__":
    main()
