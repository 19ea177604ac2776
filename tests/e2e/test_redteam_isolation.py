"""Two users on one server, A (attacker) and B (victim): nothing of B's computer is reachable from A's run.

B's run leaves its computer busy (a file, a kernel variable, a background process) and waits on a question;
A's run then looks for them from its own sandbox, and calls a stateful MCP server B has used."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from gofer.config import Settings
from gofer.server.testing import LiveServer, scripted_model, wait_event
from gofer.tools.mcp_config import McpServerConfig

pytestmark = pytest.mark.slow

NOTES = Path(__file__).parents[1] / "fixtures" / "mcp" / "notes_server.py"


def _call(tool: str, **arguments: object) -> dict[str, object]:
    return {"tool_calls": [{"name": tool, "arguments": arguments}]}


def _observations(client: httpx.Client, run_id: str) -> list[dict[str, Any]]:
    events = client.get(f"/v1/runs/{run_id}/events").json()["events"]
    return [e for e in events if e["type"] == "Observation"]


def _approve_until_finished(client: httpx.Client, run_id: str, timeout: float = 90) -> None:
    """A approves whatever their own run asks (the attacker wants it to run) until it finishes."""
    deadline = time.monotonic() + timeout
    while client.get(f"/v1/runs/{run_id}").json()["status"] != "finished":
        assert time.monotonic() < deadline, client.get(f"/v1/runs/{run_id}/events").text[-2000:]
        for pending in client.get(f"/v1/runs/{run_id}/pending").json()["confirmations"]:
            client.post(f"/v1/runs/{run_id}/confirmations/{pending['action_id']}", json={"approved": True})
        time.sleep(0.2)


def test_a_run_reaches_nothing_of_another_users_computer(tmp_path: Path) -> None:
    notes = McpServerConfig(name="notes", command=sys.executable, args=[str(NOTES)])
    settings = Settings(allow_scripted_models=True, home=tmp_path / "home", mcp_servers=[notes])
    with LiveServer(settings) as server:
        port = server.url.rsplit(":", 1)[1]
        alice = server.client(server.user_key("alice"))
        bob = server.client(server.user_key("bob"))
        victim = scripted_model(tmp_path / "b.yaml", [
            _call("write_file", path="secret.txt", content="bob-secret-7431"),
            _call("python", code="bob_secret = 'bob-secret-7431'"),
            _call("shell", command="sleep 7431", background=True),
            _call("notes_remember", note="bob's door code is bob-secret-7431"),
            _call("ask_user", question="wait"),
            _call("finish", answer="done"),
        ])
        brun = bob.post("/v1/runs", json={"task": "keep my secret", "model": victim}).json()
        wait_event(bob, brun["id"], "QuestionAsked", timeout=90)
        bob_ws = bob.get(f"/v1/sessions/{brun['session_id']}").json()["workspace"]

        probe = "; ".join([
            "echo procs=$(for p in /proc/[0-9]*; do tr '\\0' ' ' < $p/cmdline; echo; done | grep -c '^sleep 7[4]31')",
            f"ls {bob_ws} {settings.workspaces_dir} {settings.home_dir} 2>&1 | head -3",
            "grep -rl bob-secret-7[4]31 /tmp /home /dev/shm /workspace 2>/dev/null | wc -l",
            "python3 -c \"import socket\nfor h in ('10.0.2.2', '127.0.0.1'):\n s = socket.socket(); s.settimeout(3)\n"
            f" print(h, s.connect_ex((h, {port})))\"",
        ])
        attacker = scripted_model(tmp_path / "a.yaml", [
            _call("shell", command=probe),
            _call("python", code="print(globals().get('bob_secret'))"),
            _call("notes_recall"),
            _call("finish", answer="done"),
        ])
        arun = alice.post("/v1/runs", json={"task": "look around", "model": attacker}).json()
        _approve_until_finished(alice, arun["id"])
        shell, cell, recall = (o["text"] for o in _observations(alice, arun["id"])[:3])
        assert "procs=0" in shell  # B's processes are not in A's /proc
        assert shell.count("No such file or directory") == 3  # B's workspace, the workspaces, gofer's home
        assert "\n0\n" in shell  # no file of B's in A's /tmp, home, /dev/shm or workspace
        assert "10.0.2.2 0" not in shell and "127.0.0.1 0" not in shell  # not the server through the gateway
        assert "None" in cell
        assert "bob-secret" not in shell + cell + recall and "no notes" in recall
        bob.post(f"/v1/runs/{brun['id']}/cancel", json={})


def test_deleting_a_session_forgets_its_browser_logins(tmp_path: Path) -> None:
    with LiveServer(Settings(home=tmp_path / "home")) as server:
        bob = server.client(server.user_key("bob"))
        session = bob.post("/v1/sessions", json={}).json()
        browsers = server.ctx.runtime.computers.services["browser_pool"]  # type: ignore[attr-defined]
        saved = browsers.state_path(session["id"])
        saved.write_text('{"cookies": [{"name": "sid", "value": "bob-login"}], "origins": []}')
        assert bob.delete(f"/v1/sessions/{session['id']}").status_code == 204
        assert not saved.exists()
