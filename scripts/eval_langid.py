"""Evaluate warta's language identification and print accuracy and speed.

Usage: python scripts/eval_langid.py [--shared /work/shared] [--markers-off]

Reads TALPCo (id/ms/en parallel sentences) from the shared reference folder and
prints: accuracy and an id/ms/en confusion matrix on 5-sentence chunks and on single
sentences, and milliseconds per ~3,000-character document.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from warta.lang import detect
from warta.lang.detect import detect_language

TALPCO_FILES = {"id": "data_ind.txt", "ms": "data_zsm.txt", "en": "data_eng.txt"}


def load_talpco(folder: Path) -> dict[str, list[str]]:
    """TALPCo sentences per language code, in corpus order (`id<TAB>sentence` lines)."""
    out = {}
    for code, name in TALPCO_FILES.items():
        lines = (folder / name).read_text(encoding="utf-8").splitlines()
        out[code] = [ln.split("\t", 1)[1].strip() for ln in lines if "\t" in ln]
    return out


def chunks(sentences: list[str], size: int) -> list[str]:
    """Consecutive groups of `size` sentences joined by spaces."""
    return [" ".join(sentences[i : i + size]) for i in range(0, len(sentences), size)]


def evaluate(data: dict[str, list[str]], size: int) -> tuple[float, Counter[tuple[str, str]]]:
    """Accuracy and (gold, predicted) counts on chunks of `size` sentences."""
    confusion: Counter[tuple[str, str]] = Counter()
    for gold, sentences in data.items():
        for text in chunks(sentences, size):
            confusion[(gold, str(detect_language(text)[0]))] += 1
    total = sum(confusion.values())
    right = sum(n for (g, p), n in confusion.items() if g == p)
    return right / total, confusion


def print_matrix(confusion: Counter[tuple[str, str]]) -> None:
    """Rows gold, columns predicted."""
    cols = sorted({p for _, p in confusion})
    print("gold\\pred " + " ".join(f"{c:>6}" for c in cols))
    for gold in TALPCO_FILES:
        print(f"{gold:>9} " + " ".join(f"{confusion[(gold, c)]:>6}" for c in cols))


def speed(data: dict[str, list[str]], reps: int = 3) -> float:
    """Milliseconds per ~3,000-character document (id, ms and en documents)."""
    docs = []
    for sentences in data.values():
        text = " ".join(sentences)
        docs += [text[i : i + 3000] for i in range(0, len(text) - 3000, 3000)][:50]
    detect_language(docs[0])  # load the model outside the timing
    start = time.perf_counter()
    for _ in range(reps):
        for doc in docs:
            detect_language(doc)
    return (time.perf_counter() - start) * 1000 / (reps * len(docs))


def main() -> None:
    """Print the evaluation."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("--markers-off", action="store_true", help="ablation: no marker words")
    args = parser.parse_args()
    if args.markers_off:
        detect.MARKER_WEIGHT = 0.0
    data = load_talpco(args.shared / "data" / "talpco")
    for size, label in ((5, "5-sentence chunks"), (1, "single sentences")):
        acc, confusion = evaluate(data, size)
        print(f"TALPCo {label}: accuracy {acc:.4f} ({sum(confusion.values())} texts)")
        print_matrix(confusion)
        print()
    print(f"speed: {speed(data):.2f} ms per 3,000-character document")


if __name__ == "__main__":
    main()
