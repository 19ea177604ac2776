"""The shell tools on the bubblewrap sandbox: output, exit codes, caps, timeouts and background jobs."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from gofer.computer.base import Computer
from gofer.computer.sandbox import Sandbox, _supervised, get_sandbox
from gofer.computer.sandbox._landlock import scopes_signals
from gofer.computer.workspace import Workspace
from gofer.config import Settings
from gofer.tools.base import ToolContext, ToolError
from gofer.tools.python import python
from gofer.tools.shell import TOOLS, shell, shell_kill, shell_status


@pytest.fixture
async def ctx(tmp_path: Path) -> AsyncIterator[ToolContext]:
    settings = Settings(sandbox="local", network="none")
    computer = Computer("s1", Workspace(tmp_path / "ws"), settings)
    yield ToolContext(run_id="r1", session_id="s1", workspace=computer.workspace.root, computer=computer,
                      settings=settings)
    await computer.aclose()


async def test_output_and_exit_code(ctx: ToolContext) -> None:
    r = await shell(ctx, {"command": "echo out; echo err >&2; pwd; exit 3"})
    assert r.text.startswith("Exit code 3.")
    assert "out" in r.text and "err" in r.text and "/workspace" in r.text
    assert r.data == {"exit_code": 3, "timed_out": False, "truncated": 0}
    assert r.untrusted


async def test_long_output_keeps_head_and_tail(ctx: ToolContext) -> None:
    r = await shell(ctx, {"command": "seq 1 200000"})
    assert r.data is not None and r.data["truncated"] > 0
    assert r.text.splitlines()[1] == "1"
    assert r.text.rstrip().endswith("200000")
    assert "bytes of output cut" in r.text
    assert len(r.text) < 25_000


async def test_timeout_kills_and_reports(ctx: ToolContext) -> None:
    r = await shell(ctx, {"command": "echo begun; sleep 30", "timeout": 0.5})
    assert "Killed after the 0.5 s timeout" in r.text
    assert "begun" in r.text
    assert r.data is not None and r.data["timed_out"] is True


async def test_files_made_in_shell_appear_in_workspace(ctx: ToolContext) -> None:
    await shell(ctx, {"command": "mkdir -p out && printf 'a,b\\n1,2\\n' > out/t.csv"})
    assert (ctx.workspace / "out" / "t.csv").read_text() == "a,b\n1,2\n"


async def test_background_job_polled_and_killed(ctx: ToolContext) -> None:
    started = await shell(ctx, {"command": "echo first; read line; echo never", "background": True})
    assert started.data is not None
    job = started.data["job"]
    assert job == "job1"
    status = await shell_status(ctx, {"job": job})
    assert status.data is not None and status.data["running"] is True
    listed = await shell_status(ctx, {})
    assert "job1: running" in listed.text
    killed = await shell_kill(ctx, {"job": job})
    assert killed.data is not None and killed.data["exit_code"] is not None
    done = await shell_status(ctx, {"job": job})
    assert done.data is not None and done.data["running"] is False
    with pytest.raises(ToolError):
        await shell_status(ctx, {"job": "job9"})


async def test_background_job_finishes_with_output(ctx: ToolContext) -> None:
    started = await shell(ctx, {"command": "echo bg-output", "background": True})
    assert started.data is not None
    computer = ctx.require_computer()
    from gofer.computer.jobs import get_jobs

    job = (await get_jobs(computer)).get(started.data["job"])
    assert job is not None
    await job.process.wait(10)
    assert job.reader is not None
    await job.reader
    status = await shell_status(ctx, {"job": job.id})
    assert "exited with code 0" in status.text and "bg-output" in status.text


def test_tool_names_are_short() -> None:
    assert [t.name for t in TOOLS] == ["shell", "shell_status", "shell_kill"]


async def test_killing_the_supervisor_from_inside_gets_a_fresh_sandbox(ctx: ToolContext) -> None:
    await shell(ctx, {"command": "echo kept > kept.txt"})
    started = await shell(ctx, {"command": "sleep 300", "background": True})
    assert started.data is not None
    py = await python(ctx, {"code": "x = 41"})
    assert py.data is not None and py.data["status"] == "ok"
    computer = ctx.require_computer()
    dead = await get_sandbox(computer)
    # a plausible clean-up command kills gofer's supervisor (a python3 process) and the kernel with it, where
    # Landlock cannot scope signals; where it can, neither is the command's to signal, so the host kills it
    with contextlib.suppress(ToolError):
        await shell(ctx, {"command": "pkill python; sleep 0.5"})
    if scopes_signals():
        assert dead.alive
        assert (await python(ctx, {"code": "print(x + 1)"})).text.strip().endswith("42")
        os.kill(_supervisor_pid(dead), signal.SIGKILL)
        await asyncio.sleep(0.5)
    after = await shell(ctx, {"command": "cat kept.txt"})
    assert after.text == "Exit code 0.\nkept\n"
    assert await get_sandbox(computer) is not dead and not dead.alive
    assert "job1" not in (await shell_status(ctx, {})).text  # the jobs of the dead sandbox are gone with it
    again = await python(ctx, {"code": "print('x' in globals())"})
    assert again.text.strip().endswith("False")


async def test_a_stopped_supervisor_is_reported_then_replaced(ctx: ToolContext,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_supervised, "ANSWER_TIMEOUT", 1.0, raising=False)
    computer = ctx.require_computer()
    stopped = await get_sandbox(computer)
    if scopes_signals():  # a command may not stop it (it is in no command's Landlock domain): the host does
        os.kill(_supervisor_pid(stopped), signal.SIGSTOP)
    else:
        await stopped.spawn(["/bin/sh", "-c", "sleep 0.3; pkill -STOP -x python3"], output="null")
    await asyncio.sleep(1)
    with pytest.raises(ToolError, match="did not answer within 1 s"):
        await asyncio.wait_for(shell(ctx, {"command": "echo hi"}), 10)  # not a wait for ever
    assert not stopped.alive
    r = await shell(ctx, {"command": "echo hi"})
    assert r.text == "Exit code 0.\nhi\n"


def _supervisor_pid(sandbox: Sandbox) -> int:
    """The host pid of the sandbox's supervisor (the process with ``--every-process`` below its bwrap)."""
    top = getattr(sandbox, "child_pid", None)
    for pid in (int(p) for p in os.listdir("/proc") if p.isdigit()):
        with contextlib.suppress(OSError):
            if b"--every-process" not in Path(f"/proc/{pid}/cmdline").read_bytes():
                continue
            up = pid
            for _ in range(8):
                up = int(Path(f"/proc/{up}/stat").read_text().rsplit(")", 1)[1].split()[1])
                if up == top:
                    return pid
    raise AssertionError("no supervisor found")
