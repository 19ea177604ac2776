"""The OpenAI-compatible provider against a local server speaking the chat-completions wire format."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from gofer.config import Settings
from gofer.events import ToolCall
from gofer.models._retry import RetryPolicy
from gofer.models.base import ImageContent, Message, ModelError, ModelInfo, ToolSpec
from gofer.models.openai_compat import OpenAIChatModel
from gofer.models.registry import resolve_model
from gofer.testing import CannedResponse, ScriptedHTTPServer

FAST = RetryPolicy(retries=2, base_delay=0.01, max_delay=0.05)
WRITE = ToolSpec(
    name="write_file",
    description="Write a file.",
    parameters={"type": "object", "properties": {"path": {"type": "string"}, "content": {"type": "string"}}},
)
ASK = [Message(role="system", content="Be brief."), Message(role="user", content="Say hi.")]


def chat(text: str | None = None, calls: list[dict[str, Any]] | None = None, usage: bool = True) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": text}
    if calls:
        message["tool_calls"] = calls
    data: dict[str, Any] = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "test-model",
        "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if calls else "stop"}],
    }
    if usage:
        data["usage"] = {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}
    return data


def sse(*chunks: dict[str, Any]) -> CannedResponse:
    frames = [f"data: {json.dumps({'object': 'chat.completion.chunk', 'id': 'c1', 'model': 'm', **c})}\n\n"
              for c in chunks]
    return CannedResponse(200, headers={"content-type": "text/event-stream"}, chunks=[*frames, "data: [DONE]\n\n"])


def delta(**fields: Any) -> dict[str, Any]:
    return {"choices": [{"index": 0, "delta": fields, "finish_reason": None}]}


@pytest.fixture
def server() -> Iterator[ScriptedHTTPServer]:
    with ScriptedHTTPServer() as running:
        yield running


def model_for(server: ScriptedHTTPServer, tolerant: bool = True) -> OpenAIChatModel:
    info = ModelInfo(name="test-model", provider="openai-compat")
    return OpenAIChatModel(
        "test-model", base_url=server.url + "/v1", api_key="sk-test", info=info, retry=FAST, tolerant=tolerant
    )


async def test_plain_answer(server: ScriptedHTTPServer) -> None:
    server.push(CannedResponse(200, chat("Hi!")))
    completion = await model_for(server).complete(ASK, [])
    assert completion.text == "Hi!"
    assert completion.tool_calls == []
    assert (completion.usage.input_tokens, completion.usage.output_tokens) == (11, 7)
    assert completion.raw["id"] == "chatcmpl-1"
    assert completion.model == "test-model"
    sent = server.requests[0]
    assert sent.path == "/v1/chat/completions"
    assert sent.headers["authorization"] == "Bearer sk-test"
    assert sent.json()["messages"] == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Say hi."},
    ]
    assert "tools" not in sent.json()


async def test_tool_call(server: ScriptedHTTPServer) -> None:
    call = {"id": "call_9", "type": "function",
            "function": {"name": "write_file", "arguments": '{"path": "a.txt", "content": "x"}'}}
    server.push(CannedResponse(200, chat(None, [call])))
    completion = await model_for(server).complete(ASK, [WRITE])
    assert completion.text == ""
    expected = ToolCall(id="call_9", name="write_file", arguments={"path": "a.txt", "content": "x"})
    assert completion.tool_calls == [expected]
    assert server.requests[0].json()["tools"] == [
        {"type": "function", "function": {"name": "write_file", "description": "Write a file.",
                                          "parameters": WRITE.parameters}}
    ]


async def test_streamed_answer_sends_deltas(server: ScriptedHTTPServer) -> None:
    server.push(sse(delta(role="assistant", content=""), delta(content="Hel"), delta(content="lo "),
                    delta(content="world"),
                    {"choices": [], "usage": {"prompt_tokens": 5, "completion_tokens": 3}}))
    pieces: list[str] = []
    completion = await model_for(server).complete(ASK, [], stream=True, on_delta=pieces.append)
    assert pieces == ["Hel", "lo ", "world"]
    assert completion.text == "Hello world"
    assert (completion.usage.input_tokens, completion.usage.output_tokens) == (5, 3)
    assert completion.raw["streamed"] is True
    body = server.requests[0].json()
    assert body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}


async def test_streamed_tool_call_is_assembled(server: ScriptedHTTPServer) -> None:
    first = {"index": 0, "id": "call_s", "type": "function", "function": {"name": "write_file", "arguments": ""}}
    server.push(sse(
        delta(role="assistant", tool_calls=[first]),
        delta(tool_calls=[{"index": 0, "function": {"arguments": '{"path": "b.txt", '}}]),
        delta(tool_calls=[{"index": 0, "function": {"arguments": '"content": "yo"}'}}]),
    ))
    seen: list[str] = []

    async def on_delta(text: str) -> None:
        seen.append(text)

    completion = await model_for(server).complete(ASK, [WRITE], stream=True, on_delta=on_delta)
    assert seen == []
    assert completion.tool_calls == [ToolCall(id="call_s", name="write_file",
                                              arguments={"path": "b.txt", "content": "yo"})]
    assert completion.usage.input_tokens > 0


async def test_429_then_success_is_retried(server: ScriptedHTTPServer) -> None:
    server.push(CannedResponse(429, {"error": {"message": "slow down", "type": "rate_limit"}},
                               headers={"retry-after": "0"}),
                CannedResponse(200, chat("after the wait")))
    completion = await model_for(server).complete(ASK, [])
    assert completion.text == "after the wait"
    assert len(server.requests) == 2


async def test_500_then_success_is_retried(server: ScriptedHTTPServer) -> None:
    server.push(CannedResponse(500, {"error": {"message": "boom"}}), CannedResponse(200, chat("ok")))
    assert (await model_for(server).complete(ASK, [])).text == "ok"
    assert len(server.requests) == 2


async def test_garbage_json_fails_after_retries(server: ScriptedHTTPServer) -> None:
    garbage = CannedResponse(200, b"{not json", headers={"content-type": "application/json"})
    server.push(garbage, garbage, garbage)
    with pytest.raises(ModelError, match=r"after 3 attempts: .*not valid JSON"):
        await model_for(server).complete(ASK, [])
    assert len(server.requests) == 3


async def test_response_without_choices_fails_after_retries(server: ScriptedHTTPServer) -> None:
    server.push(*[CannedResponse(200, {"object": "nothing"})] * 3)
    with pytest.raises(ModelError, match="no choices"):
        await model_for(server).complete(ASK, [])
    assert len(server.requests) == 3


async def test_bad_key_is_not_retried(server: ScriptedHTTPServer) -> None:
    server.push(CannedResponse(401, {"error": {"message": "bad key"}}))
    with pytest.raises(ModelError, match=r"HTTP 401.*check the API key"):
        await model_for(server).complete(ASK, [])
    assert len(server.requests) == 1


async def test_images_become_data_urls_and_tool_results_tool_messages(server: ScriptedHTTPServer) -> None:
    server.push(CannedResponse(200, chat("seen")))
    image = ImageContent(media_type="image/png", data_b64="iVBOR")
    messages = [
        Message(role="user", content="Look.", images=[image]),
        Message(role="assistant", tool_calls=[ToolCall(id="c1", name="shot", arguments={})]),
        Message(role="tool", tool_call_id="c1", name="shot", content="screenshot taken", images=[image]),
    ]
    await model_for(server).complete(messages, [])
    sent = server.requests[0].json()["messages"]
    assert sent[0]["content"] == [
        {"type": "text", "text": "Look."},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBOR"}},
    ]
    assert sent[1]["tool_calls"][0] == {"id": "c1", "type": "function",
                                        "function": {"name": "shot", "arguments": "{}"}}
    assert sent[2] == {"role": "tool", "tool_call_id": "c1", "content": "screenshot taken"}
    assert sent[3]["role"] == "user"
    assert sent[3]["content"][1]["image_url"]["url"] == "data:image/png;base64,iVBOR"


async def test_tool_call_in_text_recovered_and_bad_arguments_reported(server: ScriptedHTTPServer) -> None:
    tagged = 'On it.\n<tool_call>{"name": "write_file", "arguments": {"path": "c.txt", "content": ""}}</tool_call>'
    broken = {"id": "call_b", "type": "function", "function": {"name": "write_file", "arguments": "{path: c.txt"}}
    server.push(CannedResponse(200, chat(tagged, usage=False)), CannedResponse(200, chat(None, [broken])))
    model = model_for(server)
    recovered = await model.complete(ASK, [WRITE])
    assert recovered.text == "On it."
    assert [(c.name, c.arguments) for c in recovered.tool_calls] == [("write_file", {"path": "c.txt", "content": ""})]
    assert recovered.tool_calls[0].id.startswith("call_")
    assert recovered.usage.input_tokens > 0 and recovered.usage.output_tokens > 0
    bad = (await model.complete(ASK, [WRITE])).tool_calls[0]
    assert bad.id == "call_b" and bad.arguments == {}
    assert bad.error is not None and "not valid JSON" in bad.error


async def test_strict_mode_leaves_text_alone(server: ScriptedHTTPServer) -> None:
    text = '{"name": "write_file", "arguments": {"path": "d.txt"}}'
    server.push(CannedResponse(200, chat(text)))
    completion = await model_for(server, tolerant=False).complete(ASK, [WRITE])
    assert completion.text == text and completion.tool_calls == []


async def test_resolved_openai_compat_spec_calls_the_server(server: ScriptedHTTPServer) -> None:
    server.push(CannedResponse(200, chat("via spec")))
    model = resolve_model(f"openai-compat:{server.url}/v1#qwen", Settings())
    completion = await model.complete(ASK, [])
    assert completion.text == "via spec"
    assert server.requests[0].json()["model"] == "qwen"
    assert model.info.input_price == 0.0


async def test_remote_urls_are_refused_under_tests(server: ScriptedHTTPServer,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    for spec in ("openai:gpt-4o", "openai-compat:https://openrouter.example/api/v1#x/y"):
        with pytest.raises(ModelError, match="refusing a real model call during tests"):
            await resolve_model(spec, Settings()).complete(ASK, [])
    monkeypatch.setenv("OPENAI_BASE_URL", server.url.replace("127.0.0.1", "localhost") + "/v1")
    server.push(CannedResponse(200, chat("local is fine")))
    assert (await resolve_model("openai:gpt-4o", Settings()).complete(ASK, [])).text == "local is fine"


async def test_timeouts_are_retried_then_fail(server: ScriptedHTTPServer) -> None:
    release = threading.Event()
    server.push(CannedResponse(200, chat("too late"), hold=release), CannedResponse(200, chat("late"), hold=release))
    # 1 s, not less: on a loaded machine a shorter timeout can lapse before the request reaches the server
    model = OpenAIChatModel("m", base_url=server.url + "/v1", api_key="k", timeout=1.0,
                            info=ModelInfo(name="m", provider="openai-compat"),
                            retry=RetryPolicy(retries=1, base_delay=0.01, max_delay=0.01))
    try:
        with pytest.raises(ModelError, match="after 2 attempts: the request timed out"):
            await model.complete(ASK, [])
    finally:
        release.set()
    for _ in range(50):  # the server's thread records a request a moment after reading it
        if len(server.requests) == 2:
            break
        await asyncio.sleep(0.05)
    assert len(server.requests) == 2


async def test_repeated_call_ids_are_made_unique(server: ScriptedHTTPServer) -> None:
    call = {"id": "call_0", "type": "function", "function": {"name": "write_file", "arguments": "{}"}}
    server.push(CannedResponse(200, chat(None, [call, call])))
    calls = (await model_for(server).complete(ASK, [WRITE])).tool_calls
    assert calls[0].id == "call_0" and calls[1].id != "call_0" and calls[1].name == "write_file"


async def test_stream_broken_mid_way_is_retried(server: ScriptedHTTPServer) -> None:
    broken = sse(delta(content="Par"))
    assert broken.chunks is not None
    server.push(CannedResponse(200, headers=broken.headers, chunks=broken.chunks[:1], cut=True),
                sse(delta(content="Whole "), delta(content="answer")))
    pieces: list[str] = []
    completion = await model_for(server).complete(ASK, [], stream=True, on_delta=pieces.append)
    assert completion.text == "Whole answer"
    assert pieces == ["Par", "Whole ", "answer"]
    assert len(server.requests) == 2
