"""How long the blob route's check takes (is this blob named by one of this run's events?) on a long run's log.

Before (session 18): the route read the run's events whose stored JSON mentions the hash and looked for it in
their fields, a scan of the run's log. Now (migration 0004) the append records each (run, sha256) an event names
in ``run_blobs`` and the route reads that one row. Both are measured here on the same SQLite store, with the
blob named by the log's last event.

    .venv/bin/python bench/blob_lookup.py [--events 20000] [--repeat 20]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from gofer.events import ConfirmationRequested, Observation, RunStarted, UserMessage
from gofer.store import open_store


async def _timed(check: Callable[[], Awaitable[bool]], repeat: int) -> float:
    """The median milliseconds of ``repeat`` checks (each must find the blob)."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        assert await check()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


async def main(events: int, repeat: int) -> None:
    """Fill a run with ``events`` events, the last naming a blob, and print both lookups' medians."""
    with tempfile.TemporaryDirectory() as home:
        store = await open_store(f"sqlite:///{Path(home) / 'gofer.db'}")
        try:
            run_id = "run_bench"
            await store.append(run_id, [RunStarted(run_id=run_id, task="t", model="m", session_id="ses_b",
                                                   workspace=home)], 0)
            sha = await store.put_blob(b"\x89PNG bench", "image/png")
            for start in range(1, events, 5_000):
                batch = [UserMessage(run_id=run_id, text=f"note {i}") for i in range(start, min(start + 5_000, events))]
                await store.append(run_id, batch, start)
            await store.append(run_id, [Observation(run_id=run_id, action_id="a", call_id="c", tool="browser",
                                                    images=[sha])], events)

            async def scan() -> bool:  # the route's check before migration 0004
                found = await store.read(run_id, mentioning=sha)
                return any((isinstance(e, Observation) and sha in e.images)
                           or (isinstance(e, ConfirmationRequested) and e.screenshot == sha)
                           or getattr(e, "raw_blob", None) == sha for e in found)

            async def row() -> bool:  # the route's check now
                return await store.names_blob(run_id, sha)

            before, after = await _timed(scan, repeat), await _timed(row, repeat)
            print(f"{events + 1:,} events: search of the log {before:.1f} ms, run_blobs row {after:.2f} ms "
                  f"(median of {repeat})")
        finally:
            await store.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    asyncio.run(main(args.events, args.repeat))
