"""Answers to a confirmation over HTTP and pauses around it (session 17, confirm25): an approval sent after the
confirmation timeout is refused with a 409 naming the timeout (not a 202 the run then turns into a denial), and a
pause sent while a confirmation waits is kept. Real server, real store, real workspace; only the model is
scripted."""

from __future__ import annotations

import asyncio
import time
from datetime import datetime
from pathlib import Path

import pytest
from agent_helpers import call, gofer_env, script

from gofer.config import Settings
from gofer.events import ActionStarted, ConfirmationRequested, ConfirmationResolved, Event, RunPaused, RunStatus
from gofer.server.testing import LiveServer, scripted_model, wait_event


def _write_then_finish(tmp_path: Path) -> str:
    return scripted_model(tmp_path / "m.yaml", [
        {"tool_calls": [{"name": "write_file", "arguments": {"path": "out.txt", "content": "hi"}}]},
        {"tool_calls": [{"name": "finish", "arguments": {"answer": "done"}}]},
    ])


@pytest.mark.slow
@pytest.mark.parametrize("timeout,late", [(1.0, True), (600.0, False)], ids=["after the timeout", "in time"])
def test_an_answer_after_the_confirmation_timeout_is_409(tmp_path: Path, timeout: float, late: bool) -> None:
    # The run asks; its server restarts, and nobody drives the run while it waits. The answer comes when the
    # timeout (1 s) has run out: it is refused naming the timeout. In time (600 s) it is taken.
    settings = Settings(allow_scripted_models=True)
    with LiveServer(settings) as server:
        key = server.user_key("alice")
        client = server.client(key)
        run = client.post("/v1/runs", json={"task": "write out.txt", "model": _write_then_finish(tmp_path),
                                            "options": {"confirmation": "always"}}).json()
        asked = wait_event(client, run["id"], "ConfirmationRequested")
    with LiveServer(settings.model_copy(update={"confirmation_timeout": timeout})) as server:
        client = server.client(key)
        asked_at = datetime.fromisoformat(asked["ts"]).timestamp()
        time.sleep(max(0.0, asked_at + 1.5 - time.time()))
        r = client.post(f"/v1/runs/{run['id']}/confirmations/{asked['action_id']}", json={"approved": True})
        if late:
            assert r.status_code == 409, r.text
            assert r.json()["error"]["code"] == "conflict"
            assert "confirmation timeout" in r.json()["error"]["message"], r.text
        else:
            assert r.status_code == 202, r.text


async def _until(env: object, run_id: str, test: object, timeout: float = 60) -> list[Event]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        events: list[Event] = await env.store.read(run_id)  # type: ignore[attr-defined]
        if test(events):  # type: ignore[operator]
            return events
        await asyncio.sleep(0.05)
    raise AssertionError("timed out")


@pytest.mark.parametrize("pause", [True, False], ids=["paused while waiting", "not paused"])
async def test_a_pause_sent_while_a_confirmation_waits_pauses_the_run_after_the_answer(
        tmp_path: Path, pause: bool) -> None:
    # The person pauses the run while it waits for their decision, then approves: the approval is recorded, and
    # the run pauses before the approved action runs (the pause is not dropped). Without a pause it just goes on.
    spec = script(tmp_path, [
        {"tool_calls": [call("write_file", path="note.txt", content="written\n")]},
        {"tool_calls": [call("finish", answer="done")]},
    ])
    ws = tmp_path / "ws"
    async with gofer_env() as env:
        run = await env.service.create_run("write a note", spec, workspace=ws, options={"confirmation": "always"},
                                           start=False)
        driving = asyncio.ensure_future(env.runtime.drive(run.id))  # one runner throughout, as a server has
        events = await _until(env, run.id, lambda es: any(isinstance(e, ConfirmationRequested) for e in es))
        asked = [e for e in events if isinstance(e, ConfirmationRequested)][-1]
        if pause:
            await env.store.send_command(run.id, "pause", {"reason": "let me look first"})
            await asyncio.sleep(1.5)  # the waiting runner takes the pause
        await env.store.send_command(run.id, "confirm", {"action_id": asked.action_id, "approved": True})
        if not pause:
            assert await asyncio.wait_for(driving, 60) == RunStatus.FINISHED
            assert (ws / "note.txt").read_text() == "written\n"
            return
        events = await _until(env, run.id, lambda es: isinstance(es[-1], RunPaused))
        assert (await env.store.get_run(run.id)).status == RunStatus.PAUSED
        assert events[-1].reason == "let me look first"  # type: ignore[attr-defined]
        assert isinstance(events[-2], ConfirmationResolved) and events[-2].approved
        assert not any(isinstance(e, ActionStarted) for e in events)
        assert not (ws / "note.txt").exists()
        await env.store.send_command(run.id, "resume", {"reason": "go on"})
        assert await asyncio.wait_for(driving, 60) == RunStatus.FINISHED
    assert (ws / "note.txt").read_text() == "written\n"
