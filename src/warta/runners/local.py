"""The local engine: one process per core, one shard per task, each shard written by its worker."""

from __future__ import annotations

import ctypes
import multiprocessing
import signal
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from datetime import date
from pathlib import Path

from warta.runners.output import write_shard
from warta.runners.shards import Shard, read_shard
from warta.runners.work import ShardRecords, code_item, warm_up

# Called after each finished shard with (shard name, row counts).
OnDone = Callable[[str, dict[str, int]], None]


def run_shard(shard: Shard, out: str, lang: str | None,
              published: date | None) -> tuple[str, dict[str, int]]:
    """Read, code and write one shard (in whichever process runs it)."""
    records = ShardRecords()
    for item in read_shard(shard, lang, published):
        records.add(code_item(item))
    return shard.name, write_shard(Path(out), shard.name, records)


def _die_with_parent() -> None:
    # A worker must not outlive a killed run: it would keep writing while a rerun starts.
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL("libc.so.6", use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except OSError:
            pass


def _init_worker() -> None:
    """Pool initializer: tie the worker's life to the parent's, and warm the pipeline once."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    warm_up()


def run_local(shards: list[Shard], out: Path, lang: str | None, published: date | None,
              workers: int, on_done: OnDone | None = None) -> dict[str, int]:
    """Code the shards with `workers` processes (in this process when 1); total row counts."""
    total = {"documents": 0, "events": 0, "statements": 0, "errors": 0}

    def finished(name: str, counts: dict[str, int]) -> None:
        for key, value in counts.items():
            total[key] += value
        if on_done is not None:
            on_done(name, counts)

    if workers <= 1 or len(shards) <= 1:
        warm_up()
        for shard in shards:
            finished(*run_shard(shard, str(out), lang, published))
        return total
    # spawn, not fork: a forked child would inherit the parent's threads (tqdm's monitor)
    # and locks in whatever state they were; the warm-up pays for the clean start.
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(workers, len(shards)), mp_context=ctx,
                             initializer=_init_worker) as pool:
        futures = [pool.submit(run_shard, s, str(out), lang, published) for s in shards]
        try:
            for fut in as_completed(futures):
                finished(*fut.result())
        except BaseException:
            for fut in futures:
                fut.cancel()
            raise
    return total
