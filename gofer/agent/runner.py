"""The runner: the single writer of a run's log, driving it from its log to its end or to a wait.

Every decision is made from the projected state of the log, so a runner started on any prefix of a log (after a
crash, a pause, a question) carries on exactly where the log stands. Commands from outside arrive through the
store's inbox and are turned into events here, between steps and while waiting.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import urlsplit

from gofer.agent.budget import exceeded_budget
from gofer.agent.condense import condense_if_needed
from gofer.agent.context import SUMMARY_SOURCE, ContextBuilder, ContextOptions, PriorTurn
from gofer.agent.loopcheck import LoopVerdict
from gofer.agent.state import ActionState, RunState, project
from gofer.computer.base import Computer
from gofer.computer.workspace import Workspace, WorkspaceError
from gofer.config import Settings
from gofer.events import (
    ActionProposed,
    ActionStarted,
    Artifact,
    BudgetExceeded,
    ComputerReset,
    ConfirmationRequested,
    ConfirmationResolved,
    ContextCondensed,
    Event,
    GuardDecision,
    ModelResponded,
    Observation,
    PlanStep,
    PlanUpdated,
    QuestionAnswered,
    QuestionAsked,
    Risk,
    RunCancelled,
    RunFailed,
    RunFinished,
    RunPaused,
    RunResumed,
    RunStatus,
    TakeoverEnded,
    TakeoverStarted,
    ToolCall,
    UserMessage,
    WatchModeChanged,
)
from gofer.ids import new_id
from gofer.models.base import ModelClient, ModelError
from gofer.models.parsing import new_call_id
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
from gofer.safety.base import ActionRequest, Decision, Guard, GuardContext
from gofer.safety.checks.dataflow import DataFlowCheck
from gofer.safety.checks.domains import run_domain_lists
from gofer.safety.checks.output import KEPT_IN_WORKSPACE
from gofer.safety.history import fetched_aside
from gofer.safety.monitor import LLMMonitor
from gofer.safety.pipeline import final_text, overall_verdict
from gofer.safety.watch import WATCH_GATE, needs_watch
from gofer.store.base import EventStore
from gofer.tools.base import RiskJudgement, Tool, ToolArgumentsError, ToolContext, ToolError, ToolResult, Toolset
from gofer.tools.control import plan_steps
from gofer.tools.shell import CHANGED_FILES, OWN_FILES

__all__ = ["EventObserver", "Runner", "Verifier"]

Verifier = Callable[[Workspace, str], list[str]]
"""Checks one file the agent lists in finish; returns the problems found (none: the file is fine)."""

EventObserver = Callable[[Sequence[Event]], None]
"""Called with the events the runner just appended, as stored (tracing, metrics, logs); must not block."""

_STATEFUL_PARTS = {"python": "kernel", "browser": "browser"}

COMMAND_POLL = 0.1
"""Seconds between looks at the command inbox while a run is busy."""

SECRET_MARK = "[secret]"
"""What the log holds in place of a value that must never be written down."""

RAW_INLINE_LIMIT = 2048
MAX_CALLS_PER_TURN = 32
"""Tool calls run from one model turn; the rest are answered with an error the model can act on (a model that
returns thousands of calls at once is broken or steered, and each call is proposed, judged and logged)."""
"""Raw model responses up to this many bytes stay in the event; bigger ones go to the blob store."""

STAGE_DELAY = 0.025
"""Seconds a staged event may wait before it is written (events that must be on disk first never wait)."""


class Runner:
    """Drives one run. Holds no state of the run but a cache of its projection, rebuilt from the log."""

    def __init__(
        self,
        *,
        store: EventStore,
        model: ModelClient,
        tools: Toolset,
        guard: Guard,
        settings: Settings,
        computer: Computer | None = None,
        workspace: Workspace,
        history: Sequence[PriorTurn] = (),
        verifier: Verifier | None = None,
        secrets: Sequence[str] = (),
        observers: Sequence[EventObserver] = (),
        monitor: LLMMonitor | None = None,
    ) -> None:
        self.store = store
        self.model = model
        self.tools = tools
        self.guard = guard
        self.settings = settings
        self.computer = computer
        self.workspace = workspace
        self.history = list(history)
        self.verifier = verifier
        self.secrets = [s for s in secrets if len(s) >= 6]
        self.observers = list(observers)
        self.monitor = monitor
        self.state: RunState | None = None
        self.interrupt_reason = "interrupted"
        self._last_drain = float("-inf")
        self._staged: list[Event] = []
        self._flushing = asyncio.Lock()
        self._timer: asyncio.TimerHandle | None = None
        self._staged_at = 0.0  # when the oldest staged event was staged (monotonic)
        self._background: set[asyncio.Task[None]] = set()
        self._call_secrets: dict[str, dict[str, str]] = {}
        self._context: ContextBuilder | None = None
        self._watcher: tuple[bool, float] | None = None
        """The latest watch-mode heartbeat: (watched, when it was sent, epoch seconds). Liveness, not run state."""

    # -- the log ---------------------------------------------------------------------------------------------

    @property
    def run_id(self) -> str:
        """The run being driven."""
        assert self.state is not None
        return self.state.started.run_id

    def _stage(self, *events: Event) -> None:
        """Apply events now and write them soon: at the next :meth:`_append`, or after STAGE_DELAY seconds.

        Only events whose loss in a crash is harmless are staged: a model's answer (asked for again), a
        proposal and the guard's verdicts on it, the start and result of a read-only action (run again), a
        plan. Whatever must be on disk before the run goes on (the start of a side effect, a request to a
        person, the end of the run) goes through :meth:`_append`, which writes everything staged before it
        in the same transaction. Staging is what lets a run of quick steps write one transaction per batch of
        steps instead of several per step.
        """
        assert self.state is not None
        if events and not self._staged:
            self._staged_at = time.monotonic()
        for event in events:
            staged = event.model_copy(update={"run_id": self.run_id, "seq": self.state.next_seq})
            self.state.apply(staged)
            self._staged.append(staged)
        if self._timer is None and self._staged:
            self._timer = asyncio.get_running_loop().call_later(STAGE_DELAY, self._flush_in_background)

    async def _append(self, *events: Event) -> None:
        """Apply events and write them, with everything staged before them, before returning."""
        self._stage(*events)
        await self._flush()

    def _flush_in_background(self) -> None:
        self._timer = None
        task = asyncio.get_running_loop().create_task(self._flush_quietly())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _flush_quietly(self) -> None:
        # A failed background write keeps its events staged; the next foreground write retries and raises.
        with contextlib.suppress(Exception):
            await self._flush()

    async def _flush(self) -> None:
        """Write the staged events (in order, one transaction), then tell the observers."""
        async with self._flushing:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            staged, self._staged = self._staged, []
            if not staged:
                return
            write = asyncio.ensure_future(self.store.append(self.run_id, staged, staged[0].seq))
            try:
                written = await asyncio.shield(write)
            except asyncio.CancelledError:
                # The transaction runs on: wait for its outcome so that the log and the state agree, then stop.
                await asyncio.wait([write])
                if write.cancelled() or write.exception() is not None:
                    self._staged = staged + self._staged
                else:
                    self._notify(write.result())
                raise
            except BaseException:
                self._staged = staged + self._staged
                raise
        self._notify(written)

    def _notify(self, written: list[Event]) -> None:
        for observer in self.observers:
            with contextlib.suppress(Exception):  # telemetry never stops a run
                observer(written)

    def _guard_ctx(self) -> GuardContext:
        assert self.state is not None
        return GuardContext(
            run_id=self.run_id,
            task=self.state.started.task,
            events=list(self.state.events),
            options=dict(self.state.started.options),
            facts=self.state.facts,
        )

    def _tool_ctx(self, extras: dict[str, Any] | None = None) -> ToolContext:
        assert self.state is not None
        allow, deny = run_domain_lists(self.state.started.options)
        # Files this run made: rewriting them loses none of the user's work (risk judges read this). A user's file
        # the run only changed (an append, a small edit) stays the user's: a later overwrite of it still asks.
        return ToolContext(
            run_id=self.run_id,
            session_id=self.state.started.session_id,
            workspace=self.workspace.root,
            computer=self.computer,
            settings=self.settings,
            extras={
                "allow_domains": allow,
                "deny_domains": deny,
                OWN_FILES: frozenset(self.state.own_files),
                CHANGED_FILES: frozenset(self.state.changed_files),
                # What the browser's effect gate held earlier in the run (maybe in another process): the same
                # action asks.
                "held_before": list(self.state.held),
                **(extras or {}),
            },
            user_id=self.state.started.user_id,
        )

    def _mask(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, SECRET_MARK)
        return text

    def _mask_args(self, arguments: dict[str, Any]) -> dict[str, Any]:
        if not self.secrets:
            return arguments
        masked: dict[str, Any] = json.loads(self._mask(json.dumps(arguments)))
        return masked

    # -- the drive ---------------------------------------------------------------------------------------------

    async def run(self, run_id: str, *, resumed: bool = False, until_wait: bool = False) -> RunStatus:
        """Drive the run until it ends (or, with ``until_wait``, until it waits for a person)."""
        self.state = project(await self.store.read(run_id))
        if self.state.status.terminal:
            return self.state.status
        self._narrow_browser()
        try:
            status = await self._drive(resumed=resumed, until_wait=until_wait)
        except asyncio.CancelledError:
            # Interrupted while working: a pause the next resume carries on from. A run already waiting for a
            # person stays waiting; its answer resumes it.
            if self.state is not None and self.state.status == RunStatus.RUNNING:
                await asyncio.shield(self._append(RunPaused(run_id=self.run_id, reason=self.interrupt_reason)))
            else:
                await asyncio.shield(self._flush())
            raise
        except BaseException:
            with contextlib.suppress(Exception):  # keep what was staged before the failure
                await asyncio.shield(self._flush())
            raise
        await self._flush()
        return status

    def _narrow_browser(self) -> None:
        """Put the session's browser, if one is open, under this run's own domain lists now, before anything
        (a page's scripts included) loads under the lists of the session's previous run."""
        browser = self.computer.peek("browser") if self.computer is not None else None
        for_run = getattr(getattr(browser, "policy", None), "for_run", None)
        if for_run is not None and self.state is not None:
            for_run(*run_domain_lists(self.state.started.options))

    async def _drive(self, *, resumed: bool, until_wait: bool) -> RunStatus:
        assert self.state is not None
        if resumed:
            await self._on_resume()
        elif self.state.next_seq == 1:
            await self._check_task()
        while True:
            await self._drain_commands()
            await self._sync_watch()
            status = self.state.status
            if status.terminal:
                return status
            if self.state.open_question() is not None or self.state.open_confirmation() is not None:
                status = RunStatus.WAITING_FOR_USER
            if status in (RunStatus.PAUSED, RunStatus.WAITING_FOR_USER):
                await self._flush()  # a run that waits has all of its log on disk
                if until_wait:
                    return status
                await self._wait_for_person()
                continue
            if self._staged and time.monotonic() - self._staged_at >= STAGE_DELAY:
                await self._flush()  # a loop too busy to run the timer still keeps the log within the delay
            await self._step()

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
            waited = (time.time() - pending.confirmation.ts.timestamp())
            if waited >= timeout:
                await self._append(
                    ConfirmationResolved(
                        run_id=self.run_id,
                        action_id=pending.proposed.action_id,
                        approved=False,
                        note=f"no decision within {timeout:g} s",
                        decided_by="timeout",
                    )
                )
                return
            await self.store.wait_commands(self.run_id, min(1.0, timeout - waited))
            return
        await self.store.wait_commands(self.run_id, 1.0)

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
            if isinstance(body, Heartbeat):
                self._watcher = (body.watched, command.created_at.timestamp())
                if i + 1 < len(commands) and commands[i + 1].kind == body.kind:
                    continue  # a run of heartbeats counts as its latest
            await self._apply_command(body)

    async def _apply_command(self, body: Any) -> None:
        assert self.state is not None
        rid = self.run_id
        match body:
            case Confirm():
                action = self.state.actions.get(body.action_id)
                if action and action.confirmation and action.resolution is None:
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
            case Answer():
                question = self.state.open_question()
                if question is not None and question.question_id == body.question_id:
                    await self._append(QuestionAnswered(run_id=rid, question_id=body.question_id, answer=body.answer))
            case SendMessage():
                # The message and the guard's verdicts on it (a taint mark) are written together.
                decisions = await self.guard.check_input(body.text, self._guard_ctx())
                await self._append(UserMessage(run_id=rid, text=body.text),
                                   *self._decision_events("input", decisions, None))
            case Cancel():
                await self._append(RunCancelled(run_id=rid, reason=body.reason))
            case Pause() if self.state.status == RunStatus.RUNNING:
                await self._append(RunPaused(run_id=rid, reason=body.reason))
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

    def _watched_now(self) -> bool:
        """True while a person watches: their last heartbeat said so and is younger than the timeout."""
        if self._watcher is None:
            return False
        watched, at = self._watcher
        return watched and time.time() - at <= self.settings.watch_heartbeat_timeout

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

    async def _filter_lines(self, lines: list[str], action_id: str | None) -> list[str]:
        """Short texts the user reads (plan steps, an answer's sources) through the output filter as one message,
        one line each back (a single notice when the filter withholds them)."""
        if not lines:
            return lines
        text = "\n".join(" ".join(line.split()) for line in lines)
        decisions = await self.guard.check_output(text, self._guard_ctx())
        self._stage(*self._decision_events("output", decisions, action_id))
        out = self._mask(final_text(decisions, text, "output")).split("\n")
        return out if len(out) == len(lines) else [" ".join(out)]

    def _decision_events(self, stage: Any, decisions: Sequence[Decision], action_id: str | None) -> list[Event]:
        events: list[Event] = []
        for d in decisions:
            details = dict(d.details)
            if d.replacement is not None:
                details["replacement"] = d.replacement
            elif d.verdict == "block" and stage == "observation":
                details["replacement"] = final_text([d], "", stage)  # what the model reads instead
            events.append(
                GuardDecision(
                    run_id=self.run_id,
                    stage=stage,
                    check=d.check,
                    verdict=d.verdict,
                    reason=d.reason,
                    scores=d.scores,
                    action_id=action_id,
                    details=details,
                )
            )
        return events

    # -- one step ---------------------------------------------------------------------------------------------

    async def _step(self) -> None:
        assert self.state is not None
        pending = self.state.pending_calls()
        if pending:
            await self._advance(pending)
            return
        budget = exceeded_budget(self.state)
        if budget is not None:
            name, limit, used = budget
            await self._append(
                BudgetExceeded(run_id=self.run_id, budget=name, limit=limit, used=used),
                RunFailed(run_id=self.run_id, error="budget_exceeded", reason=f"the {name} budget ({limit:g}) ran out"),
            )
            return
        verdict = self._loop_verdict()
        if verdict.level == "stop":
            await self._append(RunFailed(run_id=self.run_id, error="stuck", reason=f"stopped a loop: {verdict.reason}"))
            return
        if self._empty_replies() >= 2:
            await self._append(
                RunFailed(run_id=self.run_id, error="model_error", reason="the model replied with nothing twice")
            )
            return
        try:
            messages = await self.messages()
            if await condense_if_needed(self, messages):
                messages = await self.messages()
            await self._model_step(messages)
        except ModelError as exc:
            await self._append(RunFailed(run_id=self.run_id, error="model_error", reason=self._mask(str(exc))))

    def _keep_unredacted(self, decisions: list[Decision], answer: str, action_id: str | None) -> Artifact | None:
        """When the output filter redacted values of a kind the user asked for, the unredacted answer (settings'
        secrets still masked) is written to the owner's workspace, the one place it is kept."""
        if not any(d.details.get(KEPT_IN_WORKSPACE) for d in decisions) or overall_verdict(decisions) == "block":
            return None
        path = f"unredacted/answer-{action_id or self.run_id}.md"
        try:
            self.workspace.write_text(path, self._mask(answer) + "\n")
            return self.workspace.artifact(path)
        except (WorkspaceError, OSError):
            return None  # the values stay redacted; nothing is lost from the log

    def _empty_replies(self) -> int:
        assert self.state is not None
        count = 0
        for event in reversed(self.state.events):
            if isinstance(event, ModelResponded) and event.purpose == "step":
                if event.text.strip() or event.tool_calls:
                    break
                count += 1
        return count

    def context_options(self) -> ContextOptions:
        """How this run's context is built."""
        return ContextOptions(
            max_observation_chars=self.settings.max_observation_chars,
            vision=self.model.info.vision,
            repeat_limit=self.settings.loop_repeat_limit,
            no_progress_steps=self.settings.no_progress_steps,
        )

    async def messages(self) -> list[Any]:
        """The conversation the model sees now, built from the log."""
        assert self.state is not None
        options = self.context_options()
        if self._context is None or self._context.options != options or self._context.history != self.history:
            self._context = ContextBuilder(options, self.history)
        blobs = {sha: (await self.store.get_blob(sha))[0] for sha in self._context.images_shown(self.state.events)}
        return self._context.build(self.state.events, blobs=blobs, loop=self._loop_verdict())

    def context_chars(self) -> int | None:
        """The size of the messages :meth:`messages` built last (None before the first)."""
        return self._context.chars if self._context is not None else None

    def _loop_verdict(self) -> LoopVerdict:
        assert self.state is not None
        return self.state.loops.verdict(self.settings.loop_repeat_limit, self.settings.no_progress_steps)

    async def _model_step(self, messages: list[Any]) -> None:
        assert self.state is not None
        started = time.perf_counter()
        completion = await self.model.complete(messages, self.tools.specs())
        await self.record_model_call("step", completion, started)
        if not completion.tool_calls and completion.text.strip():
            # A reply without tool calls is the model's final answer.
            await self._finish(completion.text.strip(), [], [], action=None)

    async def record_model_call(self, purpose: Any, completion: Any, started: float) -> ModelResponded:
        """Stage a ModelResponded for a completed call (a big raw response stored as a blob)."""
        event = await self._model_event(purpose, completion, started)
        self._stage(event)
        return event

    async def _model_event(self, purpose: Any, completion: Any, started: float) -> ModelResponded:
        calls = [self._hide_secret_args(c) for c in self._distinct_ids(completion.tool_calls)]
        if len(calls) > MAX_CALLS_PER_TURN:
            note = (f"not run: a turn may call at most {MAX_CALLS_PER_TURN} tools; make this call again in a later "
                    "turn if it is still needed")
            calls[MAX_CALLS_PER_TURN:] = [c.model_copy(update={"error": c.error or note})
                                          for c in calls[MAX_CALLS_PER_TURN:]]
        raw: dict[str, Any] | None = None
        raw_blob = None
        if completion.raw:
            encoded = self._mask(json.dumps(completion.raw, default=str)).encode()
            if len(encoded) <= RAW_INLINE_LIMIT:
                raw = json.loads(encoded)
            else:
                raw_blob = await self.store.put_blob(encoded, "application/json")
        return ModelResponded(
            run_id=self.run_id,
            purpose=purpose,
            model=completion.model or self.model.info.name,
            text=self._mask(completion.text),
            tool_calls=[c.model_copy(update={"arguments": self._mask_args(c.arguments)}) for c in calls],
            usage=completion.usage,
            cost=self.model.info.cost(completion.usage),
            duration_ms=(time.perf_counter() - started) * 1000,
            raw=raw,
            raw_blob=raw_blob,
        )

    def _distinct_ids(self, calls: Sequence[ToolCall]) -> list[ToolCall]:
        """The calls, each with an id of its own in the run: the log ties each proposal, decision and approval to
        its call by id, so a model that repeats an id (in one turn, or one of an earlier turn) gets a fresh one
        rather than having a second call ride on the first one's approval (or vanish)."""
        assert self.state is not None
        earlier = self.state.by_call
        seen: set[str] = set()
        out = []
        for call in calls:
            if call.id in earlier or call.id in seen:
                call = call.model_copy(update={"id": new_call_id()})
            seen.add(call.id)
            out.append(call)
        return out

    def _hide_secret_args(self, call: ToolCall) -> ToolCall:
        """Keep the values a tool says must never be logged (a typed password) in memory only, and mask them."""
        tool = self.tools.get(call.name)
        if tool is None or call.error:
            return call
        try:
            names = tool.judge_risk(call.arguments, self._tool_ctx()).secret_args
        except Exception:
            return call
        hidden = {n: v for n, v in call.arguments.items() if n in names and isinstance(v, str) and v}
        if not hidden:
            return call
        self._call_secrets[call.id] = hidden
        self.secrets += [v for v in hidden.values() if len(v) >= 4 and v not in self.secrets]
        return call.model_copy(update={"arguments": {**call.arguments, **dict.fromkeys(hidden, SECRET_MARK)}})

    def _real_arguments(self, call: ToolCall) -> dict[str, Any]:
        """A call's arguments with its secret values put back (they live only in this process's memory)."""
        hidden = self._call_secrets.get(call.id)
        if hidden is not None:
            return {**call.arguments, **hidden}
        if SECRET_MARK in call.arguments.values():
            raise ToolError(
                "this call's secret value (a password or card number) was never written down and did not survive "
                "the restart; ask the person for it again or let them type it (takeover)"
            )
        return call.arguments

    # -- actions -----------------------------------------------------------------------------------------------

    def _parallel_safe(self, call: ToolCall) -> bool:
        tool = self.tools.get(call.name)
        if tool is None or tool.control or call.error:
            return False
        try:
            return tool.judge_risk(call.arguments, self._tool_ctx()).risk == Risk.READ_ONLY
        except Exception:
            return False

    async def _advance(self, pending: list[ToolCall]) -> None:
        """Move the first pending calls of the step forward: propose, decide, run (read-only ones together)."""
        assert self.state is not None
        batch: list[tuple[ToolCall, ActionState]] = []
        for call in pending:
            action = self.state.action_for_call(call)
            if action is None:
                if batch and not (self._parallel_safe(call) and all(self._parallel_safe(c) for c, _ in batch)):
                    break
                action = await self._propose(call)
                if action is None or action.observation is not None:
                    continue
            if self.state.status.terminal:
                return
            readiness = await self._settle(action)
            if readiness == "wait":
                break
            if readiness == "settled":
                continue
            if batch and not (self._parallel_safe(call) and all(self._parallel_safe(c) for c, _ in batch)):
                break
            batch.append((call, action))
            if not self._parallel_safe(call):
                break
        if batch:
            await self._execute(batch)

    async def _propose(self, call: ToolCall) -> ActionState | None:
        assert self.state is not None
        rid = self.run_id
        action_id = new_id("act")
        tool = self.tools.get(call.name)
        proposed = ActionProposed(
            run_id=rid, action_id=action_id, call_id=call.id, tool=call.name, arguments=self._mask_args(call.arguments)
        )
        problem = call.error
        if problem is None and tool is None:
            problem = f"there is no tool named {call.name!r}; available: {', '.join(self.tools.names)}"
        if problem is None and tool is not None:
            try:
                tool.validate(call.arguments)
            except ToolArgumentsError as exc:
                problem = str(exc)
        if problem is not None or tool is None:
            self._stage(
                proposed,
                Observation(run_id=rid, action_id=action_id, call_id=call.id, tool=call.name, error=problem),
            )
            return self.state.actions[action_id]
        try:
            judgement = tool.judge_risk(call.arguments, self._tool_ctx())
        except Exception as exc:  # a judge that fails must not let the action through as harmless
            judgement = RiskJudgement(risk=Risk.CONSEQUENTIAL, reasons=[f"the risk check failed: {exc}"])
        proposed = proposed.model_copy(update={"risk": judgement.risk, "risk_reasons": list(judgement.reasons)})
        request = ActionRequest(
            action_id=action_id,
            tool=call.name,
            arguments=call.arguments,
            risk=judgement.risk,
            risk_reasons=list(judgement.reasons),
        )
        decisions = await self.guard.check_action(request, self._guard_ctx())
        self._stage(proposed, *self._decision_events("action", decisions, action_id))
        return self.state.actions[action_id]

    async def _settle(self, action: ActionState) -> str:
        """Act on the guard's verdict: 'run', 'wait' (for a person) or 'settled' (an Observation was written)."""
        assert self.state is not None
        rid = self.run_id
        proposed = action.proposed

        def refused(error: str) -> Observation:
            return Observation(
                run_id=rid, action_id=proposed.action_id, call_id=proposed.call_id, tool=proposed.tool, error=error
            )

        blocked = action.blocked
        if blocked is not None:
            self._stage(refused(f"blocked by the guard ({blocked.check}): {blocked.reason}"))
            return "settled"
        if action.needs_confirmation:
            if action.confirmation is None:
                reasons = [
                    d.reason for d in action.decisions if d.verdict == "confirm" and d.stage == "action" and d.reason
                ]
                await self._append(
                    ConfirmationRequested(
                        run_id=rid,
                        action_id=proposed.action_id,
                        tool=proposed.tool,
                        arguments=proposed.arguments,
                        reason="; ".join(reasons) or "this action is consequential",
                        screenshot=await self._confirmation_screenshot(proposed.tool),
                    )
                )
                return "wait"
            if action.resolution is None:
                return "wait"
            if not action.resolution.approved:
                res = action.resolution
                who = "the user" if res.decided_by == "user" else f"the user (by {res.decided_by})"
                note = f": {res.note}" if res.note else ""
                self._stage(refused(f"{who} declined this action{note}. Do not try to get around the decision."))
                return "settled"
        if action.question is not None and action.answer is None:
            return "wait"
        return "run"

    async def _confirmation_screenshot(self, tool: str) -> str | None:
        """A screenshot of the page for a browser action that needs approval, stored as a blob."""
        if not tool.startswith("browser") or self.computer is None:
            return None
        browser = self.computer.peek("browser")
        shot = getattr(browser, "screenshot_png", None)
        if shot is None:
            return None
        try:
            data = await shot()
        except Exception:
            return None
        return await self.store.put_blob(data, "image/png") if data else None

    async def _execute(self, batch: list[tuple[ToolCall, ActionState]]) -> None:
        """Run ready actions (several only when all are read-only), observations in the model's call order."""
        assert self.state is not None
        rid = self.run_id
        fresh = [(c, a) for c, a in batch if a.started is None]
        starts: list[Event] = [ActionStarted(run_id=rid, action_id=a.proposed.action_id, tool=c.name) for c, a in fresh]
        # Only a side effect needs ActionStarted on disk before it runs; read-only actions (which are re-run
        # after a crash, harmlessly) write it together with their observations.
        deferred = all(self._parallel_safe(c) for c, _ in batch)
        if starts and not deferred:
            await self._append(*starts)
            starts = []
        fresh_ids = {a.proposed.action_id for _, a in fresh}
        coros = []
        for call, action in batch:
            if action.proposed.action_id in fresh_ids or action.question is not None:
                coros.append(self._run_action(call, action))
            else:
                coros.append(self._unknown_outcome(call, action))
        # One action (the usual case) is simply awaited: a task per action only pays when several run at once.
        results = [await coros[0]] if len(coros) == 1 else list(await asyncio.gather(*coros))
        observations = [o for o in results if o is not None]
        if observations or starts:
            checked: list[Event] = list(starts)
            for obs in observations:
                checked += [obs, *await self._observation_decisions(obs)]
                checked += self._watch_events(obs)
                checked += self._withheld_events(obs)
                if obs.data and obs.data.get("state_lost"):
                    reason = "the Python kernel stopped and was restarted"
                    checked.append(ComputerReset(run_id=rid, reason=reason, parts=["kernel"]))
            if deferred:
                self._stage(*checked)  # read-only work: lost in a crash, it is simply done again
            else:
                await self._append(*checked)

    def _watch_events(self, obs: Observation) -> list[Event]:
        """Watch mode: the browser reaching a sensitive site turns it on (the run waits for a watcher); leaving
        the site turns it off (a document read aside, ``browser_read(url=…)``, only ever turns it on). An
        ``http_request`` to a sensitive site turns it on too, and one elsewhere turns it off unless the browser is
        on a sensitive site. An action the watch gate refused names the live address in its data, so a page that
        moved itself turns watch mode on here as well."""
        assert self.state is not None
        url = (obs.data or {}).get("url")
        request = obs.tool == "http_request"
        if not (obs.tool.startswith("browser") or request) or not isinstance(url, str):
            return []
        options = dict(self.state.started.options)
        reason = needs_watch(url, self.settings, options)
        current = self.state.watch
        active = current is not None and current.active
        action = self.state.actions.get(obs.action_id)
        if action is not None and fetched_aside(action.proposed.tool, action.proposed.arguments):
            # A document read with the browser's cookies: on a sensitive site that needs a watcher, but the page
            # stays where it was, so reading something elsewhere does not leave the sensitive site.
            reason = reason or (current.reason if active and current is not None else None)
        elif request and active and not reason:
            # The browser stays where it was: watch mode stays on while its page is on a sensitive site.
            page = self.state.facts.page_url
            reason = needs_watch(page, self.settings, options) if page else None
        if reason and not active:
            domain = urlsplit(url).hostname
            watched = self._watched_now()
            return [WatchModeChanged(run_id=self.run_id, active=True, watched=watched, domain=domain, reason=reason)]
        if not reason and active and current is not None:
            return [
                WatchModeChanged(
                    run_id=self.run_id, active=False, watched=current.watched, domain=current.domain,
                    reason="the request went elsewhere and the browser is not on a sensitive site" if request
                    else "the browser left the sensitive site",
                )
            ]
        return []

    def _watch_gate(self, tool: str) -> dict[str, Any]:
        """For the browser and ``http_request``: the gate they ask about the live address right before acting
        (ToolContext extra ``WATCH_GATE``); it refuses a sensitive site while nobody watches."""
        if not (tool.startswith("browser") or tool == "http_request"):
            return {}
        assert self.state is not None
        options = dict(self.state.started.options)

        def gate(url: str) -> str | None:
            return None if self._watched_now() else needs_watch(url, self.settings, options)

        return {WATCH_GATE: gate}

    def _page_requests(self, tool: str) -> dict[str, Any] | None:
        """For a browser action: the data-flow rule the browser applies to the requests pages make by themselves
        (ToolContext extra ``page_requests``)."""
        if not tool.startswith("browser"):
            return None
        check = next((c for c in getattr(self.guard, "checks", ()) if isinstance(c, DataFlowCheck)), None)
        if check is None:
            return None
        return {"page_requests": check.page_rule(self._guard_ctx())}

    def _withheld_events(self, obs: Observation) -> list[Event]:
        """GuardDecisions for the requests the browser refused pages since the last browser observation."""
        browser = self.computer.peek("browser") if self.computer is not None and obs.tool.startswith("browser") \
            else None
        take = getattr(browser, "take_withheld", None)
        take_held = getattr(browser, "take_held", None)
        if take is None or take_held is None:
            return []
        refused: list[Event] = [
            GuardDecision(run_id=self.run_id, stage="observation", check="dataflow", verdict="block",
                          reason=self._mask(f"refused a request the page made itself to {w['destination']}: "
                                            f"{w['reason']}"),
                          action_id=obs.action_id, details={**self._mask_args(w), "page_request": True})
            for w in take()
        ]
        held = [
            GuardDecision(run_id=self.run_id, stage="observation", check="effects", verdict="block",
                          reason=self._mask(f"held a request the page made itself: {h.describe()}; the action that "
                                            "made it was judged harmless"),
                          action_id=obs.action_id,
                          details=self._mask_args({"page_request": True, "method": h.method, "url": h.url,
                                                   "why": h.reason, "during": h.action}))
            for h in take_held()
        ]
        return refused + held

    async def _unknown_outcome(self, call: ToolCall, action: ActionState) -> Observation:
        return Observation(
            run_id=self.run_id,
            action_id=action.proposed.action_id,
            call_id=call.id,
            tool=call.name,
            error=(
                "outcome unknown: the run was interrupted while this action ran. It was not run again; "
                "check its effect before you repeat it."
            ),
        )

    async def _observation_decisions(self, obs: Observation) -> list[Event]:
        """The guard's verdicts on an observation, to be appended right after it."""
        if obs.error and not obs.text:
            return []
        decisions = await self.guard.check_observation(obs.tool, obs.text, obs.untrusted, self._guard_ctx())
        events = self._decision_events("observation", decisions, obs.action_id)
        if self.monitor is not None and obs.untrusted and obs.text.strip():
            events += await self._monitor_review(obs.tool, final_text(decisions, obs.text), obs.action_id)
        return events

    async def summary_decisions(self, condensed: ContextCondensed) -> list[Event]:
        """The guard's verdicts on a condensed summary, scanned as untrusted data (the model wrote it from what
        pages, files and tools said), to be appended right after it; ``details["summary_seq"]`` names the summary
        (it will be the next event), and a replacement is what the model reads instead of it. The LLM monitor,
        when configured, reviews it after the checks, as it reviews an observation."""
        assert self.state is not None
        seq = self.state.next_seq
        decisions = await self.guard.check_observation(SUMMARY_SOURCE, condensed.summary, True, self._guard_ctx())
        events = self._decision_events("observation", decisions, None)
        if self.monitor is not None and condensed.summary.strip():
            events += await self._monitor_review(SUMMARY_SOURCE, final_text(decisions, condensed.summary), None)
        return [
            e.model_copy(update={"details": {**e.details, "summary_seq": seq}}) if isinstance(e, GuardDecision) else e
            for e in events
        ]

    async def _monitor_review(self, source: str, text: str, action_id: str | None) -> list[Event]:
        """The LLM monitor's call (ModelResponded purpose=monitor) and its verdict on untrusted text (an
        observation of ``action_id``, or a summary when None); a monitor that fails leaves a decision saying so,
        and the run goes on on the other layers."""
        assert self.monitor is not None
        events: list[Event] = []
        windows = self.monitor.windows(text)
        for start, window in windows:  # a long text in windows, each its own call; the first flag ends the review
            started = time.perf_counter()
            try:
                review = await self.monitor.review(source, window, whole=text)
            except (ModelError, OSError, ValueError) as exc:
                failed = Decision(check=self.monitor.name, verdict="allow", reason=f"the monitor model failed: {exc}")
                return events + self._decision_events("observation", [failed], action_id)
            decision = review.decision
            if len(windows) > 1:
                where = {"window": [start, start + len(window)], "of_chars": len(text)}
                decision = decision.model_copy(update={"details": {**decision.details, **where}})
            events += [await self._model_event("monitor", review.completion, started),
                       *self._decision_events("observation", [decision], action_id)]
            if decision.details.get("taint"):
                break
        return events

    async def _run_action(self, call: ToolCall, action: ActionState) -> Observation | None:
        """Run one tool (control tools act on the run itself) and build its Observation."""
        assert self.state is not None
        rid = self.run_id
        tool = self.tools.get(call.name)
        assert tool is not None
        if tool.control:
            return await self._run_control(tool, call, action)
        before = self.workspace.fingerprint() if action.proposed.risk != Risk.READ_ONLY else None
        started = time.perf_counter()
        error: str | None = None
        result = ToolResult()
        try:
            extras = {**(self._page_requests(call.name) or {}), **self._watch_gate(call.name)}
            result = await tool(self._tool_ctx(extras), self._real_arguments(call))
        except ToolError as exc:
            error = str(exc)
            if exc.output or exc.data:
                result = ToolResult(text=exc.output or "", untrusted=bool(exc.output), data=exc.data)
        except Exception as exc:  # a crashing tool becomes an error the model sees; the run goes on
            # Its message may quote what the tool was reading (a parser's error on a downloaded file): data.
            error = f"the {call.name} tool failed ({type(exc).__name__}); the error's message follows as data"
            result = ToolResult(text=str(exc) or "(no message)", untrusted=True)
        images = [await self.store.put_blob(img.data, img.media_type) for img in result.images]
        artifacts = list(result.artifacts)
        if before is not None:
            known = {a.path for a in artifacts}
            changed = self.workspace.changed_since(before)
            artifacts += [a.model_copy(update={"found": True}) for a in changed if a.path not in known]
            made = {a.path for a in changed if a.path not in before}  # not a file in .git, .venv, ... either
            if made:  # a user's file moved to a new name (mv keeps its mtime and size) is not the run's own
                after = self.workspace.fingerprint()
                moved = {mark for path, mark in before.items() if path not in after}
                made = {path for path in made if after.get(path) not in moved}
            artifacts = [a.model_copy(update={"new": a.path in made}) for a in artifacts]
        return Observation(
            run_id=rid,
            action_id=action.proposed.action_id,
            call_id=call.id,
            tool=call.name,
            text=self._mask(result.text),
            error=self._mask(error) if error else None,
            images=images,
            artifacts=artifacts,
            data=self._mask_args(result.data) if result.data else result.data,
            duration_ms=(time.perf_counter() - started) * 1000,
            untrusted=result.untrusted,
        )

    async def _run_control(self, tool: Tool, call: ToolCall, action: ActionState) -> Observation | None:
        assert self.state is not None
        rid = self.run_id
        aid = action.proposed.action_id
        args = dict(tool.validate(call.arguments))
        if tool.name == "update_plan":
            steps = plan_steps(args["steps"])
            titles = await self._filter_lines([step.title for step in steps], aid)
            if len(titles) == len(steps):
                steps = [step.model_copy(update={"title": title}) for step, title in zip(steps, titles, strict=True)]
            else:  # withheld whole
                steps = [PlanStep(title=titles[0])]
            self._stage(PlanUpdated(run_id=rid, steps=steps))
        elif tool.name == "ask_user":
            if action.question is None:
                # A question is a message to the user: it passes the output filter as an answer does.
                decisions = await self.guard.check_output(args["question"], self._guard_ctx())
                question = self._mask(final_text(decisions, args["question"], "output"))
                await self._append(
                    *self._decision_events("output", decisions, aid),
                    QuestionAsked(run_id=rid, question_id=new_id("q"), question=question, action_id=aid),
                )
                return None
            assert action.answer is not None
            result = await tool(self._tool_ctx({"answer": action.answer.answer}), call.arguments)
            return Observation(run_id=rid, action_id=aid, call_id=call.id, tool=call.name, text=result.text)
        elif tool.name == "finish":
            return await self._finish(
                args["answer"], args["files"] or [], args["sources"] or [], action=action
            )
        result = await tool(self._tool_ctx(), call.arguments)
        return Observation(run_id=rid, action_id=aid, call_id=call.id, tool=call.name, text=result.text)

    async def _finish(
        self, answer: str, files: list[str], sources: list[str], *, action: ActionState | None
    ) -> Observation | None:
        """Check the files listed, filter the answer, and end the run with RunFinished."""
        assert self.state is not None
        rid = self.run_id
        artifacts: list[Artifact] = []
        problems: list[str] = []
        for path in files:
            try:
                art = self.workspace.artifact(path)
            except (WorkspaceError, OSError) as exc:
                problems.append(f"{path}: {exc}")
                continue
            artifacts.append(art)
            if self.verifier is not None:
                try:
                    found = await asyncio.to_thread(self.verifier, self.workspace, art.path)
                    problems += [f"{art.path}: {p}" for p in found]
                except Exception as exc:
                    problems.append(f"{art.path}: the check itself failed: {exc}")
        if problems and action is not None:
            return Observation(
                run_id=rid,
                action_id=action.proposed.action_id,
                call_id=action.proposed.call_id,
                tool="finish",
                error="cannot finish yet, the files did not pass their checks:\n- " + "\n- ".join(problems),
            )
        decisions = await self.guard.check_output(answer, self._guard_ctx())
        aid = action.proposed.action_id if action else None
        sources = await self._filter_lines(sources, aid)
        self._stage(*self._decision_events("output", decisions, aid))
        kept = self._keep_unredacted(decisions, answer, aid)
        answer = final_text(decisions, answer, "output")
        if kept is not None:
            artifacts.append(kept)
            answer += f"\n\n(The values you asked for are in full in {kept.path}, in your workspace only.)"
        events: list[Event] = []
        if action is not None:
            events.append(
                Observation(
                    run_id=rid,
                    action_id=action.proposed.action_id,
                    call_id=action.proposed.call_id,
                    tool="finish",
                    text="finished",
                    artifacts=artifacts,
                )
            )
        events.append(
            RunFinished(
                run_id=rid,
                answer=self._mask(answer),
                files=artifacts,
                sources=sources,
                usage=self.state.usage,
                cost=self.state.cost,
            )
        )
        await self._append(*events)
        return None
