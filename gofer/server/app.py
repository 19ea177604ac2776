"""The FastAPI app: the /v1 API, the seed's aliases, health and metrics, and the web UI at ``/``.

``create_app(settings)`` opens the store and starts the in-process runtime at start-up (lifespan) unless a
store and a service are handed in; the same app runs behind a load balancer with a shared database.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi import routing as fastapi_routing
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gofer.config import Settings
from gofer.server.auth import purge_revoked_keys, redact_keys_in_server_logs
from gofer.server.context import Opened, RunServiceLike, ServerContext
from gofer.server.errors import error_response, install_error_handlers
from gofer.server.limits import BodyLimit, RateLimiter
from gofer.server.metrics import Metrics, MetricsMiddleware
from gofer.server.routes import computer, events, meta, runs, seed, sessions
from gofer.server.webhooks import Webhooks
from gofer.store.base import EventStore
from gofer.tools.registry import builtin_tools

__all__ = ["STATIC_DIR", "SecurityHeaders", "create_app"]

STATIC_DIR = Path(__file__).parent / "static"
_log = logging.getLogger("gofer.server")

_DESCRIPTION = """gofer's HTTP API. Every route but `/healthz`, `/readyz` and `/metrics` needs an API key:
`Authorization: Bearer KEY` (`gofer keys create USER`). Errors are `{"error": {"code", "message", "details"}}`.
Events have the same flat shape everywhere: `run_id`, `seq`, `ts`, `type` and the payload's fields."""


def create_app(settings: Settings | None = None, *, store: EventStore | None = None,
               service: RunServiceLike | None = None, runtime: Any = None) -> FastAPI:
    """The app. Without ``store``/``service`` it opens the store at ``settings.db_url`` and runs runs in-process."""
    settings = settings or Settings()
    metrics = Metrics()
    redact_keys_in_server_logs()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with contextlib.AsyncExitStack() as stack:
            ctx = ServerContext(settings=settings, limiter=RateLimiter(settings.rate_limit_per_minute),
                                metrics=metrics, extras={"loop": asyncio.get_running_loop()})
            # The socket opens now. The store (SQLAlchemy, migrations on a new database) and what works on it open
            # meanwhile (requests that need them wait: see opened()); what the first run needs is imported
            # meanwhile, off the loop (see warmed()).
            opened = await stack.enter_async_context(contextlib.AsyncExitStack())  # closed after opening stops
            ctx.opening = asyncio.ensure_future(_open(ctx, opened, store, service, runtime))
            ctx.opening.add_done_callback(_report_open)
            stack.push_async_callback(_stop, ctx.opening, True)
            ctx.warming = asyncio.ensure_future(asyncio.to_thread(_warm, app))
            stack.push_async_callback(_stop, ctx.warming, True)
            app.state.gofer = ctx
            yield

    app = FastAPI(title="gofer", version="0.1.0", description=_DESCRIPTION, lifespan=lifespan)
    install_error_handlers(app)
    _register_service_errors(app)
    # the probes first: an included router's routes are made ready (their dependencies and response models read)
    # when a request first reaches them or the warm-up does, so /healthz never waits for the API routes'
    app.include_router(meta.health_router)
    for module in (runs, events, computer, sessions, meta, seed):
        app.include_router(module.router)
    app.add_middleware(BodyLimit, max_bytes=settings.max_request_bytes, upload_bytes=settings.max_upload_bytes)
    app.add_middleware(MetricsMiddleware, metrics=metrics)
    app.add_middleware(SecurityHeaders)
    _mount_ui(app)
    return app


_RETRY_MAX = 30.0
"""The longest wait between two tries to open a store that could not be opened (the first is a second)."""


async def _open(ctx: ServerContext, stack: contextlib.AsyncExitStack, store: EventStore | None,
                service: RunServiceLike | None, runtime: Any) -> Opened:
    """Open the store at ``settings.db_url`` (unless one is handed in), migrated, then the runtime, the run service
    and webhooks on it; what they need is imported in a thread. ``stack`` closes them at shutdown."""
    settings, metrics = ctx.settings, ctx.metrics
    the_store = store
    if the_store is None:
        the_store = await _store_when_open(ctx)
        stack.push_async_callback(the_store.close)
    the_runtime: Any = runtime
    the_service: Any = service
    if the_service is None:
        if the_runtime is None:
            await asyncio.to_thread(_import, ["gofer.runtime.local", "gofer.runtime.service"])
        from gofer.runtime.service import RunService

        if the_runtime is None:
            if settings.runtime == "redis":
                from gofer.runtime.redis import RedisRuntime

                the_runtime = RedisRuntime(the_store, settings)
            else:
                from gofer.runtime.local import LocalRuntime

                the_runtime = LocalRuntime(the_store, settings)
            stack.push_async_callback(the_runtime.aclose)
        the_service = RunService(the_store, settings, the_runtime)
    hooks = Webhooks(the_store, settings.home_dir, allow_private=settings.allow_private_network,
                     metrics=metrics, full_over_http=settings.webhook_full_events_over_http)
    stack.push_async_callback(hooks.aclose)
    purging = asyncio.create_task(purge_revoked_keys(the_store, settings.revoked_key_retention_days))
    stack.push_async_callback(_stop, purging)
    return Opened(store=the_store, service=the_service, runtime=the_runtime, webhooks=hooks)


