"""RunService: the one place runs are created and steered, used alike by the CLI, the API and the SDK."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gofer.config import Settings
from gofer.events import ConfirmationRequested, Event, QuestionAsked, RunStarted, RunStatus
from gofer.ids import new_id
from gofer.runtime.base import Runtime
from gofer.runtime.commands import Cancel, CommandBody
from gofer.runtime.options import check_option_names
from gofer.store.base import (
    EventStore,
    NotFoundError,
    RunRecord,
    SessionActive,
    SessionRecord,
    StoreError,
    UsageCap,
)

__all__ = ["PENDING_TYPES", "InvalidRunError", "RunService", "SessionBusyError", "pending_requests"]

_BUDGET_KEYS = ("max_steps", "max_tokens", "max_cost", "max_wall_time")

PENDING_TYPES = ("ConfirmationRequested", "ConfirmationResolved", "QuestionAsked", "QuestionAnswered")
"""The event types :func:`pending_requests` looks at: all a run's open requests need read of its log."""


class SessionBusyError(Exception):
    """The session already has an active run (one at a time per session)."""


class InvalidRunError(ValueError):
    """The run cannot start as asked (unknown model spec, unknown tool, bad budget); the message says why."""


def pending_requests(events: list[Event]) -> list[Event]:
    """Open ConfirmationRequested and QuestionAsked events: what the run waits for a person to decide."""
    resolved = {getattr(e, "action_id", None) for e in events if e.type == "ConfirmationResolved"}
    answered = {getattr(e, "question_id", None) for e in events if e.type == "QuestionAnswered"}
    out: list[Event] = []
    for e in events:
        waiting_confirmation = isinstance(e, ConfirmationRequested) and e.action_id not in resolved
        waiting_answer = isinstance(e, QuestionAsked) and e.question_id not in answered
        if waiting_confirmation or waiting_answer:
            out.append(e)
    return out


