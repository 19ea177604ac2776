"""A background job that stays quiet until the quota watch slows down, then writes many files fast (each under its
file-size limit, which binds one file, not their number): the watch stops it within a fraction of a second of the
workspace passing its quota, not at the end of a long quiet pause. Real bubblewrap sandbox, real job."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from gofer.computer.jobs import Jobs
from gofer.computer.sandbox import Limits, start_sandbox
from gofer.computer.sandbox.local import BwrapSandbox
from gofer.computer.workspace import Workspace

QUOTA_MB = 40
LIMITS = Limits(memory_mb=2048, total_memory_mb=1024, cpu_seconds=120, max_processes=64, workspace_quota_mb=QUOTA_MB)
RATE = "sleep 0.2"  # 5 MB a step: 25 MB/s, so each second the watch is late costs 25 MB over the quota
# waits until its file-size limit came down (the workspace grew), then 14 s more (the watch's pauses grow to
# 5-8 s meanwhile), then writes 5 MB files, at most 60 (300 MB)
_QUIET_THEN_FILL = (
    "for i in $(seq 200); do [ $(ulimit -f) -lt 20480 ] && break; sleep 0.1; done; sleep 14; "
    f"for i in $(seq 60); do head -c 5M /dev/zero > part$i; echo wrote $i; {RATE}; done"
)


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[BwrapSandbox]:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="none", limits=LIMITS)
    assert isinstance(sb, BwrapSandbox)
    yield sb
    await sb.aclose()


@pytest.mark.slow  # waits 14 s for the watch to slow down
async def test_a_quiet_job_that_then_writes_fast_is_stopped_soon_after_the_quota(sandbox: BwrapSandbox) -> None:
    jobs = Jobs(sandbox)
    job = await jobs.start(_QUIET_THEN_FILL)
    try:
        first = await sandbox.run("head -c 30M /dev/zero > early; echo rc=$?")
        assert first.output.strip() == "rc=0", first.output
        await job.process.wait(60)
        assert job.reader is not None
        await job.reader
        out = job.output.text()
        assert "wrote 2" in out and "wrote 60" not in out, out  # it wrote, and was stopped
        over = sandbox.workspace.usage() - QUOTA_MB * 2**20
        # ~30 MB on a quiet machine; main went 135+ MB over (the watch's quiet pause); room left for a loaded one
        assert over <= 100 * 2**20, f"{over / 2**20:.0f} MB over the quota before the kill\n{out}"
    finally:
        await jobs.aclose()
