"""Helpers for tests of the supervised sandbox: one started for the length of a block, waiting for a file a job
makes, and for the quota watch to stop a job and cut back what it made."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from gofer.computer.jobs import Job
from gofer.computer.sandbox import Limits, start_sandbox
from gofer.computer.sandbox._supervised import SupervisedSandbox
from gofer.computer.workspace import Workspace

BACKENDS = ["local", "unsafe-local"]
"""The supervised backends (the quota watch and the supervisor run in both)."""


@asynccontextmanager
async def supervised(tmp_path: Path, backend: str, limits: Limits) -> AsyncIterator[SupervisedSandbox]:
    """A sandbox of ``backend`` over ``tmp_path/ws`` with no network and ``limits``, closed after the block."""
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend=backend, network="none", limits=limits)
    assert isinstance(sb, SupervisedSandbox)
    try:
        yield sb
    finally:
        await sb.aclose()


async def until_file(path: Path, job: Job, within: float = 30.0) -> None:
    """Wait until ``path`` exists; fail if the job ends first or it takes longer than ``within`` seconds."""
    for _ in range(int(within / 0.05)):
        if path.exists():
            return
        assert not job.process.exited.done(), job.describe()
        await asyncio.sleep(0.05)
    raise AssertionError(f"{path.name} did not appear: {job.describe()}")


async def until_cut(job: Job, within: float = 30.0) -> str:
    """Wait until the quota watch has stopped ``job`` and cut back the files made past the room; returns why the job
    was killed. The job ends before the cut (the watch waits for what it killed, then cuts), so its end alone is not
    enough: fail if no cut is told within ``within`` seconds."""
    for _ in range(int(within / 0.05)):
        why = job.process.killed_because or ""
        if job.process.exited.done() and "cut back" in why:
            return why
        await asyncio.sleep(0.05)
    raise AssertionError(f"the watch did not stop the job and cut back: {job.process.killed_because!r}, "
                         f"{job.describe()}")
