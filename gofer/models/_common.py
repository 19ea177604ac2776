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
    "message_size",
    "prompt_size",
    "refuse_remote_in_tests",
    "text_size",
]

REFUSE_REMOTE_ENV = "GOFER_REFUSE_REMOTE_MODELS"


async def emit_delta(on_delta: DeltaHandler | None, text: str) -> None:
    """Hand one text delta to ``on_delta`` (sync or async), if there is a handler and any text."""
    if on_delta is None or not text:
        return
    result = on_delta(text)
    if inspect.isawaitable(result):
        await result


_RUN_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-"
_RUNS = bytes(ord("a") if i in _RUN_BYTES else ord(" ") for i in range(256))
"""Maps the bytes of base64, hex and identifiers to ``a``, every other byte to a space."""
_NOT_DIGIT = bytes(i for i in range(256) if not 0x30 <= i <= 0x39)
_NOT_DIGIT_OR_UPPER = bytes(i for i in range(256) if not (0x30 <= i <= 0x39 or 0x41 <= i <= 0x5A))
_LONG_RUN = b"a" * 20


def text_size(text: str) -> int:
    """How many tokens ``text`` may take, in quarter tokens, meant as an upper-ish bound for any tokenizer.

    An ASCII character is a quarter (English prose and code take about four characters a token); a digit or a
    double quote counts twice, a character of a run of 20 or more letters, digits and ``+/=_-`` with digits and
    at least 30% digits or capitals (base64, hex, ids) three times; a character of two UTF-8 bytes (Cyrillic,
    Greek, Arabic, accented Latin) 3/4 of a token, of three (Chinese, Japanese, Korean, Indic, Thai) 1.5, of four
    (emoji, rare Han) 3. Against OpenAI's cl100k tokenizer that counts English 1.0x, code 1.16x, tool schemas
    1.03x, JSON 0.9x, Chinese, Japanese and Korean prose 1.4x, emoji 1.04x, base64 1.1x, hex 1.6x (chars/4 counted
    CJK 0.25x, emoji 0.09x, base64 0.35x). Passes in C only: about 2 ms for 200 kB.
    """
    n = len(text)
    if not n:
        return 0
    try:
        data = text.encode()
    except UnicodeEncodeError:  # a lone surrogate (wire_text replaces them before a request)
        data = text.encode("utf-8", "surrogatepass")
    digits = len(data.translate(None, _NOT_DIGIT))
    size = n + digits + data.count(b'"')
    if digits:
        runs = data.translate(_RUNS)
        start = runs.find(_LONG_RUN)
        while start >= 0:
            end = runs.find(b" ", start)
            end = len(runs) if end < 0 else end
            run = data[start:end]
            if 10 * len(run.translate(None, _NOT_DIGIT_OR_UPPER)) >= 3 * len(run) and run.translate(None, _NOT_DIGIT):
                size += 2 * len(run)
            start = runs.find(_LONG_RUN, end)
    if len(data) != n:
        ascii_chars = len(text.encode("ascii", "ignore"))
        wide = n - ascii_chars
        astral = len(text.encode("utf-16-le", "surrogatepass")) // 2 - n
        three = len(data) - ascii_chars - 2 * wide - 2 * astral
        two = wide - three - astral
        size += 2 * two + 5 * three + 11 * astral  # each counted once above: 3, 6 and 12 quarters in all
    return size


def estimate_tokens(size: int) -> int:
    """A rough token count for a text of ``size`` (:func:`text_size`, quarter tokens), at least 1 when non-empty."""
    return 0 if size <= 0 else max(1, size // 4)


def prompt_size(messages: list[Message], tools: list[ToolSpec], memo: dict[int, int] | None = None) -> int:
    """How big a request is (messages, tool calls and tool schemas) in :func:`text_size`'s quarter tokens; an
    image counts 1000.

    ``memo`` maps ``id()`` of messages and tool specs to their sizes; pass one only while something keeps
    every object it names alive (ids of live objects are never reused).
    """
    total = 0
    for message in messages:
        size = memo.get(id(message)) if memo is not None else None
        if size is None:
            size = message_size(message)
            if memo is not None:
                memo[id(message)] = size
        total += size
    for spec in tools:
        size = memo.get(id(spec)) if memo is not None else None
        if size is None:
            size = text_size(spec.name) + text_size(spec.description) + text_size(json.dumps(spec.parameters))
            if memo is not None:
                memo[id(spec)] = size
        total += size
    return total


def message_size(message: Message) -> int:
    """One message's size in :func:`text_size`'s quarter tokens: its text, its tool calls, 1000 an image."""
    size = text_size(message.content) + 1000 * len(message.images)
    return size + sum(text_size(call.name) + text_size(json.dumps(call.arguments)) for call in message.tool_calls)


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
