"""The virtual computer a session owns: its workspace plus lazily started parts (sandbox, kernel, browser).

Parts are created on first use by the tool that needs them (``await computer.part("kernel", factory)``), kept
warm for the session and closed with it. A part is any object with an ``async aclose()``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, Protocol, TypeVar, runtime_checkable

from gofer.computer.workspace import Workspace

__all__ = ["Computer", "Part"]


@runtime_checkable
class Part(Protocol):
    """A resource of the computer with a lifetime: a sandbox, a kernel, a browser context."""

    async def aclose(self) -> None:
        """Release the resource; called once when the computer closes."""
        ...


P = TypeVar("P", bound=Part)


class Computer:
    """One session's computer. Tools reach it through ``ToolContext.computer``, never through globals."""

    def __init__(
        self,
        session_id: str,
        workspace: Workspace,
        settings: Any = None,
        services: dict[str, Any] | None = None,
    ) -> None:
        self.session_id = session_id
        self.workspace = workspace
        self.settings = settings
        self.services: dict[str, Any] = services or {}
        """Process-wide resources shared by computers (the one Chromium's BrowserPool), by name."""
        self.warm = False
        """True when it came pre-started from the warm pool; a computer on a given workspace starts cold."""
        self._parts: dict[str, Part] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self.closed = False

    def __repr__(self) -> str:
        return f"Computer(session={self.session_id!r}, parts={sorted(self._parts)})"

    async def part(self, name: str, factory: Callable[[Computer], Awaitable[P]]) -> P:
        """The named part, started by ``factory`` on first use (concurrent callers share one start)."""
        if self.closed:
            raise RuntimeError(f"the computer of session {self.session_id} is closed")
        existing = self._parts.get(name)
        if existing is not None:
            return existing  # type: ignore[return-value]
        lock = self._locks.setdefault(name, asyncio.Lock())
        async with lock:
            existing = self._parts.get(name)
            if existing is None:
                existing = await factory(self)
                self._parts[name] = existing
            return existing  # type: ignore[return-value]

    def peek(self, name: str) -> Part | None:
        """The named part if it is running, without starting it."""
        return self._parts.get(name)

    def parts(self) -> dict[str, Part]:
        """The running parts by name (a copy)."""
        return dict(self._parts)

    async def drop(self, name: str) -> None:
        """Close one part (a crashed kernel, say) so the next use starts a fresh one."""
        part = self._parts.pop(name, None)
        if part is not None:
            await part.aclose()

    async def aclose(self) -> None:
        """Close every part, newest first."""
        self.closed = True
        for name in reversed(list(self._parts)):
            part = self._parts.pop(name)
            try:
                await part.aclose()
            except Exception:  # closing must go on for the other parts
                continue
