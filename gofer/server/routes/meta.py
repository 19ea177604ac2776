"""Health, readiness, metrics, tools, models, and the caller's own account (keys, webhooks)."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from gofer.server.auth import Caller
from gofer.server.context import StoreNotOpen, get_ctx
from gofer.server.errors import ERROR_RESPONSES, ApiError, ErrorBody, error_response
from gofer.server.routes._common import offered_models
from gofer.server.schemas import (
    Health,
    KeyCreated,
    KeyList,
    Me,
    ModelList,
    ToolInfo,
    ToolList,
    WebhookCreate,
    WebhookInfo,
    WebhookList,
    WebhookOut,
)
from gofer.store.base import CapReached

__all__ = ["health_router", "router"]

health_router = APIRouter(tags=["health"])
router = APIRouter(prefix="/v1", tags=["account"], responses=ERROR_RESPONSES)


@health_router.get("/healthz", response_model=Health, summary="Liveness")
async def healthz() -> Health:
    """The process answers."""
    return Health(status="ok")


@health_router.get("/readyz", response_model=Health, summary="Readiness",
                   responses={503: {"model": ErrorBody, "description": "Not ready"}})
async def readyz(request: Request) -> Response:
    """The store is open and answers and what runs need is loaded (a probe during start-up waits for both)."""
    ctx = get_ctx(request)
    try:
        opened = await ctx.opened()  # start-up opens the store after the server listens
    except StoreNotOpen as exc:
        return error_response(503, "not_ready", str(exc))
    try:
        await opened.store.ping()  # not a listing: a probe's cost must not grow with the users
    except Exception as exc:
        return error_response(503, "not_ready", f"store unavailable: {type(exc).__name__}")
    try:
        await ctx.warmed()
    except Exception as exc:
        return error_response(503, "not_ready", f"tools failed to load: {type(exc).__name__}")
    return JSONResponse(Health(status="ready").model_dump())


@health_router.get("/metrics", response_class=Response, summary="Prometheus metrics",
                   responses={200: {"content": {"text/plain": {}}, "description": "Metrics"}})
async def metrics(request: Request) -> Response:
    """Counters in Prometheus' text format."""
    return Response(get_ctx(request).metrics.render(), media_type="text/plain; version=0.0.4; charset=utf-8")


@router.get("/tools", response_model=ToolList, summary="List tools", tags=["tools"])
async def list_tools(request: Request, who: Caller) -> ToolList:
    """The tools a run may be allowed: the built-in ones and those of the configured MCP servers."""
    ctx = get_ctx(request)
    await ctx.warmed()
    from gofer.runtime.spec import make_tools  # imported by the warm-up

    tools = make_tools(None, await ctx.runtime.extra_tools())
    return ToolList(tools=[ToolInfo(name=t.name, description=t.description, risk=t.risk.value,
                                    parameters=t.parameters) for t in tools])


@router.get("/models", response_model=ModelList, summary="List models", tags=["tools"])
async def list_models(request: Request, who: Caller) -> ModelList:
    """The models this server offers."""
    settings = get_ctx(request).settings
    return ModelList(default=settings.model, models=offered_models(settings),
                     scripted_allowed=settings.allow_scripted_models)


@router.get("/me", response_model=Me, summary="Who am I")
async def me(who: Caller) -> Me:
    """The caller's user and key."""
    return Me(user=who.user, key=who.key)


@router.post("/keys", status_code=201, response_model=KeyCreated, summary="Create a key")
async def create_key(request: Request, who: Caller) -> KeyCreated:
    """Another key for the caller (with the current key's quotas); the secret is shown once. A user holds at most
    GOFER_MAX_KEYS_PER_USER live keys: one more is a 409 until one is revoked."""
    ctx = get_ctx(request)
    limit = ctx.settings.max_keys_per_user
    try:
        record, secret = await ctx.store.create_api_key(who.user_id, quotas=dict(who.key.quotas), max_live=limit)
    except CapReached as exc:
        raise ApiError(409, "too_many_keys", f"{exc}; GOFER_MAX_KEYS_PER_USER is {limit}",
                       {"limit": limit}) from None
    return KeyCreated(key=secret, record=record)


@router.get("/keys", response_model=KeyList, summary="List keys")
async def list_keys(request: Request, who: Caller,
                    limit: int = Query(default=100, ge=1, le=500)) -> KeyList:
    """The caller's keys, without secrets: the live ones first, then revoked ones, newest first within each
    (``limit`` of them at most)."""
    return KeyList(keys=await get_ctx(request).store.list_api_keys(who.user_id, limit=limit))


@router.delete("/keys/{key_id}", status_code=204, response_class=Response, summary="Revoke a key")
async def revoke_key(key_id: str, request: Request, who: Caller) -> Response:
    """Revoke one of the caller's keys; it stops working at once (404 for a key that is not the caller's)."""
    await get_ctx(request).store.revoke_api_key(key_id, user_id=who.user_id)
    return Response(status_code=204)


@router.post("/webhooks", status_code=201, response_model=WebhookOut, summary="Register a webhook")
async def create_webhook(body: WebhookCreate, request: Request, who: Caller) -> WebhookOut:
    """Signed POSTs to ``url`` when one of the caller's runs asks for confirmation, asks a question, or ends."""
    return await get_ctx(request).webhooks.add(who.user_id, body.url, list(body.events))


@router.get("/webhooks", response_model=WebhookList, summary="List webhooks")
async def list_webhooks(request: Request, who: Caller) -> WebhookList:
    """The caller's webhooks, without their secrets (shown once, when each was registered)."""
    hooks = get_ctx(request).webhooks.hooks(who.user_id)
    return WebhookList(webhooks=[WebhookInfo(**hook.model_dump(exclude={"secret"})) for hook in hooks])


@router.delete("/webhooks/{webhook_id}", status_code=204, response_class=Response, summary="Delete a webhook")
async def delete_webhook(webhook_id: str, request: Request, who: Caller) -> Response:
    """Remove one of the caller's webhooks."""
    get_ctx(request).webhooks.remove(who.user_id, webhook_id)
    return Response(status_code=204)
