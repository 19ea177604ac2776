"""`gofer run --server URL` against a live server: the trace, approvals and answers at a real terminal (a pty),
and the JSON stream when nobody is at the terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from gofer.config import Settings
from gofer.server.testing import LiveServer, scripted_model

pytestmark = pytest.mark.slow

GOFER = [sys.executable, "-m", "gofer"]


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GOFER_", "OPENAI", "ANTHROPIC"))}
    env.update(GOFER_HOME=str(home), GOFER_NETWORK="none", GOFER_REFUSE_REMOTE_MODELS="1", COLUMNS="120", **extra)
    return env


def _turns() -> list[dict[str, object]]:
    return [
        {"text": "Writing the note.",
         "tool_calls": [{"name": "write_file", "arguments": {"path": "note.md", "content": "remote hello\n"}}]},
        {"tool_calls": [{"name": "ask_user", "arguments": {"question": "Which quarter?"}}]},
        {"tool_calls": [{"name": "finish", "arguments": {"answer": "Noted for the quarter.", "files": ["note.md"]}}]},
    ]


def test_remote_run_answers_at_the_prompt(tmp_path: Path) -> None:
    with LiveServer(Settings(allow_scripted_models=True, confirmation="always")) as server:
        key = server.user_key("alice")
        model = scripted_model(tmp_path / "m.yaml", _turns())
        child = pexpect.spawn(GOFER[0], [*GOFER[1:], "run", "write a note", "--server", server.url, "--model", model],
                              env=_env(tmp_path / "home", GOFER_API_KEY=key), encoding="utf-8", timeout=60)
        child.expect("Allow this action?")
        child.sendline("y")
        child.expect("Which quarter?")
        child.expect("Your answer")
        child.sendline("Q3")
        child.expect("Noted for the quarter.")
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus == 0
        client = server.client(key)
        run = client.get("/v1/runs").json()["runs"][0]
        assert run["status"] == "finished"
        events = client.get(f"/v1/runs/{run['id']}/events").json()["events"]
        resolved = [e for e in events if e["type"] == "ConfirmationResolved"]
        assert [e["approved"] for e in resolved] == [True]
        assert [e["answer"] for e in events if e["type"] == "QuestionAnswered"] == ["Q3"]
        note = client.get(f"/v1/sessions/{run['session_id']}/files/note.md")
        assert note.text == "remote hello\n"


def test_a_remembered_approval_at_the_prompt_is_not_asked_again(tmp_path: Path) -> None:
    write = {"name": "write_file", "arguments": {"path": "log.md", "content": "tick\n"}}
    turns = [{"tool_calls": [write]}, {"tool_calls": [write]},
             {"tool_calls": [{"name": "finish", "arguments": {"answer": "Ticked twice."}}]}]
    with LiveServer(Settings(allow_scripted_models=True, confirmation="always")) as server:
        key = server.user_key("alice")
        model = scripted_model(tmp_path / "m.yaml", turns)
        child = pexpect.spawn(GOFER[0], [*GOFER[1:], "run", "tick twice", "--server", server.url, "--model", model],
                              env=_env(tmp_path / "home", GOFER_API_KEY=key), encoding="utf-8", timeout=60)
        child.expect("Allow this action?")
        child.sendline("a")
        child.expect("Ticked twice.")
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus == 0
        client = server.client(key)
        run = client.get("/v1/runs").json()["runs"][0]
        events = client.get(f"/v1/runs/{run['id']}/events").json()["events"]
    assert [e["type"] for e in events].count("ConfirmationRequested") == 1
    assert [(e["approved"], e["remember"]) for e in events if e["type"] == "ConfirmationResolved"] == [(True, True)]


def test_an_approval_given_in_another_place_withdraws_the_prompt(tmp_path: Path) -> None:
    with LiveServer(Settings(allow_scripted_models=True, confirmation="always")) as server:
        key = server.user_key("alice")
        model = scripted_model(tmp_path / "m.yaml", _turns())
        child = pexpect.spawn(GOFER[0], [*GOFER[1:], "run", "write a note", "--server", server.url, "--model", model],
                              env=_env(tmp_path / "home", GOFER_API_KEY=key), encoding="utf-8", timeout=60)
        child.expect("Allow this action?")
        client = server.client(key)
        run = client.get("/v1/runs").json()["runs"][0]
        events = client.get(f"/v1/runs/{run['id']}/events").json()["events"]
        action_id = next(e["action_id"] for e in events if e["type"] == "ConfirmationRequested")
        decided = client.post(f"/v1/runs/{run['id']}/confirmations/{action_id}", json={"approved": True})
        assert decided.status_code == 202
        child.expect("the prompt is withdrawn")
        child.expect(r"approved\S* by alice")
        child.expect("Your answer")  # the next prompt reads the next line: no stale reader is left behind
        child.sendline("Q3")
        child.expect("Noted for the quarter.")
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus == 0
        events = client.get(f"/v1/runs/{run['id']}/events").json()["events"]
    assert [e["answer"] for e in events if e["type"] == "QuestionAnswered"] == ["Q3"]


def test_remote_run_without_a_terminal_streams_json_and_stops_at_a_question(tmp_path: Path) -> None:
    with LiveServer(Settings(allow_scripted_models=True)) as server:
        key = server.user_key("alice")
        model = scripted_model(tmp_path / "m.yaml", _turns())
        out = subprocess.run([*GOFER, "run", "write a note", "--server", server.url, "--api-key", key, "--model",
                              model, "--json"], env=_env(tmp_path / "home"), capture_output=True, text=True,
                             timeout=60, stdin=subprocess.DEVNULL)
        assert out.returncode == 3, out.stderr  # waiting: nobody here can answer
        events = [json.loads(line) for line in out.stdout.splitlines()]
        assert [e["seq"] for e in events] == list(range(len(events)))
        assert events[0]["type"] == "RunStarted" and events[-1]["type"] == "QuestionAsked"
        assert "waiting for an answer" in out.stderr
        refused = subprocess.run([*GOFER, "run", "x", "--server", server.url, "--api-key", "gk_wrong"],
                                 env=_env(tmp_path / "home"), capture_output=True, text=True, timeout=60,
                                 stdin=subprocess.DEVNULL)
        assert refused.returncode == 2 and "refused the key" in refused.stderr


def test_ctrl_c_at_the_prompt_leaves_at_once_and_asks_the_server_to_pause(tmp_path: Path) -> None:
    with LiveServer(Settings(allow_scripted_models=True, confirmation="always")) as server:
        key = server.user_key("alice")
        model = scripted_model(tmp_path / "m.yaml", _turns())
        child = pexpect.spawn(GOFER[0], [*GOFER[1:], "run", "write a note", "--server", server.url, "--model", model],
                              env=_env(tmp_path / "home", GOFER_API_KEY=key), encoding="utf-8", timeout=30)
        child.expect("Allow this action?")
        child.sendintr()
        child.expect("asked the server to pause it")
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus == 130
        run = server.client(key).get("/v1/runs").json()["runs"][0]
        assert run["status"] in ("waiting_for_user", "paused")  # still on the server, nothing decided for it
