"""The Runtime protocol: how runs are driven, wherever they execute (in-process or on Redis workers)."""

from __future__ import annotations

from typing import Protocol

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

    async def aclose(self) -> None:
        """Stop driving runs (they stay resumable) and release computers."""
        ...
