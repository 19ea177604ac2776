"""The ModelClient protocol and the vendor-neutral types every provider translates to and from."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any, Literal, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field, field_validator

from gofer.events import ToolCall, Usage

__all__ = [
    "Completion",
    "DeltaHandler",
    "ImageContent",
    "Message",
    "ModelClient",
    "ModelError",
    "ModelInfo",
    "ToolSpec",
    "wire_text",
]

_SURROGATE = re.compile("[\ud800-\udfff]")


def wire_text(text: str) -> str:
    """``text`` as it can travel in a request: each lone surrogate becomes U+FFFD.

    Python strings can hold them (a file name in another encoding, read with ``surrogateescape``; a JSON
    ``"\\udc80"`` escape in an MCP answer or a model's reply), UTF-8 cannot: one such character in the
    conversation would make every later model call fail. The event log keeps the text as it was.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def _wire_value(value: Any) -> Any:
    if isinstance(value, str):
        return wire_text(value)
    if isinstance(value, dict):
        return {wire_text(str(k)): _wire_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_wire_value(v) for v in value]
    return value


class ModelError(Exception):
    """A model call failed for good (after retries): the run cannot go on with this model."""


class ModelInfo(BaseModel):
    """What gofer knows about a model: its context window, vision support and prices (USD per 1M tokens)."""

    model_config = ConfigDict(frozen=True)

    name: str
    provider: str
    context_window: int = 128_000
    vision: bool = False
    input_price: float | None = None
    output_price: float | None = None
    max_output: int | None = None
    """The most output tokens one call may produce (the ``max_tokens`` gofer sends), when gofer bounds it."""
    max_output_from: str | None = None
    """Where ``max_output`` comes from (a setting, the model's catalog entry), for the messages that count on it."""

    def cost(self, usage: Usage) -> float | None:
        """Cost of a call in USD, or None when the price is unknown."""
        if self.input_price is None or self.output_price is None:
            return None
        return (usage.input_tokens * self.input_price + usage.output_tokens * self.output_price) / 1_000_000


class ImageContent(BaseModel):
    """An image shown to a vision model, as base64 data."""

    model_config = ConfigDict(frozen=True)

    media_type: str = "image/png"
    data_b64: str


class Message(BaseModel):
    """One message of the conversation the model sees, in a vendor-neutral shape."""

    model_config = ConfigDict(frozen=True)

    role: Literal["system", "user", "assistant", "tool"]
    content: str = ""
    images: list[ImageContent] = Field(default_factory=list)
    tool_calls: list[ToolCall] = Field(default_factory=list)
    tool_call_id: str | None = None
    name: str | None = None

    @field_validator("content", "tool_call_id", "name")
    @classmethod
    def _utf8_text(cls, value: str | None) -> str | None:
        return None if value is None else wire_text(value)

    @field_validator("tool_calls")
    @classmethod
    def _utf8_calls(cls, calls: list[ToolCall]) -> list[ToolCall]:
        out = []
        for call in calls:
            name, arguments = wire_text(call.name), _wire_value(call.arguments)
            same = name == call.name and arguments == call.arguments
            out.append(call if same else call.model_copy(update={"name": name, "arguments": arguments}))
        return out


class ToolSpec(BaseModel):
    """A tool as the model is told about it: name, description and JSON schema of its arguments."""

    model_config = ConfigDict(frozen=True)

    name: str
    description: str
    parameters: dict[str, Any]

    @field_validator("description")
    @classmethod
    def _utf8_description(cls, value: str) -> str:
        return wire_text(value)  # an MCP server's words

    @field_validator("parameters")
    @classmethod
    def _utf8_parameters(cls, value: dict[str, Any]) -> dict[str, Any]:
        return dict(_wire_value(value))


class Completion(BaseModel):
    """A model's answer: text, tool calls, token usage and the raw response (for exact replay)."""

    text: str = ""
    tool_calls: list[ToolCall] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)
    raw: dict[str, Any] = Field(default_factory=dict)
    model: str = ""
    cut: bool = False
    """The answer stopped at its output bound (OpenAI's finish reason ``length``, Anthropic's stop reason
    ``max_tokens``): its end, a tool call's arguments included, is missing."""


DeltaHandler = Callable[[str], Awaitable[None] | None]


@runtime_checkable
class ModelClient(Protocol):
    """A language model gofer can drive. Vendor types never leave the provider module."""

    @property
    def info(self) -> ModelInfo:
        """Context window, vision support and prices of this model."""
        ...

    async def complete(
        self,
        messages: list[Message],
        tools: list[ToolSpec],
        *,
        stream: bool = False,
        on_delta: DeltaHandler | None = None,
        max_output: int | None = None,
    ) -> Completion:
        """One model turn. With ``stream``, text deltas go to ``on_delta`` as they arrive. ``max_output`` bounds
        this call's output tokens (sent as the request's ``max_tokens``, below the model's own bound), so a quota
        hold counting it cannot be overrun by the answer."""
        ...
