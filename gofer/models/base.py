"""The ModelClient protocol and the vendor-neutral types every provider translates to and from."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Literal, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

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
]


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


class ToolSpec(BaseModel):
    """A tool as the model is told about it: name, description and JSON schema of its arguments."""

    model_config = ConfigDict(frozen=True)

    name: str
    description: str
    parameters: dict[str, Any]


class Completion(BaseModel):
    """A model's answer: text, tool calls, token usage and the raw response (for exact replay)."""

    text: str = ""
    tool_calls: list[ToolCall] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)
    raw: dict[str, Any] = Field(default_factory=dict)
    model: str = ""


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
    ) -> Completion:
        """One model turn. With ``stream``, text deltas go to ``on_delta`` as they arrive."""
        ...
