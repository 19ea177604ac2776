"""ComputerPool: warm computers are ready at once, given workspaces start cold, idle ones are reclaimed,
and closing leaves no process behind."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import pytest

from gofer.computer.kernel import PART as KERNEL
from gofer.computer.pool import ComputerPool
from gofer.computer.sandbox import PART as SANDBOX
from gofer.config import Settings
from gofer.tools.base import ToolContext
from gofer.tools.python import python


def descendants() -> set[int]:
    """Host pids of every live (non-zombie) descendant of this test process."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z":
            children.setdefault(int(fields[1]), []).append(int(entry))
    found: set[int] = set()
    todo = [os.getpid()]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


@pytest.mark.slow
async def test_warm_cold_and_cleanup(tmp_path: Path) -> None:
    before = descendants()
    settings = Settings(sandbox="local", network="none", warm_pool_size=1, idle_timeout=600)
    pool = ComputerPool(settings, services={"marker": 1})
    assert await pool.wait_warm(120) == 1
    start = time.monotonic()
    warm = await pool.acquire("s-warm", None)
    took = time.monotonic() - start
    assert warm.warm and warm.session_id == "s-warm"
    assert warm.peek(SANDBOX) is not None and warm.peek(KERNEL) is not None
    assert took < 0.15
    assert warm.services == {"marker": 1}
    assert warm.workspace.root.parent == settings.workspaces_dir
    assert await pool.acquire("s-warm", None) is warm

    given = tmp_path / "mine"
    cold = await pool.acquire("s-cold", given)
    assert not cold.warm and cold.workspace.root == given.resolve()
    assert cold.peek(SANDBOX) is None  # started lazily by the first tool
    ctx = ToolContext(run_id="r", session_id="s-cold", workspace=cold.workspace.root, computer=cold)
    r = await python(ctx, {"code": "print(6 * 7)"})
    assert r.text.strip() == "42"

    await pool.wait_warm(120)  # refilled in the background
    assert pool.warm_ready == 1
    assert len(descendants() - before) > 0
    await pool.aclose()
    assert descendants() - before == set()
    assert warm.closed and cold.closed


async def test_idle_computers_are_reclaimed(tmp_path: Path) -> None:
    settings = Settings(sandbox="local", network="none", warm_pool_size=0, idle_timeout=0.2)
    async with ComputerPool(settings) as pool:
        computer = await pool.acquire("s-idle", tmp_path / "ws")
        assert pool.get("s-idle") is computer
        deadline = time.monotonic() + 10
        while not computer.closed and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        assert computer.closed
        assert pool.get("s-idle") is None
        again = await pool.acquire("s-idle", tmp_path / "ws")
        assert again is not computer and not again.closed


async def test_release_closes_processes(tmp_path: Path) -> None:
    before = descendants()
    settings = Settings(sandbox="local", network="none")
    pool = ComputerPool(settings)
    computer = await pool.acquire("s1", tmp_path / "ws")
    ctx = ToolContext(run_id="r", session_id="s1", workspace=computer.workspace.root, computer=computer)
    from gofer.tools.shell import shell

    await shell(ctx, {"command": "sleep 600", "background": True})
    assert descendants() - before
    await pool.release("s1")
    assert computer.closed
    assert descendants() - before == set()
    await pool.aclose()
