"""A background job and the kernel started while the workspace had room: when other files then fill it, their
file-size limit comes down to the room left, so one fast file cannot carry the workspace past its quota between
two measures; once files are deleted, the room comes back to them. Real bubblewrap sandbox, real job, real
kernel."""

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
# waits (at most 20 s) until its own file-size limit is down to the room left once 30 MB are written (10 MB; the
# limit comes down in steps while they are written), then writes 30 MB at full speed
_WAIT_FOR_ROOM_TO_SHRINK = "for i in $(seq 200); do [ $(ulimit -f) -le 10240 ] && break; sleep 0.1; done"


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[BwrapSandbox]:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="none", limits=LIMITS)
    assert isinstance(sb, BwrapSandbox)
    yield sb
    await sb.aclose()


async def test_a_background_job_gets_the_room_left_after_other_files_grew(sandbox: BwrapSandbox) -> None:
    jobs = Jobs(sandbox)
    job = await jobs.start(f"{_WAIT_FOR_ROOM_TO_SHRINK}; head -c 30M /dev/zero > late; echo rc=$?; ulimit -f")
    try:
        first = await sandbox.run("head -c 30M /dev/zero > early; echo rc=$?")
        assert first.output.strip() == "rc=0", first.output
        await job.process.wait(30)
        assert job.reader is not None
        await job.reader
        out = job.output.text()
        assert "rc=153" in out, out  # SIGXFSZ: the write stopped at the room left (10 MB)
        assert (sandbox.workspace.root / "late").stat().st_size <= 10 * 2**20
        assert sandbox.workspace.usage() <= QUOTA_MB * 2**20
    finally:
        await jobs.aclose()


def _may_raise_hard_limits() -> bool:
    """Whether this process has CAP_SYS_RESOURCE (gofer then raises a lowered hard limit from outside)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("CapEff:"):
            return bool(int(line.split()[1], 16) >> 24 & 1)
    return False


async def test_the_kernel_gets_the_room_left_and_gets_it_back_after_deleting_where_gofer_may(
        sandbox: BwrapSandbox) -> None:
    kernel = await start_kernel(sandbox)
    try:
        fill = await sandbox.run("head -c 30M /dev/zero > early; echo rc=$?")
        assert fill.output.strip() == "rc=0", fill.output
        wait = ("import resource, time\n"
                "for _ in range(200):\n"
                "    if resource.getrlimit(resource.RLIMIT_FSIZE)[0] <= 10 * 2**20: break\n"
                "    time.sleep(0.1)\n")
        late = await kernel.execute(wait + "try:\n    open('late', 'wb').write(bytes(30 * 2**20))\n"
                                           "except OSError as e:\n    print('refused', e.errno)\n", timeout=60)
        assert "refused 27" in late.output, late.output  # EFBIG: Python ignores SIGXFSZ
        assert sandbox.workspace.usage() <= QUOTA_MB * 2**20
        assert (await sandbox.run("rm early late")).exit_code == 0
        back = ("import resource, time\n"
                "for _ in range(50):\n"
                "    if resource.getrlimit(resource.RLIMIT_FSIZE)[0] >= 30 * 2**20: break\n"
                "    time.sleep(0.1)\n"
                "print(open('again', 'wb').write(bytes(30 * 2**20)))\n")
        again = await kernel.execute(back, timeout=60)
        if _may_raise_hard_limits():
            assert str(30 * 2**20) in again.output, again.output
        else:  # a running process cannot raise a hard limit: the kernel says so, the shell gets the room back
            assert "[Errno 27]" in again.output and "keeps it after files are deleted" in again.output, again.output
            shell = await sandbox.run("rm -f again; head -c 30M /dev/zero > again; echo rc=$?")
            assert shell.output.strip() == "rc=0", shell.output
    finally:
        await kernel.aclose()
