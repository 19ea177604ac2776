"""The workspace's disk quota: no file larger than it, and code that keeps writing past it is killed."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from pydantic import ValidationError

from gofer.computer.base import Computer
from gofer.computer.jobs import get_jobs
from gofer.computer.sandbox import Limits, start_sandbox
from gofer.computer.sandbox.local import BwrapSandbox
from gofer.computer.workspace import Workspace
from gofer.config import Settings
from gofer.tools.base import ToolContext
from gofer.tools.python import python
from gofer.tools.shell import shell, shell_status

QUOTA_MB = 40
LIMITS = Limits(memory_mb=1024, total_memory_mb=512, cpu_seconds=60, max_processes=64, workspace_quota_mb=QUOTA_MB)
# 5 MB a step, 60 steps: 300 MB over about 6 s, far past the quota unless something stops it
KEEP_WRITING = "for i in $(seq 60); do head -c 5M /dev/zero > part$i; sleep 0.1; done; echo wrote-all"


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[BwrapSandbox]:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="none", limits=LIMITS)
    assert isinstance(sb, BwrapSandbox)
    yield sb
    await sb.aclose()


def used_mb(ws: Workspace) -> float:
    return ws.usage() / 2**20


async def test_no_file_can_be_larger_than_the_quota(sandbox: BwrapSandbox) -> None:
    r = await sandbox.run("head -c 100M /dev/zero > big; echo rc=$?; stat -c %s big")
    assert "rc=0" not in r.output, r.output
    assert int(r.output.split()[-1]) <= QUOTA_MB * 2**20


async def test_a_command_that_keeps_writing_is_killed_and_deleting_still_works(sandbox: BwrapSandbox) -> None:
    r = await sandbox.run(KEEP_WRITING, timeout=60)
    assert "wrote-all" not in r.output
    assert "disk quota" in r.killed_because and f"of {QUOTA_MB} MB" in r.killed_because
    # stopped within a few steps of the quota, not at 300 MB
    assert QUOTA_MB < used_mb(sandbox.workspace) < QUOTA_MB + 40
    # over the quota, a command that does not add to it runs, and deleting makes room again
    listed = await sandbox.run("ls part* | wc -l")
    assert listed.exit_code == 0 and not listed.killed_because
    freed = await sandbox.run("rm part*; echo freed")
    assert freed.output.strip() == "freed" and not freed.killed_because
    again = await sandbox.run("head -c 5M /dev/zero > small; echo ok")
    assert again.output.strip() == "ok"


async def test_a_workspace_over_its_quota_from_before_only_stops_code_that_adds_to_it(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    for i in range(10):  # 50 MB left by an earlier session, over the 40 MB quota
        ws.write_bytes(f"old{i}.bin", b"\1" * (5 * 2**20))
    sb = await start_sandbox(ws, backend="local", network="none", limits=LIMITS)
    try:
        quiet = await sb.run("sleep 2.5; echo read-only-work", timeout=30)
        assert (quiet.output.strip(), quiet.killed_because) == ("read-only-work", ""), quiet
        r = await sb.run(KEEP_WRITING, timeout=60)
        assert "wrote-all" not in r.output and "disk quota" in r.killed_because
    finally:
        await sb.aclose()


async def test_an_unbounded_workspace_is_not_watched(tmp_path: Path) -> None:
    limits = Limits(memory_mb=1024, total_memory_mb=512, max_file_mb=8, workspace_quota_mb=0)
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="none", limits=limits)
    try:
        r = await sb.run("for i in 1 2 3; do head -c 5M /dev/zero > p$i; done; echo done")
        assert r.output.strip() == "done" and not r.killed_because
        assert sb._quota_task is None
        capped = await sb.run("head -c 20M /dev/zero > big; stat -c %s big")
        assert int(capped.output.split()[-1]) <= 8 * 2**20  # max_file_mb alone applies
    finally:
        await sb.aclose()


@pytest.fixture
async def ctx(tmp_path: Path) -> AsyncIterator[ToolContext]:
    settings = Settings(sandbox="local", network="none", workspace_quota_mb=QUOTA_MB)
    computer = Computer("s1", Workspace(tmp_path / "ws"), settings)
    yield ToolContext(run_id="r1", session_id="s1", workspace=computer.workspace.root, computer=computer,
                      settings=settings)
    await computer.aclose()


async def test_the_tools_say_the_quota_killed_them(ctx: ToolContext) -> None:
    r = await shell(ctx, {"command": KEEP_WRITING})
    assert "killed because the workspace went over its disk quota" in r.text
    assert "perhaps for using too much memory" not in r.text
    await shell(ctx, {"command": "rm -f part*"})

    started = await shell(ctx, {"command": KEEP_WRITING, "background": True})
    assert started.data is not None
    job = (await get_jobs(ctx.require_computer())).get(started.data["job"])
    assert job is not None
    await job.process.wait(60)
    status = await shell_status(ctx, {"job": job.id})
    assert "killed because the workspace went over its disk quota" in status.text
    await shell(ctx, {"command": "rm -f part*"})

    cell = ("import time\nfor i in range(60):\n    open(f'cell{i}', 'wb').write(b'x' * (5 * 2**20))\n"
            "    time.sleep(0.1)\nprint('wrote-all')")
    r = await python(ctx, {"code": cell})
    # The cell never finishes: either the quota watch kills the kernel, or the file-size limit, lowered to the room
    # left while the cell writes, stops the write that would go past the quota (the traceback then quotes the code).
    assert "wrote-all" not in r.text.replace("print('wrote-all')", "")
    assert "killed because the workspace went over its disk quota" in r.text or "[Errno 27] File too large" in r.text
    await asyncio.sleep(0)


def test_the_quota_setting() -> None:
    with pytest.raises(ValueError, match="workspace_quota_mb"):
        Limits(workspace_quota_mb=-1)
    with pytest.raises(ValidationError, match="workspace_quota_mb"):
        Settings(workspace_quota_mb=-5)
    assert Limits.from_settings(Settings(workspace_quota_mb=300)).workspace_quota_mb == 300
    assert Limits(max_file_mb=1024, workspace_quota_mb=300).file_bytes == 300 * 2**20
    assert Limits(max_file_mb=100, workspace_quota_mb=0).file_bytes == 100 * 2**20


async def test_an_idle_session_is_measured_rarely_and_activity_wakes_the_watch(
    sandbox: BwrapSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gofer.computer.sandbox import _supervised

    monkeypatch.setattr(_supervised, "QUOTA_TICK", 0.05)
    monkeypatch.setattr(_supervised, "QUOTA_IDLE_TICK", 0.4)
    measures = 0
    usage = sandbox.workspace.usage

    def counted(sizes: dict[tuple[int, int], int] | None = None, holes: int | None = None) -> int:
        nonlocal measures
        measures += 1
        return usage(sizes, holes)

    monkeypatch.setattr(sandbox.workspace, "usage", counted)
    idle = await sandbox.spawn(["sleep", "30"])  # like an idle kernel: alive, writing nothing
    await asyncio.sleep(3)
    assert 5 <= measures < 25  # at a steady 0.05 s it would be 60
    before = measures
    sandbox.note_activity()
    await asyncio.sleep(0.1)
    assert measures > before
    await idle.kill()
