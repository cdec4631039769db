"""Near-duplicate documents: MinHash signatures over word shingles, banded for LSH.

Pure and deterministic (no Python `hash()`, whose seed changes per process): shingles are
hashed with CRC-32, and the permutations come from a fixed seed, so a signature computed
today can be compared with one stored last year.

Why these numbers (tuned on `scripts/make_syndicated_corpus.py`, see benchmarks/README.md):
- 4-word shingles of lower-cased word tokens: a typo kills 4 shingles, not a paragraph;
  outlet boilerplate ("JAKARTA, KOMPAS.com -", "Baca juga: ...") is a few shingles among many.
- 128 permutations in 32 bands of 4 rows: a pair with Jaccard s becomes a candidate with
  probability 1-(1-s^4)^32, about 50% at s=0.42 and over 99% at s=0.6, so candidates are cheap
  and the estimated Jaccard (checked after) decides.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

import numpy as np
import numpy.typing as npt

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE = 4
THRESHOLD = 0.5  # estimated Jaccard at or above which a document is a near-duplicate
_PRIME = np.uint64((1 << 61) - 1)
_MAX32 = np.uint64(0xFFFFFFFF)
_rng = np.random.default_rng(20250122)
# a*h + b with a, h < 2^32 stays below 2^64: no overflow in uint64 arithmetic.
_A = _rng.integers(1, 1 << 32, size=NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, 1 << 32, size=NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"\w+", re.UNICODE)

Signature = npt.NDArray[np.uint32]


def words(text: str) -> list[str]:
    """Lower-cased word tokens (punctuation and spacing differences do not matter)."""
    return _WORD.findall(text.lower())


def shingles(text: str, k: int = SHINGLE) -> set[int]:
    """CRC-32 hashes of the k-word shingles of a text (the whole text if shorter)."""
    toks = words(text)
    if len(toks) < k:
        return {zlib.crc32(" ".join(toks).encode("utf-8"))} if toks else set()
    return {zlib.crc32(" ".join(toks[i:i + k]).encode("utf-8"))
            for i in range(len(toks) - k + 1)}


def signature(text: str) -> Signature:
    """The MinHash signature (NUM_PERM uint32 values) of a text's shingles."""
    hs = shingles(text)
    if not hs:
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    h = np.fromiter(hs, dtype=np.uint64, count=len(hs))
    # One (perm x shingle) matrix: fast for news-length texts (a few thousand shingles).
    vals = ((np.outer(_A, h) + _B[:, None]) % _PRIME) & _MAX32
    return vals.min(axis=1).astype(np.uint32)


def jaccard(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets."""
    return float(np.count_nonzero(a == b)) / NUM_PERM


def band_keys(sig: Signature) -> list[str]:
    """One LSH bucket key per band: documents sharing any key are candidates."""
    rows = sig.reshape(BANDS, ROWS)
    return [f"{i:02d}:{zlib.crc32(r.tobytes()):08x}" for i, r in enumerate(rows)]


def to_text(sig: Signature) -> str:
    """A signature as hex text (portable across DuckDB and PostgreSQL)."""
    return sig.astype(">u4").tobytes().hex()


def from_text(text: str) -> Signature:
    """A signature back from `to_text`."""
    return np.frombuffer(bytes.fromhex(text), dtype=">u4").astype(np.uint32)


def source_of(url: str | None, meta: dict[str, object] | None = None,
              fallback: str = "") -> str:
    """The outlet a document came from: its URL host (no www.), a `source` field, or fallback."""
    if url:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
        if host:
            return host.removeprefix("www.")
    for key in ("source", "outlet", "site", "publisher"):
        value = (meta or {}).get(key)
        if isinstance(value, str) and value.strip():
            return value.strip().lower()
    return fallback


class LSHIndex:
    """An in-memory LSH index: add signatures under ids, query near-duplicates of a new one.

    The store keeps the same band keys in a table; this class serves tests, benchmarks and
    batches (documents of one write that duplicate each other).
    """

    def __init__(self) -> None:
        self.buckets: dict[str, list[str]] = {}
        self.sigs: dict[str, Signature] = {}

    def add(self, doc_id: str, sig: Signature) -> None:
        """Index a document's signature."""
        self.sigs[doc_id] = sig
        for key in band_keys(sig):
            self.buckets.setdefault(key, []).append(doc_id)

    def candidates(self, sig: Signature) -> set[str]:
        """Ids sharing at least one band with the signature."""
        out: set[str] = set()
        for key in band_keys(sig):
            out.update(self.buckets.get(key, ()))
        return out

    def best(self, sig: Signature, threshold: float = THRESHOLD) -> tuple[str, float] | None:
        """The most similar indexed document at or above the threshold (ties: smallest id)."""
        return best_match(sig, ((c, self.sigs[c]) for c in self.candidates(sig)), threshold)


def best_match(sig: Signature, candidates: Iterable[tuple[str, Signature]],
               threshold: float = THRESHOLD) -> tuple[str, float] | None:
    """The candidate with the highest estimated Jaccard >= threshold, ties to the smallest id."""
    found: tuple[str, float] | None = None
    for cid, other in sorted(candidates, key=lambda c: c[0]):
        s = jaccard(sig, other)
        if s >= threshold and (found is None or s > found[1]):
            found = (cid, s)
    return found


def signatures(texts: Sequence[str]) -> list[Signature]:
    """Signatures of many texts (a convenience for batches and benchmarks)."""
    return [signature(t) for t in texts]
