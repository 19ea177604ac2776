"""`gofer run` with an MCP server configured: the scripted model calls its tools; destructive ones ask first."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

pytestmark = pytest.mark.slow

FIXTURE = Path(__file__).parents[1] / "fixtures" / "mcp" / "server.py"


def _gofer(
    tmp: Path, turns: list[dict[str, Any]], *args: str, broken: bool = False
) -> tuple[subprocess.CompletedProcess[str], Path]:
    script = tmp / "script.yaml"
    script.write_text(yaml.safe_dump(turns, sort_keys=False))
    deleted = tmp / "deleted.log"
    servers: list[dict[str, Any]] = [
        {"name": "fx", "command": sys.executable, "args": [str(FIXTURE)], "env": {"MCP_FIXTURE_LOG": str(deleted)}}
    ]
    if broken:
        servers.append({"name": "broken", "command": str(tmp / "no-such-server")})
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GOFER_", "OPENAI", "ANTHROPIC"))}
    env.update(
        GOFER_HOME=str(tmp / "home"),
        GOFER_NETWORK="none",
        GOFER_REFUSE_REMOTE_MODELS="1",
        GOFER_MCP_SERVERS=json.dumps(servers),
    )
    out = subprocess.run(
        [sys.executable, "-m", "gofer", "run", "use the fixture", "--model", f"scripted:{script}",
         "--workspace", str(tmp / "ws"), "--json", *args],
        env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )
    return out, deleted


def _events(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]


def _call(tool: str, /, **arguments: Any) -> dict[str, Any]:
    return {"name": tool, "arguments": arguments}


def _by_type(events: list[dict[str, Any]], type_: str) -> list[dict[str, Any]]:
    return [e for e in events if e["type"] == type_]


def test_run_calls_mcp_tools_and_confirms_the_destructive_one(tmp_path: Path) -> None:
    out, deleted = _gofer(tmp_path, [
        {"tool_calls": [_call("fx_lookup", key="alpha")]},
        {"tool_calls": [_call("fx_pixel")]},
        {"tool_calls": [_call("fx_delete_item", name="alpha")]},
        {"tool_calls": [_call("finish", answer="deleted alpha")]},
    ], "--on-confirm", "approve")
    assert out.returncode == 0, out.stderr
    events = _events(out.stdout)
    assert events[-1]["type"] == "RunFinished" and events[-1]["answer"] == "deleted alpha"
    observations = {e["tool"]: e for e in _by_type(events, "Observation")}
    lookup = observations["fx_lookup"]
    assert lookup["text"] == "the first letter" and lookup["untrusted"] and lookup["error"] is None
    assert len(observations["fx_pixel"]["images"]) == 1  # stored as a blob by the runner
    proposed = {e["tool"]: e for e in _by_type(events, "ActionProposed")}
    assert proposed["fx_lookup"]["risk"] == "read_only"
    assert proposed["fx_delete_item"]["risk"] == "consequential"
    asked = _by_type(events, "ConfirmationRequested")
    assert [e["action_id"] for e in asked] == [proposed["fx_delete_item"]["action_id"]]
    assert _by_type(events, "ConfirmationResolved")[0]["approved"] is True
    assert observations["fx_delete_item"]["text"] == "deleted alpha"
    assert deleted.read_text() == "deleted alpha force=False\n"


def test_denied_destructive_call_never_reaches_the_server_and_tools_filter_mcp_names(tmp_path: Path) -> None:
    out, deleted = _gofer(tmp_path, [
        {"tool_calls": [_call("fx_delete_item", name="beta", force=True)]},
        {"tool_calls": [_call("fx_lookup", key="beta")]},
        {"tool_calls": [_call("fx_add", a=1, b=2)]},
        {"tool_calls": [_call("fx_lookup", key=7)]},
        {"tool_calls": [_call("finish", answer="nothing deleted")]},
    ], "--on-confirm", "deny", "--tools", "fx_delete_item,fx_lookup")
    assert out.returncode == 0, out.stderr
    events = _events(out.stdout)
    assert events[0]["tools"] == ["fx_delete_item", "fx_lookup"]
    assert _by_type(events, "ConfirmationResolved")[0]["approved"] is False
    observations = _by_type(events, "Observation")
    assert observations[0]["tool"] == "fx_delete_item" and observations[0]["error"]
    assert not deleted.exists()
    assert observations[1]["text"] == "the second letter"
    assert "no tool named 'fx_add'" in observations[2]["error"]  # filtered out by --tools
    assert "invalid arguments for fx_lookup: key: 7 is not of type 'string'" in observations[3]["error"]
    assert events[-1]["type"] == "RunFinished"


def test_unknown_mcp_tool_in_tools_is_refused(tmp_path: Path) -> None:
    out, _ = _gofer(tmp_path, [{"tool_calls": [_call("finish", answer="x")]}], "--tools", "fx_nope")
    assert out.returncode != 0 and "unknown tools: fx_nope" in out.stderr + out.stdout


def test_a_server_that_cannot_start_does_not_stop_the_run(tmp_path: Path) -> None:
    out, _ = _gofer(tmp_path, [
        {"tool_calls": [_call("broken_search", q="x")]},
        {"tool_calls": [_call("fx_lookup", key="alpha")]},
        {"tool_calls": [_call("finish", answer="done")]},
    ], broken=True)
    assert out.returncode == 0, out.stderr
    events = _events(out.stdout)
    observations = _by_type(events, "Observation")
    assert "no tool named 'broken_search'" in observations[0]["error"]
    assert observations[1]["text"] == "the first letter"
    assert events[-1]["type"] == "RunFinished"
    assert "MCP server 'broken' could not start" in out.stderr
