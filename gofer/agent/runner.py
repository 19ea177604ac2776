"""The runner: the single writer of a run's log, driving it from its log to its end or to a wait.

Every decision is made from the projected state of the log, so a runner started on any prefix of a log (after a
crash, a pause, a question) carries on exactly where the log stands. Commands from outside arrive through the
store's inbox and are turned into events here, between steps and while waiting.

The runner's parts are mixins in private modules next to this one: between steps, commands and waiting for people
(:mod:`._commands`); the model's context and the record of its calls (:mod:`._model_calls`); verdicts on what actions
bring back, the monitor's reviews and watch mode (:mod:`._reviews`); proposing, settling, running and finishing
actions (:mod:`._actions`); what they share (:mod:`._runner_base`). Staging events for the store is a
:class:`~gofer.agent._staging.StagedLog` of its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Sequence
from typing import Any

from gofer.agent._actions import ActionsMixin
from gofer.agent._commands import CommandsMixin
from gofer.agent._model_calls import STEP_OUTPUT_ESTIMATE, ModelCallsMixin, step_output_bound
from gofer.agent._reviews import ReviewsMixin
from gofer.agent._runner_base import Verifier
from gofer.agent._staging import EventObserver, StagedLog
from gofer.agent.budget import exceeded_budget
from gofer.agent.condense import condense_if_needed
from gofer.agent.context import ContextBuilder, PriorTurn, estimate_tokens
from gofer.agent.state import RunState, project
from gofer.computer.base import Computer
from gofer.computer.workspace import Workspace
from gofer.config import Settings
from gofer.events import BudgetExceeded, RunFailed, RunPaused, RunStatus, Usage
from gofer.models._common import prompt_size
from gofer.models.base import ModelClient, ModelError
from gofer.safety.base import Guard
from gofer.safety.checks.domains import run_domain_lists
from gofer.safety.monitor import LLMMonitor
from gofer.store.base import EventStore
from gofer.tools.base import Toolset

__all__ = ["STEP_OUTPUT_ESTIMATE", "EventObserver", "Runner", "Verifier"]

STAGE_DELAY = 0.025
"""Seconds a staged event may wait before it is written (events that must be on disk first never wait)."""


class Runner(ActionsMixin, ReviewsMixin, ModelCallsMixin, CommandsMixin):
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
        self._log = StagedLog(self.store, self.observers, STAGE_DELAY)
        self._call_secrets: dict[str, dict[str, str]] = {}
        self._context: ContextBuilder | None = None
        self._quotas: dict[str, float] | None = None
        """The run's tokens and cost quotas by name (read from the store once), or None before the first look."""
        self._quota_passed: str | None = None
        """Why a monitor's review or a condensing call would have passed a quota: the run stops with it before its
        next step."""
        self._hold_keeper: asyncio.Task[None] | None = None
        """Renews the run's quota hold while this runner drives the run (started by its first hold)."""
        self._step_output: int | None = None
        """The output bound the next step's hold counted, sent with its call (None for a run under no quota)."""
        self._held: tuple[int, dict[str, float]] | None = None
        """The last hold: the seq of the step before it and its estimate (tokens, cost), to say by how much the
        step it was held for passed it."""
        self._watcher: tuple[bool, float] | None = None
        """The latest watch-mode heartbeat: (watched, when it was sent on this process's ``time.monotonic`` clock,
        from its age by the store's clock). Liveness, not run state."""

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
        finally:
            await self._stop_keeping_holds()
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
            if self.state.status == RunStatus.RUNNING and self.state.pause_requested is not None:
                await self._pause_if_asked()  # answered in a process that did not apply the pause (a restart)
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
            if self._log.staged and time.monotonic() - self._log.staged_at >= STAGE_DELAY:
                await self._flush()  # a loop too busy to run the timer still keeps the log within the delay
            await self._step()

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
        cut = self._cut_replies()
        if cut is not None:
            await self._append(RunFailed(run_id=self.run_id, error="model_error", reason=cut))
            return
        try:
            messages = await self.messages()
            # after a monitor's review the quota had no room for, no model reads the text: no summary either
            if self._quota_passed is None and await condense_if_needed(self, messages):
                messages = await self.messages()
            # the summary's call held room of its own and spent it: the step holds room for its own prompt
            passed = await self._passed_quota(messages)
            if passed is not None:
                await self._append(RunFailed(run_id=self.run_id, error="quota_exceeded", reason=passed))
                return
            await self._model_step(messages)
        except ModelError as exc:
            await self._append(RunFailed(run_id=self.run_id, error="model_error", reason=self._mask(str(exc))))

    def _prompt_estimate(self, messages: list[Any]) -> int:
        """The next call's prompt in tokens as the quota counts it: its messages and the tools' schemas it sends."""
        size = self.context_size()
        if size is None:
            size = prompt_size(messages, [])
        return estimate_tokens(messages, size + prompt_size([], self.tools.specs()))

    async def _passed_quota(self, messages: list[Any]) -> str | None:
        """Why the next model step may not run under the tokens or cost quota the run was created with, or None
        having held room for it in the store (:meth:`EventStore.hold_step`): the user's usage this month, with
        what their other runs' steps in flight hold, is at the quota or would pass it by this step's estimate.
        The estimate: its prompt (``messages`` and the tools' schemas, :meth:`_prompt_estimate`) plus an output
        bound (:func:`step_output_bound`: the model's most output tokens per call when it states one, else
        :data:`STEP_OUTPUT_ESTIMATE`), or the last step's prompt and that bound when more; its cost that at the
        model's price, or the last step's when more. The step's call is bounded at that output (its ``max_tokens``),
        so only a prompt larger than its estimate passes it; the next look then stops the run and its reason says
        by how much the last step passed its estimate. One transaction per step, only for runs created under such
        a quota."""
        assert self.state is not None
        if self._quota_passed is not None:  # a monitor's review was not made: the run stops before the model reads
            return self._quota_passed
        self._step_output = None
        caps = await self._quota_caps()
        if not caps:
            return None
        await self._flush()  # the store counts what is written: this run's staged model calls too
        prompt_tokens = self._prompt_estimate(messages)  # only for a run under a quota: it serialises the tools
        last = self.state.last_step
        output, bound_from = step_output_bound(self.model.info)
        self._step_output = output  # sent as the step's max_tokens: the answer cannot overrun what is held for it
        priced = self.model.info.cost(Usage(input_tokens=prompt_tokens, output_tokens=output)) or 0.0
        step = {"tokens": float(max(prompt_tokens + output, last.usage.input_tokens + output if last else 0)),
                "cost": max(priced, (last.cost or 0.0) if last else 0.0)}
        refused = await self._hold(caps, step["tokens"], step["cost"])
        held, self._held = self._held, (last.seq if last else -1, step)
        if refused is None:
            return None
        cap = refused.cap
        reason = (f"the key's {cap.name.replace('_', '-')} quota ({cap.limit:g}) would be passed by the next step: "
                  f"{refused.used:g} used this month, the next step about {refused.step:g}; its answer bounded at "
                  f"{output:,} tokens ({bound_from})")
        spent = ({"tokens": float(last.usage.input_tokens + last.usage.output_tokens), "cost": last.cost or 0.0}
                 if last else None)
        if held is not None and last is not None and spent is not None and last.seq > held[0]:
            estimate = held[1][cap.measure]  # held for the step that is now the last one
            if spent[cap.measure] > estimate:
                reason += (f"; the last step took {spent[cap.measure]:g}, {spent[cap.measure] - estimate:g} more "
                           f"than it was estimated at")
        if last is not None and last.max_output is not None and last.usage.output_tokens > last.max_output:
            reason += (f"; its answer took {last.usage.output_tokens:,} output tokens though it was bounded at "
                       f"{last.max_output:,} (the model's server did not keep to max_tokens)")
        return reason

    async def _model_step(self, messages: list[Any]) -> None:
        assert self.state is not None
        started = time.perf_counter()
        if self._step_output is None:
            completion = await self.model.complete(messages, self.tools.specs())
        else:  # under a quota: the answer is bounded at what the step's hold counted for it
            completion = await self.model.complete(messages, self.tools.specs(), max_output=self._step_output)
        await self.record_model_call("step", completion, started, self._step_output)
        if not completion.tool_calls and completion.text.strip() and not completion.cut:
            # A reply without tool calls is the model's final answer (unless it was cut: the model is told so).
            await self._finish(completion.text.strip(), [], [], action=None)
