"""Red team of the answers to a confirmation (session 17): two answers count once, and an approval given after the
confirmation's time ran out does not run the action, even when no runner was there to deny it in time (a restarted
server, a run nobody drove while it waited). Real runs in a real workspace; only the model is scripted."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from agent_helpers import call, gofer_env, script

from gofer.events import ConfirmationRequested, ConfirmationResolved, Event, RunStatus


def _spec(tmp_path: Path) -> str:
    return script(tmp_path, [
        {"tool_calls": [call("write_file", path="note.txt", content="written\n")]},
        {"tool_calls": [call("finish", answer="done")]},
    ])


async def _asked(env: object, run_id: str) -> ConfirmationRequested:
    events: list[Event] = await env.store.read(run_id)  # type: ignore[attr-defined]
    return [e for e in events if isinstance(e, ConfirmationRequested)][-1]


async def test_two_answers_to_one_confirmation_count_once(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    async with gofer_env() as env:
        run = await env.service.create_run("write a note", _spec(tmp_path), workspace=ws,
                                           options={"confirmation": "always"}, start=False)
        assert await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60) == RunStatus.WAITING_FOR_USER
        asked = await _asked(env, run.id)
        await env.store.send_command(run.id, "confirm", {"action_id": asked.action_id, "approved": False})
        await env.store.send_command(run.id, "confirm", {"action_id": asked.action_id, "approved": True,
                                                         "remember": True})
        status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60)
        events = await env.store.read(run.id)
    assert status == RunStatus.FINISHED
    resolved = [e for e in events if isinstance(e, ConfirmationResolved)]
    assert [(e.approved, e.remember) for e in resolved] == [(False, False)]
    assert not (ws / "note.txt").exists()


@pytest.mark.slow
async def test_an_approval_given_after_the_timeout_does_not_run_the_action(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    async with gofer_env(confirmation_timeout=1.0) as env:
        run = await env.service.create_run("write a note", _spec(tmp_path), workspace=ws,
                                           options={"confirmation": "always"}, start=False)
        assert await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60) == RunStatus.WAITING_FOR_USER
        asked = await _asked(env, run.id)
        # Nobody drives the run while it waits (its server restarted, say); the person answers after the deadline.
        await asyncio.sleep(max(0.0, asked.ts.timestamp() + 1.5 - time.time()))
        await env.store.send_command(run.id, "confirm", {"action_id": asked.action_id, "approved": True})
        status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60)
        events = await env.store.read(run.id)
    assert status == RunStatus.FINISHED
    resolved = [e for e in events if isinstance(e, ConfirmationResolved)]
    assert [(e.approved, e.decided_by) for e in resolved] == [(False, "timeout")], resolved
    assert not (ws / "note.txt").exists()
