"""The file-size limit a command gets from the room left under the workspace's quota is a hard limit: a process
that raises its soft limit back (``ulimit -S -f unlimited``, ``resource.setrlimit``) is still stopped at the room
left, by the limit, not later by the quota watch. Whether the limit was set when the command started (a command,
a background job) or lowered while it ran (a job, the kernel, a process that left its job's session). Real
bubblewrap sandbox, real jobs, real kernel."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from gofer.computer.jobs import Jobs
from gofer.computer.kernel import start_kernel
from gofer.computer.sandbox import Limits, start_sandbox
from gofer.computer.sandbox.local import BwrapSandbox
from gofer.computer.workspace import Workspace

QUOTA_MB = 40
LIMITS = Limits(memory_mb=2048, total_memory_mb=1024, cpu_seconds=120, max_processes=64, workspace_quota_mb=QUOTA_MB)
ROOM = 10 * 2**20
"""What is left after the 30 MB file each test writes first."""
# waits (at most 20 s) until its own file-size limit is under 20 MB, then raises it as far as it can
_RAISE_WHEN_LOWERED = ("for i in $(seq 200); do [ $(ulimit -f) -lt 20480 ] && break; sleep 0.1; done; "
                       "ulimit -S -f unlimited 2>/dev/null || ulimit -S -f $(ulimit -H -f)")
_WRITE = "head -c 30M /dev/zero > late; echo rc=$?"
# The 30 MB that fill the workspace while a job runs, in one call: written a block at a time, a measure of the quota
# watch in the middle lowers the writer's own limit to the room left then, and the write stops short (a false stop
# the live lowering still makes: it counts what the file already holds as used).
_FILL = "fallocate -l 30M early; echo rc=$?"


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[BwrapSandbox]:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="none", limits=LIMITS)
    assert isinstance(sb, BwrapSandbox)
    yield sb
    await sb.aclose()


async def _job_output(jobs: Jobs, command: str, before: str | None = None) -> str:
    job = await jobs.start(command)
    if before is not None:
        first = await jobs.sandbox.run(before)
        assert first.output.strip() == "rc=0", first.output
    await job.process.wait(40)
    assert job.reader is not None
    await job.reader
    assert not job.process.killed_because, job.describe()  # stopped by the limit, not by the quota watch
    return job.output.text()


async def test_a_command_near_the_quota_cannot_raise_its_limit(sandbox: BwrapSandbox) -> None:
    assert (await sandbox.run("head -c 30M /dev/zero > early; echo rc=$?")).output.strip() == "rc=0"
    out = await sandbox.run(f"ulimit -S -f unlimited; {_WRITE}")
    assert "rc=153" in out.output, out.output  # SIGXFSZ at the room left
    assert (sandbox.workspace.root / "late").stat().st_size <= ROOM
    assert not out.killed_because


async def test_a_job_started_near_the_quota_cannot_raise_its_limit(sandbox: BwrapSandbox) -> None:
    assert (await sandbox.run("head -c 30M /dev/zero > early; echo rc=$?")).output.strip() == "rc=0"
    jobs = Jobs(sandbox)
    try:
        out = await _job_output(jobs, f"ulimit -S -f unlimited 2>/dev/null || ulimit -S -f $(ulimit -H -f); {_WRITE}")
        assert "rc=153" in out, out
        assert (sandbox.workspace.root / "late").stat().st_size <= ROOM
        assert sandbox.workspace.usage() <= QUOTA_MB * 2**20
    finally:
        await jobs.aclose()


async def test_a_running_job_whose_limit_came_down_cannot_raise_it(sandbox: BwrapSandbox) -> None:
    jobs = Jobs(sandbox)
    try:
        out = await _job_output(jobs, f"{_RAISE_WHEN_LOWERED}; {_WRITE}",
                                before=_FILL)
        assert "rc=153" in out, out
        assert (sandbox.workspace.root / "late").stat().st_size <= ROOM
        assert sandbox.workspace.usage() <= QUOTA_MB * 2**20
    finally:
        await jobs.aclose()


async def test_a_process_that_left_its_jobs_session_gets_the_lower_limit_too(sandbox: BwrapSandbox) -> None:
    jobs = Jobs(sandbox)
    try:
        inner = f"{_RAISE_WHEN_LOWERED}; {_WRITE}".replace("'", "'\\''")
        out = await _job_output(jobs, f"setsid --wait bash -c '{inner}'",
                                before=_FILL)
        assert "rc=153" in out, out
        assert (sandbox.workspace.root / "late").stat().st_size <= ROOM
    finally:
        await jobs.aclose()


async def test_the_kernel_whose_limit_came_down_cannot_raise_it(sandbox: BwrapSandbox) -> None:
    kernel = await start_kernel(sandbox)
    try:
        fill = await sandbox.run("head -c 30M /dev/zero > early; echo rc=$?")
        assert fill.output.strip() == "rc=0", fill.output
        code = ("import resource, time\n"
                "for _ in range(200):\n"
                "    if resource.getrlimit(resource.RLIMIT_FSIZE)[0] < 20 * 2**20: break\n"
                "    time.sleep(0.1)\n"
                "hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]\n"
                "resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))\n"
                "try:\n    open('late', 'wb').write(bytes(30 * 2**20))\n"
                "except OSError as e:\n    print('refused', e.errno)\n")
        late = await kernel.execute(code, timeout=60)
        assert "refused 27" in late.output, late.output
        assert (sandbox.workspace.root / "late").stat().st_size <= ROOM
        assert sandbox.workspace.usage() <= QUOTA_MB * 2**20
    finally:
        await kernel.aclose()
