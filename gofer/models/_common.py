"""Helpers shared by the providers: delta delivery, rough token counts, the test-time remote-call refusal."""

from __future__ import annotations

import inspect
import ipaddress
import json
import os
import string
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
_PUNCTUATION = bytes(ord("p") if chr(i) in string.punctuation and i != 0x22 else ord(" ") for i in range(256))
"""Maps ASCII punctuation but the double quote (counted twice already; ``\"\"\"`` is one token) to ``p``, every
other byte to a space."""
_REPEATED = tuple(c * 3 for c in (b"-", b"=", b"#", b"*", b"_", b"~", b".", b"/", b"`"))
"""Rules and fences (``---``, ``===``, a code fence): a tokenizer takes a long run of one of these as one token."""
_NOT_CYRILLIC = bytes(i for i in range(256) if not 0xD0 <= i <= 0xD3)
_NOT_ARABIC = bytes(i for i in range(256) if not 0xD8 <= i <= 0xDB)
_NOT_GREEK_HEBREW = bytes(i for i in range(256) if not (0xCD <= i <= 0xCF or 0xD4 <= i <= 0xD7 or 0xDC <= i <= 0xDF))
"""Lead bytes kept: of Cyrillic (U+0400-04FF), of Arabic (U+0600-06FF), of Greek, Armenian, Hebrew, Syriac, Thaana
and NKo (U+0370-03FF, U+0500-05FF, U+0700-07FF)."""
_DEAR_PREFIXES = {
    0xE0: 0xC800300F00000000, 0xE1: 0xF3FFFFFF3FFFFFF6, 0xE2: 0xFFFFFFFF0C0DFC88, 0xE3: 0xFFFFFFFFFFFFFFD0,
    0xE4: 0x00FFFFFFFFFFFFFF, 0xE5: 0x00781F4047840014, 0xE6: 0xE0000FD4000900E4, 0xE7: 0x83C90009C1CE3CED,
    0xE8: 0x1F001831FDFE4070, 0xE9: 0xB7FFFDB0C003EF70, 0xEA: 0xFC50FFFFFFFFFFFF, 0xEB: 0xFEB279143FE653CB,
    0xEC: 0xFDBAFF2E801FF383, 0xED: 0x00000000FCDFEBE5, 0xEE: 0xFFFFFFFFFFFFFFFF, 0xEF: 0x0EFFFFFFFFFFFFFB,
}
"""For each lead byte of a three-byte UTF-8 character, bit ``i`` set when the two bytes ``lead, 0x80 + i`` are not
one token of cl100k: such a character (a rare Han or Hangul one, most symbols) takes about three tokens, one a byte,
where the others take one or two."""
_DEAR_HIGH = bytes(sum(1 << q for q in range(4) if high >= 8 and _DEAR_PREFIXES.get(0xE0 | high >> 4, 0) >> (
    (high & 15) << 2 | q) & 1) for high in range(256))
"""For a character's UTF-16 high byte, bit ``q`` set when it and a low byte whose top two bits are ``q`` make a
character of a dear three-byte prefix."""
_LOW_BLOCK = bytes(1 << (low >> 6) for low in range(256))
"""For a character's UTF-16 low byte, bit ``q`` set for its top two bits ``q``."""


def _dear_three(utf16: bytes) -> int:
    """How many characters of the UTF-16-BE ``utf16`` have a dear three-byte prefix (:data:`_DEAR_PREFIXES`): one
    big-integer AND of the two translated halves stands in for a pass over each character, at C speed."""
    n = len(utf16) // 2
    high = int.from_bytes(utf16[0::2].translate(_DEAR_HIGH))
    low = int.from_bytes(utf16[1::2].translate(_LOW_BLOCK))
    return n - (high & low).to_bytes(n).count(0)


def text_size(text: str) -> int:
    """How many tokens ``text`` may take, in quarter tokens, meant as an upper-ish bound for any tokenizer.

    An ASCII character is a quarter (English prose and code take about four characters a token); a digit or a
    double quote counts twice, a character of a run of 20 or more letters, digits and ``+/=_-`` with digits and
    at least 30% digits or capitals (base64, hex, ids) three times, one of a run of three or more ASCII
    punctuation marks but double quotes (not a rule like ``---``) 3.3 times. A character of two UTF-8 bytes is
    3/4 of a token (accented Latin), 1/2 (Cyrillic), 1 (Arabic) or 5/4 (Greek, Hebrew); of three, 1.5 (Chinese,
    Japanese, Korean, Indic, Thai), or 3.75 when its first two bytes are not one cl100k token (rare Han and
    Hangul, most symbols); of four (emoji, rare Han) 3. Against OpenAI's cl100k tokenizer (bench/text_size.py)
    that counts English 1.2x, code 1.05x, Russian 1.1x, Greek 1.2x, Hebrew 1.1x, Arabic 1.3x, Chinese, Japanese
    and Korean prose 1.5-1.6x, random rare Han and Hangul 1.0-1.1x, random punctuation 1.1-1.2x, emoji 1.06x,
    base64 1.1x, hex 1.6x. Passes in C only: about 1-3 ms for 200 kB.
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
    punctuation = data.translate(_PUNCTUATION).count(b"ppp")
    if punctuation:
        punctuation -= sum(data.count(rule) for rule in _REPEATED)
        size += 7 * max(0, punctuation)  # about 2.3 quarters more for each of the three characters
    if len(data) != n:
        ascii_chars = len(text.encode("ascii", "ignore"))
        wide = n - ascii_chars
        utf16 = text.encode("utf-16-be", "surrogatepass")
        astral = len(utf16) // 2 - n
        three = len(data) - ascii_chars - 2 * wide - 2 * astral
        two = wide - three - astral
        size += 2 * two + 5 * three + 11 * astral  # each counted once above: 3, 6 and 12 quarters in all
        if two:
            size -= len(data.translate(None, _NOT_CYRILLIC))
            size += len(data.translate(None, _NOT_ARABIC)) + 2 * len(data.translate(None, _NOT_GREEK_HEBREW))
        if three:
            size += 9 * _dear_three(utf16)
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
