"""OpenAI and every server that speaks its chat-completions API (vLLM, Ollama, llama.cpp, LM Studio, OpenRouter).

Uses the official ``openai`` SDK with its own retries off: our loop (gofer.models._retry) retries 429, 5xx,
timeouts, connection errors and unreadable responses with backoff, so the behaviour is ours and testable.
"""

from __future__ import annotations

from typing import Any

import openai

from gofer.models import _openai_wire as wire
from gofer.models._common import prompt_size, refuse_remote_in_tests
from gofer.models._retry import RetryPolicy, with_retries
from gofer.models._sdk_errors import classify_sdk_error
from gofer.models.base import Completion, DeltaHandler, Message, ModelError, ModelInfo, ToolSpec

__all__ = ["OpenAIChatModel"]


class OpenAIChatModel:
    """A ModelClient over a chat-completions endpoint.

    ``tolerant`` recovers tool calls written into the text (for local and weaker models); it is off for
    OpenAI itself, whose native tool calls are reliable. A call's output is bounded (``bound_param``) by the
    smaller of the call's ``max_output`` and the info's ``max_output`` when either is set, and not otherwise (a
    server such as vLLM refuses a bound past its context).
    """

    def __init__(
        self,
        model: str,
        *,
        base_url: str,
        api_key: str,
        info: ModelInfo,
        timeout: float = 120.0,
        retry: RetryPolicy | None = None,
        tolerant: bool = True,
        bound_param: str = "max_tokens",
    ) -> None:
        self.model = model
        self.bound_param = bound_param
        """The request field that bounds a call's output (OpenAI's own API wants ``max_completion_tokens``)."""
        self.base_url = base_url
        self.tolerant = tolerant
        self.retry = retry or RetryPolicy()
        self._info = info
        self._api_key = api_key
        self._timeout = timeout
        self._client: openai.AsyncOpenAI | None = None

    @property
    def info(self) -> ModelInfo:
        """Context window, vision support and prices of this model."""
        return self._info

    def _sdk(self) -> openai.AsyncOpenAI:
        if self._client is None:
            self._client = openai.AsyncOpenAI(
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
        params: dict[str, Any] = {"model": self.model, "messages": wire.to_openai_messages(messages)}
        if tools:
            params["tools"] = wire.to_openai_tools(tools)
        bounds = [b for b in (max_output, self._info.max_output) if b is not None]
        if bounds:
            params[self.bound_param] = max(1, min(bounds))
        names = {spec.name for spec in tools}

        async def attempt() -> Completion:
            if stream:
                data = await self._streamed(params, on_delta)
            else:
                response = await self._sdk().chat.completions.create(**params)
                data = _dump(response)
            return wire.completion_from_response(
                data, tool_names=names, tolerant=self.tolerant, model=self.model,
                prompt_size=lambda: prompt_size(messages, tools),
            )

        return await with_retries(
            attempt, lambda exc: classify_sdk_error(exc, openai), self.retry, f"model call to {self.model}"
        )

    async def _streamed(self, params: dict[str, Any], on_delta: DeltaHandler | None) -> dict[str, Any]:
        assembler = wire.StreamAssembler(on_delta)
        chunks = await self._sdk().chat.completions.create(
            **params, stream=True, stream_options={"include_usage": True}
        )
        async for chunk in chunks:
            await assembler.add(_dump(chunk))
        return assembler.response()


def _dump(obj: Any) -> dict[str, Any]:
    """A vendor object as a plain JSON dict (vendor types stop here)."""
    if isinstance(obj, dict):
        return obj
    dump = getattr(obj, "model_dump", None)
    if dump is None:
        raise ModelError(f"unexpected response type {type(obj).__name__} from the openai SDK")
    data: dict[str, Any] = dump(mode="json", warnings=False)
    return data
