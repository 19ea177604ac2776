"""Helpers shared by the providers: delta delivery, rough token counts, the test-time remote-call refusal."""

from __future__ import annotations

import inspect
import ipaddress
import json
import os
from urllib.parse import urlsplit

from gofer.models.base import DeltaHandler, Message, ModelError, ToolSpec

__all__ = [
    "REFUSE_REMOTE_ENV",
    "emit_delta",
    "estimate_tokens",
    "is_loopback_url",
    "prompt_chars",
    "refuse_remote_in_tests",
]

REFUSE_REMOTE_ENV = "GOFER_REFUSE_REMOTE_MODELS"


async def emit_delta(on_delta: DeltaHandler | None, text: str) -> None:
    """Hand one text delta to ``on_delta`` (sync or async), if there is a handler and any text."""
    if on_delta is None or not text:
        return
    result = on_delta(text)
    if inspect.isawaitable(result):
        await result


def estimate_tokens(chars: int) -> int:
    """A rough token count for ``chars`` characters (about four per token), at least 1 for non-empty text."""
    return 0 if chars <= 0 else max(1, chars // 4)


def prompt_chars(messages: list[Message], tools: list[ToolSpec], memo: dict[int, int] | None = None) -> int:
    """How many characters a request carries (messages, tool calls and tool schemas), for estimates.

    ``memo`` maps ``id()`` of messages and tool specs to their sizes; pass one only while something keeps
    every object it names alive (ids of live objects are never reused).
    """
    total = 0
    for message in messages:
        size = memo.get(id(message)) if memo is not None else None
        if size is None:
            size = len(message.content) + 1000 * len(message.images)
            size += sum(len(call.name) + len(json.dumps(call.arguments)) for call in message.tool_calls)
            if memo is not None:
                memo[id(message)] = size
        total += size
    for spec in tools:
        size = memo.get(id(spec)) if memo is not None else None
        if size is None:
            size = len(spec.name) + len(spec.description) + len(json.dumps(spec.parameters))
            if memo is not None:
                memo[id(spec)] = size
        total += size
    return total


def is_loopback_url(url: str) -> bool:
    """True when ``url`` points at this machine: ``localhost``, 127.0.0.0/8 or ::1."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    if not host:
        return False
    host = host.rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def refuse_remote_in_tests(base_url: str) -> None:
    """Raise ModelError, before any network I/O, for a non-loopback model URL while tests forbid them."""
    if os.environ.get(REFUSE_REMOTE_ENV, "").strip().lower() not in ("1", "true", "yes", "on"):
        return
    if not is_loopback_url(base_url):
        raise ModelError(
            f"refusing a real model call during tests ({REFUSE_REMOTE_ENV}=1): {base_url} is not a loopback "
            "address; use a scripted model or a local server on 127.0.0.1"
        )
