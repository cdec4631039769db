"""Evaluate warta's sentence splitter and tokeniser and print boundary scores and speed.

Usage: python scripts/eval_segment.py [--shared /work/shared] [--group 5]

Sentence boundaries: the UD Indonesian treebanks' `# text =` sentences are joined
into paragraphs of `--group` sentences; precision and recall of the boundaries the
splitter finds between them. Speed: split + tokenise on the PUD Indonesian text.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from warta.lang.segment import split_sentences, tokenize


def treebank_sentences(path: Path) -> list[str]:
    """The `# text =` sentences of a CoNLL-U file, in order."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln.split("=", 1)[1].strip() for ln in lines if ln.startswith("# text =")]


def boundary_scores(sentences: list[str], group: int, lang: str) -> tuple[float, float, int]:
    """(precision, recall, gold boundaries) of sentence starts inside joined paragraphs."""
    tp = fp = fn = 0
    for i in range(0, len(sentences), group):
        part = sentences[i : i + group]
        text = " ".join(part)
        gold, pos = set(), 0
        for s in part[:-1]:
            pos += len(s) + 1
            gold.add(pos)
        found = {start for start, _ in split_sentences(text, lang)[1:]}
        tp += len(gold & found)
        fp += len(found - gold)
        fn += len(gold - found)
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), tp + fn


def speed(texts: list[str], lang: str, reps: int = 5) -> tuple[float, float]:
    """(sentences per second, tokens per second) for split + tokenise."""
    n_sent = n_tok = 0
    start = time.perf_counter()
    for _ in range(reps):
        for text in texts:
            for a, b in split_sentences(text, lang):
                n_sent += 1
                n_tok += len(tokenize(text, a, b))
    elapsed = time.perf_counter() - start
    return n_sent / elapsed, n_tok / elapsed


def main() -> None:
    """Print the evaluation."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("--group", type=int, default=5)
    args = parser.parse_args()
    for folder in ("ud-id-csui", "ud-id-gsd"):
        for path in sorted((args.shared / "data" / folder).glob("*.conllu")):
            p, r, n = boundary_scores(treebank_sentences(path), args.group, "id")
            print(f"{path.name}: boundary precision {p:.4f} recall {r:.4f} ({n} gold boundaries)")
    for name, lang in (("pud_id.tsv", "id"), ("pud_en.tsv", "en")):
        rows = (args.shared / "eval" / name).read_text(encoding="utf-8").splitlines()[1:]
        texts = [row.split("\t", 1)[1] for row in rows if "\t" in row]
        paragraphs = [" ".join(texts[i : i + 5]) for i in range(0, len(texts), 5)]
        sps, tps = speed(paragraphs, lang)
        print(f"{name}: split+tokenize {sps:,.0f} sentences/s, {tps:,.0f} tokens/s")


if __name__ == "__main__":
    main()
