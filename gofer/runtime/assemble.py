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
from gofer.models.base import ModelClient, ModelError
from gofer.models.registry import resolve_model
from gofer.models.replay import ReplayModel
from gofer.observability import run_observers
from gofer.safety import pii
from gofer.safety.monitor import LLMMonitor
from gofer.safety.pipeline import build_guard
from gofer.store.base import EventStore
from gofer.testing import ScriptedModel
from gofer.tools.base import Toolset
from gofer.tools.registry import CONTROL_TOOLS, builtin_tools

__all__ = [
    "REPLAY_PREFIX",
    "build_runner",
    "make_model",
    "make_tools",
    "session_history",
    "settings_secrets",
]

REPLAY_PREFIX = "replay:"
"""A run whose model is ``replay:RUN_ID`` gets that run's recorded model turns instead of a model."""


async def make_model(
    spec: str, settings: Settings, store: EventStore, *, resume_run: str | None = None
) -> ModelClient:
    """The model client for a spec; ``replay:RUN_ID`` serves the recorded turns of that run."""
    if spec.startswith(REPLAY_PREFIX):
        source = spec[len(REPLAY_PREFIX) :]
        log = await store.read(source)
        recorded = [e for e in log if isinstance(e, ModelResponded) and e.purpose != "monitor"]
        info = None
        if log and isinstance(log[0], RunStarted):
            try:  # the original model's window and prices, so condensing and costs come out the same
                info = resolve_model(log[0].model, settings).info
            except (ValueError, ModelError, OSError):
                info = None
        return ReplayModel(recorded, info=info)
    if _MASKED in spec:
        spec = _configured_spec(spec, settings)
    model = resolve_model(spec, settings)
    if isinstance(model, ScriptedModel) and resume_run is not None:
        # A script has no memory of its own: a resumed run continues after the turns its log already holds.
        log = await store.read(resume_run)
        played = sum(1 for e in log if isinstance(e, ModelResponded) and e.purpose != "monitor")
        model.resume_from(played)
    return model


async def make_monitor(settings: Settings, store: EventStore, started: RunStarted) -> LLMMonitor | None:
    """The run's LLM injection monitor (``monitor_model``), if one is configured.

    The monitor is told the run's task and the person's follow-ups its log holds. A replayed run gets the
    original's recorded monitor answers, so the replay sees the same verdicts; a resumed scripted monitor continues
    after the answers its log holds."""
    recorded: list[ModelResponded] = []
    if started.model.startswith(REPLAY_PREFIX):
        source = await store.read(started.model[len(REPLAY_PREFIX) :])
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


def make_tools(names: list[str] | None, extra: Toolset | None = None) -> Toolset:
    """The built-in tools plus ``extra`` (MCP servers' tools), restricted to ``names`` (control tools stay)."""
    tools = builtin_tools()
    for t in extra or ():
        if t.name not in tools:  # a built-in tool keeps its name
            tools.add(t)
    return tools.filtered(names, keep=CONTROL_TOOLS) if names else tools


def settings_secrets(settings: Settings) -> list[str]:
    """Secret values from settings, masked wherever they would reach the log (see ``gofer.safety.pii``)."""
    return pii.settings_secrets(settings)


_MASKED = "[redacted:secret]"


def loggable_model_spec(spec: str, settings: Settings) -> str:
    """The model spec as the log and the runs table hold it: a credential from settings in it (a password in an
    endpoint's URL) replaced by a marker. :func:`make_model` finds the configured spec again on resume."""
    for secret in sorted((x for x in settings_secrets(settings) if len(x) >= 4), key=len, reverse=True):
        spec = spec.replace(secret, _MASKED)
    return spec


def _configured_spec(logged: str, settings: Settings) -> str:
    """The configured model spec whose loggable form is ``logged`` (a spec with a masked credential)."""
    configured = [settings.model, settings.monitor_model, *settings.server_models]
    for spec in configured:
        if spec and loggable_model_spec(spec, settings) == logged:
            return spec
    raise ModelError(f"the run's model {logged} held a credential this deployment's settings no longer have; "
                     "configure that model again (GOFER_MODEL or GOFER_SERVER_MODELS) to resume it")


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
        model=await make_model(started.model, settings, store, resume_run=started.run_id),
        tools=make_tools(started.tools, extra_tools),
        guard=build_guard(settings, dict(started.options)),
        settings=settings,
        computer=computer,
        workspace=workspace,
        history=await session_history(store, started.session_id, started.run_id),
        verifier=verifier,
        secrets=settings_secrets(settings),
        observers=run_observers(settings, started),
        monitor=await make_monitor(settings, store, started),
    )
