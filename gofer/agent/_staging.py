"""Staging a run's events: applied to the run's state at once, written to the store at the next durable append or
when ``delay`` seconds have passed, in one transaction with everything staged before them; observers are told of
what was written. The runner owns one :class:`StagedLog` (see :meth:`Runner._append`)."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Sequence

from gofer.agent.state import RunState
from gofer.events import Event
from gofer.store.base import EventStore

__all__ = ["EventObserver", "StagedLog"]

EventObserver = Callable[[Sequence[Event]], None]
"""Called with the events the runner just appended, as stored (tracing, metrics, logs); must not block."""


class StagedLog:
    """The events a runner applied and has not written yet, and their writing."""

    def __init__(self, store: EventStore, observers: list[EventObserver], delay: float) -> None:
        self.store = store
        self.observers = observers
        """The runner's observers (its own list)."""
        self.delay = delay
        """Seconds a staged event may wait before it is written."""
        self.staged: list[Event] = []
        self.staged_at = 0.0  # when the oldest staged event was staged (monotonic)
        self._flushing = asyncio.Lock()
        self._timer: asyncio.TimerHandle | None = None
        self._background: set[asyncio.Task[None]] = set()

    def stage(self, state: RunState, *events: Event) -> None:
        """Apply events now and write them soon: at the next :meth:`Runner._append`, or after ``delay`` seconds.

        Only events whose loss in a crash is harmless are staged: a model's answer (asked for again), a
        proposal and the guard's verdicts on it, the start and result of a read-only action (run again), a
        plan. Whatever must be on disk before the run goes on (the start of a side effect, a request to a
        person, the end of the run) goes through :meth:`Runner._append`, which writes everything staged before it
        in the same transaction. Staging is what lets a run of quick steps write one transaction per batch of
        steps instead of several per step.
        """
        if events and not self.staged:
            self.staged_at = time.monotonic()
        for event in events:
            staged = event.model_copy(update={"run_id": state.started.run_id, "seq": state.next_seq})
            state.apply(staged)
            self.staged.append(staged)
        if self._timer is None and self.staged:
            self._timer = asyncio.get_running_loop().call_later(self.delay, self._flush_in_background)

    def _flush_in_background(self) -> None:
        self._timer = None
        task = asyncio.get_running_loop().create_task(self._flush_quietly())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _flush_quietly(self) -> None:
        # A failed background write keeps its events staged; the next foreground write retries and raises.
        with contextlib.suppress(Exception):
            await self.flush()

    async def flush(self) -> None:
        """Write the staged events (in order, one transaction), then tell the observers."""
        async with self._flushing:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            staged, self.staged = self.staged, []
            if not staged:
                return
            write = asyncio.ensure_future(self.store.append(staged[0].run_id, staged, staged[0].seq))
            try:
                written = await asyncio.shield(write)
            except asyncio.CancelledError:
                # The transaction runs on: wait for its outcome so that the log and the state agree, then stop.
                await asyncio.wait([write])
                if write.cancelled() or write.exception() is not None:
                    self.staged = staged + self.staged
                else:
                    self._notify(write.result())
                raise
            except BaseException:
                self.staged = staged + self.staged
                raise
        self._notify(written)

    def _notify(self, written: list[Event]) -> None:
        for observer in self.observers:
            with contextlib.suppress(Exception):  # telemetry never stops a run
                observer(written)
