"""Errors the SDK raises: one per kind of API error, plus a run that ended without an answer."""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "AuthenticationError",
    "ConflictError",
    "GoferError",
    "InvalidRequestError",
    "NotFoundError",
    "RateLimitError",
    "RunEndedError",
    "raise_for_status",
]


class GoferError(Exception):
    """An error answer from the API: HTTP status, error code, message and details."""

    def __init__(self, status: int, code: str, message: str, details: Any = None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = details


class AuthenticationError(GoferError):
    """401: the API key is missing, unknown or revoked."""


class NotFoundError(GoferError):
    """404: no such run, session or file (or it is another user's)."""


class ConflictError(GoferError):
    """409: the request conflicts with the run's state (a busy session, an ended run, a decided action)."""


class InvalidRequestError(GoferError):
    """422 (or 400/413): the request was malformed; ``details`` name the fields."""


class RateLimitError(GoferError):
    """429: the key's rate limit or quota is used up."""


class RunEndedError(Exception):
    """A run ended without an answer (failed or cancelled); ``event`` is its terminal event."""

    def __init__(self, run_id: str, status: str, reason: str, event: Any = None) -> None:
        super().__init__(f"run {run_id} {status}: {reason}")
        self.run_id = run_id
        self.status = status
        self.reason = reason
        self.event = event


_BY_STATUS: dict[int, type[GoferError]] = {
    400: InvalidRequestError, 401: AuthenticationError, 404: NotFoundError, 409: ConflictError,
    413: InvalidRequestError, 422: InvalidRequestError, 429: RateLimitError,
}


def raise_for_status(response: httpx.Response) -> None:
    """Raise the matching GoferError for an error response (read it first when streaming)."""
    if response.is_success:
        return
    try:
        error = response.json()["error"]
        code, message, details = error["code"], error["message"], error.get("details")
    except (ValueError, KeyError, TypeError):
        code, message, details = "error", response.text[:500], None
    cls = _BY_STATUS.get(response.status_code, GoferError)
    raise cls(response.status_code, code, message, details)
