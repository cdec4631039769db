"""Measure warta's stemmers: UD lemma accuracy, hand tables, and speed.

Usage: python scripts/eval_morph.py [--shared /work/shared] [--sastrawi]
Prints one line per measure. --sastrawi also scores PySastrawi on the same data (if installed).
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from warta.lang.morph import _build, stemmer

ROOT = Path(__file__).resolve().parent.parent
TABLES = ROOT / "tests/lang/data"
UD_FILES = {
    "csui-test": "data/ud-id-csui/id_csui-ud-test.conllu",
    "gsd-dev": "data/ud-id-gsd/id_gsd-ud-dev.conllu",
    "gsd-test": "data/ud-id-gsd/id_gsd-ud-test.conllu",
}


def read_table(path: Path) -> list[tuple[str, str]]:
    """(form, expected root) rows of a tab-separated case table; `#` lines are comments."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cols = line.split("\t")
            rows.append((cols[0], cols[1]))
    return rows


def ud_tokens(path: Path, pos: set[str]) -> Iterator[tuple[str, str, str]]:
    """(form, lemma, upos) of word tokens with a lowercase alphabetic form and lemma."""
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) != 10 or not cols[0].isdigit() or cols[3] not in pos:
            continue
        form, lemma = cols[1].lower(), cols[2].lower()
        if form.replace("-", "").isalpha() and lemma.replace("-", "").isalpha():
            yield form, lemma, cols[3]


def score_ud(stem: Callable[[str], str], path: Path) -> dict[str, tuple[int, int]]:
    """Correct/total per part of speech (VERB, NOUN) and over both, plus affixed-only."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for form, lemma, upos in ud_tokens(path, {"VERB", "NOUN"}):
        ok = stem(form) == lemma
        for key in (upos, "all") + (("affixed",) if form != lemma else ()):
            total[key] += 1
            right[key] += ok
    return {k: (right[k], total[k]) for k in ("all", "VERB", "NOUN", "affixed")}


def score_table(stem: Callable[[str], str], rows: list[tuple[str, str]]) -> list[str]:
    """The forms a stemmer gets wrong, as 'form->got (want)'."""
    return [f"{f}->{stem(f)} ({r})" for f, r in rows if stem(f) != r]


def speed(lang: str, words: list[str]) -> tuple[float, float]:
    """Words per second with a cold cache (fresh stemmer) and a warm one."""
    stem = _build(lang)
    t = time.perf_counter()
    for w in words:
        stem(w)
    cold = len(words) / (time.perf_counter() - t)
    t = time.perf_counter()
    for _ in range(5):
        for w in words:
            stem(w)
    warm = 5 * len(words) / (time.perf_counter() - t)
    return cold, warm


def pct(r: int, n: int) -> str:
    """'r/n = p%'."""
    return f"{r}/{n} = {100 * r / max(n, 1):.1f}%"


def main() -> None:
    """Print every measure."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=Path("/work/shared"))
    ap.add_argument("--sastrawi", action="store_true")
    ap.add_argument("--verbose", action="store_true", help="list the table misses")
    args = ap.parse_args()
    systems: dict[str, Callable[[str], str]] = {"warta": stemmer("id")}
    if args.sastrawi:
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

        sastrawi = StemmerFactory().create_stemmer()
        systems["sastrawi"] = sastrawi.stem
    for name, path in UD_FILES.items():
        full = args.shared / path
        if not full.is_file():
            continue
        for sys_name, stem in systems.items():
            res = score_ud(stem, full)
            print(
                f"id {name:9} {sys_name:8} " + "  ".join(f"{k} {pct(*v)}" for k, v in res.items())
            )
    political = read_table(TABLES / "morph_id_political.tsv")
    for sys_name, stem in systems.items():
        miss = score_table(stem, political)
        print(f"id political {sys_name:8} {pct(len(political) - len(miss), len(political))}")
        if args.verbose:
            print("   misses:", ", ".join(miss))
    english = read_table(TABLES / "morph_en.tsv")
    miss = score_table(stemmer("en"), english)
    print(f"en table warta    {pct(len(english) - len(miss), len(english))}")
    if args.verbose:
        print("   misses:", ", ".join(miss))
    for lang, path in (("id", UD_FILES["gsd-test"]), ("en", None)):
        if path is None:
            words = [f for f, _ in english] * 50
        else:
            full = args.shared / path
            if not full.is_file():
                continue
            words = [f for f, _, _ in ud_tokens(full, {"VERB", "NOUN", "ADJ", "ADV", "PROPN"})]
        cold, warm = speed(lang, words)
        print(
            f"{lang} speed {len(words)} tokens ({len(set(words))} distinct): "
            f"cold {cold:,.0f} words/s, warm {warm:,.0f} words/s"
        )


if __name__ == "__main__":
    main()
