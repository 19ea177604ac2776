"""Helpers shared by routers: ownership lookups and the model policy."""

from __future__ import annotations

from pathlib import Path

from gofer.config import Settings
from gofer.server.auth import Principal
from gofer.server.context import ServerContext
from gofer.server.errors import ApiError
from gofer.store.base import RunRecord, SessionRecord

__all__ = ["invalid", "offered_models", "owned_run", "owned_session", "resolve_model"]


def invalid(field: str, message: str) -> ApiError:
    """A 422 naming the field at fault."""
    return ApiError(422, "invalid_request", f"{field}: {message}", [{"field": field, "message": message}])


async def owned_run(ctx: ServerContext, who: Principal, run_id: str) -> RunRecord:
    """The caller's run, or 404 (also for other users' runs)."""
    return await ctx.store.get_run(run_id, user_id=who.user_id)


async def owned_session(ctx: ServerContext, who: Principal, session_id: str) -> SessionRecord:
    """The caller's session, or 404 (also for other users' sessions)."""
    return await ctx.store.get_session(session_id, user_id=who.user_id)


def offered_models(settings: Settings) -> list[str]:
    """The model specs the server names as offered."""
    models = list(settings.server_models)
    if settings.model and settings.model not in models:
        models.insert(0, settings.model)
    return models


def resolve_model(settings: Settings, requested: str | None, field: str = "model") -> str:
    """The model a run will use, or a 422: scripted models need GOFER_ALLOW_SCRIPTED_MODELS=1, and when the
    server lists its models (GOFER_SERVER_MODELS) only those are offered."""
    spec = (requested or settings.model or "").strip()
    if not spec:
        raise invalid(field, "no model given and the server has no default (GOFER_MODEL)")
    if spec.startswith(("scripted:", "replay:")):
        if not settings.allow_scripted_models:
            raise invalid(field, "scripted models are refused by this server (GOFER_ALLOW_SCRIPTED_MODELS=1)")
        if spec.startswith("scripted:"):
            _check_script_file(settings, spec.removeprefix("scripted:"), field)
        return spec
    offered = offered_models(settings)
    if settings.server_models and spec not in offered:
        raise invalid(field, f"model {spec!r} is not offered here; choose one of {offered}")
    return spec


_SCRIPT_SUFFIXES = (".yaml", ".yml", ".json")


def _check_script_file(settings: Settings, name: str, field: str) -> None:
    """A scripted model names a file on the server's disk: only script files (by suffix), and only inside
    GOFER_SCRIPTED_MODEL_DIRS when it is set, so a client cannot have the server read (and play back) any file."""
    path = Path(name).expanduser()
    if path.suffix.lower() not in _SCRIPT_SUFFIXES:
        raise invalid(field, f"a scripted model file ends in {', '.join(_SCRIPT_SUFFIXES)}")
    if not settings.scripted_model_dirs:
        return
    real = path.resolve()
    dirs = [Path(d).expanduser().resolve() for d in settings.scripted_model_dirs]
    if not any(real.is_relative_to(d) for d in dirs):
        where = ", ".join(str(d) for d in dirs)
        raise invalid(field, f"scripted model files must be inside {where} (GOFER_SCRIPTED_MODEL_DIRS)")
