"""Each provider says when a reply stopped at its output bound (``Completion.cut``): OpenAI's chat completions by
``finish_reason: "length"`` (plain or streamed), Anthropic's Messages API by ``stop_reason: "max_tokens"``; a
replayed run serves the recorded flag back, and a scripted turn may say ``cut: true``."""

from __future__ import annotations

import asyncio

import pytest

from gofer.events import ModelResponded
from gofer.models._openai_wire import StreamAssembler, completion_from_response
from gofer.models.anthropic_messages import completion_from_message
from gofer.models.replay import ReplayModel
from gofer.testing import ScriptedModel


def _chat(finish: str) -> dict[str, object]:
    return {"model": "m", "choices": [{"index": 0, "finish_reason": finish,
                                        "message": {"role": "assistant", "content": "Chapter 1: Once upon a"}}]}


def _openai(data: dict[str, object]) -> bool:
    return completion_from_response(data, tool_names=(), tolerant=False, prompt_size=lambda: 0, model="m").cut


def test_openai_length_is_cut_and_stop_is_not() -> None:
    assert _openai(_chat("length")) and not _openai(_chat("stop"))


def test_a_streamed_openai_reply_keeps_its_finish_reason() -> None:
    async def assembled() -> dict[str, object]:
        stream = StreamAssembler(None)
        await stream.add({"model": "m", "choices": [{"index": 0, "delta": {"content": "Chapter 1"}}]})
        await stream.add({"choices": [{"index": 0, "delta": {}, "finish_reason": "length"}]})
        return stream.response()

    assert _openai(asyncio.run(assembled()))


def test_anthropic_max_tokens_is_cut() -> None:
    def message(stop: str) -> dict[str, object]:
        return {"model": "claude", "stop_reason": stop, "content": [{"type": "text", "text": "Chapter 1"}],
                "usage": {"input_tokens": 10, "output_tokens": 4096}}

    assert completion_from_message(message("max_tokens"), model="claude").cut
    assert not completion_from_message(message("end_turn"), model="claude").cut


def test_a_replayed_cut_reply_is_cut_again() -> None:
    recorded = [ModelResponded(run_id="r", model="m", text="Chapter 1", max_output=4096, cut=True)]
    assert asyncio.run(ReplayModel(recorded).complete([], [])).cut


def test_a_scripted_turn_may_be_cut() -> None:
    model = ScriptedModel([{"text": "Chapter 1: Once upon a", "cut": True}, "The end."])
    assert asyncio.run(model.complete([], [])).cut and not asyncio.run(model.complete([], [])).cut
    with pytest.raises(ValueError, match="'cut' must be true or false"):
        ScriptedModel([{"text": "x", "cut": "yes"}])
