"""Per-user rate limits, per-key quotas (runs per day, tokens and cost per month) and request size limits."""

from __future__ import annotations

import time
from datetime import datetime

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gofer.server.errors import ApiError, error_response
from gofer.store.base import ApiKeyRecord, EventStore, QuotaExceeded, RunUsage, UsageCap, usage_caps

__all__ = ["BodyLimit", "RateLimiter", "check_quotas", "quota_caps", "quota_error"]


class RateLimiter:
    """A token bucket per user, shared by all of their API keys (a user can make keys, so a bucket per key
    would multiply the limit): ``per_minute`` requests a minute, bursting up to the same number."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = max(1, per_minute)
        self._buckets: dict[str, tuple[float, float]] = {}

    def check(self, user_id: str) -> None:
        """Take one request from the user's bucket, or raise a 429 ApiError with Retry-After."""
        now = time.monotonic()
        rate = self.per_minute / 60.0
        tokens, last = self._buckets.get(user_id, (float(self.per_minute), now))
        tokens = min(float(self.per_minute), tokens + (now - last) * rate)
        if tokens < 1.0:
            wait = (1.0 - tokens) / rate
            self._buckets[user_id] = (tokens, now)
            raise ApiError(429, "rate_limited", f"more than {self.per_minute} requests a minute from this user",
                           {"retry_after": round(wait, 2)}, headers={"Retry-After": str(max(1, round(wait)))})
        self._buckets[user_id] = (tokens - 1.0, now)


def quota_caps(key: ApiKeyRecord, at: datetime | None = None) -> list[UsageCap]:
    """The key's quotas as the store checks them: runs since the start of this day (UTC), tokens and cost since
    the start of this month."""
    return usage_caps(key.quotas or {}, at)


def quota_error(exc: QuotaExceeded) -> ApiError:
    """The 429 for a used-up quota (the details name it, its limit and, for tokens and cost, what is used)."""
    cap = exc.cap
    limit = int(cap.limit) if cap.limit.is_integer() else cap.limit
    details: dict[str, object] = {"quota": cap.name, "limit": limit}
    if cap.measure != "runs":
        details["used"] = int(exc.used) if cap.measure == "tokens" else exc.used
    return ApiError(429, "quota_exceeded", f"the key's {cap.name.replace('_', '-')} quota is used up", details)


async def check_quotas(store: EventStore, user_id: str, key: ApiKeyRecord) -> list[UsageCap]:
    """Refuse a new run (429) when the key's quotas for this day or month are used up; returns the caps, which
    the run's creation checks again in the transaction that inserts it (this early look only spares making a
    session for a run that cannot start)."""
    caps = quota_caps(key)
    usage: dict[datetime, RunUsage] = {}
    # Counted by the store (one query per period, over this day's or month's runs only), never by listing the
    # user's runs: that grew with their whole history and stopped counting at 100,000.
    for cap in caps:
        if cap.since not in usage:
            usage[cap.since] = await store.run_usage(user_id, cap.since)
        used = float(getattr(usage[cap.since], cap.measure))
        if used >= cap.limit:
            raise quota_error(QuotaExceeded(cap, used))
    return caps


class BodyLimit:
    """ASGI middleware refusing request bodies over a limit with 413 (uploads get their own, larger limit)."""

    def __init__(self, app: ASGIApp, *, max_bytes: int, upload_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.upload_bytes = upload_bytes

    def _limit(self, scope: Scope) -> int:
        path: str = scope.get("path", "")
        if scope.get("method") == "PUT" and "/files/" in path:
            return self.upload_bytes
        return self.max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self._limit(scope)
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > limit:
                    await _too_large(limit, send)
                    return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise _TooLarge(limit)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await _too_large(limit, send)


class _TooLarge(HTTPException):
    """Raised from ``receive`` when the body passes the limit; FastAPI re-raises HTTPExceptions as they are."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body over {limit} bytes")


async def _too_large(limit: int, send: Send) -> None:
    response = error_response(413, "too_large", f"request body over {limit} bytes", {"limit": limit})
    await send({"type": "http.response.start", "status": 413, "headers": response.raw_headers})
    await send({"type": "http.response.body", "body": response.body})
