"""The OpenAI chat-completions wire format: our messages and tools out, a Completion back (plain or streamed).

Works on plain dicts (the SDK's objects are dumped first), so odd servers (vLLM, Ollama, llama.cpp, LM Studio)
that leave fields out or add their own are read tolerantly.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from typing import Any

from gofer.events import ToolCall, Usage
from gofer.models._common import emit_delta, estimate_tokens, text_size
from gofer.models._retry import BadResponse
from gofer.models.base import Completion, DeltaHandler, ImageContent, Message, ToolSpec
from gofer.models.parsing import extract_tool_calls, make_tool_call, new_call_id

__all__ = ["StreamAssembler", "completion_from_response", "to_openai_messages", "to_openai_tools"]

_TOOL_IMAGES_NOTE = "Images returned by the tool calls above:"


def _image_part(image: ImageContent) -> dict[str, Any]:
    return {"type": "image_url", "image_url": {"url": f"data:{image.media_type};base64,{image.data_b64}"}}


def _user_content(message: Message) -> str | list[dict[str, Any]]:
    if not message.images:
        return message.content
    parts: list[dict[str, Any]] = []
    if message.content:
        parts.append({"type": "text", "text": message.content})
    parts.extend(_image_part(image) for image in message.images)
    return parts


def to_openai_messages(messages: list[Message]) -> list[dict[str, Any]]:
    """Our messages as chat-completions messages.

    Tool results become ``role=tool`` messages; the images a tool returned follow the run of tool messages
    as one user message (the tool role carries text only).
    """
    out: list[dict[str, Any]] = []
    pending: list[ImageContent] = []

    def flush() -> None:
        if pending:
            parts = [{"type": "text", "text": _TOOL_IMAGES_NOTE}, *(_image_part(image) for image in pending)]
            out.append({"role": "user", "content": parts})
            pending.clear()

    for message in messages:
        if message.role != "tool":
            flush()
        if message.role == "system":
            out.append({"role": "system", "content": message.content})
        elif message.role == "user":
            out.append({"role": "user", "content": _user_content(message)})
        elif message.role == "assistant":
            item: dict[str, Any] = {"role": "assistant", "content": message.content or None}
            if message.tool_calls:
                item["tool_calls"] = [
                    {
                        "id": call.id,
                        "type": "function",
                        "function": {"name": call.name, "arguments": json.dumps(call.arguments)},
                    }
                    for call in message.tool_calls
                ]
            elif item["content"] is None:
                item["content"] = ""
            out.append(item)
        else:
            out.append({"role": "tool", "tool_call_id": message.tool_call_id or "", "content": message.content})
            pending.extend(message.images)
    flush()
    return out


def to_openai_tools(tools: list[ToolSpec]) -> list[dict[str, Any]]:
    """Our tool specs as chat-completions function tools."""
    return [
        {
            "type": "function",
            "function": {"name": spec.name, "description": spec.description, "parameters": spec.parameters},
        }
        for spec in tools
    ]


def _text_of(content: Any) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(part.get("text") or "" for part in content if isinstance(part, dict))
    return str(content)


def _usage_of(data: dict[str, Any], prompt_size: Callable[[], int], text: str, calls: list[ToolCall]) -> Usage:
    usage = data.get("usage")
    if isinstance(usage, dict) and (usage.get("prompt_tokens") or usage.get("completion_tokens")):
        return Usage(
            input_tokens=int(usage.get("prompt_tokens") or 0),
            output_tokens=int(usage.get("completion_tokens") or 0),
        )
    produced = text_size(text) + sum(text_size(call.name) + text_size(json.dumps(call.arguments)) for call in calls)
    return Usage(input_tokens=estimate_tokens(prompt_size()), output_tokens=estimate_tokens(produced))


def completion_from_response(
    data: Any,
    *,
    tool_names: Collection[str],
    tolerant: bool,
    prompt_size: Callable[[], int],
    model: str,
) -> Completion:
    """A Completion from a chat-completions response dict; a response without choices is BadResponse.

    Usage comes from the response, or is estimated (``prompt_size``: the request's, asked for only then) when
    the server sent none. An answer that stopped at its bound (finish reason ``length``) is ``cut``. With
    ``tolerant``, tool calls
    written into the text are recovered for the offered tools. Repeated call ids (some local servers number
    every call ``call_0``) are replaced so each tool result finds its call.
    """
    if not isinstance(data, dict):
        raise BadResponse(f"the response is not a JSON object: {str(data)[:200]!r}")
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        error = data.get("error")
        detail = f": {error}" if error else ""
        raise BadResponse(f"the response has no choices{detail}")
    message = choices[0].get("message") or {}
    text = _text_of(message.get("content"))
    calls: list[ToolCall] = []
    for raw_call in message.get("tool_calls") or []:
        if not isinstance(raw_call, dict):
            continue
        function = raw_call.get("function") or {}
        name = function.get("name") or ""
        call = make_tool_call(name or "unnamed", function.get("arguments"), raw_call.get("id") or None)
        if not name:
            call = call.model_copy(update={"error": "the tool call had no tool name; name one of the tools"})
        calls.append(call)
    if not calls and tolerant and tool_names:
        text, calls = extract_tool_calls(text, tool_names)
    seen: set[str] = set()
    for position, call in enumerate(calls):
        if call.id in seen:
            calls[position] = call.model_copy(update={"id": new_call_id()})
        seen.add(calls[position].id)
    return Completion(
        text=text,
        tool_calls=calls,
        usage=_usage_of(data, prompt_size, text, calls),
        raw=data,
        model=str(data.get("model") or model),
        cut=choices[0].get("finish_reason") == "length",
    )


class StreamAssembler:
    """Builds one chat-completion dict from streamed chunks, passing text deltas on as they come."""

    def __init__(self, on_delta: DeltaHandler | None) -> None:
        self._on_delta = on_delta
        self._text: list[str] = []
        self._calls: dict[int, dict[str, str]] = {}
        self._meta: dict[str, Any] = {}
        self._usage: dict[str, Any] | None = None
        self._finish: str | None = None

    async def add(self, chunk: dict[str, Any]) -> None:
        """Take one chunk (``chat.completion.chunk``) into the assembled answer."""
        for key in ("id", "model", "created", "system_fingerprint"):
            if chunk.get(key) is not None and key not in self._meta:
                self._meta[key] = chunk[key]
        if isinstance(chunk.get("usage"), dict):
            self._usage = chunk["usage"]
        for choice in chunk.get("choices") or []:
            if not isinstance(choice, dict):
                continue
            self._finish = choice.get("finish_reason") or self._finish
            delta = choice.get("delta") or {}
            text = _text_of(delta.get("content"))
            if text:
                self._text.append(text)
                await emit_delta(self._on_delta, text)
            for position, fragment in enumerate(delta.get("tool_calls") or []):
                self._add_call_fragment(position, fragment)

    def _add_call_fragment(self, position: int, fragment: Any) -> None:
        if not isinstance(fragment, dict):
            return
        index = fragment.get("index")
        slot = self._calls.setdefault(
            index if isinstance(index, int) else position, {"id": "", "name": "", "arguments": ""}
        )
        if fragment.get("id"):
            slot["id"] = fragment["id"]
        function = fragment.get("function") or {}
        name = function.get("name")
        if name and name != slot["name"]:
            slot["name"] += name
        arguments = function.get("arguments")
        if isinstance(arguments, str):
            slot["arguments"] += arguments
        elif isinstance(arguments, dict):
            slot["arguments"] = json.dumps(arguments)

    def response(self) -> dict[str, Any]:
        """The assembled answer in the shape of a non-streamed ``chat.completion``."""
        message: dict[str, Any] = {"role": "assistant", "content": "".join(self._text) or None}
        if self._calls:
            message["tool_calls"] = [
                {
                    "id": slot["id"] or None,
                    "type": "function",
                    "function": {"name": slot["name"], "arguments": slot["arguments"]},
                }
                for _, slot in sorted(self._calls.items())
            ]
        if not self._meta and not self._text and not self._calls:
            raise BadResponse("the stream ended without any chunk")
        data: dict[str, Any] = {
            **self._meta,
            "object": "chat.completion",
            "streamed": True,
            "choices": [{"index": 0, "message": message, "finish_reason": self._finish}],
        }
        if self._usage is not None:
            data["usage"] = self._usage
        return data
