"""Write a corpus of hostile input items mixed with good ones, and a manifest of which is which.

    python scripts/make_hostile_corpus.py OUT_DIR [--seed-text PATH] [--pud TSV] [--dev JSONL]

OUT_DIR/corpus/     every item: binary, empty, badly encoded, oversized, deeply nested,
                    truncated, malformed JSON lines, wrong field types, other languages,
                    and good documents (the seed article, PUD and dev sentences as
                    .txt/.jsonl/.html/.warc.gz) in the same files and folders
OUT_DIR/good_only/  the good items alone (same ids), to compare events against
OUT_DIR/manifest.json  {"bad": [item keys], "good": [doc ids], "partial_prefix": [...]}:
                    an item key is the error's `item` with "OUT_DIR/corpus/" and any
                    "#record" suffix removed (a file name, a "file:line" of JSON Lines,
                    or a document id)

Every bad item must produce exactly one error record; every good one its events, as when
run alone. Nothing here is random: the corpus is the same on every run.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path("/work/shared")
SEED = ROOT / "examples" / "000_1bb352efa15facdf.txt"
FRENCH = ("Le président français a rencontré hier à Paris le chancelier allemand pour discuter "
          "de la situation en Ukraine et des relations entre les deux pays.")
GERMAN = ("Der Bundeskanzler hat gestern in Berlin den französischen Präsidenten empfangen, "
          "um über die Lage in der Ukraine und die Beziehungen beider Länder zu sprechen.")


def html_page(title: str, body: str, charset: str = "utf-8") -> str:
    """A news page with navigation and footer around an article."""
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    return (f'<html lang="id"><head><meta charset="{charset}"><title>{title}</title>'
            '<meta property="article:published_time" content="2025-01-22T08:00:00+07:00">'
            "</head><body><nav><a href='/'>Beranda</a></nav>"
            f"<article><h1>{title}</h1>{paras}</article><footer>Contoh Media</footer>"
            "</body></html>")


def warc_record(url: str, body: bytes, n: int, content_type: str = "text/html; charset=utf-8",
                status: str = "200 OK") -> bytes:
    """One WARC/1.0 response record with its HTTP message (the reader tests use it too)."""
    http = (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
            f"WARC-Date: 2025-01-23T10:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def good_records(pud: Path, dev: Path, n: int) -> list[dict[str, Any]]:
    """PUD sentences (Indonesian) and dev sentences (both languages) as input records."""
    out: list[dict[str, Any]] = []
    lines = pud.read_text(encoding="utf-8").splitlines()[1:n + 1]
    for line in lines:
        sent_id, text = line.split("\t", 1)
        out.append({"id": f"pud-{sent_id}", "text": text, "lang": "id",
                    "published": "2016-11-20"})
    for line in dev.read_text(encoding="utf-8").splitlines()[:n]:
        rec = json.loads(line)
        out.append({"id": f"dev-{rec['sent_id']}-id", "text": rec["text_id"], "lang": "id"})
        out.append({"id": f"dev-{rec['sent_id']}-en", "text": rec["text_en"], "lang": "en",
                    "published": "2016-10-15", "source": "dev"})
    return out


def bad_lines() -> list[bytes]:
    """JSON lines each of which must give exactly one error record."""
    j = json.dumps
    lines: list[Any] = [
        '{"id": "cut", "text": ',  # not JSON
        '{"id": "a", "text": "b"} trailing',
        "[1, 2, 3]", '"just a string"', "null", "42", "true",
        j({"text": "no id here"}), j({"id": None, "text": "x"}), j({"id": ["a"], "text": "x"}),
        j({"id": True, "text": "x"}), j({"id": "", "text": "x"}), j({"id": 1.5, "text": "x"}),
        j({"id": "t1", "text": 5}), j({"id": "t2", "text": None}), j({"id": "t3"}),
        j({"id": "t4", "text": ["a", "list"]}), j({"id": "t5", "text": {"nested": 1}}),
        j({"id": "t6", "text": ""}), j({"id": "t7", "text": " \n\t "}),
        '{"id": "t8", "text": NaN}',
        j({"id": "p1", "text": "Teks.", "published": "not-a-date"}),
        j({"id": "p2", "text": "Teks.", "published": "2025-13-45"}),
        j({"id": "p3", "text": "Teks.", "published": {"y": 2025}}),
        j({"id": "l1", "text": "Teks.", "lang": 5}), j({"id": "l2", "text": "Teks.", "lang": ["id"]}),
        j({"id": "u1", "text": "Teks.", "url": 5}), j({"id": "u2", "text": "Teks.", "title": {"a": 1}}),
        '{"id": "s1", "text": "lone \\ud800 surrogate"}',
        '{"id": "\\udfff", "text": "Teks."}',
        j({"id": "x" * 2000, "text": "Teks."}),
        j({"id": "c1", "text": "\u0000\u0001\u0002\u0003" * 50}),
        "[" * 100_000 + "]" * 100_000,  # nested past the recursion limit
        '{"id": "n1", "text": "x", "big": ' + "9" * 10_000 + "}",  # too many digits
        b'{"id": "b1", "text": "caf\xe9 latin-1 byte"}',  # invalid UTF-8 on one line
        j({"id": "fr-line", "text": FRENCH, "lang": "fr"}),  # unsupported language
        j({"id": "de-line", "text": GERMAN}),  # detected, unsupported
        j({"id": "long-line", "text": "kata " * 1_200_000}),  # over max_json_line_bytes
    ]
    return [x if isinstance(x, bytes) else x.encode("utf-8") for x in lines]


def truncated_gzip() -> bytes:
    """JSON Lines gzipped and cut in half: the lines before the cut may be read ("cut-*")."""
    lines = "".join(json.dumps({"id": f"cut-{i}", "lang": "id", "text": "Catatan nomor "
                                + " ".join(hashlib.sha256(f"{i}-{k}".encode()).hexdigest()
                                           for k in range(20))}) + "\n"
                    for i in range(100))
    packed = gzip.compress(lines.encode(), mtime=0)
    return packed[:len(packed) // 2]


def line_key(rec_or_line: bytes) -> str | None:
    """Unsupported-language lines fail by document id (in the pipeline), the rest by line."""
    for doc_id in (b"fr-line", b"de-line"):
        if b'"id": "' + doc_id + b'"' in rec_or_line[:40]:
            return doc_id.decode()
    return None


def write(out: Path, seed_text: str, pud: Path, dev: Path) -> dict[str, list[str]]:
    """Write corpus/, good_only/ and manifest.json under `out`; return the manifest."""
    corpus, alone = out / "corpus", out / "good_only"
    for d in (corpus, corpus / "nested", alone):
        d.mkdir(parents=True, exist_ok=True)
    bad: list[str] = []
    good: list[str] = []

    def both(name: str, data: bytes) -> None:
        (corpus / name).write_bytes(data)
        (alone / name).write_bytes(data)

    # Good files: the seed article as text and as a page, a long text past max_chars, a page
    # in a WARC, and one "sentence" of a megabyte that must be skipped, not stall anything.
    both("000_1bb352efa15facdf.txt", seed_text.encode())
    both("seed-page.html", html_page("Xi dan Putin bertemu", seed_text).encode())
    both("long-article.txt", ((seed_text + "\n") * 5).encode())
    both("one-huge-sentence.txt", ("kata " * 200_000 + "Presiden Jokowi bertemu Xi.").encode())
    warc_body = html_page("Xi dan Putin", seed_text).encode()
    url = "https://news.example/a"
    both("crawl.warc.gz", gzip.compress(warc_record(url, warc_body, 1), mtime=0))
    good += ["000_1bb352efa15facdf", "seed-page", "long-article", "one-huge-sentence",
             hashlib.sha1(url.encode()).hexdigest()[:16]]  # a WARC page's id: its URL's hash

    # Good and bad JSON lines interleaved in one file; the good ones alone in good_only/.
    records = good_records(pud, dev, 8)
    good += [r["id"] for r in records]
    mixed: list[bytes] = []
    for i, line in enumerate(bad_lines()):
        mixed.append(line)
        bad.append(line_key(line) or f"mixed.jsonl:{len(mixed)}")
        if i < len(records):
            mixed.append(json.dumps(records[i], ensure_ascii=False).encode())
    mixed += [json.dumps(r, ensure_ascii=False).encode() for r in records[len(bad_lines()):]]
    (corpus / "mixed.jsonl").write_bytes(b"\n".join(mixed) + b"\n")
    (alone / "good.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")

    # Bad files: one error each.
    page = html_page("Judul", seed_text)
    files: dict[str, bytes] = {
        "binary.txt": bytes(range(256)) * 64,
        "image.html": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16,
        "empty.txt": b"", "empty.jsonl": b"", "empty.html": b"", "nested/empty.warc": b"",
        "blank.txt": b"  \n\n\t  \n", "blank-lines.jsonl": b"\n\n  \n",
        "latin1.txt": seed_text.replace("a", "\u00e0").encode("latin-1", "replace"),
        "utf16.txt": seed_text.encode("utf-16"),
        "controls.txt": ("\x01\x02\x03\x04 teks " * 400).encode(),
        "wrong-charset.html": page.encode("utf-8").replace(b"Judul", b"Jud\xe9l\xff"),
        "unknown-charset.html": html_page("Judul", seed_text, "klingon-8").encode(),
        "declared-latin1-is-utf16.html": ('<meta charset="utf-8">' + page).encode("utf-16"),
        "nested.html": ("<html><body>" + "<div>" * 100_000 + "<p>Teks berita.</p>"
                        + "</div>" * 100_000 + "</body></html>").encode(),
        "huge.html": ("<html><body><article>" + "<p>Presiden berbicara di Jakarta.</p>"
                      * 100_000 + "</article></body></html>").encode(),
        "no-article.html": b"<html><head><script>var x = 1;</script></head><body></body></html>",
        "not-gzip.jsonl.gz": b'{"id": "a", "text": "plain text, not gzip"}\n',
        "truncated.jsonl.gz": truncated_gzip(),
        "truncated.warc.gz": gzip.compress(warc_record("https://news.example/t",
                                                       warc_body * 20, 2), mtime=0)[:1500],
        "garbage.warc": b"this is not a WARC file\r\n" * 100,
        "broken.rss": b'<?xml version="1.0"?><rss><channel><item><title>x</ti',
        "report.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 8,
        "README": b"a file without an extension",
        "french.txt": FRENCH.encode(),
        "nested/deep/german.txt": GERMAN.encode(),
    }
    for name, data in files.items():
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_bytes(data)
        # Unsupported languages fail by document id (after reading), the rest by file name.
        bad.append(Path(name).stem if name in ("french.txt", "nested/deep/german.txt")
                   else name)
    # A 100 MB text: sparse on disk, refused by size before anything is read.
    with (corpus / "huge.txt").open("wb") as f:
        f.write(("kata " * 1000).encode())
        f.truncate(100 * 1024 * 1024)
    bad.append("huge.txt")
    # Documents a truncated file yielded before its cut are neither good nor bad items.
    manifest = {"bad": bad, "good": good, "partial_prefix": ["cut-"]}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed-text", type=Path, default=SEED)
    ap.add_argument("--pud", type=Path, default=SHARED / "eval" / "pud_id.tsv")
    ap.add_argument("--dev", type=Path, default=SHARED / "eval" / "dev.jsonl")
    args = ap.parse_args(argv)
    m = write(args.out, args.seed_text.read_text(encoding="utf-8"), args.pud, args.dev)
    print(f"{len(m['bad'])} hostile items, {len(m['good'])} good documents -> {args.out}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
