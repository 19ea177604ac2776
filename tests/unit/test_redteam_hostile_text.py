"""Red team, hostile input: text that Python holds but UTF-8 cannot (lone surrogates, from a file name in
another encoding or a JSON ``\\udc80`` escape) reaches the model as U+FFFD instead of failing every later call."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from gofer.config import Settings
from gofer.events import ToolCall
from gofer.models._retry import RetryPolicy
from gofer.models.anthropic_messages import AnthropicModel
from gofer.models.base import Message, ModelInfo, ToolSpec
from gofer.models.openai_compat import OpenAIChatModel
from gofer.testing import CannedResponse, ScriptedHTTPServer
from gofer.tools.base import ToolContext
from gofer.tools.files import list_files

FAST = RetryPolicy(retries=0, base_delay=0.01, max_delay=0.05)


@pytest.fixture
def server() -> Iterator[ScriptedHTTPServer]:
    with ScriptedHTTPServer() as running:
        yield running


async def _listing_with_a_foreign_name(tmp_path: Path) -> str:
    (tmp_path / "ws").mkdir()
    with open(bytes(tmp_path / "ws") + b"/r\xe9sum\xe9.txt", "wb") as f:  # Latin-1 bytes, as unzip leaves them
        f.write(b"x")
    ctx = ToolContext(run_id="r", session_id="s", workspace=tmp_path / "ws", settings=Settings(home=tmp_path))
    text = (await list_files(ctx, {})).text
    with pytest.raises(UnicodeEncodeError):
        text.encode("utf-8")  # the tool's real output: the name's bytes as lone surrogates
    return text


def _conversation(text: str) -> tuple[list[Message], list[ToolSpec]]:
    call = ToolCall(id="c1", name="list_files", arguments={"path": "r\udce9sum\udce9.txt"})
    messages = [
        Message(role="system", content="Be brief."),
        Message(role="user", content="List the files."),
        Message(role="assistant", content="Listing \udce9", tool_calls=[call]),
        Message(role="tool", content=text, tool_call_id="c1", name="list_files"),
    ]
    spec = ToolSpec(name="list_files", description="An MCP server's \ud800 words",
                    parameters={"type": "object", "properties": {"p\udc80": {"type": "string"}}})
    return messages, [spec]


async def test_a_foreign_file_name_reaches_an_openai_compatible_model(tmp_path: Path,
                                                                      server: ScriptedHTTPServer) -> None:
    messages, tools = _conversation(await _listing_with_a_foreign_name(tmp_path))
    server.push(CannedResponse(200, {"id": "x", "object": "chat.completion", "created": 1, "model": "m",
                                     "choices": [{"index": 0, "finish_reason": "stop",
                                                  "message": {"role": "assistant", "content": "done"}}]}))
    model = OpenAIChatModel("m", base_url=server.url + "/v1", api_key="k",
                            info=ModelInfo(name="m", provider="openai-compat"), retry=FAST)
    assert (await model.complete(messages, tools)).text == "done"
    sent = server.requests[0].json()
    assert "r\ufffdsum\ufffd.txt" in sent["messages"][3]["content"]
    assert json.loads(sent["messages"][2]["tool_calls"][0]["function"]["arguments"]) == {"path": "r\ufffdsum\ufffd.txt"}
    assert sent["tools"][0]["function"]["description"] == "An MCP server's \ufffd words"


async def test_a_foreign_file_name_reaches_an_anthropic_model(tmp_path: Path, server: ScriptedHTTPServer) -> None:
    messages, tools = _conversation(await _listing_with_a_foreign_name(tmp_path))
    server.push(CannedResponse(200, {"id": "msg_1", "type": "message", "role": "assistant", "model": "claude-test",
                                     "content": [{"type": "text", "text": "done"}], "stop_reason": "end_turn",
                                     "usage": {"input_tokens": 1, "output_tokens": 1}}))
    model = AnthropicModel("claude-test", api_key="sk-ant", base_url=server.url, max_tokens=100, retry=FAST,
                           info=ModelInfo(name="claude-test", provider="anthropic"))
    assert (await model.complete(messages, tools)).text == "done"
    body = server.requests[0].body.decode("utf-8")
    assert "r\ufffdsum\ufffd.txt" in body and "\\udc" not in body.lower()


def test_clean_text_is_left_as_it_is() -> None:
    call = ToolCall(id="c1", name="f", arguments={"a": ["ü", {"b": 1}]})
    message = Message(role="assistant", content="grüße 😀", tool_calls=[call])
    assert message.content == "grüße 😀" and message.tool_calls[0] is call
