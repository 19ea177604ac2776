"""`gofer run` with a real provider: an OpenAI-compatible server on 127.0.0.1 speaking chat completions."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from gofer.testing import CannedResponse, ScriptedHTTPServer


def _reply(text: str | None = None, calls: list[tuple[str, Any]] | None = None, turn: int = 0) -> CannedResponse:
    message: dict[str, Any] = {"role": "assistant", "content": text}
    if calls:
        message["tool_calls"] = [
            {
                "id": f"call_{turn}_{i}",
                "type": "function",
                "function": {"name": name, "arguments": args if isinstance(args, str) else json.dumps(args)},
            }
            for i, (name, args) in enumerate(calls)
        ]
    body = {
        "id": f"chatcmpl-{turn}",
        "object": "chat.completion",
        "created": 1,
        "model": "local-model",
        "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if calls else "stop"}],
        "usage": {"prompt_tokens": 100 + turn, "completion_tokens": 10, "total_tokens": 110 + turn},
    }
    return CannedResponse(200, body)


@pytest.mark.slow
def test_run_through_an_openai_compatible_server(tmp_path: Path) -> None:
    responses = [
        _reply("I'll plan.", [("update_plan", {"steps": ["write", "finish"]})], 0),
        _reply(None, [("write_file", '{"path": "out.txt", "content": ')], 1),  # malformed JSON arguments
        CannedResponse(429, {"error": {"message": "slow down", "type": "rate_limit"}}, headers={"retry-after": "0"}),
        _reply("Fixed the call.", [("write_file", {"path": "out.txt", "content": "42\n"})], 2),
        # A weak model writes its call as JSON in the text: recovered by tolerant parsing.
        _reply('```json\n{"name": "finish", "arguments": {"answer": "The answer is 42.", "files": ["out.txt"]}}\n```'),
    ]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GOFER_", "OPENAI", "ANTHROPIC"))}
    env.update(GOFER_HOME=str(tmp_path / "home"), GOFER_NETWORK="none", GOFER_REFUSE_REMOTE_MODELS="1")
    with ScriptedHTTPServer(responses) as server:
        out = subprocess.run(
            [sys.executable, "-m", "gofer", "run", "write the answer", "--json", "--workspace", str(tmp_path / "ws"),
             "--model", f"openai-compat:{server.url}/v1#local-model"],
            env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
        )
        sent = [r.json() for r in server.requests]
    assert out.returncode == 0, out.stderr
    events = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    errors = [e["error"] for e in events if e["type"] == "Observation" and e.get("error")]
    assert len(errors) == 1 and "write_file" in errors[0]  # the malformed call came back to the model as an error
    assert events[-1]["type"] == "RunFinished" and events[-1]["answer"] == "The answer is 42."
    assert (tmp_path / "ws" / "out.txt").read_text() == "42\n"
    steps = [e for e in events if e["type"] == "ModelResponded"]
    assert [s["usage"]["input_tokens"] for s in steps] == [100, 101, 102, 100]
    # The model saw its own malformed call's error, and the tools in the OpenAI wire format.
    assert any(m.get("role") == "tool" and "ERROR" in str(m.get("content")) for m in sent[3]["messages"])
    assert {t["function"]["name"] for t in sent[0]["tools"]} >= {"write_file", "finish", "update_plan"}
