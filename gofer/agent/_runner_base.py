"""What every part of the runner shares: its attributes (set by :class:`Runner`'s constructor), staging and
appending events, the contexts given to the guard and to tools, masking secrets, and the guard's decisions as
events. The parts (:mod:`._commands`, :mod:`._model_calls`, :mod:`._reviews`, :mod:`._actions`) are mixins on this
base that :class:`~gofer.agent.runner.Runner` combines; they share the run's state, so they are parts of one object
rather than objects of their own. Staging, which has state of its own, is a :class:`StagedLog` the runner holds."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Sequence
from typing import Any

from gofer.agent._staging import EventObserver, StagedLog
from gofer.agent.context import ContextBuilder, PriorTurn
from gofer.agent.state import RunState
from gofer.computer.base import Computer
from gofer.computer.workspace import Workspace
from gofer.config import Settings
from gofer.events import Event, GuardDecision
from gofer.models.base import ModelClient
from gofer.safety.base import Decision, Guard, GuardContext
from gofer.safety.checks.domains import run_domain_lists
from gofer.safety.monitor import LLMMonitor
from gofer.safety.pipeline import final_text
from gofer.store.base import EventStore
from gofer.tools.base import ToolContext, Toolset
from gofer.tools.shell import CHANGED_FILES, EDITED_FILES, OWN_FILES

__all__ = ["SECRET_MARK", "RunnerBase", "Verifier"]

Verifier = Callable[[Workspace, str], list[str]]
"""Checks one file the agent lists in finish; returns the problems found (none: the file is fine)."""

SECRET_MARK = "[secret]"
"""What the log holds in place of a value that must never be written down."""


class RunnerBase:
    """The runner's attributes and the helpers all its parts use."""

    store: EventStore
    model: ModelClient
    tools: Toolset
    guard: Guard
    settings: Settings
    computer: Computer | None
    workspace: Workspace
    history: list[PriorTurn]
    verifier: Verifier | None
    secrets: list[str]
    observers: list[EventObserver]
    monitor: LLMMonitor | None
    state: RunState | None
    interrupt_reason: str
    _last_drain: float
    _log: StagedLog
    _call_secrets: dict[str, dict[str, str]]
    _context: ContextBuilder | None
    _watcher: tuple[bool, float] | None
    _quotas: dict[str, float] | None
    _quota_passed: str | None
    _hold_keeper: asyncio.Task[None] | None

    @property
    def run_id(self) -> str:
        """The run being driven."""
        assert self.state is not None
        return self.state.started.run_id

    def _stage(self, *events: Event) -> None:
        """Apply events now and write them soon: at the next :meth:`_append`, or after STAGE_DELAY seconds (see
        :meth:`StagedLog.stage` for which events may wait)."""
        assert self.state is not None
        self._log.stage(self.state, *events)

    async def _append(self, *events: Event) -> None:
        """Apply events and write them, with everything staged before them, before returning."""
        self._stage(*events)
        await self._flush()

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
                EDITED_FILES: dict(self.state.edited),
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

    async def _flush(self) -> None:
        """Write the staged events (in order, one transaction), then tell the observers."""
        await self._log.flush()
