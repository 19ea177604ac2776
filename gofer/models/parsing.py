"""Tolerant tool-call parsing for weaker models.

Some models put their tool calls in the text instead of the API's tool-call field: as bare JSON, in a
```json fenced block, or between ``<tool_call>`` tags. Others send arguments that are not valid JSON. This
module recovers the calls it can (only for tools the request offered) and turns a malformed call into a
ToolCall with ``error`` set, which the loop shows the model as an error observation it can correct.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterator
from typing import Any

from gofer.events import ToolCall
from gofer.ids import new_id

__all__ = ["extract_tool_calls", "make_tool_call", "new_call_id", "parse_arguments"]

_ARGUMENT_KEYS = ("arguments", "parameters", "args", "input")
_CALL_KEYS = frozenset({"name", "id", "type", "function", "tool", *_ARGUMENT_KEYS})
_TAG_RE = re.compile(r"<tool_call>\s*(.*?)\s*(?:</tool_call>|\Z)", re.DOTALL | re.IGNORECASE)
_FENCE_RE = re.compile(r"```[ \t]*([A-Za-z_-]*)[ \t]*\n(.*?)```", re.DOTALL)
_FENCE_LANGS = frozenset({"", "json", "tool_call", "tool", "function"})
_THINK_RE = re.compile(r"<think(?:ing)?>.*?(?:</think(?:ing)?>|\Z)", re.DOTALL | re.IGNORECASE)
_NAME_RE = re.compile(r'"(?:name|tool)"\s*:\s*"([^"\\]+)"')
_MAX_ECHO = 200


def new_call_id() -> str:
    """A fresh tool-call id for a call that arrived without one."""
    return new_id("call")


def _strip_fences(text: str) -> str:
    match = re.fullmatch(r"\s*```[A-Za-z_-]*\s*\n?(.*?)```\s*", text, re.DOTALL)
    return match.group(1) if match else text


def parse_arguments(raw: Any) -> tuple[dict[str, Any], str | None]:
    """Arguments as a dict, or ``({}, error)`` describing why they are not a JSON object.

    Accepts a dict, a JSON object string, an empty string (no arguments), a fenced block around JSON and a
    JSON string that itself holds a JSON object (double encoding).
    """
    if raw is None:
        return {}, None
    if isinstance(raw, dict):
        return raw, None
    if not isinstance(raw, str):
        return {}, f"arguments must be a JSON object, got {type(raw).__name__}"
    text = _strip_fences(raw).strip()
    if not text:
        return {}, None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        shown = raw if len(raw) <= _MAX_ECHO else raw[:_MAX_ECHO] + "..."
        return {}, (
            f"arguments are not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno}): {shown!r}; "
            "send the call again with the arguments as one JSON object"
        )
    if isinstance(value, str):
        return parse_arguments(value) if value.strip().startswith("{") else (
            {}, "arguments must be a JSON object, got a string"
        )
    if not isinstance(value, dict):
        return {}, f"arguments must be a JSON object, got {_json_kind(value)}"
    return value, None


def _json_kind(value: Any) -> str:
    if isinstance(value, list):
        return "an array"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return type(value).__name__


def make_tool_call(name: str, raw_arguments: Any, call_id: str | None = None) -> ToolCall:
    """A ToolCall from a name and raw arguments; bad arguments give ``error`` instead of an exception."""
    arguments, error = parse_arguments(raw_arguments)
    if error is not None:
        error = f"the call to {name} could not be used: {error}"
    return ToolCall(id=call_id or new_call_id(), name=name, arguments=arguments, error=error)


def _known(name: Any, tool_names: Collection[str]) -> str | None:
    if not isinstance(name, str):
        return None
    if name in tool_names:
        return name
    for prefix in ("functions.", "function.", "tools."):
        if name.startswith(prefix) and name[len(prefix):] in tool_names:
            return name[len(prefix):]
    return None


def _calls_in(value: Any, tool_names: Collection[str]) -> list[ToolCall] | None:
    """The calls a decoded JSON value describes, or None when it is not (only) tool calls."""
    if isinstance(value, list):
        if not value:
            return None
        calls: list[ToolCall] = []
        for item in value:
            found = _calls_in(item, tool_names)
            if found is None:
                return None
            calls.extend(found)
        return calls
    if not isinstance(value, dict):
        return None
    if set(value) == {"tool_calls"}:
        return _calls_in(value["tool_calls"], tool_names)
    if not value or not set(value) <= _CALL_KEYS:
        return None
    call_id = value.get("id") if isinstance(value.get("id"), str) else None
    function = value.get("function")
    if isinstance(function, dict):
        value = function
    name = _known(value.get("name", value.get("tool")), tool_names)
    if name is None:
        return None
    raw_arguments = next((value[key] for key in _ARGUMENT_KEYS if key in value), None)
    return [make_tool_call(name, raw_arguments, call_id)]


def _malformed_call(text: str, tool_names: Collection[str]) -> ToolCall | None:
    """An error ToolCall for text that clearly tries to call a known tool but is not valid JSON."""
    match = _NAME_RE.search(text)
    name = _known(match.group(1), tool_names) if match else None
    if name is None:
        return None
    shown = text if len(text) <= _MAX_ECHO else text[:_MAX_ECHO] + "..."
    return ToolCall(
        id=new_call_id(),
        name=name,
        error=(
            f"the call to {name} could not be used: it is not valid JSON: {shown!r}; send it again as "
            '{"name": ..., "arguments": {...}}'
        ),
    )


def _decode_block(block: str, tool_names: Collection[str]) -> list[ToolCall] | None:
    text = _strip_fences(block).strip()
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        single = _malformed_call(text, tool_names)
        return None if single is None else [single]
    return _calls_in(value, tool_names)


def _json_spans(text: str) -> Iterator[tuple[int, int, Any]]:
    decoder = json.JSONDecoder()
    position = 0
    while True:
        starts = [i for i in (text.find("{", position), text.find("[", position)) if i >= 0]
        if not starts:
            return
        start = min(starts)
        try:
            value, end = decoder.raw_decode(text, start)
        except json.JSONDecodeError:
            position = start + 1
            continue
        yield start, end, value
        position = end


def _remove(text: str, spans: list[tuple[int, int]]) -> str:
    kept: list[str] = []
    last = 0
    for start, end in sorted(spans):
        kept.append(text[last:start])
        last = end
    kept.append(text[last:])
    return re.sub(r"\n{3,}", "\n\n", "".join(kept)).strip()


def extract_tool_calls(text: str, tool_names: Collection[str]) -> tuple[str, list[ToolCall]]:
    """Recover tool calls written into ``text``; returns the text that is left and the calls found.

    Looks, in order, for ``<tool_call>`` tags, fenced blocks and bare JSON, and keeps only calls to tools in
    ``tool_names``. A tagged or fenced call to a known tool whose JSON is broken becomes an error ToolCall.
    Reasoning inside ``<think>`` tags is not searched. Text without any recoverable call comes back unchanged
    with no calls.
    """
    if not text or not tool_names:
        return text, []
    # Reasoning between <think> tags is never searched; blanking it keeps every offset valid.
    searched = _THINK_RE.sub(lambda match: " " * len(match.group(0)), text)
    for pattern, usable in ((_TAG_RE, None), (_FENCE_RE, _FENCE_LANGS)):
        spans: list[tuple[int, int]] = []
        calls: list[ToolCall] = []
        for match in pattern.finditer(searched):
            if usable is not None and match.group(1).lower() not in usable:
                continue
            found = _decode_block(match.group(match.lastindex or 1), tool_names)
            if found:
                spans.append(match.span())
                calls.extend(found)
        if calls:
            return _remove(text, spans), calls
    spans = []
    calls = []
    for start, end, value in _json_spans(searched):
        found = _calls_in(value, tool_names)
        if found:
            spans.append((start, end))
            calls.extend(found)
    if calls:
        return _remove(text, spans), calls
    stripped = searched.strip()
    if stripped.startswith("{"):
        single = _malformed_call(stripped, tool_names)
        if single is not None:
            return text[: len(searched) - len(searched.lstrip())].strip(), [single]
    return text, []
