"""gofer's Python SDK: :class:`Client` and :class:`AsyncClient` over the HTTP API, returning gofer's event types.

    from gofer.sdk import Client
    with Client("http://127.0.0.1:8000", api_key="gk_...") as client:
        result = client.run("Summarise data.csv into report.md", model="openai:gpt-4o-mini")
        print(result.answer)
"""

from gofer.sdk._errors import (
    AuthenticationError,
    ConflictError,
    GoferError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    RunEndedError,
)
from gofer.sdk._wire import FileEntry, Pending, RunResult
from gofer.sdk.async_client import AsyncAgentSession, AsyncClient
from gofer.sdk.client import AgentSession, Client

__all__ = [
    "AgentSession",
    "AsyncAgentSession",
    "AsyncClient",
    "AuthenticationError",
    "Client",
    "ConflictError",
    "FileEntry",
    "GoferError",
    "InvalidRequestError",
    "NotFoundError",
    "Pending",
    "RateLimitError",
    "RunEndedError",
    "RunResult",
]
