"""Processes that leave their command's process group and session (``setsid`` and a double fork): the quota
watch keeps measuring while one lives after every command has exited, its kill reaches it, and the sandbox's end
stops it, in the bubblewrap sandbox (its PID namespace) and in ``unsafe-local`` (the supervisor's descendants, it
being their subreaper). A command's timeout stops its process group only: a daemon it started lives on (a database
server started with ``pg_ctl start`` must), watched by the quota until the sandbox ends. Real sandboxes, real jobs."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sandbox_helpers import BACKENDS, supervised

from gofer.computer.jobs import Jobs
from gofer.computer.sandbox import Limits, start_sandbox
from gofer.computer.sandbox._supervised import SupervisedSandbox
from gofer.computer.workspace import Workspace

QUOTA_MB = 40
LIMITS = Limits(memory_mb=2048, total_memory_mb=1024, cpu_seconds=120, max_processes=64, workspace_quota_mb=QUOTA_MB)
# a loop in a session of its own whose parent exits at once (so PID 1, or the supervisor, adopts it): 60 files of
# 2 MB, 120 MB in all, about 30 MB/s
_DAEMON_WRITER = (
    "setsid sh -c '(for i in $(seq 60); do head -c 2M /dev/zero > d$i; sleep 0.05; done) &' "
    "</dev/null >/dev/null 2>&1; echo started"
)


def _marker_daemon(marker: str) -> str:
    """A double-forked ``sleep`` in a session of its own, named ``marker`` (so the host can look for it)."""
    return f"setsid bash -c '(exec -a {marker} sleep 300) &' </dev/null >/dev/null 2>&1; echo started"


def _host_has(marker: str) -> bool:
    """Whether a process named ``marker`` runs anywhere on this machine (the sandbox's included)."""
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/cmdline", "rb") as f:
                    if f.read().startswith(marker.encode()):
                        return True
            except OSError:
                continue
    return False


async def _settled(sb: SupervisedSandbox, within: float = 20.0) -> int:
    """The workspace's usage once it has stopped growing for 1.5 s (or after ``within`` seconds)."""
    end = time.monotonic() + within
    last = -1
    while time.monotonic() < end:
        used = sb.workspace.usage()
        if used == last:
            return used
        last = used
        await asyncio.sleep(1.5)
    return last


@pytest.fixture(params=BACKENDS)
async def sandbox(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[SupervisedSandbox]:
    async with supervised(tmp_path, request.param, LIMITS) as sb:
        yield sb


async def test_a_daemon_writing_after_its_command_ended_is_measured_and_stopped(sandbox: SupervisedSandbox) -> None:
    started = await sandbox.run(_DAEMON_WRITER)
    assert started.output.strip() == "started", started.output
    used = await _settled(sandbox)
    over = used - QUOTA_MB * 2**20
    # main: nothing measured once the command had exited, so the daemon wrote all of its 120 MB
    assert over < 40 * 2**20, f"{over / 2**20:.0f} MB over the quota"
    assert not (sandbox.workspace.root / "d60").exists()


async def test_the_quota_watchs_kill_reaches_a_daemon_while_a_job_runs(sandbox: SupervisedSandbox) -> None:
    jobs = Jobs(sandbox)
    job = await jobs.start("sleep 60")
    try:
        started = await sandbox.run(_DAEMON_WRITER)
        assert started.output.strip() == "started", started.output
        await job.process.wait(20)
        assert "disk quota" in (job.process.killed_because or ""), job.describe()
        used = await _settled(sandbox)
        # main: the kill signalled the job's process group only; the daemon wrote on
        assert used - QUOTA_MB * 2**20 < 40 * 2**20, f"{(used - QUOTA_MB * 2**20) / 2**20:.0f} MB over the quota"
    finally:
        await jobs.aclose()


async def test_the_sandboxs_end_stops_a_daemon(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    for backend in ("local", "unsafe-local"):
        marker = f"gofer-res16-{backend}-{os.getpid()}-{time.monotonic_ns()}"
        sb = await start_sandbox(Workspace(tmp_path / backend), backend=backend, network="none", limits=LIMITS)
        try:
            started = await sb.run(_marker_daemon(marker))
            assert started.output.strip() == "started", started.output
            await asyncio.sleep(0.3)
            assert _host_has(marker), backend
        finally:
            await sb.aclose()
        for _ in range(50):
            if not _host_has(marker):
                break
            await asyncio.sleep(0.1)
        assert not _host_has(marker), f"{backend}: a daemon outlived its sandbox"  # main: unsafe-local's did


async def test_a_timeout_stops_the_commands_group_and_the_daemon_lives_until_the_end(tmp_path: Path) -> None:
    marker = f"gofer-res16-timeout-{os.getpid()}-{time.monotonic_ns()}"
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="none", limits=LIMITS)
    try:
        result = await sb.run(f"{_marker_daemon(marker)}; sleep 60", timeout=1)
        assert result.timed_out
        await asyncio.sleep(0.3)
        assert _host_has(marker)  # left the command's session on purpose, as a server does
        census = await sb.run("sleep 0.1")  # the watch measures while it lives (see above); nothing else changes
        assert census.exit_code == 0
    finally:
        await sb.aclose()
    await asyncio.sleep(0.5)
    assert not _host_has(marker)
