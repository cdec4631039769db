"""Near-duplicate documents: MinHash estimates, LSH candidates, the syndicated corpus."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from warta.dedup.minhash import (
    LSHIndex,
    from_text,
    jaccard,
    shingles,
    signature,
    source_of,
    to_text,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import make_syndicated_corpus as corpus

SEED = Path(__file__).resolve().parents[2] / "examples" / "000_1bb352efa15facdf.txt"


def test_identical_texts_match_and_signatures_round_trip() -> None:
    text = SEED.read_text(encoding="utf-8")
    sig = signature(text)
    assert jaccard(sig, signature(text.upper())) == 1.0  # case and spacing do not matter
    assert (from_text(to_text(sig)) == sig).all()


def test_syndicated_copy_is_found_and_unrelated_text_is_not() -> None:
    text = SEED.read_text(encoding="utf-8")
    copy = corpus.syndicate(text, random.Random(1), corpus.OUTLETS[0])
    index = LSHIndex()
    index.add("seed", signature(text))
    hit = index.best(signature(copy))
    assert hit is not None and hit[0] == "seed" and hit[1] >= 0.5
    other = "Pemerintah mengumumkan kebijakan baru tentang pajak kendaraan listrik tahun depan."
    assert index.best(signature(other)) is None


def test_short_texts_have_shingles() -> None:
    assert len(shingles("Dua kata")) == 1 and shingles("") == set()


def test_source_is_the_url_host_or_metadata() -> None:
    assert source_of("https://www.kompas.com/a/b") == "kompas.com"
    assert source_of(None, {"source": "ANTARA"}) == "antara"
    assert source_of(None, {}, fallback="doc:x") == "doc:x"


def test_syndicated_corpus_precision_and_recall() -> None:
    # Mild edits (the default): every copy linked, nothing wrong; numbers for harder edits
    # are in benchmarks/README.md (python scripts/make_syndicated_corpus.py --score).
    docs = [d for d in corpus.corpus(copies=3, seed=3) if not d["id"].startswith("pud_id")]
    got = corpus.score(docs)
    assert got["precision"] == 1.0 and got["recall"] >= 0.95
