"""Runs: create, list, get, and the commands that steer a run (messages, cancel, pause, resume)."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from gofer.events import RunStatus
from gofer.runtime.commands import Pause, SendMessage
from gofer.runtime.options import RUN_OPTIONS, check_option_names
from gofer.server.auth import Caller, Principal
from gofer.server.context import ServerContext, get_ctx
from gofer.server.errors import ERROR_RESPONSES, ApiError
from gofer.server.limits import check_quotas, quota_error
from gofer.server.routes._common import invalid, owned_run, owned_session, resolve_model
from gofer.server.schemas import Accepted, MessageIn, ReasonIn, RunCreate, RunList
from gofer.store.base import QuotaExceeded, RunRecord
from gofer.tools.registry import CONTROL_TOOLS

__all__ = ["router", "start_run"]

router = APIRouter(prefix="/v1/runs", tags=["runs"], responses=ERROR_RESPONSES)


async def start_run(ctx: ServerContext, who: Principal, body: RunCreate) -> RunRecord:
    """Check the request, the quotas and the model, then create and start the run."""
    await ctx.warmed()
    from gofer.runtime.spec import make_tools  # imported by the warm-up

    model = resolve_model(ctx.settings, body.model)
    if body.tools is not None:
        known = set(make_tools(None, await ctx.runtime.extra_tools()).names) | set(CONTROL_TOOLS)
        unknown = [t for t in body.tools if t not in known]
        if unknown:
            raise invalid("tools", f"unknown tools: {', '.join(unknown)}")
    if body.session_id is not None:
        await owned_session(ctx, who, body.session_id)
    _check_options(ctx, body.options or {})
    caps = await check_quotas(ctx.store, who.user_id, who.key)
    try:
        run = await ctx.service.create_run(
            body.task, model, user_id=who.user_id, session_id=body.session_id, tools=body.tools,
            budgets=body.budgets.as_dict() if body.budgets else None, options=body.options, caps=caps,
        )
    except ValueError as exc:
        raise invalid(_field_of(str(exc)), str(exc)) from None
    except QuotaExceeded as exc:  # another run took the quota's last unit since the look above
        raise quota_error(exc) from None
    ctx.metrics.runs_created.inc()
    ctx.webhooks.watch(run.id, user_id=who.user_id)
    return run


_STRICTNESS = {"never": 0, "risky": 1, "always": 2}


def _check_options(ctx: ServerContext, options: dict[str, object]) -> None:
    """Run options may make the guard stricter than the server's settings, never laxer: no check switched off,
    no laxer confirmation policy, watch mode not off nor on fewer categories, no taint window, personal data kept
    in answers only when the server keeps it, no trusted destination the server does not trust; and no option
    gofer does not know (a typo would be read by nobody)."""
    try:
        check_option_names(options)
    except ValueError as exc:
        first = next(name for name in options if name not in RUN_OPTIONS)
        raise invalid(f"options.{first}", str(exc)) from None
    _check_data_options(ctx, options)
    if options.get("checks_disabled"):
        raise invalid("options.checks_disabled", "a run cannot switch off the server's guard checks")
    if options.get("watch") is False:
        raise invalid("options.watch", "a run cannot switch off the server's watch mode")
    categories = options.get("watch_categories")
    if categories is not None:
        server = ctx.settings.watch_categories
        dropped = sorted(set(server) - set(categories)) if isinstance(categories, list) else sorted(server)
        if dropped:
            raise invalid("options.watch_categories", f"may add to the server's, not drop any ({', '.join(dropped)})")
    if options.get("taint_steps") is not None:
        # field "options", as the run service names it for a malformed value
        raise invalid("options", "taint_steps: a run cannot shorten how long a possible injection raises the risk")
    policy = options.get("confirmation")
    if policy is None:
        return
    if policy not in _STRICTNESS:
        raise invalid("options.confirmation", f"must be one of {', '.join(_STRICTNESS)}")
    if _STRICTNESS[str(policy)] < _STRICTNESS.get(ctx.settings.confirmation, 1):
        raise invalid("options.confirmation", f"cannot be laxer than the server's ({ctx.settings.confirmation})")


def _check_data_options(ctx: ServerContext, options: dict[str, object]) -> None:
    """``output_pii`` and ``trusted_destinations`` within what the deployment set (GOFER_OUTPUT_PII,
    GOFER_TRUSTED_DESTINATIONS)."""
    pii = options.get("output_pii")
    if pii is not None and pii not in ("redact", "allow"):
        raise invalid("options.output_pii", "must be redact or allow")
    if pii == "allow" and ctx.settings.output_pii != "allow":
        raise invalid("options.output_pii", "a run cannot keep personal data in answers unless the server does "
                      "(GOFER_OUTPUT_PII=allow)")
    trusted = options.get("trusted_destinations")
    if trusted is None:
        return
    if not isinstance(trusted, list) or not all(isinstance(t, str) for t in trusted):
        raise invalid("options.trusted_destinations", "must be a list of destinations (hosts or mcp:SERVER)")
    server = {t.lower() for t in ctx.settings.trusted_destinations}
    extra = sorted({t for t in trusted if t.lower() not in server})
    if extra:
        raise invalid("options.trusted_destinations", "a run may trust only destinations the server trusts "
                      f"(GOFER_TRUSTED_DESTINATIONS), not {', '.join(extra)}")


def _field_of(message: str) -> str:
    """Which request field a run service's refusal is about."""
    lowered = message.lower()
    if lowered.startswith("options:"):
        return "options"
    for word, field in (("model", "model"), ("tool", "tools"), ("budget", "budgets"), ("task", "task")):
        if lowered.startswith(word) or f" {word}" in lowered:
            return field
    return "body"


