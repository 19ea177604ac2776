"""Following a run from the terminal: render its events, answer its questions and approvals, handle Ctrl-C."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Literal

from rich.prompt import Prompt

from gofer.cli._common import EXIT_CANCELLED, EXIT_FAILED, EXIT_PAUSED, EXIT_WAITING, Env, err
from gofer.events import (
    ConfirmationRequested,
    Event,
    QuestionAsked,
    RunCancelled,
    RunFailed,
    RunFinished,
    RunPaused,
    WatchModeChanged,
)
from gofer.runtime.commands import Answer, Confirm, Heartbeat

__all__ = ["Decider", "Heartbeats", "OnConfirm", "exit_code_for", "follow_run"]

OnConfirm = Literal["ask", "approve", "deny"]


@dataclass
class Decider:
    """Who answers the run's approvals and questions at this terminal."""

    on_confirm: OnConfirm = "ask"
    interactive: bool = False
    scripted_confirmations: list[tuple[bool, str]] = field(default_factory=list)
    scripted_answers: list[str] = field(default_factory=list)

    @property
    def mode(self) -> OnConfirm:
        """The effective policy: ``ask`` with nobody at the terminal becomes ``deny``."""
        return "deny" if self.on_confirm == "ask" and not self.interactive else self.on_confirm

    async def confirm(self, event: ConfirmationRequested) -> Confirm:
        """Decide one approval."""
        if self.scripted_confirmations:
            approved, note = self.scripted_confirmations.pop(0)
            return Confirm(action_id=event.action_id, approved=approved, note=note, decided_by="replay")
        if self.mode == "ask":
            choice = await asyncio.to_thread(
                Prompt.ask, "  Allow this action? (y = yes, n = no, a = yes, and this tool on this site for the rest"
                " of the run)", choices=["y", "n", "a"], default="n", show_default=True,
            )
            approved = choice in ("y", "a")
            note = "" if approved else await asyncio.to_thread(Prompt.ask, "  Why not (optional)", default="")
            return Confirm(action_id=event.action_id, approved=approved, note=note, decided_by="user",
                           remember=choice == "a")
        if self.on_confirm == "ask":
            by, note = "policy: no terminal to ask (--on-confirm ask)", "nobody was at the terminal to approve it"
        else:
            by, note = f"policy: --on-confirm {self.on_confirm}", f"--on-confirm {self.on_confirm}"
        return Confirm(action_id=event.action_id, approved=self.mode == "approve", note=note, decided_by=by)

    async def answer(self, event: QuestionAsked) -> Answer | None:
        """Answer one question, or None when nobody can."""
        if self.scripted_answers:
            return Answer(question_id=event.question_id, answer=self.scripted_answers.pop(0))
        if not self.interactive:
            return None
        text = await asyncio.to_thread(Prompt.ask, "  Your answer")
        return Answer(question_id=event.question_id, answer=text)


class Heartbeats:
    """Watch-mode heartbeats from a terminal in the foreground: one now, then every ``every`` seconds until
    stopped (a heartbeat lapses, so a terminal that goes away stops counting as a watcher)."""

    def __init__(self, send: Callable[[], Awaitable[object]], every: float) -> None:
        self.send = send
        self.every = every
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Beat now, and keep beating."""
        with contextlib.suppress(Exception):  # a lost beat only means the run waits for the next one
            await self.send()
        if self._task is None:
            self._task = asyncio.create_task(self._beat())

    async def _beat(self) -> None:
        while True:
            await asyncio.sleep(self.every)
            with contextlib.suppress(Exception):
                await self.send()

    def stop(self) -> None:
        """Stop beating."""
        if self._task is not None:
            self._task.cancel()
            self._task = None


async def follow_run(
    env: Env,
    run_id: str,
    render: Callable[[Event], None],
    decider: Decider,
    *,
    after_seq: int = -1,
    resumed: bool = False,
) -> int:
    """Drive the run here and follow it to its end; returns the CLI's exit code."""
    runtime = env.runtime
    driver = asyncio.create_task(runtime.drive(run_id, resumed=resumed))
    loop = asyncio.get_running_loop()

    def interrupt() -> None:
        runner = runtime.runner(run_id)
        if runner is not None:
            runner.interrupt_reason = "interrupted at the terminal (Ctrl-C)"
        driver.cancel()

    with contextlib.suppress(NotImplementedError, RuntimeError):
        loop.add_signal_handler(signal.SIGINT, interrupt)
    try:
        code = await _watch(env, run_id, render, decider, driver, after_seq)
    finally:
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.remove_signal_handler(signal.SIGINT)
        if not driver.done():
            driver.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await driver
    if not driver.cancelled() and driver.exception() is not None:
        exc = driver.exception()
        err.print(f"gofer: the run stopped on an internal error: {type(exc).__name__}: {exc}", markup=False)
        return EXIT_FAILED
    return code


