"""A command starts with a file-size limit no larger than the room left under the workspace's disk quota, so one
file written fast cannot carry the workspace past the quota within the watchdog's measuring interval."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from gofer.computer.sandbox import Limits, start_sandbox
from gofer.computer.sandbox.local import BwrapSandbox
from gofer.computer.workspace import Workspace

QUOTA_MB = 40
LIMITS = Limits(memory_mb=1024, total_memory_mb=512, cpu_seconds=60, max_processes=64, workspace_quota_mb=QUOTA_MB)


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[BwrapSandbox]:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="none", limits=LIMITS)
    assert isinstance(sb, BwrapSandbox)
    yield sb
    await sb.aclose()


async def test_a_fast_write_stops_at_the_room_left_and_room_comes_back_after_deleting(sandbox: BwrapSandbox) -> None:
    first = await sandbox.run("head -c 30M /dev/zero > old; echo rc=$?")
    assert first.output.strip() == "rc=0", first.output
    # 10 MB left: a 30 MB file written at full speed (well within one measuring interval) stops at 10 MB
    fast = await sandbox.run("head -c 30M /dev/zero > new; echo rc=$?; stat -c %s new")
    assert "File size limit exceeded" in fast.output and "rc=153" in fast.output, fast.output  # SIGXFSZ
    assert int(fast.output.split()[-1]) <= 10 * 2**20
    assert sandbox.workspace.usage() <= QUOTA_MB * 2**20
    # deleting gives the room back to the next command
    assert (await sandbox.run("rm old new")).exit_code == 0
    again = await sandbox.run("head -c 30M /dev/zero > new; echo rc=$?")
    assert again.output.strip() == "rc=0", again.output