@router.post("", status_code=201, response_model=RunRecord, summary="Start a run")
async def create_run(body: RunCreate, request: Request, who: Caller) -> JSONResponse:
    """Start a run; a second active run in the same session is a 409."""
    ctx = get_ctx(request)
    run = await start_run(ctx, who, body)
    return JSONResponse(run.model_dump(mode="json"), status_code=201, headers={"Location": f"/v1/runs/{run.id}"})


@router.get("", response_model=RunList, summary="List runs")
async def list_runs(request: Request, who: Caller,
                    session_id: str | None = Query(default=None, max_length=100),
                    status: RunStatus | None = None,
                    limit: int = Query(default=50, ge=1, le=500)) -> RunList:
    """The caller's runs, newest first."""
    ctx = get_ctx(request)
    runs = await ctx.store.list_runs(user_id=who.user_id, session_id=session_id, status=status, limit=limit)
    return RunList(runs=runs)


@router.get("/{run_id}", response_model=RunRecord, summary="Get a run")
async def get_run(run_id: str, request: Request, who: Caller) -> RunRecord:
    """One of the caller's runs."""
    return await owned_run(get_ctx(request), who, run_id)


@router.post("/{run_id}/cancel", response_model=RunRecord, summary="Cancel a run")
async def cancel_run(run_id: str, request: Request, who: Caller,
                     body: ReasonIn | None = None) -> RunRecord:
    """End the run for good (RunCancelled); cancelling an ended run changes nothing."""
    ctx = get_ctx(request)
    run = await owned_run(ctx, who, run_id)
    if not run.status.terminal:
        reason = body.reason if body and body.reason else "cancelled by the user"
        await ctx.warmed()  # a run driven nowhere is cancelled by a runner started for it
        await ctx.service.cancel(run_id, user_id=who.user_id, reason=reason)
    return await owned_run(ctx, who, run_id)


@router.post("/{run_id}/resume", response_model=RunRecord, summary="Resume a run")
async def resume_run(run_id: str, request: Request, who: Caller) -> RunRecord:
    """Carry on a paused or interrupted run from its log; 409 if it has ended."""
    ctx = get_ctx(request)
    run = await owned_run(ctx, who, run_id)
    if run.status.terminal:
        raise ApiError(409, "conflict", f"run {run_id} has ended ({run.status.value})")
    await ctx.warmed()
    await ctx.service.resume(run_id, user_id=who.user_id)
    return await owned_run(ctx, who, run_id)


@router.post("/{run_id}/pause", status_code=202, response_model=Accepted, summary="Pause a run")
async def pause_run(run_id: str, request: Request, who: Caller,
                    body: ReasonIn | None = None) -> Accepted:
    """Stop the run between steps (RunPaused); resume carries it on."""
    ctx = get_ctx(request)
    await _live(ctx, who, run_id)
    reason = body.reason if body and body.reason else "paused by the user"
    await ctx.service.command(run_id, Pause(reason=reason), user_id=who.user_id)
    return Accepted(run_id=run_id, kind="pause")


@router.post("/{run_id}/messages", status_code=202, response_model=Accepted, summary="Send a message")
async def send_message(run_id: str, body: MessageIn, request: Request,
                       who: Caller) -> Accepted:
    """A follow-up or an interruption: the model sees it before its next step."""
    ctx = get_ctx(request)
    await _live(ctx, who, run_id)
    await ctx.service.command(run_id, SendMessage(text=body.text), user_id=who.user_id)
    return Accepted(run_id=run_id, kind="message")


async def _live(ctx: ServerContext, who: Principal, run_id: str) -> RunRecord:
    run = await owned_run(ctx, who, run_id)
    if run.status.terminal:
        raise ApiError(409, "conflict", f"run {run_id} has ended ({run.status.value})")
    return run
