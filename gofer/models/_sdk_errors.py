"""Which failures of the official SDKs (openai, anthropic: the same error family) are worth retrying."""

from __future__ import annotations

import json
from types import ModuleType
from typing import Any

from gofer.models._retry import BadResponse, RetryDecision, parse_retry_after

__all__ = ["classify_sdk_error"]

_RETRY_STATUSES = frozenset({408, 409, 425, 429, 500, 502, 503, 504, 529})


def _message(exc: Exception) -> str:
    text = getattr(exc, "message", None) or str(exc)
    return " ".join(str(text).split())[:300]


def classify_sdk_error(exc: Exception, sdk: ModuleType) -> RetryDecision:
    """Retry timeouts, connection errors, 408/409/429/5xx (honouring Retry-After) and unreadable responses."""
    if isinstance(exc, sdk.APITimeoutError):
        return RetryDecision(True, "the request timed out")
    if isinstance(exc, sdk.APIConnectionError):
        cause = exc.__cause__ or exc.__context__
        detail = f" ({type(cause).__name__}: {cause})" if cause else ""
        return RetryDecision(True, f"could not reach the model server{detail}")
    if isinstance(exc, sdk.APIStatusError):
        status: int = exc.status_code
        response: Any = exc.response
        headers = dict(response.headers) if response is not None else {}
        reason = f"HTTP {status}: {_message(exc)}"
        if status == 429 and getattr(exc, "code", None) == "insufficient_quota":
            return RetryDecision(False, reason + " (the account has no quota left)")
        if status in (401, 403):
            return RetryDecision(False, reason + " (check the API key)")
        return RetryDecision(status in _RETRY_STATUSES or status >= 500, reason, parse_retry_after(headers))
    if isinstance(exc, json.JSONDecodeError | sdk.APIResponseValidationError):
        return RetryDecision(True, f"the server's response is not valid JSON ({_message(exc)})")
    if isinstance(exc, BadResponse):
        return RetryDecision(True, f"the server's response is not usable: {exc}")
    return RetryDecision(False, f"{type(exc).__name__}: {_message(exc)}")
