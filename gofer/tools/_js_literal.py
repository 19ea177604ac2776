"""A JavaScript object or array literal read as the JSON value it spells (a page's state is often written so:
``window.__STATE__ = {reviews: [{author: 'x', body: '…'},]}``): unquoted and single-quoted keys, single-quoted and
template strings without substitutions, trailing commas, comments, ``undefined``, ``!0``/``!1``, hex and ``.5``
numbers. Anything that needs running (a function, a call, ``new``, a substitution) makes the whole literal unread.
A string alone (the argument of ``JSON.parse('…')``) reads the same way (:func:`js_string`), and so does one passed
through the few pure built-ins that unwrap it first (``atob``, ``decodeURIComponent``, ``unescape``, ``escape``:
:func:`js_unwrap`)."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import unquote

__all__ = ["UNWRAPPERS", "js_literal", "js_string", "js_unwrap"]

_SPACE = re.compile(r"(?:\s+|//[^\n]*|/\*.*?\*/)*", re.DOTALL)
_STRING = {q: re.compile(rf"{q}((?:[^{q}\\\n]|\\[\s\S])*){q}") for q in "'\""}
_TEMPLATE = re.compile(r"`((?:[^`\\$]|\\[\s\S]|\$(?!\{))*)`")
_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])")
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0", "\n": "", "\r\n": "",
           "\r": "", "\u2028": "", "\u2029": ""}
_NUMBER = re.compile(r"[-+]?(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)")
_KEY = re.compile(r"[\w$]+")
_NAME = re.compile(r"[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*")
_WORDS: dict[str, Any] = {"true": True, "false": False, "null": None, "undefined": None, "NaN": None,
                          "Infinity": None}
_RESERVED = frozenset({"function", "new", "class", "async", "await", "typeof", "void", "delete", "this", "yield"})
_MAX_DEPTH = 200


class _NotLiteral(Exception):
    """The text is not a literal this reader takes."""


def _unescape(m: re.Match[str]) -> str:
    code = m.group(1)
    if code.startswith("u{"):
        return chr(min(int(code[2:-1], 16), 0x10FFFF))
    if len(code) > 1 and code[0] in "ux":
        return chr(int(code[1:], 16))
    return _SIMPLE.get(code, code)


class _Reader:
    """One pass over ``source`` from a position; each method returns a value and moves past it."""

    def __init__(self, source: str, pos: int) -> None:
        self.source, self.pos = source, pos

    def skip(self) -> str:
        """Moves past spaces and comments; the next character ("" at the end)."""
        self.pos = _SPACE.match(self.source, self.pos).end()  # type: ignore[union-attr]  # matches the empty string
        return self.source[self.pos:self.pos + 1]

    def value(self, depth: int) -> Any:
        if depth > _MAX_DEPTH:
            raise _NotLiteral
        char = self.skip()
        if char == "{":
            return self.members(depth)
        if char == "[":
            return self.items(depth)
        if char in "'\"`":
            return self.string()
        if char == "!" and self.source[self.pos + 1:self.pos + 2] in "01":
            self.pos += 2
            return self.source[self.pos - 1] == "0"
        if m := _NUMBER.match(self.source, self.pos):
            self.pos = m.end()
            text = m.group(0)
            if "x" in text.lower():
                return int(text, 16)
            return float(text) if re.search(r"[.eE]", text) else int(text)
        if m := _NAME.match(self.source, self.pos):
            if m.group(0).split(".")[0].strip() in _RESERVED:
                raise _NotLiteral
            self.pos = m.end()
            return _WORDS.get(m.group(0))  # another name is a variable: its value is unknown here
        raise _NotLiteral

    def string(self) -> str:
        quote = self.source[self.pos]
        m = (_TEMPLATE if quote == "`" else _STRING[quote]).match(self.source, self.pos)
        if m is None:
            raise _NotLiteral
        self.pos = m.end()
        return _ESCAPE.sub(_unescape, m.group(1))

    def key(self) -> str:
        char = self.skip()
        if char in "'\"":
            return self.string()
        if m := _KEY.match(self.source, self.pos):
            self.pos = m.end()
            return m.group(0)
        raise _NotLiteral

    def members(self, depth: int) -> dict[str, Any]:
        self.pos += 1
        out: dict[str, Any] = {}
        while self.skip() != "}":
            key = self.key()
            if self.skip() != ":":
                raise _NotLiteral
            self.pos += 1
            out[key] = self.value(depth + 1)
            self.after("}")
        self.pos += 1
        return out

    def items(self, depth: int) -> list[Any]:
        self.pos += 1
        out: list[Any] = []
        while self.skip() != "]":
            out.append(self.value(depth + 1))
            self.after("]")
        self.pos += 1
        return out

    def after(self, close: str) -> None:
        """Moves past the comma after an item; there must be one unless ``close`` follows."""
        char = self.skip()
        if char == ",":
            self.pos += 1
        elif char != close:
            raise _NotLiteral


def js_literal(source: str, start: int) -> Any:
    """The value of the JavaScript object or array literal at ``start`` of ``source`` (spaces and comments before
    it skipped; what follows it ignored), or None when there is none there or it is not a plain literal."""
    reader = _Reader(source, start)
    if reader.skip() not in ("{", "["):
        return None
    try:
        return reader.value(0)
    except (_NotLiteral, ValueError, OverflowError):
        return None


def js_string(source: str, start: int, closing: int = 0) -> str | None:
    """The value of the JavaScript string literal at ``start`` of ``source`` (single-, double-quoted or a template
    without substitutions; spaces and comments before it skipped, escapes decoded), or None when there is none, or
    when ``closing`` is more than 0 and the string is not followed by that many closing parentheses (the string is
    the whole argument of the calls around it, not a part of an expression: ``atob('…'.slice(1))``)."""
    reader = _Reader(source, start)
    if reader.skip() not in ("'", '"', "`"):
        return None
    try:
        value = reader.string()
    except (_NotLiteral, ValueError, OverflowError):
        return None
    for _ in range(closing):
        if reader.skip() != ")":
            return None
        reader.pos += 1
    return value


UNWRAPPERS = ("atob", "decodeURIComponent", "decodeURI", "unescape", "escape")
"""The pure built-ins a page's state is passed through before ``JSON.parse`` (``JSON.parse(atob('…'))``,
``JSON.parse(decodeURIComponent(escape(atob('…'))))``), which :func:`js_unwrap` runs."""
_BASE64 = re.compile(r"[A-Za-z0-9+/\s]*={0,2}\s*")
_ESCAPE_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@*_+-./")
_PERCENT_U = re.compile(r"%u([0-9a-fA-F]{4})|%([0-9a-fA-F]{2})")


def _atob(text: str) -> str:
    """``atob``: base64 to a string of byte values (JavaScript's "binary string")."""
    if not _BASE64.fullmatch(text):
        raise ValueError("not base64")
    data = "".join(text.split()).rstrip("=")
    return base64.b64decode(data + "=" * (-len(data) % 4), validate=True).decode("latin-1")


def _escape(text: str) -> str:
    """``escape``: every character outside a few kept as ``%XX`` or ``%uXXXX``."""
    return "".join(c if c in _ESCAPE_SAFE else f"%{ord(c):02X}" if ord(c) < 256 else f"%u{ord(c):04X}"
                   for c in text)


def _js_unescape(text: str) -> str:
    """``unescape``: ``%XX`` and ``%uXXXX`` back to the characters they code (no UTF-8 decoding)."""
    return _PERCENT_U.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)


def _decode_uri(text: str) -> str:
    """``decodeURIComponent``: ``%XX`` sequences decoded as UTF-8; malformed ones fail as in JavaScript."""
    return unquote(text, errors="strict")


_RUN = {"atob": _atob, "decodeURIComponent": _decode_uri, "decodeURI": _decode_uri, "unescape": _js_unescape,
        "escape": _escape}


def js_unwrap(names: Sequence[str], text: str, limit: int) -> str | None:
    """``text`` after the built-ins ``names`` (outermost first, each one of :data:`UNWRAPPERS`) ran on it, innermost
    first, as JavaScript runs ``decodeURIComponent(escape(atob(text)))``; None when one of them fails (not base64,
    a malformed escape) or a result is longer than ``limit`` characters."""
    for name in reversed(names):
        try:
            text = _RUN[name](text)
        except (KeyError, ValueError, binascii.Error, UnicodeDecodeError):
            return None
        if len(text) > limit:
            return None
    return text
