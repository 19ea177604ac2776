"""Anthropic's Messages API through the official ``anthropic`` SDK.

The system prompt goes apart, tool calls are ``tool_use`` blocks and results ``tool_result`` blocks in a user
message, consecutive messages of one role are merged (the API wants them alternating), images are base64
blocks. Retries, usage and streamed deltas as for the OpenAI provider.
"""

from __future__ import annotations

import json
from typing import Any

import anthropic

from gofer.events import ToolCall, Usage
from gofer.models._common import emit_delta, refuse_remote_in_tests
from gofer.models._retry import BadResponse, RetryPolicy, with_retries
from gofer.models._sdk_errors import classify_sdk_error
from gofer.models.base import Completion, DeltaHandler, ImageContent, Message, ModelInfo, ToolSpec
from gofer.models.parsing import make_tool_call

__all__ = ["AnthropicModel", "completion_from_message", "to_anthropic_messages"]


def _image_block(image: ImageContent) -> dict[str, Any]:
    return {"type": "image", "source": {"type": "base64", "media_type": image.media_type, "data": image.data_b64}}


def _blocks(message: Message) -> list[dict[str, Any]]:
    text = [{"type": "text", "text": message.content}] if message.content.strip() else []
    images = [_image_block(image) for image in message.images]
    if message.role == "assistant":
        calls = [
            {"type": "tool_use", "id": call.id, "name": call.name, "input": call.arguments}
            for call in message.tool_calls
        ]
        return text + calls
    if message.role == "tool":
        result: dict[str, Any] = {"type": "tool_result", "tool_use_id": message.tool_call_id or ""}
        result["content"] = text + images if (text or images) else "(no output)"
        return [result]
    return text + images


def to_anthropic_messages(messages: list[Message]) -> tuple[str, list[dict[str, Any]]]:
    """The system prompt and the alternating user/assistant messages for the Messages API."""
    system: list[str] = []
    out: list[dict[str, Any]] = []
    for message in messages:
        if message.role == "system":
            if message.content.strip():
                system.append(message.content)
            continue
        role = "assistant" if message.role == "assistant" else "user"
        blocks = _blocks(message)
        if not blocks:
            continue
        if out and out[-1]["role"] == role:
            out[-1]["content"].extend(blocks)
        else:
            out.append({"role": role, "content": blocks})
    for item in out:
        if item["role"] == "user":
            item["content"].sort(key=lambda block: block["type"] != "tool_result")
    if not out or out[0]["role"] != "user":
        out.insert(0, {"role": "user", "content": [{"type": "text", "text": "Continue."}]})
    return "\n\n".join(system), out


def completion_from_message(data: Any, *, model: str) -> Completion:
    """A Completion from a Messages API response dict; a response without content is BadResponse."""
    if not isinstance(data, dict) or not isinstance(data.get("content"), list):
        raise BadResponse(f"the response has no content: {str(data)[:200]!r}")
    texts: list[str] = []
    calls: list[ToolCall] = []
    for block in data["content"]:
        if not isinstance(block, dict):
            continue
        if block.get("type") == "text":
            texts.append(block.get("text") or "")
        elif block.get("type") == "tool_use":
            calls.append(make_tool_call(block.get("name") or "unnamed", block.get("input"), block.get("id")))
    usage = data.get("usage") or {}
    input_tokens = sum(
        int(usage.get(key) or 0)
        for key in ("input_tokens", "cache_creation_input_tokens", "cache_read_input_tokens")
    )
    return Completion(
        text="".join(texts),
        tool_calls=calls,
        usage=Usage(input_tokens=input_tokens, output_tokens=int(usage.get("output_tokens") or 0)),
        raw=data,
        model=str(data.get("model") or model),
        cut=data.get("stop_reason") == "max_tokens",
    )


