"""``gofer run --server URL``: a task on a remote gofer server, followed from this terminal through the SDK.

The run lives on the server; this terminal renders its events with the same renderers as a local run and
answers its approvals and questions at the prompt (the same :class:`Decider`), over the API. Ctrl-C pauses
the run on the server; it can be carried on from the web UI or the SDK.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from gofer.cli._common import EXIT_FAILED, EXIT_PAUSED, EXIT_USAGE, EXIT_WAITING, err, is_interactive
from gofer.cli.follow import Decider, EventFeed, Heartbeats, OnConfirm, decide_while_following, exit_code_for
from gofer.cli.render import JsonRenderer, TraceRenderer
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
from gofer.sdk import AsyncClient
from gofer.sdk._errors import AuthenticationError, ConflictError, GoferError, RunEndedError

__all__ = ["follow_remote", "run_remote"]

INTERRUPTED = "interrupted at the terminal (Ctrl-C)"

REMOTE_HEARTBEAT = 10.0
"""Seconds between watch-mode heartbeats to a server, as often as the web UI beats."""


def run_remote(server: str, api_key: str | None, task: str, *, model: str | None = None, session: str | None = None,
               workspace: Path | None = None, tools: str | None = None,
               budgets: dict[str, float | None] | None = None, on_confirm: OnConfirm = "ask",
               as_json: bool = False) -> int:
    """Start ``task`` on the server at ``server`` and follow it here; returns the CLI's exit code."""
    if workspace is not None:
        err.print("gofer: --workspace names a folder on this machine; a remote run works in its session's "
                  "workspace on the server (use --session to continue one)", markup=False)
        return EXIT_USAGE
    key = api_key or os.environ.get("GOFER_API_KEY")
    if not key:
        err.print("gofer: --server needs an API key: --api-key KEY or GOFER_API_KEY (gofer keys create USER on "
                  "the server)", markup=False)
        return EXIT_USAGE
    tool_list = [t.strip() for t in tools.split(",") if t.strip()] if tools else None
    limits = {name: value for name, value in (budgets or {}).items() if value is not None}
    decider = Decider(on_confirm=on_confirm, interactive=is_interactive())
    render: Callable[[Event], None] = JsonRenderer() if as_json else TraceRenderer()

    async def go() -> int:
        async with AsyncClient(server, key, timeout=60.0) as client:
            try:
                run = await client.create_run(task, model=model, session_id=session, tools=tool_list,
                                              budgets=limits or None)
            except AuthenticationError as exc:
                err.print(f"gofer: the server refused the key: {exc}", markup=False)
                return EXIT_USAGE
            except GoferError as exc:
                err.print(f"gofer: the server refused the run: {exc}", markup=False)
                return EXIT_USAGE
            except OSError as exc:
                err.print(f"gofer: cannot reach {server}: {exc}", markup=False)
                return EXIT_FAILED
            if as_json:
                err.print(f"run {run.id} on {client.base_url} (session {run.session_id})", markup=False)
            return await follow_remote(client, run.id, render, decider)

    return asyncio.run(_without_waiting_for_prompts(go()))


async def _without_waiting_for_prompts(main: Coroutine[Any, Any, int]) -> int:
    """Run ``main``; when it ends paused (Ctrl-C), leave at once: a prompt's thread may still block on stdin,
    and neither asyncio nor the interpreter would exit before that read returns."""
    code = await main
    if code == EXIT_PAUSED:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


async def follow_remote(client: AsyncClient, run_id: str, render: Callable[[Event], None], decider: Decider,
                        after_seq: int = -1) -> int:
    """Follow a remote run to its end (or until it waits on nobody here); Ctrl-C pauses it on the server."""
    loop = asyncio.get_running_loop()
    watching = asyncio.current_task()
    interrupted = False

    def interrupt() -> None:
        nonlocal interrupted
        interrupted = True
        if watching is not None:
            watching.cancel()

    with contextlib.suppress(NotImplementedError, RuntimeError):
        loop.add_signal_handler(signal.SIGINT, interrupt)
    try:
        return await _watch(client, run_id, render, decider, after_seq)
    except asyncio.CancelledError:
        if not interrupted:
            raise
        if watching is not None:
            watching.uncancel()
        with contextlib.suppress(GoferError, OSError):
            await client.pause(run_id, INTERRUPTED)
        err.print(f"gofer: stopped following run {run_id} and asked the server to pause it. Carry on from the "
                  f"web UI, or with the SDK: client.resume({run_id!r})", markup=False)
        return EXIT_PAUSED
    except RunEndedError as exc:
        err.print(f"gofer: lost the run's event stream: {exc}", markup=False)
        return EXIT_FAILED
    finally:
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.remove_signal_handler(signal.SIGINT)


async def _watch(client: AsyncClient, run_id: str, render: Callable[[Event], None], decider: Decider,
                 after_seq: int) -> int:
    beats = Heartbeats(lambda: client.heartbeat(run_id, watched=True), REMOTE_HEARTBEAT)
    try:
        return await _follow(client, run_id, render, decider, after_seq, beats)
    finally:
        beats.stop()


async def _follow(client: AsyncClient, run_id: str, render: Callable[[Event], None], decider: Decider,
                  after_seq: int, beats: Heartbeats) -> int:
    feed = EventFeed(aiter(client.stream(run_id, after_seq)))
    carried: Event | None = None  # an event that withdrew a prompt, handled like any other
    try:
        while True:
            if carried is not None:
                event, carried = carried, None
            else:
                try:
                    event = await feed.next()
                    feed.take()
                except StopAsyncIteration:
                    return 0
            render(event)
            outcome = await _handle(client, run_id, event, render, decider, feed, beats)
            if isinstance(outcome, int):
                return outcome
            carried = outcome
    finally:
        await feed.close()


async def _handle(client: AsyncClient, run_id: str, event: Event, render: Callable[[Event], None],
                  decider: Decider, feed: EventFeed, beats: Heartbeats) -> int | Event | None:
    """React to one event: an exit code to stop with, an event that arrived while a prompt was open (to handle
    next), or None to go on."""
    match event:
        case ConfirmationRequested():
            decision, settled = await decide_while_following(decider.confirm(event), event, feed, render)
            if decision is None:
                return settled
            with contextlib.suppress(ConflictError):  # decided meanwhile elsewhere (the web UI, say)
                await client.confirm(run_id, event.action_id, decision.approved, decision.note,
                                     remember=decision.remember)
        case QuestionAsked():
            answer = None
            if decider.interactive or decider.scripted_answers:
                answer, settled = await decide_while_following(decider.answer(event), event, feed, render)
                if answer is None and settled is not None:
                    return settled
            if answer is None:
                err.print(f"gofer: run {run_id} is waiting for an answer; give it in the web UI or with the SDK: "
                          f"client.answer({run_id!r}, {event.question_id!r}, \"...\")", markup=False)
                return EXIT_WAITING
            with contextlib.suppress(ConflictError):
                await client.answer(run_id, event.question_id, answer.answer)
        case WatchModeChanged(active=True, watched=False):
            if not decider.interactive:
                err.print(f"gofer: watch mode: {event.reason}. Run {run_id} waits until someone watches it in "
                          "the web UI.", markup=False)
                return EXIT_WAITING
            await beats.start()
        case WatchModeChanged(active=False):
            beats.stop()
        case RunPaused():
            err.print(f"gofer: run {run_id} paused on the server ({event.reason}).", markup=False)
            return EXIT_PAUSED
        case RunFinished() | RunFailed() | RunCancelled():
            return exit_code_for(event, run_id)
        case _:
            pass
    return None
