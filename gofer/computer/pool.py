"""ComputerPool: one Computer per session, a warm pool of pre-started ones, idle reclaim, clean shutdown.

A warm computer has its sandbox and kernel running on a fresh workspace made under
``settings.workspaces_dir``; a session that brings its own workspace starts cold (bubblewrap fixes its mounts
at start) and ``Computer.warm`` says so. Computers not acquired for ``settings.idle_timeout`` seconds are
closed; :meth:`ComputerPool.aclose` closes every one, leaving no process behind.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from gofer.computer.base import Computer
from gofer.computer.sandbox import SandboxError, get_sandbox
from gofer.computer.workspace import Workspace

__all__ = ["ComputerPool"]


class ComputerPool:
    """Hands out each session's Computer, keeping ``settings.warm_pool_size`` pre-started ones ready."""

    def __init__(self, settings: Any, services: dict[str, Any] | None = None) -> None:
        self.settings = settings
        self.services = services
        self.size = max(int(getattr(settings, "warm_pool_size", 0)), 0)
        self.idle_timeout = float(getattr(settings, "idle_timeout", 900.0))
        self._active: dict[str, Computer] = {}
        self._last_used: dict[str, float] = {}
        self._warm: list[Computer] = []
        self._filling = 0
        self._tasks: set[asyncio.Task[Any]] = set()
        self._reaper: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        self.warm_error: str | None = None
        """Why pre-starting failed (the warm pool then stays empty and sessions start cold)."""
        self.closed = False

    @property
    def warm_ready(self) -> int:
        """Pre-started computers waiting for a session."""
        return len(self._warm)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _ensure_background(self) -> None:
        if self._reaper is None and self.idle_timeout > 0:
            self._reaper = asyncio.ensure_future(self._reap_loop())
        missing = self.size - len(self._warm) - self._filling
        if self.warm_error is None and not self.closed:
            for _ in range(max(missing, 0)):
                self._filling += 1
                self._spawn(self._fill_one())

    async def start(self) -> None:
        """Begin filling the warm pool in the background (acquire does this too)."""
        self._ensure_background()

    async def wait_warm(self, timeout: float = 60.0) -> int:
        """Wait until the warm pool is full (or filling failed); the number ready."""
        self._ensure_background()
        deadline = time.monotonic() + timeout
        while len(self._warm) < self.size and self.warm_error is None and time.monotonic() < deadline:
            pending = [t for t in self._tasks if not t.done()]
            if not pending:
                break
            await asyncio.wait(pending, timeout=deadline - time.monotonic(), return_when=asyncio.FIRST_COMPLETED)
        return len(self._warm)

    async def _fill_one(self) -> None:
        from gofer.computer.kernel import PART as KERNEL  # jupyter_client loads with the first warm computer
        from gofer.computer.kernel import start_kernel

        computer: Computer | None = None
        try:
            root = Path(self.settings.workspaces_dir) / f"ws-{uuid.uuid4().hex[:12]}"
            computer = Computer("(warm)", Workspace(root), self.settings, self.services)
            computer.warm = True
            sandbox = await get_sandbox(computer)

            async def kernel(_: Computer) -> Any:
                return await start_kernel(sandbox, warm=True)

            await computer.part(KERNEL, kernel)
        except (SandboxError, OSError) as exc:
            self.warm_error = str(exc)
            print(f"gofer: warm pool disabled: {exc}", file=sys.stderr)
            if computer is not None:
                await computer.aclose()
            return
        finally:
            self._filling -= 1
        if self.closed:
            await computer.aclose()
        else:
            self._warm.append(computer)

    async def acquire(self, session_id: str, workspace: Path | None = None) -> Computer:
        """The session's computer: its existing one, a warm one (no workspace given), or a cold one."""
        if self.closed:
            raise RuntimeError("the computer pool is closed")
        async with self._lock:
            computer = self._active.get(session_id)
            if computer is None or computer.closed:
                if workspace is None and self._warm:
                    computer = self._warm.pop(0)
                    computer.session_id = session_id
                else:
                    root = Path(workspace) if workspace is not None else self._fresh_root(session_id)
                    computer = Computer(session_id, Workspace(root), self.settings, self.services)
                self._active[session_id] = computer
            self._last_used[session_id] = time.monotonic()
        self._ensure_background()
        return computer

    def _fresh_root(self, session_id: str) -> Path:
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in session_id)[:64] or "session"
        return Path(self.settings.workspaces_dir) / f"{safe}-{uuid.uuid4().hex[:6]}"

    def touch(self, session_id: str) -> None:
        """Mark the session's computer as in use now (postpones idle reclaim)."""
        if session_id in self._active:
            self._last_used[session_id] = time.monotonic()

    def get(self, session_id: str) -> Computer | None:
        """The session's computer if it has one."""
        return self._active.get(session_id)

    async def release(self, session_id: str, *, forget: bool = False) -> None:
        """Close the session's computer (its workspace stays on disk). With ``forget`` (the session is deleted)
        the browser's saved cookies and storage of the session go too, whether or not its computer ran here."""
        async with self._lock:
            computer = self._active.pop(session_id, None)
            self._last_used.pop(session_id, None)
        if computer is not None:
            await computer.aclose()
        if forget:
            browsers = (self.services or {}).get("browser_pool")
            if browsers is None:  # sessions' browsers then have pools of their own, saving in the same place
                from gofer.computer.browser.pool import BrowserPool

                browsers = BrowserPool(self.settings)
            browsers.wipe_state(session_id)

    async def reap_idle(self) -> list[str]:
        """Close computers unused for ``idle_timeout`` seconds; the sessions reclaimed."""
        now = time.monotonic()
        idle = [s for s, t in self._last_used.items() if now - t >= self.idle_timeout]
        for session_id in idle:
            await self.release(session_id)
        return idle

    async def _reap_loop(self) -> None:
        period = min(max(self.idle_timeout / 4, 0.05), 30.0)
        while not self.closed:
            await asyncio.sleep(period)
            with contextlib.suppress(Exception):
                await self.reap_idle()

    async def aclose(self) -> None:
        """Close every computer, warm and active, and stop the background tasks."""
        self.closed = True
        if self._reaper is not None:
            self._reaper.cancel()
            with contextlib.suppress(BaseException):
                await self._reaper
        for task in list(self._tasks):
            with contextlib.suppress(BaseException):
                await task
        computers = [*self._warm, *self._active.values()]
        self._warm.clear()
        self._active.clear()
        self._last_used.clear()
        for computer in computers:
            await computer.aclose()

    async def __aenter__(self) -> ComputerPool:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