async def _watch(
    env: Env,
    run_id: str,
    render: Callable[[Event], None],
    decider: Decider,
    driver: asyncio.Task[object],
    after_seq: int,
) -> int:
    store = env.store
    beat = Heartbeat(watched=True)
    beats = Heartbeats(lambda: store.send_command(run_id, beat.kind, beat.model_dump(exclude={"kind"})),
                       env.settings.watch_heartbeat_timeout / 3)
    try:
        return await _follow(env, run_id, render, decider, driver, after_seq, beats)
    finally:
        beats.stop()


async def _follow(
    env: Env,
    run_id: str,
    render: Callable[[Event], None],
    decider: Decider,
    driver: asyncio.Task[object],
    after_seq: int,
    beats: Heartbeats,
) -> int:
    store = env.store
    events = store.subscribe(run_id, after_seq)
    while True:
        next_event = asyncio.ensure_future(anext(events))
        done, _ = await asyncio.wait({next_event, driver}, return_when=asyncio.FIRST_COMPLETED)
        if next_event not in done:
            # The driver stopped (interrupted, waiting, or crashed): show what it wrote last, then stop.
            next_event.cancel()
            with contextlib.suppress(asyncio.CancelledError, StopAsyncIteration):
                await next_event
            last = await store.read(run_id, after_seq)
            for event in last:
                render(event)
            return exit_code_for(last[-1] if last else None, run_id)
        try:
            event = next_event.result()
        except StopAsyncIteration:
            return 0
        after_seq = event.seq
        render(event)
        match event:
            case ConfirmationRequested():
                decision = await decider.confirm(event)
                await store.send_command(run_id, decision.kind, decision.model_dump(exclude={"kind"}))
            case QuestionAsked():
                answer = await decider.answer(event)
                if answer is None:
                    driver.cancel()
                    err.print(
                        f"gofer: the run is waiting for an answer. Answer it with:\n"
                        f"  gofer resume {run_id} --answer \"...\"",
                        markup=False,
                    )
                    return EXIT_WAITING
                await store.send_command(run_id, answer.kind, answer.model_dump(exclude={"kind"}))
            case WatchModeChanged(active=True, watched=False):
                if not decider.interactive:
                    driver.cancel()
                    err.print(
                        f"gofer: watch mode: {event.reason}. The run waits until someone watches it; carry on at a "
                        f"terminal with:\n  gofer resume {run_id}",
                        markup=False,
                    )
                    return EXIT_WAITING
                await beats.start()
            case WatchModeChanged(active=False):
                beats.stop()
            case RunPaused():
                err.print(f"gofer: paused. Carry on with:  gofer resume {run_id}", markup=False)
                return EXIT_PAUSED
            case RunFinished() | RunFailed() | RunCancelled():
                return exit_code_for(event, run_id)
            case _:
                pass


def exit_code_for(event: Event | None, run_id: str) -> int:
    """The CLI's exit code for the last event it saw of a run, with the one-line reason on stderr."""
    match event:
        case RunFinished():
            return 0
        case RunFailed():
            err.print(f"gofer: run failed: {event.reason or event.error}", markup=False)
            return EXIT_FAILED
        case RunCancelled():
            err.print(f"gofer: run cancelled: {event.reason}", markup=False)
            return EXIT_CANCELLED
        case RunPaused():
            err.print(f"gofer: paused. Carry on with:  gofer resume {run_id}", markup=False)
            return EXIT_PAUSED
        case _:
            err.print(f"gofer: the run is waiting. Carry on with:  gofer resume {run_id}", markup=False)
            return EXIT_WAITING
