"""The quota near a big file held open for writing, and ``unsafe-local``'s private temp folder.

RLIMIT_FSIZE bounds the offset of a write in any file, so a process holding open for writing a file larger than the
room left gets the room plus that file's size. The supervisor's guard watches the free space while such a limit is
in force, and once more than the room was written it brings the process holding a file grown past the room back to
the room alone, so a new file written fast stops a few MB past the quota (main: up to the big file's size past it).
Real bubblewrap and unsafe-local sandboxes, real jobs."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sandbox_helpers import BACKENDS, supervised, until_file

from gofer.computer.jobs import Jobs
from gofer.computer.sandbox import Limits, start_sandbox
from gofer.computer.sandbox._supervised import SupervisedSandbox
from gofer.computer.workspace import Workspace

QUOTA_MB = 40
LIMITS = Limits(memory_mb=2048, total_memory_mb=1024, cpu_seconds=120, max_processes=64, workspace_quota_mb=QUOTA_MB)
# writes a 30 MB file and holds it open for appending, then (once the test says so) writes a new file as fast as it can
_HOLD_THEN_NEW = ("exec 3>>big; head -c 30M /dev/zero >&3; touch held; while [ ! -e go ]; do sleep 0.05; done; "
                  "head -c 100M /dev/zero > new; echo rc=$?; sleep 30")


@pytest.fixture(params=BACKENDS)
async def sandbox(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[SupervisedSandbox]:
    async with supervised(tmp_path, request.param, LIMITS) as sb:
        yield sb


def _over_mb(sandbox: SupervisedSandbox) -> float:
    return (sandbox.workspace.usage() - QUOTA_MB * 2**20) / 2**20


@pytest.mark.slow  # a figure for a fast writer: tolerant of a loaded machine, three rounds
async def test_a_new_file_written_beside_a_held_big_file_stops_near_the_room(sandbox: SupervisedSandbox) -> None:
    root = sandbox.workspace.root
    rounds: list[float] = []
    for _ in range(3):
        assert (await sandbox.run("rm -f new go held pad big")).exit_code == 0
        jobs = Jobs(sandbox)
        try:
            job = await jobs.start(_HOLD_THEN_NEW)
            await until_file(root / "held", job)
            # the room shrinks while the job holds big: its limit becomes the room plus big's 30 MB
            assert (await sandbox.run("head -c 1M /dev/zero > pad")).exit_code == 0
            assert (await sandbox.run("true")).exit_code == 0  # measures the 1 MB: every limit comes down
            (root / "go").touch()
            for _ in range(600):
                if "rc=" in job.output.text() or job.process.exited.done():
                    break
                await asyncio.sleep(0.05)
            rounds.append(_over_mb(sandbox))
        finally:
            await jobs.aclose()
    # main: 30 MB over every round (new reaches room + 30 MB before any measure); now ~1-4 MB on an idle machine.
    # The guard is a thread looking every 10 ms: on a loaded machine it may not run before a 30 MB write ends, so
    # one round in three must stop near the room, not every one.
    print("MB over per round:", [f"{r:.1f}" for r in rounds])
    assert min(rounds) <= 15, f"{rounds} MB over the quota"


@pytest.mark.slow  # a figure for a fast writer: tolerant of a loaded machine
async def test_a_new_file_in_a_command_started_beside_a_big_file_stops_near_the_room(
    sandbox: SupervisedSandbox,
) -> None:
    made = await sandbox.run("head -c 30M /dev/zero > big; head -c 5M /dev/zero > pad; echo rc=$?")
    assert made.output.strip() == "rc=0", made.output
    out = await sandbox.run("head -c 100M /dev/zero > new; echo rc=$?")
    assert "rc=153" in out.output or "disk quota" in (out.killed_because or ""), out.output
    assert _over_mb(sandbox) <= 15


async def test_unsafe_local_counts_its_temp_folder(tmp_path: Path) -> None:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="unsafe-local", network="none", limits=LIMITS)
    try:
        first = await sb.run('head -c 30M /dev/zero > "$TMPDIR/t"; echo rc=$?')
        assert first.output.strip() == "rc=0", first.output
        # 30 MB of 40 in the temp folder: a command gets the 10 MB left (main: all 40, the folder unseen)
        out = await sb.run("head -c 30M /dev/zero > w; echo rc=$?")
        assert "rc=153" in out.output, out.output
        assert (sb.workspace.root / "w").stat().st_size <= 10 * 2**20
    finally:
        await sb.aclose()


async def test_unsafe_local_watch_stops_a_job_filling_its_temp_folder(tmp_path: Path) -> None:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="unsafe-local", network="none", limits=LIMITS)
    jobs = Jobs(sb)
    try:
        job = await jobs.start('for i in $(seq 40); do head -c 5M /dev/zero > "$TMPDIR/p$i"; sleep 0.1; done; '
                               "echo finished")
        await job.process.wait(60)
        assert "disk quota" in (job.process.killed_because or ""), job.describe()  # main: 200 MB, finished
    finally:
        await jobs.aclose()
        await sb.aclose()
