"""A run's model and tools as its request names them, made (and so checked) without the runner: what a run needs
before its first event is written loads here, and the runner, the guard's checks and the tool modules later."""

from __future__ import annotations

from gofer.config import Settings
from gofer.events import ModelResponded, RunStarted
from gofer.models.base import ModelClient, ModelError
from gofer.models.registry import resolve_model
from gofer.models.replay import ReplayModel
from gofer.safety._settings_secrets import settings_secrets as secrets_of_settings
from gofer.store.base import EventStore
from gofer.testing import ScriptedModel
from gofer.tools.base import Toolset
from gofer.tools.registry import CONTROL_TOOLS, builtin_tool_names, builtin_tools

__all__ = ["REPLAY_PREFIX", "loggable_model_spec", "make_model", "make_tools", "settings_secrets"]

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


def make_tools(names: list[str] | None, extra: Toolset | None = None) -> Toolset:
    """The built-in tools plus ``extra`` (MCP servers' tools), restricted to ``names`` (control tools stay); only
    the tool modules holding a named tool are imported. An unknown name is a ValueError listing the known ones."""
    builtin = builtin_tool_names()
    added = [t for t in extra or () if t.name not in builtin]  # a built-in tool keeps its name
    if names:
        known = [*builtin, *(t.name for t in added)]
        unknown = set(names) - set(known)
        if unknown:
            raise ValueError(f"unknown tools: {', '.join(sorted(unknown))}; known: {', '.join(known)}")
    tools = builtin_tools(names or None)
    for t in added:
        if t.name not in tools:
            tools.add(t)
    return tools.filtered(names, keep=CONTROL_TOOLS) if names else tools


def settings_secrets(settings: Settings) -> list[str]:
    """Secret values from settings, masked wherever they would reach the log (see ``gofer.safety.pii``)."""
    return secrets_of_settings(settings)


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
