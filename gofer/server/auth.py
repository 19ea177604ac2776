"""API-key authentication: ``Authorization: Bearer KEY`` on every route but health (401 when missing or unknown)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request, WebSocket
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from gofer.server.context import ServerContext, get_ctx
from gofer.server.errors import ApiError
from gofer.store.base import ApiKeyRecord, UserRecord

__all__ = ["Caller", "Principal", "authenticate", "principal", "redact_keys_in_server_logs", "websocket_principal"]

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
    found = await ctx.store.verify_api_key(secret)
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


async def websocket_principal(websocket: WebSocket, ctx: ServerContext) -> Principal:
    """The caller of a WebSocket: a Bearer header, or ``?token=KEY`` (browsers cannot set headers on sockets)."""
    header = websocket.headers.get("authorization", "")
    secret = header[7:].strip() if header.lower().startswith("bearer ") else websocket.query_params.get("token")
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
