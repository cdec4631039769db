"""A tiny mixed corpus (seed article, Indonesian and English texts) and output comparisons."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from warta.cli.main import main
from warta.runners.reader import read_events

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "000_1bb352efa15facdf.txt"

ID_TEXTS = [
    ("JAKARTA, KOMPAS.com - Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar "
    "Ibrahim di Istana Merdeka, Jakarta, pada Senin (27/1/2025). Kedua pemimpin sepakat "
    "memperkuat kerja sama perdagangan."),
    ("Polisi menangkap tiga orang demonstran di Surabaya kemarin. Ribuan buruh berunjuk rasa "
    "menuntut kenaikan upah minimum di depan kantor gubernur."),
    "Menteri Luar Negeri Sugiono mengecam serangan Israel ke Gaza dan meminta PBB bertindak.",
]
EN_TEXTS = [
    ("WASHINGTON (Reuters) - U.S. President Joe Biden met Chinese President Xi Jinping in "
    "Beijing on Tuesday. The two leaders agreed to resume military talks."),
    ("Russian forces attacked the Ukrainian city of Kharkiv on Sunday, officials said. "
    "Ukraine accused Moscow of targeting civilians."),
    "Protesters rallied in London on Saturday to demand a ceasefire.",
]


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    """Write records as JSON Lines."""
    with path.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def small_corpus(root: Path) -> Path:
    """root/in: the seed .txt, a JSONL shard per language, a nested one, and an empty one."""
    src = root / "in"
    (src / "nested").mkdir(parents=True)
    (src / SEED.name).write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    write_jsonl(src / "id.jsonl", [{"id": f"id-{i}", "text": t, "lang": "id", "published": "2025-01-28"}
                                   for i, t in enumerate(ID_TEXTS)])
    write_jsonl(src / "nested" / "en.jsonl", [{"id": f"en-{i}", "text": t, "lang": "en",
                                               "published": "2025-01-29"}
                                              for i, t in enumerate(EN_TEXTS)])
    (src / "empty.jsonl").write_text("", encoding="utf-8")
    return src


def many_shards(root: Path, shards: int, per_shard: int) -> Path:
    """root/in: `shards` JSONL files of `per_shard` short articles each, unique ids."""
    src = root / "in"
    src.mkdir(parents=True)
    texts = ID_TEXTS + EN_TEXTS
    for s in range(shards):
        write_jsonl(src / f"part-{s:03d}.jsonl",
                    [{"id": f"doc-{s:03d}-{j}", "text": texts[(s + j) % len(texts)],
                      "published": "2025-02-01"} for j in range(per_shard)])
    return src


def extracted(inputs: list[Path], tmp: Path) -> list[dict[str, Any]]:
    """`warta extract` records of the inputs, sorted by event id."""
    out = tmp / "extract.jsonl"
    assert main(["extract", *map(str, inputs), "-o", str(out), "--errors",
                 str(tmp / "extract-errors.jsonl")]) == 0
    return sorted((json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()),
                  key=lambda r: r["event_id"])


def run_records(out: Path) -> list[dict[str, Any]]:
    """Events of a run output directory, sorted by event id."""
    return sorted(read_events(out), key=lambda r: r["event_id"])
