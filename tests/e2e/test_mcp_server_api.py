"""MCP tools through gofer's HTTP API: listed by GET /v1/tools, allowed by name in POST /v1/runs, and called
over streamable HTTP from a run (the MCP server on 127.0.0.1)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from gofer.config import Settings
from gofer.server.testing import LiveServer, scripted_model, wait_event
from gofer.tools.mcp_config import McpServerConfig

pytestmark = pytest.mark.slow

FIXTURE = Path(__file__).parents[1] / "fixtures" / "mcp" / "server.py"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture
def http_mcp() -> Iterator[str]:
    """The fixture MCP server over streamable HTTP; yields its URL once it accepts connections."""
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, str(FIXTURE), "--http", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None, "the MCP server exited"
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "the MCP server did not listen"
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_api_lists_and_runs_mcp_tools_over_http(http_mcp: str, tmp_path: Path) -> None:
    settings = Settings(
        allow_scripted_models=True,
        mcp_servers=[McpServerConfig(name="web", url=http_mcp, headers={"X-Test": "1"}, tools=["lookup", "add"])],
    )
    with LiveServer(settings) as server:
        client = server.client(server.user_key("alice"))
        tools = {t["name"]: t for t in client.get("/v1/tools").json()["tools"]}
        assert {"web_lookup", "web_add", "read_file"} <= set(tools) and "web_delete_item" not in tools
        assert tools["web_lookup"]["risk"] == "read_only"
        assert tools["web_lookup"]["parameters"]["properties"] == {"key": {"type": "string"}}
        assert tools["web_add"]["risk"] == "reversible"

        body = {"task": "t", "model": f"scripted:{tmp_path}/x.yaml", "tools": ["web_delete_item"]}
        refused = client.post("/v1/runs", json=body)
        assert refused.status_code == 422 and "web_delete_item" in refused.text

        model = scripted_model(tmp_path / "m.yaml", [
            {"tool_calls": [{"name": "web_lookup", "arguments": {"key": "beta"}}]},
            {"tool_calls": [{"name": "web_add", "arguments": {"a": 20, "b": 22}}]},
            {"tool_calls": [{"name": "finish", "arguments": {"answer": "42"}}]},
        ])
        run = client.post("/v1/runs", json={"task": "look up beta", "model": model, "tools": ["web_lookup", "web_add"]})
        assert run.status_code in (200, 201), run.text
        run_id = run.json()["id"]
        finished = wait_event(client, run_id, "RunFinished")
        assert finished["answer"] == "42"
        events = client.get(f"/v1/runs/{run_id}/events").json()
        events = events["events"] if isinstance(events, dict) else events
        observations = [e for e in events if e["type"] == "Observation"]
        assert observations[0]["tool"] == "web_lookup" and observations[0]["text"] == "the second letter"
        assert observations[0]["untrusted"] is True
        assert observations[1]["data"] == {"mcp_structured_content": {"total": 42}}
