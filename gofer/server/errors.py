"""Errors as JSON: every failure is ``{"error": {"code", "message", "details"}}`` with the right status."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from gofer.computer.workspace import WorkspaceError
from gofer.store.base import NotFoundError

__all__ = ["ERROR_RESPONSES", "ApiError", "ErrorBody", "ErrorDetail", "install_error_handlers"]

log = logging.getLogger(__name__)


class ErrorDetail(BaseModel):
    """What went wrong: a stable code, a sentence for people and structured details."""

    code: str
    message: str
    details: Any = Field(default=None)


class ErrorBody(BaseModel):
    """The body of every error response."""

    error: ErrorDetail


class ApiError(Exception):
    """An error a route raises on purpose; it becomes an ErrorBody with this status."""

    def __init__(self, status: int, code: str, message: str, details: Any = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": text}
    for status, text in (
        (400, "Bad request"),
        (401, "Missing or unknown API key"),
        (404, "Not found (or not yours)"),
        (409, "Conflict with the current state"),
        (413, "Request too large"),
        (422, "Malformed input; details name the field"),
        (429, "Rate limit or quota exceeded"),
    )
}
"""Error statuses every /v1 route may answer with, declared in the OpenAPI schema."""

_STATUS_CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    406: "not_acceptable", 409: "conflict", 413: "too_large", 415: "unsupported_media_type",
    422: "invalid_request", 429: "rate_limited",
}


def error_response(status: int, code: str, message: str, details: Any = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    """A JSONResponse carrying an ErrorBody."""
    body = ErrorBody(error=ErrorDetail(code=code, message=message, details=details))
    return JSONResponse(body.model_dump(mode="json"), status_code=status, headers=headers)


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path", "header", "cookie"):
        parts = parts[1:] or parts
    return ".".join(parts) or "body"


def _validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for err in exc.errors():
        problems.append({"field": _field(err.get("loc", ())), "message": str(err.get("msg", "")),
                         "type": str(err.get("type", ""))})
    fields = ", ".join(dict.fromkeys(p["field"] for p in problems)) or "body"
    return error_response(422, "invalid_request", f"invalid input: {fields}", problems)


def _pydantic(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ValidationError)
    problems = [{"field": _field(err.get("loc", ())), "message": str(err.get("msg", "")),
                 "type": str(err.get("type", ""))} for err in exc.errors()]
    fields = ", ".join(dict.fromkeys(p["field"] for p in problems)) or "body"
    return error_response(422, "invalid_request", f"invalid input: {fields}", problems)


def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _STATUS_CODES.get(exc.status_code, "error")
    headers = dict(exc.headers) if exc.headers else None
    return error_response(exc.status_code, code, str(exc.detail), None, headers)


def _api(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.code, exc.message, exc.details, exc.headers)


def _not_found(request: Request, exc: Exception) -> JSONResponse:
    return error_response(404, "not_found", str(exc) or "not found")


def _workspace(request: Request, exc: Exception) -> JSONResponse:
    return error_response(400, "bad_path", str(exc))


def _internal(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal", "internal server error")


def install_error_handlers(app: FastAPI) -> None:
    """Make every error the app can raise answer as an ErrorBody."""
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(ValidationError, _pydantic)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(ApiError, _api)
    app.add_exception_handler(NotFoundError, _not_found)
    app.add_exception_handler(WorkspaceError, _workspace)
    app.add_exception_handler(Exception, _internal)
