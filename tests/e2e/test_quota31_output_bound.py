"""Under a token or cost quota a model step is bounded at the output its hold counts: the request carries that
bound as max_tokens, so the answer cannot overrun the room held for it. The bound is the model's stated most
(GOFER_MODEL_MAX_OUTPUT for an OpenAI-compatible model) or 4,096 assumed, and a refused step names it and where it
came from. Before, an OpenAI-compatible model's step was estimated with 4,096 output tokens (or the last step's
output) but sent no bound, so a long answer passed the quota by whatever it took, and a refusal did not say the
bound was assumed. Real runs on a real SQLite store against a real chat-completions server on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from agent_helpers import call, gofer_env, script
from recording_server import RecordingServer

from gofer.events import ModelResponded, RunFailed
from gofer.store.base import usage_caps

ANSWER = {
    "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": "m",
    "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
        "role": "assistant", "content": None, "tool_calls": [{
            "id": "call_1", "type": "function",
            "function": {"name": "finish", "arguments": json.dumps({"answer": "done"})}}]}}],
    "usage": {"prompt_tokens": 900, "completion_tokens": 12, "total_tokens": 912},
}


def _server() -> RecordingServer:
    server = RecordingServer({"/v1/chat/completions": json.dumps(ANSWER)})
    server.page_headers["/v1/chat/completions"] = {"content-type": "application/json"}
    return server


async def _run(tmp_path: Path, quotas: dict[str, float] | None,
               **settings: Any) -> tuple[list[Any], list[dict[str, Any]]]:
    """A run of "say done" on the server's model under ``quotas``: its log and the bodies of its model requests."""
    server = _server()
    with server.running():
        async with gofer_env(home=tmp_path / "home", **settings) as env:
            user = await env.store.create_user("quinn")
            run = await env.service.create_run("say done", f"openai-compat:{server.url}/v1#m", user_id=user.id,
                                               workspace=tmp_path, start=False,
                                               caps=usage_caps(quotas) if quotas else ())
            await env.runtime.drive(run.id)
            log = await env.store.read(run.id)
    return log, [json.loads(r.split(" ", 2)[2]) for r in server.hits("/v1/chat/completions")]


async def test_a_step_under_a_quota_is_bounded_at_the_output_its_hold_counts(tmp_path: Path) -> None:
    log, requests = await _run(tmp_path, {"tokens_per_month": 1_000_000.0})
    assert log[-1].type == "RunFinished" and len(requests) == 1
    assert requests[0]["max_tokens"] == 4_096  # the assumed bound, held and sent


async def test_the_settings_bound_is_sent_and_counted(tmp_path: Path) -> None:
    log, requests = await _run(tmp_path, {"cost_per_month": 1.0}, model_max_output=700)
    assert log[-1].type == "RunFinished" and requests[0]["max_tokens"] == 700


async def test_a_refused_step_names_its_output_bound_and_where_it_came_from(tmp_path: Path) -> None:
    assumed, requests = await _run(tmp_path / "a", {"tokens_per_month": 1_000.0})
    assert requests == []
    failed = assumed[-1]
    assert isinstance(failed, RunFailed) and failed.error == "quota_exceeded", failed
    assert "its answer bounded at 4,096 tokens (assumed: the model states no bound" in failed.reason, failed.reason
    stated, _ = await _run(tmp_path / "s", {"tokens_per_month": 1_000.0}, model_max_output=700)
    failed = stated[-1]
    assert isinstance(failed, RunFailed)
    assert "its answer bounded at 700 tokens (GOFER_MODEL_MAX_OUTPUT)" in failed.reason, failed.reason
    estimate = float(failed.reason.split("the next step about ")[1].split(";")[0])
    assumed_estimate = float(assumed[-1].reason.split("the next step about ")[1].split(";")[0])
    assert assumed_estimate - estimate == 4_096 - 700  # the same prompt, the bound counted


async def test_a_run_under_no_quota_sends_no_bound(tmp_path: Path) -> None:
    """Ordinary use: without a quota or a setting the request is as before (a server such as vLLM refuses a
    max_tokens past what its context leaves)."""
    log, requests = await _run(tmp_path, None)
    assert [e.type for e in log if isinstance(e, ModelResponded)] == ["ModelResponded"]
    assert log[-1].type == "RunFinished" and "max_tokens" not in requests[0]


async def test_openais_own_api_gets_the_bound_as_max_completion_tokens(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """OpenAI's API refuses max_tokens for its reasoning models; it takes max_completion_tokens for every model."""
    server = _server()
    monkeypatch.setenv("OPENAI_BASE_URL", f"{server.url}/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    with server.running():
        async with gofer_env(home=tmp_path / "home") as env:
            user = await env.store.create_user("quinn")
            run = await env.service.create_run("say done", "openai:gpt-4o", user_id=user.id, workspace=tmp_path,
                                               start=False, caps=usage_caps({"tokens_per_month": 1_000_000.0}))
            await env.runtime.drive(run.id)
            assert (await env.store.read(run.id))[-1].type == "RunFinished"
    (body,) = [json.loads(r.split(" ", 2)[2]) for r in server.hits("/v1/chat/completions")]
    assert body["max_completion_tokens"] == 4_096 and "max_tokens" not in body


async def test_a_monitor_review_under_a_quota_is_bounded_at_what_its_hold_counts(tmp_path: Path) -> None:
    verdict = {**ANSWER, "choices": [{"index": 0, "finish_reason": "stop", "message": {
        "role": "assistant", "content": '{"injection": false, "confidence": 0.9, "reason": "plain notes"}'}}]}
    server = RecordingServer({"/v1/chat/completions": json.dumps(verdict)})
    server.page_headers["/v1/chat/completions"] = {"content-type": "application/json"}
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "notes.txt").write_text("The beans grew tall in the mild weather this spring. " * 20)
    spec = script(tmp_path, [{"tool_calls": [call("read_file", path="notes.txt")]},
                             {"tool_calls": [call("finish", answer="beans")]}])
    with server.running():
        async with gofer_env(home=tmp_path / "home", monitor_model=f"openai-compat:{server.url}/v1#mon") as env:
            user = await env.store.create_user("quinn")
            run = await env.service.create_run("summarise notes.txt", spec, user_id=user.id, workspace=ws,
                                               start=False, caps=usage_caps({"tokens_per_month": 1_000_000.0}))
            await env.runtime.drive(run.id)
            log = await env.store.read(run.id)
    assert log[-1].type == "RunFinished"
    assert [e.purpose for e in log if isinstance(e, ModelResponded)] == ["step", "monitor", "step"]
    bodies = [json.loads(r.split(" ", 2)[2]) for r in server.hits("/v1/chat/completions")]
    assert [b["max_tokens"] for b in bodies] == [4_096]
