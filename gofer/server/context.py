"""What every route reaches through the request: settings, store, run service, runtime and server helpers."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

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

__all__ = ["RunServiceLike", "ServerContext", "get_ctx"]


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


@dataclass
class ServerContext:
    """The server's shared state, made once per app at start-up."""

    settings: Settings
    store: EventStore
    service: RunServiceLike
    runtime: Runtime
    limiter: RateLimiter
    metrics: Metrics
    webhooks: Webhooks
    warming: asyncio.Future[None] | None = None
    """Start-up's import of what runs need (the tool modules), done in the background; see :meth:`warmed`."""
    extras: dict[str, Any] = field(default_factory=dict)

    async def warmed(self) -> None:
        """Wait for start-up's warm-up, so that a request needing the tools never imports them on the loop; raises
        what the warm-up raised (a broken installation)."""
        if self.warming is not None:
            await asyncio.shield(self.warming)

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
