"""A reply cut by its output bound (finish reason "length": under a quota the bound is what the step's hold counts)
is not acted on as if whole: a tool call cut mid-way is not run and the model reads that its reply was cut at N
tokens and to write less per step; a text cut mid-way is not taken as the final answer. Before, the cut call came
back as "arguments are not valid JSON ... send the call again" (so the model sent the same long call again) and a
cut text ended the run as its answer. A server that ignores max_tokens is counted as it answers and the next step
is refused, saying so. Real runs on a real SQLite store against a real chat-completions server on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from agent_helpers import gofer_env

from gofer.events import Observation, RunFailed, RunFinished
from gofer.store.base import usage_caps
from gofer.testing import CannedResponse, ScriptedHTTPServer

CUT_NOTE = "your reply was cut at 4,096 tokens, the most one reply may take under this run's quota; write less per step"


def _reply(*, text: str | None = None, call: tuple[str, str] | None = None, finish: str = "stop",
           prompt_tokens: int = 900, completion_tokens: int = 12) -> CannedResponse:
    """A chat completion: ``text``, or one tool call (name, raw JSON arguments, sent as they are)."""
    message: dict[str, Any] = {"role": "assistant", "content": text}
    if call is not None:
        message["tool_calls"] = [{"id": "call_1", "type": "function",
                                  "function": {"name": call[0], "arguments": call[1]}}]
    return CannedResponse(body={
        "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": "m",
        "choices": [{"index": 0, "finish_reason": finish, "message": message}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                  "total_tokens": prompt_tokens + completion_tokens}})


def _finish(answer: str) -> CannedResponse:
    return _reply(call=("finish", json.dumps({"answer": answer})), finish="tool_calls")


async def _run(tmp_path: Path, replies: list[CannedResponse], limit: float = 1_000_000,
               ) -> tuple[list[Any], list[dict[str, Any]], float]:
    """A run driven by ``replies`` under a tokens quota of ``limit``: its log, its model requests and the user's
    tokens this month."""
    with ScriptedHTTPServer(replies) as server:
        async with gofer_env(home=tmp_path / "home") as env:
            user = await env.store.create_user("quinn")
            caps = usage_caps({"tokens_per_month": limit})
            run = await env.service.create_run("write the story to story.md", f"openai-compat:{server.url}/v1#m",
                                               user_id=user.id, workspace=tmp_path, start=False, caps=caps)
            await env.runtime.drive(run.id)
            log = await env.store.read(run.id)
            used = float((await env.store.run_usage(user.id, caps[0].since)).tokens)
        return log, [r.json() for r in server.requests], used


def _seen(request: dict[str, Any]) -> str:
    """Everything the model was shown in a request."""
    return "\n".join(str(m.get("content") or "") for m in request["messages"])


async def test_a_tool_call_cut_by_the_bound_is_not_run_and_the_model_is_told(tmp_path: Path) -> None:
    cut = '{"path": "story.md", "content": "Once upon a time there was a very long story that went on and on'
    log, requests, _ = await _run(tmp_path, [
        _reply(call=("write_file", cut), finish="length", completion_tokens=4_096),
        _reply(call=("write_file", json.dumps({"path": "story.md", "content": "Once upon a time.\n"})),
               finish="tool_calls"),
        _finish("wrote story.md")])
    assert isinstance(log[-1], RunFinished), log[-1]
    first = next(e for e in log if isinstance(e, Observation))
    assert first.error is not None and f"not run: {CUT_NOTE}" in first.error, first.error
    assert "not valid JSON" not in first.error
    assert CUT_NOTE in _seen(requests[1])  # the model reads it in its next prompt
    assert (tmp_path / "story.md").read_text() == "Once upon a time.\n"
    assert [r["max_tokens"] for r in requests] == [4_096] * 3


async def test_a_text_cut_by_the_bound_is_not_taken_as_the_final_answer(tmp_path: Path) -> None:
    log, requests, _ = await _run(tmp_path, [
        _reply(text="Here is the whole story, chapter by chapter. Chapter 1: Once upon a", finish="length",
               completion_tokens=4_096),
        _finish("The story is in three chapters.")])
    assert len(requests) == 2
    finished = log[-1]
    assert isinstance(finished, RunFinished) and finished.answer == "The story is in three chapters.", finished
    assert f"Not taken as your final answer: {CUT_NOTE}" in _seen(requests[1])


async def test_a_whole_text_reply_is_still_the_answer(tmp_path: Path) -> None:
    """Ordinary use: a reply that ended on its own ends the run as before."""
    log, requests, _ = await _run(tmp_path, [_reply(text="The story is done.")])
    finished = log[-1]
    assert isinstance(finished, RunFinished) and finished.answer == "The story is done." and len(requests) == 1


async def test_a_server_that_ignores_max_tokens_is_counted_as_it_answers(tmp_path: Path) -> None:
    """The step was bounded at 4,096 tokens but the server wrote 40,000: the spend is what the server reports
    (the quota passed by that one step), and the next step is refused, saying the bound was not kept."""
    log, requests, used = await _run(tmp_path, [
        _reply(call=("list_files", "{}"), finish="tool_calls", prompt_tokens=2_000, completion_tokens=40_000),
        _finish("never asked")], limit=30_000)
    assert len(requests) == 1 and requests[0]["max_tokens"] == 4_096
    assert used == 42_000
    failed = log[-1]
    assert isinstance(failed, RunFailed) and failed.error == "quota_exceeded", failed
    assert "more than it was estimated at" in failed.reason
    assert ("its answer took 40,000 output tokens though it was bounded at 4,096 (the model's server did not keep "
            "to max_tokens)") in failed.reason, failed.reason
