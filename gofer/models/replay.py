"""``replay``: a recorded run's ModelResponded events served back in order, in place of the model."""

from __future__ import annotations

from collections.abc import Sequence

from gofer.events import ModelResponded
from gofer.models._common import emit_delta
from gofer.models.base import Completion, DeltaHandler, Message, ModelError, ModelInfo, ToolSpec
from gofer.models.catalog import model_info

__all__ = ["ReplayModel"]


class ReplayModel:
    """Plays recorded model turns back as Completions (same text, tool calls, usage, raw response, and whether the
    reply was cut at its bound).

    ``info`` is the recorded model's, so context condensing happens where it did. ``calls`` counts the
    calls served; past the last recorded turn a call is a ModelError. Events whose raw response was moved
    to a blob (``raw_blob``) must have ``raw`` filled back in by the caller to be served with it.
    """

    def __init__(self, recorded: Sequence[ModelResponded], *, info: ModelInfo | None = None) -> None:
        self.recorded = list(recorded)
        self.calls = 0
        name = self.recorded[0].model if self.recorded else "replay"
        self._info = info or model_info(name, "replay")

    @property
    def info(self) -> ModelInfo:
        """The recorded model's context window, vision support and prices, so costs match the original."""
        return self._info

    async def complete(
        self,
        messages: list[Message],
        tools: list[ToolSpec],
        *,
        stream: bool = False,
        on_delta: DeltaHandler | None = None,
        max_output: int | None = None,
    ) -> Completion:
        """The next recorded turn; text is sent to ``on_delta`` in one piece when streaming."""
        if self.calls >= len(self.recorded):
            raise ModelError(
                f"replay: the recorded run has {len(self.recorded)} model turns and all were used; "
                f"model call {self.calls + 1} has no recorded answer (the replay went differently)"
            )
        event = self.recorded[self.calls]
        self.calls += 1
        if stream:
            await emit_delta(on_delta, event.text)
        return Completion(
            text=event.text,
            tool_calls=list(event.tool_calls),
            usage=event.usage,
            raw=dict(event.raw or {}),
            model=event.model,
            cut=event.cut,
        )
