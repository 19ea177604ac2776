"""The Runtime protocol: how runs are driven, wherever they execute (in-process or on Redis workers)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from gofer.computer.base import Computer
    from gofer.tools.base import Toolset

__all__ = ["Runtime"]


class Runtime(Protocol):
    """Starts, resumes and cancels runs whose RunStarted is already in the store."""

    async def start(self, run_id: str) -> None:
        """Begin driving a new run (returns at once; the run goes on in the background)."""
        ...

    async def resume(self, run_id: str) -> None:
        """Drive a paused or interrupted run on from its log."""
        ...

    async def cancel(self, run_id: str) -> None:
        """End a run for good (RunCancelled)."""
        ...

    async def prepare_session(self, session_id: str, workspace: Path | None) -> Path:
        """Give a new session its computer; returns its workspace (a fresh folder when none is given)."""
        ...

    def session_computer(self, session_id: str) -> Computer | None:
        """The session's computer, if it is running where this runtime can reach it."""
        ...

    async def release_session(self, session_id: str) -> None:
        """Stop the session's computer; its workspace stays."""
        ...

    async def extra_tools(self) -> Toolset:
        """The tools runs get beside the built-in ones: the configured MCP servers' tools."""
        ...

    async def aclose(self) -> None:
        """Stop driving runs (they stay resumable) and release computers."""
        ...
