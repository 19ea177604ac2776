"""What every route reaches through the request: settings, store, run service, runtime and server helpers."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

from fastapi import Request, WebSocket

from gofer.computer.base import Computer
from gofer.config import Settings
from gofer.events import Event
from gofer.runtime.base import Runtime
from gofer.runtime.commands import CommandBody
from gofer.store.base import EventStore, RunRecord, SessionRecord, UsageCap

if TYPE_CHECKING:
    from gofer.server.limits import RateLimiter
    from gofer.server.metrics import Metrics
    from gofer.server.webhooks import Webhooks

__all__ = ["Opened", "RunServiceLike", "ServerContext", "StoreNotOpen", "get_ctx", "get_ws_ctx"]


class RunServiceLike(Protocol):
    """What the server needs of gofer.runtime.service.RunService."""

    async def create_run(self, task: str, model: str, *, user_id: str, session_id: str | None = None,
                         tools: list[str] | None = None, budgets: dict[str, float] | None = None,
                         options: dict[str, Any] | None = None, caps: Sequence[UsageCap] = ()) -> RunRecord: ...

    async def command(self, run_id: str, body: CommandBody, *, user_id: str | None = None) -> Any: ...

    async def resume(self, run_id: str, *, user_id: str | None = None) -> Any: ...

    async def cancel(self, run_id: str, *, user_id: str | None = None, reason: str = ...) -> Any: ...

    async def pending(self, run_id: str, *, user_id: str | None = None) -> list[Event]: ...

    async def create_session(self, *, user_id: str | None = None, workspace: Path | None = None,
                             title: str = "") -> SessionRecord: ...

    async def delete_session(self, session_id: str, *, user_id: str | None = None) -> None: ...


class StoreNotOpen(Exception):
    """The store is not open: start-up is still opening it, or opening it failed (the message says why)."""


@dataclass
class Opened:
    """What start-up opens once the server listens: the store and what works on it."""

    store: EventStore
    service: RunServiceLike
    runtime: Runtime
    webhooks: Webhooks


@dataclass
class ServerContext:
    """The server's shared state, made once per app at start-up. The store, the run service, the runtime and the
    webhooks open in the background once the server listens (see :meth:`opened`); reading them before raises
    :class:`StoreNotOpen`."""

    settings: Settings
    limiter: RateLimiter
    metrics: Metrics
    warming: asyncio.Future[None] | None = None
    """Start-up's import of what runs need (the tool modules), done in the background; see :meth:`warmed`."""
    opening: asyncio.Future[Opened] | None = None
    """Start-up's opening of the store (its imports, migrations) and of what works on it; see :meth:`opened`."""
    not_open: str | None = None
    """Why the store could not be opened at the last try, while start-up tries again; None otherwise."""
    tried: asyncio.Event = field(default_factory=asyncio.Event)
    """Set when a try to open the store failed (:attr:`not_open` says why)."""
    extras: dict[str, Any] = field(default_factory=dict)

    async def warmed(self) -> None:
        """Wait for start-up's warm-up, so that a request needing the tools never imports them on the loop; raises
        what the warm-up raised (a broken installation)."""
        if self.warming is not None:
            await asyncio.shield(self.warming)

    async def opened(self) -> Opened:
        """Wait for start-up to open the store; :class:`StoreNotOpen`, with the reason, when it could not (at once
        while start-up tries again after a failed try: :attr:`not_open`)."""
        opening = self.opening
        if opening is None:
            raise StoreNotOpen("the server has not started")
        if not opening.done():
            tried: asyncio.Future[Any] = asyncio.ensure_future(self.tried.wait())
            try:
                await asyncio.wait({cast("asyncio.Future[Any]", opening), tried}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                tried.cancel()
            if not opening.done() and self.not_open is not None:
                raise StoreNotOpen(self.not_open)
        try:
            return await asyncio.shield(opening)
        except asyncio.CancelledError:
            if opening.cancelled():
                raise StoreNotOpen("the server is stopping") from None
            raise
        except Exception as exc:
            raise StoreNotOpen(f"store unavailable: {type(exc).__name__}: {exc}"[:300]) from exc

    def _open(self) -> Opened:
        opening = self.opening
        if opening is None or not opening.done() or opening.cancelled() or opening.exception() is not None:
            raise StoreNotOpen("the store is not open")
        return opening.result()

    @property
    def store(self) -> EventStore:
        """The event store, once open."""
        return self._open().store

    @property
    def service(self) -> RunServiceLike:
        """The run service, once the store is open."""
        return self._open().service

    @property
    def runtime(self) -> Runtime:
        """The runtime that executes runs, once the store is open."""
        return self._open().runtime

    @property
    def webhooks(self) -> Webhooks:
        """Webhook deliveries, once the store is open."""
        return self._open().webhooks

    async def pending(self, run_id: str) -> list[Event]:
        """Open confirmations and questions of a run."""
        return list(await self.service.pending(run_id))

    def session_computer(self, session_id: str) -> Computer | None:
        """The session's computer if it is running in this process."""
        return self.runtime.session_computer(session_id)


def get_ctx(request: Request) -> ServerContext:
    """The ServerContext of the app serving this request."""
    ctx: ServerContext = request.app.state.gofer
    return ctx


def get_ws_ctx(websocket: WebSocket) -> ServerContext:
    """The ServerContext of the app serving this WebSocket."""
    ctx: ServerContext = websocket.app.state.gofer
    return ctx
