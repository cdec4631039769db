"""The dev gold set's texts as warta input files, written by the project's scorer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EVAL = Path("/work/shared/eval")


def write_dev_inputs(folder: Path) -> list[Path]:
    """dev_id.jsonl and dev_en.jsonl in `folder` (none when ../shared/eval is not here)."""
    if not (EVAL / "score.py").is_file():
        return []
    out = []
    for lang in ("id", "en"):
        path = folder / f"dev_{lang}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            subprocess.run([sys.executable, str(EVAL / "score.py"), "inputs", "--gold",
                            str(EVAL / "dev.jsonl"), "--text", str(EVAL / f"pud_{lang}.tsv"),
                            "--lang", lang], stdout=fh, check=True, timeout=120)
        out.append(path)
    return out
