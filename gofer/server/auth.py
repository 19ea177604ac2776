"""API-key authentication: ``Authorization: Bearer KEY`` on every route but health (401 when missing or unknown)."""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import Depends, Request, WebSocket
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from gofer.server.context import ServerContext, StoreNotOpen, get_ctx
from gofer.server.errors import ApiError
from gofer.store.base import ApiKeyRecord, EventStore, UserRecord

__all__ = ["KEY_SUBPROTOCOL", "STREAM_SUBPROTOCOL", "Caller", "Principal", "authenticate", "principal",
           "purge_revoked_keys", "redact_keys_in_server_logs", "websocket_principal"]

PURGE_INTERVAL = 3600.0
"""Seconds between two purges of revoked keys past their retention."""

bearer = HTTPBearer(auto_error=False, description="An API key from `gofer keys create USER`.")


@dataclass(frozen=True)
class Principal:
    """Who is calling: the user and the key they used."""

    user: UserRecord
    key: ApiKeyRecord

    @property
    def user_id(self) -> str:
        """The caller's user id (what ownership checks compare with)."""
        return self.user.id


def _unauthorized(message: str) -> ApiError:
    return ApiError(401, "unauthorized", message, headers={"WWW-Authenticate": "Bearer"})


async def authenticate(ctx: ServerContext, secret: str | None) -> Principal:
    """The principal for a key, rate-limited; 401 for a missing, unknown or revoked key."""
    if not secret:
        raise _unauthorized("an API key is required (Authorization: Bearer KEY)")
    if len(secret) > 512:
        raise _unauthorized("unknown API key")
    try:
        opened = await ctx.opened()  # while start-up opens the store, callers wait for it
    except StoreNotOpen as exc:
        raise ApiError(503, "not_ready", str(exc)) from None
    found = await opened.store.verify_api_key(secret)
    if found is None:
        raise _unauthorized("unknown or revoked API key")
    user, key = found
    ctx.limiter.check(user.id)
    return Principal(user=user, key=key)


async def principal(request: Request,
                    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Principal:
    """FastAPI dependency: the authenticated caller of an HTTP route."""
    found = await authenticate(get_ctx(request), creds.credentials if creds else None)
    request.state.principal = found
    return found


KEY_SUBPROTOCOL = "gofer.key."
"""A WebSocket subprotocol ``gofer.key.KEY`` carries the key where browsers can put one (they cannot set headers
on sockets): in a header, not in the URL that proxies log."""
STREAM_SUBPROTOCOL = "gofer.v1"
"""The subprotocol the server accepts when a client offers it (beside the key, which is never echoed)."""


async def websocket_principal(websocket: WebSocket, ctx: ServerContext) -> Principal:
    """The caller of a WebSocket: a Bearer header, a ``gofer.key.KEY`` subprotocol (the web UI), or ``?token=KEY``
    (older clients; kept out of gofer's logs, not out of a proxy's)."""
    header = websocket.headers.get("authorization", "")
    offered = [p for p in websocket.scope.get("subprotocols", []) if p.startswith(KEY_SUBPROTOCOL)]
    if header.lower().startswith("bearer "):
        secret: str | None = header[7:].strip()
    elif offered:
        secret = offered[0][len(KEY_SUBPROTOCOL):]
    else:
        secret = websocket.query_params.get("token")
    return await authenticate(ctx, secret)


Caller = Annotated[Principal, Depends(principal)]
"""A route parameter of this type is the authenticated caller."""


_TOKEN_IN_QUERY = re.compile(r"([?&]token=)[^&\s\"']*")


class _RedactQueryTokens(logging.Filter):
    """Replaces the value of ``token=`` in a query string with ``***`` in a log record's arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(isinstance(a, str) and "token=" in a for a in record.args):
            record.args = tuple(_TOKEN_IN_QUERY.sub(r"\1***", a) if isinstance(a, str) else a for a in record.args)
        if isinstance(record.msg, str) and "token=" in record.msg:
            record.msg = _TOKEN_IN_QUERY.sub(r"\1***", record.msg)
        return True


def redact_keys_in_server_logs() -> None:
    """Keep ``?token=KEY`` out of the server's logs: uvicorn logs every WebSocket (and, in its access log, every
    request) with its query string, and browsers can only pass the key there. Idempotent."""
    for name in ("uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _RedactQueryTokens) for f in logger.filters):
            logger.addFilter(_RedactQueryTokens())


async def purge_revoked_keys(store: EventStore, retention_days: float, *, interval: float = PURGE_INTERVAL) -> None:
    """Delete the keys revoked more than ``retention_days`` ago, now and then every ``interval`` seconds, until
    cancelled (0 days: never). A failed purge is logged and tried again at the next interval."""
    if retention_days <= 0:
        return
    while True:
        try:
            purged = await store.purge_revoked_keys(datetime.now(UTC) - timedelta(days=retention_days))
            if purged:
                logging.getLogger(__name__).info("deleted %d API keys revoked over %g days ago", purged,
                                                 retention_days)
        except Exception:
            logging.getLogger(__name__).exception("purging revoked API keys failed")
        await asyncio.sleep(interval)
