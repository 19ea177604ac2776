"""A sandbox dies with the gofer process that started it, even when that process is killed outright."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

_HOST = """
import asyncio, sys
from pathlib import Path
from gofer.computer.sandbox import Limits, start_sandbox
from gofer.computer.workspace import Workspace

async def main() -> None:
    limits = Limits(memory_mb=512, cpu_seconds=5, max_processes=32, max_file_mb=5)
    sb = await start_sandbox(Workspace(Path(sys.argv[1])), backend="local", network="none", limits=limits)
    print(sb._proc.pid, flush=True)
    await asyncio.Event().wait()

asyncio.run(main())
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _kill_parent_then_child_is_gone(argv: list[str]) -> bool:
    """Start ``argv`` (it prints the pid of a child it started), SIGKILL it, and say whether the child ended
    within 10 s."""
    parent = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout is not None
        child = int(parent.stdout.readline())
        assert _alive(child)
    finally:
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=10)
    deadline = time.monotonic() + 10
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not _alive(child)


def test_killing_the_host_ends_its_sandbox(tmp_path: Path) -> None:
    assert _kill_parent_then_child_is_gone([sys.executable, "-c", _HOST, str(tmp_path / "ws")])


_STARTER = """
import subprocess
from gofer.computer.sandbox._lifetime import die_with_this_process
child = subprocess.Popen(["sleep", "600"], preexec_fn=die_with_this_process())
print(child.pid, flush=True)
child.wait()
"""


def test_a_child_armed_with_the_parent_death_signal_dies_with_its_parent() -> None:
    # What covers the window before bwrap arms its own --die-with-parent: a plain `sleep` has no such option.
    assert _kill_parent_then_child_is_gone([sys.executable, "-c", _STARTER])
