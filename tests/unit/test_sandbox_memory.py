"""The sandbox's total memory bound (a memory cgroup) and its bounded /tmp and home, on real bubblewrap."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from pydantic import ValidationError

from gofer.computer.base import Computer
from gofer.computer.jobs import get_jobs
from gofer.computer.sandbox import PART, Limits, _cgroup, local, start_sandbox
from gofer.computer.sandbox.local import BwrapSandbox
from gofer.computer.workspace import Workspace
from gofer.config import Settings
from gofer.tools.base import ToolContext
from gofer.tools.python import python
from gofer.tools.shell import shell, shell_status

LIMITS = Limits(memory_mb=1024, total_memory_mb=256, cpu_seconds=20, max_processes=64, max_file_mb=1024)
# Each holds its 200 MB for 3 s and says so before and after: the OOM killer may pick a process that already said
# "held" (the first, when the second allocates later on a loaded machine), so what counts is who is still there.
HOLD_200MB = ("python3 -c 'import time; b = b\"x\" * (200 * 2**20); print(\"held\", flush=True); time.sleep(3); "
              "print(\"kept\", flush=True)'")


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[BwrapSandbox]:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="none", limits=LIMITS)
    assert isinstance(sb, BwrapSandbox)
    yield sb
    await sb.aclose()


def need_memory_cgroup(sb: BwrapSandbox) -> None:
    if sb.cgroup is None or "memory" not in sb.cgroup.dirs:
        pytest.skip("no memory cgroup can be made on this host (not writable beneath gofer's own cgroup)")


async def test_one_process_fits_but_two_do_not(sandbox: BwrapSandbox) -> None:
    need_memory_cgroup(sandbox)
    alone = await sandbox.run(HOLD_200MB, timeout=30)
    assert alone.exit_code == 0, alone.output
    assert alone.output.splitlines() == ["held", "kept"]
    both = await sandbox.run(f"{HOLD_200MB} & {HOLD_200MB} & wait; echo done", timeout=30)
    assert both.output.splitlines().count("kept") <= 1, both.output
    assert "Killed" in both.output or "MemoryError" in both.output
    assert sandbox.cgroup is not None and sandbox.cgroup.oom_kills() >= 1
    assert (await sandbox.run("echo still-usable")).output.strip() == "still-usable"


async def test_tmp_and_home_fill_up_with_enospc_not_host_memory(sandbox: BwrapSandbox) -> None:
    if not local.bwrap_sizes_tmpfs():
        pytest.skip("this bubblewrap has no --size for a tmpfs")
    for folder in ("/tmp", "/home/user"):
        r = await sandbox.run(f"head -c 100M /dev/zero > {folder}/big; echo rc=$?; stat -c %s {folder}/big")
        assert "No space left on device" in r.output, r.output
        assert "rc=0" not in r.output
        assert int(r.output.split()[-1]) <= LIMITS.tmpfs_mb * 1024 * 1024
    assert (await sandbox.run("rm /tmp/big && echo freed")).output.strip() == "freed"


async def test_the_cgroups_are_removed_with_the_sandbox(tmp_path: Path) -> None:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="none", limits=LIMITS)
    assert isinstance(sb, BwrapSandbox)
    need_memory_cgroup(sb)
    assert sb.cgroup is not None
    dirs = list(sb.cgroup.dirs.values())
    memory = sb.cgroup.dirs["memory"]
    limit = memory / "memory.limit_in_bytes"
    assert int((limit if limit.exists() else memory / "memory.max").read_text()) == 256 * 1024 * 1024
    await sb.spawn(["/bin/bash", "-c", "sleep 1000"])
    await sb.aclose()
    assert not any(d.exists() for d in dirs)


async def test_without_a_memory_cgroup_the_sandbox_starts_and_says_so_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(_cgroup, "_ROOT", tmp_path / "no-cgroups")
    monkeypatch.setattr(local, "_warned", set())
    for name in ("a", "b"):
        sb = await start_sandbox(Workspace(tmp_path / name), backend="local", network="none", limits=LIMITS)
        assert isinstance(sb, BwrapSandbox)
        assert sb.cgroup is None
        assert (await sb.run("echo works")).output.strip() == "works"
        await sb.aclose()
    err = capsys.readouterr().err
    assert err.count("no memory cgroup could be made") == 1


def session_sandbox(ctx: ToolContext) -> BwrapSandbox:
    sb = ctx.require_computer().peek(PART)
    assert isinstance(sb, BwrapSandbox)
    return sb


@pytest.fixture
async def ctx(tmp_path: Path) -> AsyncIterator[ToolContext]:
    settings = Settings(sandbox="local", network="none", sandbox_total_memory_mb=256)
    computer = Computer("s1", Workspace(tmp_path / "ws"), settings)
    yield ToolContext(run_id="r1", session_id="s1", workspace=computer.workspace.root, computer=computer,
                      settings=settings)
    await computer.aclose()


async def test_the_shell_tool_says_what_the_memory_limit_killed(ctx: ToolContext) -> None:
    await shell(ctx, {"command": "true"})
    need_memory_cgroup(session_sandbox(ctx))
    r = await shell(ctx, {"command": "python3 -c 'b = b\"x\" * (400 * 2**20); print(\"allocated\")'"})
    assert "allocated" not in r.text
    assert "killed, perhaps for using too much memory" in r.text
    assert "256 MB for all its processes together" in r.text
    started = await shell(ctx, {"command": "python3 -c 'b = b\"x\" * (400 * 2**20)'", "background": True})
    assert started.data is not None
    job = (await get_jobs(ctx.require_computer())).get(started.data["job"])
    assert job is not None
    await job.process.wait(30)
    status = await shell_status(ctx, {"job": job.id})
    assert "killed, perhaps for using too much memory" in status.text


async def test_the_python_kernel_killed_by_the_memory_limit_says_so(ctx: ToolContext) -> None:
    await python(ctx, {"code": "kept = 1"})
    need_memory_cgroup(session_sandbox(ctx))
    r = await python(ctx, {"code": "b = b'x' * (400 * 2**20)"})
    assert "killed, perhaps for using too much memory" in r.text


def test_limits_must_be_positive() -> None:
    with pytest.raises(ValueError, match="total_memory_mb"):
        Limits(total_memory_mb=0)
    with pytest.raises(ValidationError, match="sandbox_total_memory_mb"):
        Settings(sandbox_total_memory_mb=0)
    assert Limits(total_memory_mb=4096).tmpfs_mb == 1024