class RunService:
    """Creates sessions and runs, and carries commands to them, checking ownership on the way."""

    def __init__(self, store: EventStore, settings: Settings, runtime: Runtime) -> None:
        self.store = store
        self.settings = settings
        self.runtime = runtime

    async def create_session(
        self, *, user_id: str | None = None, workspace: Path | None = None, title: str = ""
    ) -> SessionRecord:
        """A new session with its own workspace (a fresh folder unless one is given)."""
        session_id = new_id("ses")
        if workspace is not None:
            workspace = workspace.expanduser().resolve()
            workspace.mkdir(parents=True, exist_ok=True)
        root = await self.runtime.prepare_session(session_id, workspace)
        return await self.store.create_session(str(root), user_id=user_id, title=title, session_id=session_id)

    async def delete_session(self, session_id: str, *, user_id: str | None = None) -> None:
        """Delete a session, its runs and (when gofer made it) its workspace."""
        session = await self.store.get_session(session_id, user_id)
        # only the active runs, however many ended runs the session has (the newest 1,000 of all its runs missed
        # an older one still going)
        for run in await self.store.list_runs(session_id=session_id, active=True, limit=10_000):
            await self.cancel(run.id, user_id=user_id)
        await self.store.delete_session(session_id, user_id)
        await self.runtime.release_session(session_id)
        ws = Path(session.workspace)
        if ws.parent == self.settings.workspaces_dir.resolve():
            shutil.rmtree(ws, ignore_errors=True)

    async def create_run(
        self,
        task: str,
        model: str,
        *,
        user_id: str | None = None,
        session_id: str | None = None,
        workspace: Path | None = None,
        tools: list[str] | None = None,
        budgets: dict[str, float | None] | None = None,
        options: dict[str, Any] | None = None,
        start: bool = True,
        caps: Sequence[UsageCap] = (),
    ) -> RunRecord:
        """Validate, write RunStarted and start the run. A session runs one task at a time. ``caps`` are the
        user's quotas, checked by the store as it creates the run (QuotaExceeded, and no session left behind)."""
        # the model clients load with the first run, not with the service; the runner, the guard's checks and the
        # tool modules are not needed to check the request (the runtime loads them as the run starts, while its
        # first event is shown)
        from gofer.models.base import ModelError
        from gofer.runtime.spec import REPLAY_PREFIX, loggable_model_spec, make_model, make_tools
        from gofer.safety.pipeline import check_guard_options

        if not task.strip():
            raise InvalidRunError("the task is empty")
        if model.startswith(REPLAY_PREFIX):
            # Only the user's own run may be replayed (its model turns become this run's); another user's run
            # is refused exactly like one that does not exist.
            source = model[len(REPLAY_PREFIX) :]
            try:
                await self.store.get_run(source, user_id)
            except NotFoundError:
                raise InvalidRunError(f"model {model!r}: no run {source} to replay") from None
        else:
            try:
                await make_model(model, self.settings, self.store)
            except (ValueError, FileNotFoundError, ModelError) as exc:
                raise InvalidRunError(f"model {model!r}: {exc}") from None
        if tools:  # all the tools (no names to check) are the runner's to load
            try:
                make_tools(tools, await self.runtime.extra_tools())
            except ValueError as exc:
                raise InvalidRunError(str(exc)) from None
        try:  # the run's guard is built when it starts: a bad option is refused now, not by a stuck run later
            check_option_names(options or {})
            check_guard_options(self.settings, options or {})
        except (TypeError, ValueError) as exc:
            raise InvalidRunError(f"options: {exc}") from None
        limits = {k: v for k, v in (budgets or {}).items() if v is not None}
        unknown = set(limits) - set(_BUDGET_KEYS)
        if unknown:
            raise InvalidRunError(f"unknown budgets: {', '.join(sorted(unknown))}; known: {', '.join(_BUDGET_KEYS)}")
        for key in _BUDGET_KEYS:
            default = getattr(self.settings, key)
            if key not in limits and default is not None:
                limits[key] = default
        if session_id is None:
            session = await self.create_session(user_id=user_id, workspace=workspace, title=task[:80])
        else:
            session = await self.store.get_session(session_id, user_id)
            busy = await self.store.list_runs(session_id=session.id, active=True, limit=1)
            if busy:
                raise SessionBusyError(f"session {session.id} already has an active run ({busy[0].id})")
        logged = loggable_model_spec(model, self.settings)  # a credential in the spec never reaches the log
        try:
            run = await self.store.create_run(session_id=session.id, task=task, model=logged, user_id=user_id,
                                              caps=caps, sole=True)
        except SessionActive as exc:  # a run started in the session since the look above
            raise SessionBusyError(str(exc)) from None
        except StoreError:
            if session_id is None:  # the session made for this run would stay behind, empty
                await self.delete_session(session.id, user_id=user_id)
            raise
        started = RunStarted(
            run_id=run.id,
            task=task,
            model=logged,
            session_id=session.id,
            workspace=session.workspace,
            user_id=user_id,
            tools=tools,
            budgets={k: float(v) for k, v in limits.items()},
            options=options or {},
        )
        await self.store.append(run.id, [started], 0)
        if start:
            await self.runtime.start(run.id)
        return await self.store.get_run(run.id)

    async def command(self, run_id: str, body: CommandBody, *, user_id: str | None = None) -> None:
        """Put a command in the run's inbox (after checking the run is the user's)."""
        run = await self.store.get_run(run_id, user_id)
        if run.status.terminal:
            raise NotFoundError(f"run {run_id} has ended ({run.status.value})")
        await self.store.send_command(run_id, body.kind, body.model_dump(exclude={"kind"}))

    async def resume(self, run_id: str, *, user_id: str | None = None) -> RunRecord:
        """Carry on a paused or interrupted run."""
        run = await self.store.get_run(run_id, user_id)
        if run.status.terminal:
            raise InvalidRunError(f"run {run_id} has ended ({run.status.value}); it cannot be resumed")
        await self.runtime.resume(run_id)
        return await self.store.get_run(run_id)

    async def cancel(self, run_id: str, *, user_id: str | None = None, reason: str = "cancelled by the user") -> None:
        """End a run for good."""
        run = await self.store.get_run(run_id, user_id)
        if run.status.terminal:
            return
        await self.store.send_command(run_id, "cancel", Cancel(reason=reason).model_dump(exclude={"kind"}))
        await self.runtime.cancel(run_id)

    async def pending(self, run_id: str, *, user_id: str | None = None) -> list[Event]:
        """What the run waits for a person to decide."""
        await self.store.get_run(run_id, user_id)
        # only the requests and their answers: a long run's pages, outputs and model turns are most of its log
        return pending_requests(await self.store.read(run_id, types=PENDING_TYPES))

    async def status(self, run_id: str) -> RunStatus:
        """The run's status as the store knows it."""
        return (await self.store.get_run(run_id)).status
