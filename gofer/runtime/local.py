"""The local runtime: runs driven as asyncio tasks in this process (the CLI and a single-process server)."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from gofer.computer.base import Computer
from gofer.computer.browser import BrowserPool
from gofer.computer.pool import ComputerPool
from gofer.config import Settings
from gofer.events import RunStarted, RunStatus
from gofer.store.base import ConcurrencyError, EventStore
from gofer.tools.base import Toolset
from gofer.tools.mcp import McpConnector

if TYPE_CHECKING:
    from gofer.agent.runner import Runner

__all__ = ["LocalRuntime"]


class LocalRuntime:
    """Drives runs in this process; keeps one computer per session warm while the process lives."""

    def __init__(self, store: EventStore, settings: Settings, *, computers: ComputerPool | None = None) -> None:
        self.store = store
        self.settings = settings
        self._browser_pool = None if computers is not None else BrowserPool(settings)
        """The browser pool this runtime made (closed in ``aclose``); a given ComputerPool brings its own."""
        self.computers = computers or ComputerPool(settings, services={"browser_pool": self._browser_pool})
        self._tasks: dict[str, asyncio.Task[RunStatus]] = {}
        self._runners: dict[str, Runner] = {}
        self.mcp = McpConnector(settings)
        """The configured MCP servers, started on first use and stopped in ``aclose``."""

    async def extra_tools(self) -> Toolset:
        """The MCP servers' tools, offered to runs beside the built-in ones."""
        return await self.mcp.toolset()

    async def prepare_session(self, session_id: str, workspace: Path | None) -> Path:
        """Give a new session its computer; without a workspace it takes a warm one (with a fresh folder)."""
        computer = await self.computers.acquire(session_id, workspace)
        return computer.workspace.root

    def session_computer(self, session_id: str) -> Computer | None:
        """The session's computer if it is running in this process."""
        return self.computers.get(session_id)

    async def release_session(self, session_id: str) -> None:
        """Stop the session's computer and forget its browser logins (the session is gone; its workspace stays)."""
        await self.computers.release(session_id, forget=True)

    async def computer_for(self, started: RunStarted) -> Computer:
        """The session's computer, started on first use and kept for later runs of the session."""
        return await self.computers.acquire(started.session_id, Path(started.workspace))

    def runner(self, run_id: str) -> Runner | None:
        """The runner driving a run in this process, if any."""
        return self._runners.get(run_id)

    async def drive(self, run_id: str, *, resumed: bool = False, until_wait: bool = False) -> RunStatus:
        """Drive a run in the current task until it ends (or waits, with ``until_wait``)."""
        events = await self.store.read(run_id, limit=1)
        if not events or not isinstance(events[0], RunStarted):
            raise ValueError(f"run {run_id} has no RunStarted event")
        started = events[0]
        # The runner loads with the first run, not the runtime, and in a thread: its import takes seconds on a busy
        # machine, and meanwhile the loop shows the run's first events (``gofer run``) and serves requests.
        build_runner = await asyncio.to_thread(_runner_builder)
        computer = await self.computer_for(started)
        runner = await build_runner(
            self.store, self.settings, started, computer=computer, extra_tools=await self.extra_tools()
        )
        self._runners[run_id] = runner
        try:
            return await runner.run(run_id, resumed=resumed, until_wait=until_wait)
        except ConcurrencyError:
            # Another runner appended to this log: it is the writer now, and this one steps aside.
            print(f"gofer: run {run_id} is driven by another process; this runner stopped", file=sys.stderr)
            return (await self.store.get_run(run_id)).status
        finally:
            self._runners.pop(run_id, None)

    def _spawn(self, run_id: str, *, resumed: bool) -> asyncio.Task[RunStatus]:
        task = asyncio.create_task(self.drive(run_id, resumed=resumed), name=f"gofer-run-{run_id}")
        self._tasks[run_id] = task
        task.add_done_callback(lambda t: self._tasks.pop(run_id, None) if self._tasks.get(run_id) is t else None)
        return task

    def task(self, run_id: str) -> asyncio.Task[RunStatus] | None:
        """The asyncio task driving a run in this process, if one is."""
        task = self._tasks.get(run_id)
        return task if task is not None and not task.done() else None

    async def start(self, run_id: str) -> None:
        """Start driving a new run in the background."""
        self._spawn(run_id, resumed=False)

    async def resume(self, run_id: str) -> None:
        """Resume a run: wake its runner if it lives here, else start one from the log."""
        if self.task(run_id) is not None:
            await self.store.send_command(run_id, "resume", {"reason": "resumed by the user"})
            return
        self._spawn(run_id, resumed=True)

    async def cancel(self, run_id: str) -> None:
        """End a run: its runner applies the cancel command; with no runner here, one is started to do it."""
        if self.task(run_id) is not None:
            return
        await self.drive(run_id, until_wait=True)

    async def wait(self, run_id: str) -> RunStatus:
        """Wait for the run's background task to stop, and return the run's status."""
        task = self._tasks.get(run_id)
        if task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        return (await self.store.get_run(run_id)).status

    async def aclose(self) -> None:
        """Interrupt every run driven here (each writes RunPaused), close the computers, browser and MCP servers."""
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        with contextlib.suppress(Exception):
            await self.computers.aclose()
        if self._browser_pool is not None:
            with contextlib.suppress(Exception):
                await self._browser_pool.aclose()
        with contextlib.suppress(Exception):
            await self.mcp.aclose()


def _runner_builder() -> Callable[..., Awaitable[Runner]]:
    """``build_runner``, imported (with the runner, the guard's checks and the tools) where this is called."""
    from gofer.runtime.assemble import build_runner

    return build_runner
