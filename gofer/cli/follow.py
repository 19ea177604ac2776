"""Following a run from the terminal: render its events, answer its questions and approvals, handle Ctrl-C."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import termios
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from rich.console import Console

from gofer.cli._common import EXIT_CANCELLED, EXIT_FAILED, EXIT_PAUSED, EXIT_WAITING, Env, err
from gofer.events import (
    ConfirmationRequested,
    ConfirmationResolved,
    Event,
    QuestionAnswered,
    QuestionAsked,
    RunCancelled,
    RunFailed,
    RunFinished,
    RunPaused,
    WatchModeChanged,
)
from gofer.runtime.commands import Answer, Confirm, Heartbeat

__all__ = ["Decider", "EventFeed", "Heartbeats", "OnConfirm", "decide_while_following", "exit_code_for",
           "follow_run", "read_line"]

T = TypeVar("T")
_out = Console(highlight=False)
_pending_input = bytearray()


async def read_line(prompt: str) -> str:
    """Print ``prompt`` and read one line from standard input without blocking the event loop, so that the wait
    can be cancelled (a decision made elsewhere withdraws the prompt, and no thread is left reading the next
    line). Raises EOFError at the end of input."""
    _out.print(prompt, end="", markup=False)
    loop = asyncio.get_running_loop()
    try:
        fd = sys.stdin.fileno()
    except (AttributeError, ValueError, OSError):
        fd = -1
    while b"\n" not in _pending_input:
        ready: asyncio.Future[None] = loop.create_future()
        try:
            loop.add_reader(fd, _wake, ready)
        except (NotImplementedError, ValueError, OSError):  # no selector for this stdin: a thread reads it
            return await asyncio.to_thread(input)
        try:
            await ready
        finally:
            loop.remove_reader(fd)
        chunk = os.read(fd, 4096)
        if not chunk:
            if _pending_input:
                break
            raise EOFError
        _pending_input.extend(chunk)
    line, _, rest = bytes(_pending_input).partition(b"\n")
    _pending_input[:] = rest
    return line.decode("utf-8", errors="replace").rstrip("\r")


def drop_typed_ahead() -> None:
    """Forget what a terminal holds that was typed before now: an approval is answered only by keys pressed after
    its prompt appeared, not by a line typed ahead or left in the input by anything printed before."""
    if not sys.stdin.isatty():
        return
    _pending_input.clear()
    with contextlib.suppress(OSError, ValueError, termios.error):
        termios.tcflush(sys.stdin.fileno(), termios.TCIFLUSH)


def _wake(ready: asyncio.Future[None]) -> None:
    if not ready.done():
        ready.set_result(None)


async def _choose(prompt: str, choices: list[str], default: str) -> str:
    while True:
        text = (await read_line(f"{prompt} [{'/'.join(choices)}] ({default}): ")).strip().lower() or default
        if text in choices:
            return text
        _out.print(f"Please answer one of {', '.join(choices)}.", markup=False)


class EventFeed:
    """A run's events read one at a time; the next one can be awaited beside something else (a prompt) and,
    when that finishes first, is kept for the next read instead of being cancelled (which would end the
    stream)."""

    def __init__(self, events: AsyncIterator[Event]) -> None:
        self._events = events
        self._next: asyncio.Future[Event] | None = None

    def next(self) -> asyncio.Future[Event]:
        """The future of the next event (the same one until it is taken)."""
        if self._next is None:
            self._next = asyncio.ensure_future(anext(self._events))
        return self._next

    def take(self) -> Event:
        """The next event, once its future is done (raises StopAsyncIteration at the stream's end)."""
        future, self._next = self.next(), None
        return future.result()

    async def close(self) -> None:
        """Stop waiting for an event."""
        if self._next is not None and not self._next.done():
            self._next.cancel()
            with contextlib.suppress(asyncio.CancelledError, StopAsyncIteration):
                await self._next
        self._next = None


def _settles(request: ConfirmationRequested | QuestionAsked, event: Event) -> bool:
    """True when ``event`` makes a person's pending decision moot: decided elsewhere (the web UI, another
    terminal, a timeout), or the run stopped."""
    if isinstance(event, RunPaused | RunFinished | RunFailed | RunCancelled):
        return True
    if isinstance(request, ConfirmationRequested):
        return isinstance(event, ConfirmationResolved) and event.action_id == request.action_id
    return isinstance(event, QuestionAnswered) and event.question_id == request.question_id


async def decide_while_following(
    decide: Awaitable[T], request: ConfirmationRequested | QuestionAsked, feed: EventFeed,
    render: Callable[[Event], None], stop: asyncio.Future[Any] | None = None,
) -> tuple[T | None, Event | None]:
    """A person's decision at the prompt while the run's events keep coming in: ``(decision, None)`` when they
    decided first, ``(None, event)`` when an event settled it first (the prompt is then withdrawn and the
    event, not yet rendered, is for the caller to handle), ``(None, None)`` when ``stop`` ended first (the
    local driver, stopped by Ctrl-C)."""
    task: asyncio.Future[T] = asyncio.ensure_future(decide)
    try:
        while True:
            upcoming = feed.next()
            waiting: list[asyncio.Future[Any]] = [task, upcoming] if stop is None else [task, upcoming, stop]
            done, _ = await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
            if task in done:
                return task.result(), None
            if stop is not None and stop in done and upcoming not in done:
                _out.print()
                return None, None
            event = feed.take()
            if _settles(request, event):
                _out.print()
                err.print("  (the prompt is withdrawn: decided without it)", markup=False)
                return None, event
            render(event)
    finally:
        if not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

OnConfirm = Literal["ask", "approve", "deny"]


@dataclass
class Decider:
    """Who answers the run's approvals and questions at this terminal."""

    on_confirm: OnConfirm = "ask"
    interactive: bool = False
    scripted_confirmations: list[ConfirmationResolved] = field(default_factory=list)
    """A replay's recorded decisions, each for the ConfirmationRequested it answered (by action_id)."""
    scripted_requests: list[ConfirmationRequested] = field(default_factory=list)
    scripted_answers: list[str] = field(default_factory=list)

    @property
    def mode(self) -> OnConfirm:
        """The effective policy: ``ask`` with nobody at the terminal becomes ``deny``."""
        return "deny" if self.on_confirm == "ask" and not self.interactive else self.on_confirm

    async def confirm(self, event: ConfirmationRequested) -> Confirm:
        """Decide one approval."""
        recorded = self._recorded_decision(event)
        if recorded is not None:
            return Confirm(action_id=event.action_id, approved=recorded.approved, note=recorded.note,
                           decided_by="replay", remember=recorded.approved and recorded.remember)
        if self.mode == "ask":
            drop_typed_ahead()
            choice = await _choose("  Allow this action? (y = yes, n = no, a = yes, and this tool on this site for the"
                                   " rest of the run)", ["y", "n", "a"], "n")
            approved = choice in ("y", "a")
            note = "" if approved else (await read_line("  Why not (optional): ")).strip()
            return Confirm(action_id=event.action_id, approved=approved, note=note, decided_by="user",
                           remember=choice == "a")
        if self.on_confirm == "ask":
            by, note = "policy: no terminal to ask (--on-confirm ask)", "nobody was at the terminal to approve it"
        else:
            by, note = f"policy: --on-confirm {self.on_confirm}", f"--on-confirm {self.on_confirm}"
        return Confirm(action_id=event.action_id, approved=self.mode == "approve", note=note, decided_by=by)

    def _recorded_decision(self, event: ConfirmationRequested) -> ConfirmationResolved | None:
        """The first unused recorded decision on the same exact action (tool and arguments): a replay's requests
        need not come in the original's order (a file that does not exist here, a page that changed), and a
        decision on one action never answers another. None: this action was not decided in the original."""
        asked = {r.action_id: r for r in self.scripted_requests}
        for i, decision in enumerate(self.scripted_confirmations):
            request = asked.get(decision.action_id)
            if request is not None and (request.tool, request.arguments) == (event.tool, event.arguments):
                return self.scripted_confirmations.pop(i)
        return None

    async def answer(self, event: QuestionAsked) -> Answer | None:
        """Answer one question, or None when nobody can."""
        if self.scripted_answers:
            return Answer(question_id=event.question_id, answer=self.scripted_answers.pop(0))
        if not self.interactive:
            return None
        text = await read_line("  Your answer: ")
        return Answer(question_id=event.question_id, answer=text.strip())


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
    feed = EventFeed(store.subscribe(run_id, after_seq))
    carried: Event | None = None  # an event that withdrew a prompt, handled like any other
    try:
        while True:
            if carried is not None:
                event, carried = carried, None
            else:
                upcoming = feed.next()
                waiting: list[asyncio.Future[Any]] = [upcoming, driver]
                done, _ = await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
                if upcoming not in done:
                    # The driver stopped (interrupted, waiting, or crashed): show what it wrote last, then stop.
                    await feed.close()
                    last = await store.read(run_id, after_seq)
                    for event in last:
                        render(event)
                    return exit_code_for(last[-1] if last else None, run_id)
                try:
                    event = feed.take()
                except StopAsyncIteration:
                    return 0
            after_seq = event.seq
            render(event)
            code = await _handle(event, env, run_id, render, decider, driver, feed, beats)
            if isinstance(code, int):
                return code
            carried = code
    finally:
        await feed.close()


async def _handle(
    event: Event,
    env: Env,
    run_id: str,
    render: Callable[[Event], None],
    decider: Decider,
    driver: asyncio.Task[object],
    feed: EventFeed,
    beats: Heartbeats,
) -> int | Event | None:
    """React to one event: an exit code to stop with, an event that arrived while a prompt was open (to handle
    next), or None to go on."""
    store = env.store
    match event:
        case ConfirmationRequested():
            decision, settled = await decide_while_following(decider.confirm(event), event, feed, render, driver)
            if decision is None:
                return settled
            await store.send_command(run_id, decision.kind, decision.model_dump(exclude={"kind"}))
        case QuestionAsked():
            if not decider.interactive and not decider.scripted_answers:
                answer = None
            else:
                answer, settled = await decide_while_following(decider.answer(event), event, feed, render, driver)
                if answer is None and (settled is not None or driver.done()):
                    return settled
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
    return None


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
