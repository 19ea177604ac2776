"""Many writers at once, each just under the file-size limit (which binds one file, not their sum): twenty 30 MB
files written in parallel against a 40 MB quota. The quota watch, woken by the free space dropping (every
``WRITE_TICK``), kills them a fraction of a second after the workspace passes the quota. Figures on this machine,
idle: 1-11 MB over (of 560 MB they would have written). Real bubblewrap sandbox."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from gofer.computer.sandbox import Limits, start_sandbox
from gofer.computer.sandbox.local import BwrapSandbox
from gofer.computer.workspace import Workspace

QUOTA_MB = 40
LIMITS = Limits(memory_mb=2048, total_memory_mb=1024, cpu_seconds=120, max_processes=64, workspace_quota_mb=QUOTA_MB)
_PARALLEL = "for i in $(seq 20); do head -c 30M /dev/zero > f$i & done; wait; echo done"


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[BwrapSandbox]:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="none", limits=LIMITS)
    assert isinstance(sb, BwrapSandbox)
    yield sb
    await sb.aclose()


@pytest.mark.slow  # a bound for a loaded machine, three rounds
async def test_parallel_writers_each_under_the_file_limit_are_stopped_near_the_quota(sandbox: BwrapSandbox) -> None:
    for _ in range(3):
        result = await sandbox.run(_PARALLEL, timeout=60)
        assert "disk quota" in (result.killed_because or ""), result.output
        over = sandbox.workspace.usage() - QUOTA_MB * 2**20
        # 1-11 MB on an idle machine; a loaded one reacts later (the watch's thread, the measure): 192 MB once while
        # CI ran on two cores. Unwatched, the twenty would put 560 MB over; the bound says the watch cut them short.
        assert over <= 300 * 2**20, f"{over / 2**20:.0f} MB over the quota"
        await sandbox.run("rm -f f*")