class _StreamAssembler:
    """Builds one Messages API response from streamed events, passing text deltas on."""

    def __init__(self, on_delta: DeltaHandler | None) -> None:
        self._on_delta = on_delta
        self._message: dict[str, Any] | None = None
        self._blocks: dict[int, dict[str, Any]] = {}
        self._json: dict[int, str] = {}

    async def add(self, event: dict[str, Any]) -> None:
        kind = event.get("type")
        if kind == "message_start":
            self._message = dict(event.get("message") or {})
        elif kind == "content_block_start":
            self._blocks[int(event.get("index") or 0)] = dict(event.get("content_block") or {})
        elif kind == "content_block_delta":
            index = int(event.get("index") or 0)
            delta = event.get("delta") or {}
            block = self._blocks.setdefault(index, {"type": "text", "text": ""})
            if delta.get("type") == "text_delta":
                block["text"] = (block.get("text") or "") + (delta.get("text") or "")
                await emit_delta(self._on_delta, delta.get("text") or "")
            elif delta.get("type") == "input_json_delta":
                self._json[index] = self._json.get(index, "") + (delta.get("partial_json") or "")
        elif kind == "message_delta" and self._message is not None:
            self._message.update({k: v for k, v in (event.get("delta") or {}).items() if v is not None})
            usage = {**(self._message.get("usage") or {})}
            usage.update({k: v for k, v in (event.get("usage") or {}).items() if v is not None})
            self._message["usage"] = usage

    def response(self) -> dict[str, Any]:
        if self._message is None:
            raise BadResponse("the stream ended without a message_start event")
        content = []
        for index, block in sorted(self._blocks.items()):
            if block.get("type") == "tool_use" and index in self._json:
                raw = self._json[index]
                try:
                    block["input"] = json.loads(raw) if raw.strip() else {}
                except json.JSONDecodeError:
                    block["input"] = raw
            content.append(block)
        return {**self._message, "content": content, "streamed": True}


class AnthropicModel:
    """A ModelClient over Anthropic's Messages API."""

    def __init__(
        self,
        model: str,
        *,
        api_key: str,
        info: ModelInfo,
        base_url: str = "https://api.anthropic.com",
        max_tokens: int = 8_192,
        timeout: float = 120.0,
        retry: RetryPolicy | None = None,
    ) -> None:
        self.model = model
        self.base_url = base_url
        self.max_tokens = max_tokens
        self.retry = retry or RetryPolicy()
        self._info = info
        self._api_key = api_key
        self._timeout = timeout
        self._client: anthropic.AsyncAnthropic | None = None

    @property
    def info(self) -> ModelInfo:
        """Context window, vision support and prices of this model."""
        return self._info

    def _sdk(self) -> anthropic.AsyncAnthropic:
        if self._client is None:
            self._client = anthropic.AsyncAnthropic(
                api_key=self._api_key, base_url=self.base_url, timeout=self._timeout, max_retries=0
            )
        return self._client

    async def aclose(self) -> None:
        """Close the HTTP connections this client holds."""
        if self._client is not None:
            await self._client.close()
            self._client = None

    async def complete(
        self,
        messages: list[Message],
        tools: list[ToolSpec],
        *,
        stream: bool = False,
        on_delta: DeltaHandler | None = None,
        max_output: int | None = None,
    ) -> Completion:
        """One model turn; with ``stream``, text deltas go to ``on_delta`` as they arrive."""
        refuse_remote_in_tests(self.base_url)
        system, wire_messages = to_anthropic_messages(messages)
        bound = self.max_tokens if max_output is None else max(1, min(self.max_tokens, max_output))
        params: dict[str, Any] = {"model": self.model, "max_tokens": bound, "messages": wire_messages}
        if system:
            params["system"] = system
        if tools:
            params["tools"] = [
                {"name": spec.name, "description": spec.description, "input_schema": spec.parameters}
                for spec in tools
            ]

        async def attempt() -> Completion:
            if stream:
                assembler = _StreamAssembler(on_delta)
                events = await self._sdk().messages.create(**params, stream=True)
                async for event in events:
                    await assembler.add(event.model_dump(mode="json", warnings=False))
                data = assembler.response()
            else:
                response = await self._sdk().messages.create(**params)
                data = response.model_dump(mode="json", warnings=False)
            return completion_from_message(data, model=self.model)

        return await with_retries(
            attempt, lambda exc: classify_sdk_error(exc, anthropic), self.retry, f"model call to {self.model}"
        )
