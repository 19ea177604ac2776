"""API-key authentication: ``Authorization: Bearer KEY`` on every route but health (401 when missing or unknown)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request, WebSocket
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from gofer.server.context import ServerContext, get_ctx
from gofer.server.errors import ApiError
from gofer.store.base import ApiKeyRecord, UserRecord

__all__ = ["Caller", "Principal", "authenticate", "principal", "websocket_principal"]

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
    ctx.limiter.check(key.id)
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
