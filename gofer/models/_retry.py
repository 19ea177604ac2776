"""Our own retry loop for model calls: exponential backoff with jitter, Retry-After honoured, delay capped."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TypeVar

from gofer.models.base import ModelError

__all__ = ["BadResponse", "RetryDecision", "RetryPolicy", "parse_retry_after", "with_retries"]

T = TypeVar("T")


class BadResponse(Exception):
    """A response we could not make sense of (not JSON, no choices): retried like a server error."""


@dataclass(frozen=True)
class RetryDecision:
    """How the retry loop treats one failure: retry it or not, and the server's requested wait."""

    retry: bool
    reason: str
    retry_after: float | None = None


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to wait between attempts. ``retries`` is the number of extra attempts."""

    retries: int = 4
    base_delay: float = 0.5
    max_delay: float = 30.0

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number ``attempt`` (0-based), never more than ``max_delay``."""
        if retry_after is not None and retry_after >= 0:
            return min(retry_after, self.max_delay)
        ceiling = min(self.max_delay, self.base_delay * (2**attempt))
        return random.uniform(ceiling / 2, ceiling)


def parse_retry_after(headers: Mapping[str, str] | None) -> float | None:
    """Seconds a server asked us to wait, from ``retry-after-ms`` or ``Retry-After`` (seconds or HTTP date)."""
    if not headers:
        return None
    lowered = {key.lower(): value for key, value in headers.items()}
    millis = lowered.get("retry-after-ms")
    if millis is not None:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = lowered.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


async def with_retries(
    attempt: Callable[[], Awaitable[T]],
    classify: Callable[[Exception], RetryDecision],
    policy: RetryPolicy,
    what: str,
) -> T:
    """Run ``attempt`` until it succeeds; retry the failures ``classify`` allows; give up with ModelError."""
    failures = 0
    while True:
        try:
            return await attempt()
        except ModelError:
            raise
        except Exception as exc:
            decision = classify(exc)
            if not decision.retry:
                raise ModelError(f"{what} failed: {decision.reason}") from exc
            if failures >= policy.retries:
                raise ModelError(
                    f"{what} failed after {failures + 1} attempts: {decision.reason}"
                ) from exc
            await asyncio.sleep(policy.delay(failures, decision.retry_after))
            failures += 1
