"""The runner's dealings with people between steps: commands from the store's inbox (approvals, answers, messages,
pause, resume, cancel, takeover, watch heartbeats) turned into events, waiting for a person (a confirmation that
times out), resuming, watch mode kept in step with who watches, and the guard's verdicts on the task."""

from __future__ import annotations

import time
from typing import Any

from gofer.agent._runner_base import RunnerBase
from gofer.events import (
    ComputerReset,
    ConfirmationRequested,
    ConfirmationResolved,
    PauseRequested,
    QuestionAnswered,
    RunCancelled,
    RunPaused,
    RunResumed,
    RunStatus,
    TakeoverEnded,
    TakeoverStarted,
    UserMessage,
    WatchModeChanged,
)
from gofer.runtime.commands import (
    Answer,
    Cancel,
    Confirm,
    Heartbeat,
    Pause,
    Resume,
    SendMessage,
    TakeoverEnd,
    TakeoverStart,
    parse_command,
)

__all__ = ["COMMAND_POLL", "CommandsMixin"]

_STATEFUL_PARTS = {"python": "kernel", "browser": "browser"}

COMMAND_POLL = 0.1
"""Seconds between looks at the command inbox while a run is busy."""


class CommandsMixin(RunnerBase):
    """Commands, waiting and watching."""

    async def _on_resume(self) -> None:
        assert self.state is not None
        if self.state.status == RunStatus.WAITING_FOR_USER:
            return
        reason = "resumed by the user" if self.state.status == RunStatus.PAUSED else "recovered from the log"
        await self._append(RunResumed(run_id=self.run_id, reason=reason))
        used = {
            part
            for a in self.state.actions.values()
            for prefix, part in _STATEFUL_PARTS.items()
            if a.proposed.tool.startswith(prefix) and a.started is not None
        }
        lost = sorted(p for p in used if self.computer is None or self.computer.peek(p) is None)
        if lost:
            await self._append(
                ComputerReset(run_id=self.run_id, reason="the run resumed in a new process", parts=lost)
            )

    async def _wait_for_person(self) -> None:
        assert self.state is not None
        timeout = self.settings.confirmation_timeout
        pending = self.state.open_confirmation()
        if pending is not None and pending.confirmation is not None and timeout is not None:
            # the store's clock, which stamped the question: this worker's own clock may be off
            waited = (await self.store.clock() - pending.confirmation.ts).total_seconds()
            if waited >= timeout:
                await self._append(self._timed_out(pending.proposed.action_id, timeout))
                await self._pause_if_asked()
                return
            await self.store.wait_commands(self.run_id, min(1.0, timeout - waited))
            return
        await self.store.wait_commands(self.run_id, 1.0)

    def _timed_out(self, action_id: str, timeout: float) -> ConfirmationResolved:
        return ConfirmationResolved(run_id=self.run_id, action_id=action_id, approved=False,
                                    note=f"no decision within {timeout:g} s", decided_by="timeout")

    async def _late(self, confirmation: ConfirmationRequested, age: float | None) -> float | None:
        """The confirmation timeout when this answer, sent ``age`` seconds ago, was given after it ran out (no
        runner may have been there to deny it in time: a restarted server, a run nobody drove while it waited),
        else None. Both times are the store's (it stamped the question and the answer's command)."""
        timeout = self.settings.confirmation_timeout
        if timeout is None or age is None:
            return None
        answered = (await self.store.clock() - confirmation.ts).total_seconds() - age
        return timeout if answered >= timeout else None

    async def _drain_commands(self) -> None:
        assert self.state is not None
        # Looking costs a query, so a busy run looks at most every COMMAND_POLL seconds; a waiting run is woken
        # by wait_commands as soon as a command lands.
        now = time.monotonic()
        if self.state.status == RunStatus.RUNNING and now - self._last_drain < COMMAND_POLL:
            return
        self._last_drain = now
        commands = await self.store.take_commands(self.run_id)
        for i, command in enumerate(commands):
            try:
                body = parse_command(command.kind, command.payload)
            except ValueError:
                continue  # a malformed command from outside never stops the run; the API validates first
            if self.state.status.terminal:
                return
            # How long ago it was sent, by the store's clock (which stamped it): this process's clock may be off.
            age = command.age if command.age is not None else max(0.0, time.time() - command.created_at.timestamp())
            if isinstance(body, Heartbeat):
                self._watcher = (body.watched, time.monotonic() - age)
                if i + 1 < len(commands) and commands[i + 1].kind == body.kind:
                    continue  # a run of heartbeats counts as its latest
            await self._apply_command(body, age)

    async def _apply_command(self, body: Any, age: float | None = None) -> None:
        """Turn one command from the inbox into events (``age``: seconds since it was sent, by the store's clock)."""
        assert self.state is not None
        rid = self.run_id
        match body:
            case Confirm():
                action = self.state.actions.get(body.action_id)
                if action and action.confirmation and action.resolution is None:
                    if (timeout := await self._late(action.confirmation, age)) is not None:
                        await self._append(self._timed_out(body.action_id, timeout))
                    else:
                        await self._append(
                            ConfirmationResolved(
                                run_id=rid,
                                action_id=body.action_id,
                                approved=body.approved,
                                note=body.note,
                                decided_by=body.decided_by,
                                remember=body.remember,
                            )
                        )
                    await self._pause_if_asked()
            case Answer():
                question = self.state.open_question()
                if question is not None and question.question_id == body.question_id:
                    await self._append(QuestionAnswered(run_id=rid, question_id=body.question_id, answer=body.answer))
                    await self._pause_if_asked()
            case SendMessage():
                # The message and the guard's verdicts on it (a taint mark) are written together.
                decisions = await self.guard.check_input(body.text, self._guard_ctx())
                await self._append(UserMessage(run_id=rid, text=body.text),
                                   *self._decision_events("input", decisions, None))
                if self.monitor is not None and not any(d.details.get("taint") for d in decisions):
                    self.monitor.heard(body.text)  # what the person asks now is part of their request
            case Cancel():
                await self._append(RunCancelled(run_id=rid, reason=body.reason))
            case Pause() if self.state.status == RunStatus.RUNNING or (
                # waiting for a watcher: the person's pause is written, so a watcher coming back does not lift it
                self.state.status == RunStatus.PAUSED and not self._paused_by_person() and not self._in_takeover()
            ):
                await self._append(RunPaused(run_id=rid, reason=body.reason))
            case Pause() if self.state.status == RunStatus.WAITING_FOR_USER:
                # Nothing runs while the run waits; the pause holds it once the person's decision is recorded
                # (pausing now would hide the open confirmation or question from the answer routes). It is in the
                # log, so a runner of another process (a restart) honours it too.
                await self._append(PauseRequested(run_id=rid, reason=body.reason))
            case Resume() if self.state.status == RunStatus.WAITING_FOR_USER:
                if self.state.pause_requested is not None:  # the person took back the pause they sent meanwhile
                    await self._append(PauseRequested(run_id=rid, reason=body.reason, withdrawn=True))
            case Resume() if self.state.status == RunStatus.PAUSED and not self._in_takeover():
                await self._append(RunResumed(run_id=rid, reason=body.reason))
            case TakeoverStart() if not self._in_takeover():
                await self._append(TakeoverStarted(run_id=rid, reason=body.reason))
            case TakeoverEnd() if self._in_takeover():
                await self._append(TakeoverEnded(run_id=rid, summary=body.summary))
            case Heartbeat():
                await self._sync_watch()
            case _:
                pass

    async def _pause_if_asked(self) -> None:
        """Pause the run now that the person's decision is recorded, when they sent a pause while it waited (the
        log's PauseRequested, whichever process took it)."""
        assert self.state is not None
        reason = self.state.pause_requested
        if reason is not None and self.state.status == RunStatus.RUNNING:
            await self._append(RunPaused(run_id=self.run_id, reason=reason))

    def _watched_now(self) -> bool:
        """True while a person watches: their last heartbeat said so and is younger than the timeout."""
        if self._watcher is None:
            return False
        watched, at = self._watcher
        return watched and time.monotonic() - at <= self.settings.watch_heartbeat_timeout

    async def _sync_watch(self) -> None:
        """Watch mode: log who watches as the heartbeats say (a heartbeat lapses), and never let a run on a
        sensitive site go on unwatched: a resume or an answer does not stand in for a watcher, and a watcher
        coming back does not lift a person's pause or takeover."""
        assert self.state is not None
        watch, status = self.state.watch, self.state.status
        if watch is None or not watch.active:
            return
        watched = self._watched_now()
        if status == RunStatus.RUNNING:
            if watched and watch.watched:
                return
        elif status == RunStatus.PAUSED:
            if watched == watch.watched or (watched and (self._in_takeover() or self._paused_by_person())):
                return
        else:
            return  # waiting for a person's decision: nothing goes on, and the answer brings the run back here
        await self._append(
            WatchModeChanged(run_id=self.run_id, active=True, watched=watched, domain=watch.domain, reason=watch.reason)
        )

    def _paused_by_person(self) -> bool:
        assert self.state is not None
        for event in reversed(self.state.events):
            if isinstance(event, RunResumed):
                return False
            if isinstance(event, RunPaused):
                return True
        return False

    def _in_takeover(self) -> bool:
        assert self.state is not None
        for event in reversed(self.state.events):
            if isinstance(event, TakeoverEnded):
                return False
            if isinstance(event, TakeoverStarted):
                return True
        return False

    async def _check_task(self) -> None:
        """The guard's verdicts on the task, staged: lost in a crash, the task is simply checked again."""
        assert self.state is not None
        decisions = await self.guard.check_input(self.state.started.task, self._guard_ctx())
        self._stage(*self._decision_events("input", decisions, None))