async def _store_when_open(ctx: ServerContext) -> EventStore:
    """Open the store, trying again (after 1 s, then twice as long each time, up to :data:`_RETRY_MAX`) while it
    cannot be opened: a database that starts after gofer (a container started beside it) or is briefly away is
    waited for, as a process that exited would be restarted. Meanwhile ``ctx.not_open`` says why (/readyz and the
    API answer 503 with it), logged when the reason is new."""
    settings = ctx.settings
    delay = 1.0
    while True:
        try:
            modules = ["gofer.runtime.redis"] if settings.runtime == "redis" else ["gofer.store.sql"]
            await asyncio.to_thread(_import, modules)
            if settings.runtime == "redis":  # runs execute on gofer workers; events arrive over Redis
                from gofer.runtime.redis import open_redis_store

                opened: EventStore = await open_redis_store(settings)
            else:
                from gofer.store import open_store

                opened = await open_store(settings.db_url)
        except Exception as exc:
            reason = f"store unavailable: {type(exc).__name__}: {exc}"[:300]
            if reason != ctx.not_open:
                _log.error("gofer: the store did not open, so the server is not ready (trying again, at least every "
                           "%g s): %s: %s", _RETRY_MAX, type(exc).__name__, exc, exc_info=exc)
            ctx.not_open = reason
            ctx.tried.set()
            await asyncio.sleep(delay)
            delay = min(_RETRY_MAX, 2 * delay)
            continue
        if ctx.not_open is not None:
            _log.warning("gofer: the store is open now")
            ctx.not_open = None
        return opened


def _import(modules: list[str]) -> None:
    for name in modules:
        importlib.import_module(name)


def _report_open(opening: asyncio.Future[Opened]) -> None:
    """Say in the log that what works on the open store (the runtime, the run service) could not be made: the
    server keeps answering (/readyz and the API 503 with the reason) so that a probe or a person sees why."""
    if not opening.cancelled() and (exc := opening.exception()) is not None:
        _log.error("gofer: the server is not ready: %s: %s", type(exc).__name__, exc, exc_info=exc)


_WARM_MODULES = (
    "gofer.safety.detector",  # the injection detector's rule tables
    "gofer.safety.pipeline",  # the guard and its checks
    "gofer.agent.runner",
    "gofer.runtime.assemble",  # models, monitor, observers
    "playwright.async_api",
    "gofer.computer.browser.session",  # the browser's request routing
    "httpx",  # webhook deliveries
)
"""What a run (or a webhook) needs and the server does not import before it listens, in the order it is warmed."""


def _warm(app: FastAPI | None = None) -> None:
    """Ready ``app``'s API routes, then import the tool modules, the runner, the guard pipeline and the browser, which
    the first run needs and which take seconds on a busy machine: done once, in a thread, while the server already
    answers."""
    if app is not None:
        _ready_routes(app)
    builtin_tools()
    for name in _WARM_MODULES:
        importlib.import_module(name)


def _ready_routes(app: FastAPI) -> None:
    """Build what FastAPI builds when a request first reaches an included router (each route's dependency tree,
    request handler and response model; 0.4 s idle, seconds on a busy machine), so that the first API request is
    as fast as the second and does not hold up the loop. FastAPI builds each router under a lock, once."""
    # FastAPI also reads each endpoint's source (file and line, for its error messages) on the endpoint's first
    # request, 10-30 ms each; it caches that in a private function, used here when it is there
    locate = getattr(fastapi_routing, "_extract_endpoint_context", None)
    for context in fastapi_routing.iter_route_contexts(app.router.routes):
        if callable(locate) and context.endpoint is not None:
            locate(context.endpoint)


async def _stop(task: asyncio.Future[Any], reported: bool = False) -> None:
    """Cancel a background task at shutdown; ``reported``: its error was already answered to requests."""
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, *((Exception,) if reported else ())):
        await task


def _register_service_errors(app: FastAPI) -> None:
    """Map the run service's own errors (SessionBusyError → 409) when the runtime package provides them."""
    try:
        from gofer.runtime import service as service_module
    except ImportError:
        return
    busy = getattr(service_module, "SessionBusyError", None)
    if isinstance(busy, type) and issubclass(busy, Exception):

        def _busy(request: Request, exc: Exception) -> Response:
            return error_response(409, "session_busy", str(exc) or "the session already has an active run")

        app.add_exception_handler(busy, _busy)


_UI_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; "
           "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
_API_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox"
_DOCS_CSP = "frame-ancestors 'none'"  # FastAPI's /docs and /redoc load their script from a CDN and inline


class SecurityHeaders:
    """Headers on every HTTP response, so that text an attacker wrote (a page title, tool output, an MCP server's
    "image") can never run as script in the UI's origin, where the person's key and approve buttons are: a strict
    Content-Security-Policy (the UI's own files only, no inline script; API responses are sandboxed documents),
    no framing by other sites (clickjacking of Approve), no content sniffing, no Referer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        if path == "/" or path.startswith("/static/"):
            csp = _UI_CSP
        elif path in ("/docs", "/redoc") or path.startswith("/docs/"):
            csp = _DOCS_CSP
        else:
            csp = _API_CSP

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("Content-Security-Policy", csp)
                headers.setdefault("X-Frame-Options", "DENY")
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "no-referrer")
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _mount_ui(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/", include_in_schema=False)
    async def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", headers={"Cache-Control": "no-cache"})
