"""A spawn cancelled after the supervisor started its command leaves nothing running (sandbox37).

``spawn`` sends the request, then waits for the supervisor's answer (the command's pid). Cancelled in that wait (a
run interrupted, a tool's timeout), the host never learned the pid, so nothing could stop the command: it ran on
until the sandbox closed. Now the answer is awaited apart from the cancel and, when it comes, the command it names
is killed. The wait is made longer here (as a loaded machine makes it); everything else is real."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest
from sandbox_helpers import BACKENDS, supervised

from gofer.computer.sandbox import Limits, _supervised

LIMITS = Limits(memory_mb=1024, total_memory_mb=512, cpu_seconds=60, max_processes=64)


def _slow_answer(monkeypatch: pytest.MonkeyPatch, started: Path) -> asyncio.Event:
    """Hold the host's reading of a command's answer from the supervisor until the command made ``started`` (and a
    second more); the event is set once the host waits there."""
    waiting = asyncio.Event()
    connect = asyncio.open_unix_connection

    async def late(**kwargs: object) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        if sys._getframe(1).f_code.co_name not in ("_start", "_answer"):  # a census, not a command's answer
            return await connect(**kwargs)  # type: ignore[arg-type]
        while not started.exists():
            await asyncio.sleep(0.02)
        waiting.set()
        await asyncio.sleep(1.0)
        return await connect(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(_supervised.asyncio, "open_unix_connection", late)
    return waiting


async def _still_beating(beat: Path, within: float) -> bool:
    """Whether ``beat`` changed within ``within`` seconds (a running loop rewrites it every 0.1 s)."""
    before = beat.read_text()
    await asyncio.sleep(within)
    return beat.read_text() != before


@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_spawn_cancelled_before_its_answer_kills_the_command(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backend: str) -> None:
    async with supervised(tmp_path, backend, LIMITS) as sb:
        ws = tmp_path / "ws"
        waiting = _slow_answer(monkeypatch, ws / "beat")
        spawn = asyncio.create_task(sb.spawn(["sh", "-c", "while :; do date +%s%N > beat; sleep 0.1; done"]))
        await asyncio.wait_for(waiting.wait(), 20)
        spawn.cancel()
        with pytest.raises(asyncio.CancelledError):
            await spawn
        monkeypatch.undo()
        await asyncio.sleep(3.0)  # the answer comes a second later; the kill follows it
        assert not await _still_beating(ws / "beat", 2.0), "the command of a cancelled spawn still runs"
        ran = await sb.run("echo still-serving", timeout=30)  # the sandbox itself goes on
        assert ran.output.strip() == "still-serving"
