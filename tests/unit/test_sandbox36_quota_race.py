"""The quota watch kills what grew the workspace, not a command started while it measured (sandbox36).

A workspace already over its quota only stops code that adds to it, yet a quiet command run right after the sandbox
started was killed now and then under load (one CI failure, its output empty): the sandbox's own ``mkdir`` of
``.gofer/python/...`` woke the quota watch, whose measure, late, saw those folders as growth and killed whatever ran
by then, the quiet command included. Now the sandbox's setup is not watched, and the watch holds a lock from its
measure to its kill that a command's start takes too: a command started meanwhile is not killed for growth measured
before it ran. The watch's measure is slowed here (as a loaded machine slows it); everything else is real."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from gofer.computer.sandbox import Limits, start_sandbox
from gofer.computer.sandbox._supervised import SupervisedSandbox
from gofer.computer.workspace import Workspace

LIMITS = Limits(memory_mb=1024, total_memory_mb=512, cpu_seconds=60, max_processes=64, workspace_quota_mb=40)


def _slow_second_measure(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make the second measure of the workspace from now on take 1.5 s more; returns the count of measures."""
    measure = SupervisedSandbox._measure
    calls = [0]

    def slow(self: SupervisedSandbox) -> int:
        calls[0] += 1
        if calls[0] == 2:
            time.sleep(1.5)
        return measure(self)

    monkeypatch.setattr(SupervisedSandbox, "_measure", slow)
    return calls


def _over_quota(tmp_path: Path) -> Workspace:
    ws = Workspace(tmp_path / "ws")
    for i in range(10):  # 50 MB left by an earlier session, over the 40 MB quota
        ws.write_bytes(f"old{i}.bin", b"\1" * (5 * 2**20))
    return ws


async def test_a_quiet_command_right_after_the_sandbox_starts_over_its_quota_runs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = _over_quota(tmp_path)
    _slow_second_measure(monkeypatch)
    sb = await start_sandbox(ws, backend="local", network="none", limits=LIMITS)
    try:
        quiet = await sb.run("sleep 2.5; echo read-only-work", timeout=30)
        assert (quiet.output.strip(), quiet.killed_because, quiet.exit_code) == ("read-only-work", "", 0), quiet
    finally:
        await sb.aclose()


async def test_a_command_started_while_the_watch_measures_is_not_killed_for_what_ran_before(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sb = await start_sandbox(_over_quota(tmp_path), backend="local", network="none", limits=LIMITS)
    try:
        calls = _slow_second_measure(monkeypatch)
        grew = await sb.run("head -c 300K /dev/zero > more.bin; echo grew", timeout=30)
        assert grew.output.strip() == "grew"  # done before the watch's slow measure ends: nothing left to stop
        quiet = await sb.run("sleep 2.5; echo read-only-work", timeout=30)
        assert calls[0] >= 3  # the watch measured the growth while the quiet command was being started
        assert (quiet.output.strip(), quiet.killed_because, quiet.exit_code) == ("read-only-work", "", 0), quiet
        still = await sb.run("head -c 300K /dev/zero > more2.bin; sleep 3; echo kept-writing", timeout=30)
        assert "kept-writing" not in still.output and "disk quota" in still.killed_because, still
    finally:
        await sb.aclose()
