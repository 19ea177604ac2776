"""Putting a runner together for one run: its model, tools, guard, computer, verifier and session history."""

from __future__ import annotations

import functools
from pathlib import Path

from gofer.agent.context import PriorTurn
from gofer.agent.runner import Runner, Verifier
from gofer.computer.base import Computer
from gofer.computer.workspace import Workspace
from gofer.config import Settings
from gofer.documents.verify import verify_file
from gofer.events import ModelResponded, RunFailed, RunFinished, RunStarted, UserMessage
from gofer.models.registry import resolve_model
from gofer.models.replay import ReplayModel
from gofer.observability import run_observers
from gofer.runtime import spec
from gofer.safety.monitor import LLMMonitor
from gofer.safety.pipeline import build_guard
from gofer.store.base import EventStore
from gofer.testing import ScriptedModel
from gofer.tools.base import Toolset

__all__ = ["build_runner", "make_monitor", "session_history"]


async def make_monitor(settings: Settings, store: EventStore, started: RunStarted) -> LLMMonitor | None:
    """The run's LLM injection monitor (``monitor_model``), if one is configured.

    The monitor is told the run's task and the person's follow-ups its log holds. A replayed run gets the
    original's recorded monitor answers, so the replay sees the same verdicts; a resumed scripted monitor continues
    after the answers its log holds."""
    recorded: list[ModelResponded] = []
    if started.model.startswith(spec.REPLAY_PREFIX):
        source = await store.read(started.model[len(spec.REPLAY_PREFIX) :])
        recorded = [e for e in source if isinstance(e, ModelResponded) and e.purpose == "monitor"]
        return LLMMonitor(ReplayModel(recorded), settings.monitor_threshold, task=started.task) if recorded else None
    if not settings.monitor_model:
        return None
    client = resolve_model(settings.monitor_model, settings)
    log = await store.read(started.run_id)
    if isinstance(client, ScriptedModel):
        client.resume_from(sum(1 for e in log if isinstance(e, ModelResponded) and e.purpose == "monitor"))
    monitor = LLMMonitor(client, settings.monitor_threshold, task=started.task)
    for event in log:  # a resumed run's follow-ups are part of what the person asked
        if isinstance(event, UserMessage):
            monitor.heard(event.text)
    return monitor


async def session_history(store: EventStore, session_id: str, before_run: str) -> list[PriorTurn]:
    """The earlier runs of a session, as (task, outcome) turns the model sees before its own task."""
    runs = sorted(await store.list_runs(session_id=session_id, limit=1000), key=lambda r: r.created_at)
    turns = []
    for run in runs:
        if run.id == before_run:
            break
        events = await store.read(run.id)
        outcome = "(the run did not finish)"
        for event in reversed(events):
            if isinstance(event, RunFinished):
                files = ", ".join(f.path for f in event.files)
                outcome = event.answer + (f"\n[files: {files}]" if files else "")
                break
            if isinstance(event, RunFailed):
                outcome = f"(the run failed: {event.reason or event.error})"
                break
        turns.append(PriorTurn(task=run.task, outcome=outcome))
    return turns


async def build_runner(
    store: EventStore,
    settings: Settings,
    started: RunStarted,
    *,
    computer: Computer | None = None,
    extra_tools: Toolset | None = None,
) -> Runner:
    """A Runner for the run that ``started`` began, configured as it was at its start."""
    workspace = computer.workspace if computer is not None else Workspace(Path(started.workspace))
    verifier: Verifier = functools.partial(verify_file, timeout=settings.document_read_timeout)
    return Runner(
        store=store,
        model=await spec.make_model(started.model, settings, store, resume_run=started.run_id),
        tools=spec.make_tools(started.tools, extra_tools),
        guard=build_guard(settings, dict(started.options)),
        settings=settings,
        computer=computer,
        workspace=workspace,
        history=await session_history(store, started.session_id, started.run_id),
        verifier=verifier,
        secrets=spec.settings_secrets(settings),
        observers=run_observers(settings, started),
        monitor=await make_monitor(settings, store, started),
    )
