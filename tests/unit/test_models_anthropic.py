"""The Anthropic provider against a local server speaking the Messages API."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from gofer.config import Settings
from gofer.events import ToolCall
from gofer.models._retry import RetryPolicy
from gofer.models.anthropic_messages import AnthropicModel, to_anthropic_messages
from gofer.models.base import ImageContent, Message, ModelError, ModelInfo, ToolSpec
from gofer.models.registry import resolve_model
from gofer.testing import CannedResponse, ScriptedHTTPServer

FAST = RetryPolicy(retries=2, base_delay=0.01, max_delay=0.05)
READ = ToolSpec(name="read_file", description="Read a file.",
                parameters={"type": "object", "properties": {"path": {"type": "string"}}})
ASK = [Message(role="system", content="Be brief."), Message(role="user", content="Read a.txt")]


def message(*content: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": "msg_1", "type": "message", "role": "assistant", "model": "claude-test",
        "content": list(content), "stop_reason": "end_turn", "stop_sequence": None,
        "usage": {"input_tokens": 20, "output_tokens": 9},
    }


@pytest.fixture
def server() -> Iterator[ScriptedHTTPServer]:
    with ScriptedHTTPServer() as running:
        yield running


def model_for(server: ScriptedHTTPServer) -> AnthropicModel:
    return AnthropicModel("claude-test", api_key="sk-ant", base_url=server.url, max_tokens=1000, retry=FAST,
                          info=ModelInfo(name="claude-test", provider="anthropic", vision=True))


async def test_plain_answer(server: ScriptedHTTPServer) -> None:
    server.push(CannedResponse(200, message({"type": "text", "text": "Hello."})))
    completion = await model_for(server).complete(ASK, [])
    assert completion.text == "Hello."
    assert (completion.usage.input_tokens, completion.usage.output_tokens) == (20, 9)
    assert completion.raw["id"] == "msg_1"
    sent = server.requests[0]
    assert sent.path == "/v1/messages"
    assert "sk-ant" in (sent.headers.get("x-api-key", ""), sent.headers.get("authorization", "").split()[-1])
    body = sent.json()
    assert body["system"] == "Be brief."
    assert body["max_tokens"] == 1000
    assert body["messages"] == [{"role": "user", "content": [{"type": "text", "text": "Read a.txt"}]}]


async def test_tool_use(server: ScriptedHTTPServer) -> None:
    server.push(CannedResponse(200, message(
        {"type": "text", "text": "Reading."},
        {"type": "tool_use", "id": "toolu_1", "name": "read_file", "input": {"path": "a.txt"}},
    )))
    completion = await model_for(server).complete(ASK, [READ])
    assert completion.text == "Reading."
    assert completion.tool_calls == [ToolCall(id="toolu_1", name="read_file", arguments={"path": "a.txt"})]
    assert server.requests[0].json()["tools"] == [
        {"name": "read_file", "description": "Read a file.", "input_schema": READ.parameters}
    ]


async def test_streamed_text_and_tool_use(server: ScriptedHTTPServer) -> None:
    events: list[dict[str, Any]] = [
        {"type": "message_start", "message": {**message(), "usage": {"input_tokens": 30, "output_tokens": 1}}},
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Let me "}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "look."}},
        {"type": "content_block_stop", "index": 0},
        {"type": "content_block_start", "index": 1,
         "content_block": {"type": "tool_use", "id": "toolu_2", "name": "read_file", "input": {}}},
        {"type": "content_block_delta", "index": 1, "delta": {"type": "input_json_delta", "partial_json": '{"pa'}},
        {"type": "content_block_delta", "index": 1,
         "delta": {"type": "input_json_delta", "partial_json": 'th": "b.txt"}'}},
        {"type": "content_block_stop", "index": 1},
        {"type": "message_delta", "delta": {"stop_reason": "tool_use"}, "usage": {"output_tokens": 15}},
        {"type": "message_stop"},
    ]
    frames = [f"event: {e['type']}\ndata: {json.dumps(e)}\n\n" for e in events]
    server.push(CannedResponse(200, headers={"content-type": "text/event-stream"}, chunks=frames))
    pieces: list[str] = []
    completion = await model_for(server).complete(ASK, [READ], stream=True, on_delta=pieces.append)
    assert pieces == ["Let me ", "look."]
    assert completion.text == "Let me look."
    assert completion.tool_calls == [ToolCall(id="toolu_2", name="read_file", arguments={"path": "b.txt"})]
    assert (completion.usage.input_tokens, completion.usage.output_tokens) == (30, 15)
    assert completion.raw["stop_reason"] == "tool_use"
    assert server.requests[0].json()["stream"] is True


async def test_overloaded_then_success(server: ScriptedHTTPServer) -> None:
    server.push(CannedResponse(529, {"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}),
                CannedResponse(200, message({"type": "text", "text": "ok"})))
    assert (await model_for(server).complete(ASK, [])).text == "ok"
    assert len(server.requests) == 2


def test_messages_are_translated_merged_and_ordered() -> None:
    image = ImageContent(media_type="image/jpeg", data_b64="/9j/")
    system, out = to_anthropic_messages([
        Message(role="system", content="One."),
        Message(role="system", content="Two."),
        Message(role="user", content="Task", images=[image]),
        Message(role="user", content="More"),
        Message(role="assistant", content="", tool_calls=[
            ToolCall(id="t1", name="read_file", arguments={"path": "a"}),
            ToolCall(id="t2", name="read_file", arguments={"path": "b"}),
        ]),
        Message(role="tool", tool_call_id="t1", content="A", images=[image]),
        Message(role="tool", tool_call_id="t2", content=""),
        Message(role="user", content="Also this."),
    ])
    assert system == "One.\n\nTwo."
    assert [m["role"] for m in out] == ["user", "assistant", "user"]
    assert out[0]["content"] == [
        {"type": "text", "text": "Task"},
        {"type": "image", "source": {"type": "base64", "media_type": "image/jpeg", "data": "/9j/"}},
        {"type": "text", "text": "More"},
    ]
    assert out[1]["content"] == [
        {"type": "tool_use", "id": "t1", "name": "read_file", "input": {"path": "a"}},
        {"type": "tool_use", "id": "t2", "name": "read_file", "input": {"path": "b"}},
    ]
    results = out[2]["content"]
    assert [b["type"] for b in results] == ["tool_result", "tool_result", "text"]
    assert results[0]["content"][1]["type"] == "image"
    assert results[1] == {"type": "tool_result", "tool_use_id": "t2", "content": "(no output)"}


def test_conversation_starting_with_the_assistant_gets_a_user_turn() -> None:
    _, out = to_anthropic_messages([Message(role="assistant", content="Hi")])
    assert [m["role"] for m in out] == ["user", "assistant"]


async def test_spec_needs_a_key_and_refuses_the_real_api(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ModelError, match="ANTHROPIC_API_KEY"):
        resolve_model("anthropic:claude-sonnet-4-5", Settings())
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant")
    model = resolve_model("anthropic:claude-sonnet-4-5", Settings())
    assert model.info.context_window == 200_000 and model.info.input_price == 3.0
    with pytest.raises(ModelError, match="refusing a real model call during tests"):
        await model.complete(ASK, [])
