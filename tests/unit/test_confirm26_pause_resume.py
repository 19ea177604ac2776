"""A pause sent while a confirmation waits is in the run's log (session 18, confirm26): a runner that did not take
it (a restart between the pause and the answer) still pauses the run once the answer is recorded, before the approved
action runs; a resume sent meanwhile takes it back, also across runners. Real store, runtime and workspace; only the
model is scripted."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from agent_helpers import call, gofer_env, script

from gofer.events import ActionStarted, ConfirmationRequested, PauseRequested, RunPaused, RunStatus


@pytest.mark.parametrize("withdrawn", [False, True], ids=["paused", "pause taken back"])
async def test_a_pause_sent_while_a_confirmation_waits_survives_a_new_runner(tmp_path: Path, withdrawn: bool) -> None:
    spec = script(tmp_path, [
        {"tool_calls": [call("write_file", path="note.txt", content="written\n")]},
        {"tool_calls": [call("finish", answer="done")]},
    ])
    ws = tmp_path / "ws"
    async with gofer_env() as env:
        run = await env.service.create_run("write a note", spec, workspace=ws, options={"confirmation": "always"},
                                           start=False)
        assert await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60) == RunStatus.WAITING_FOR_USER
        await env.store.send_command(run.id, "pause", {"reason": "let me look first"})
        if withdrawn:
            await env.store.send_command(run.id, "resume", {"reason": "never mind"})
        # this runner takes the commands while the run waits, then goes (a restart); the next one gets the answer
        assert await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60) == RunStatus.WAITING_FOR_USER
        asked = [e for e in await env.store.read(run.id) if isinstance(e, ConfirmationRequested)][-1]
        await env.store.send_command(run.id, "confirm", {"action_id": asked.action_id, "approved": True})
        status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60)
        events = await env.store.read(run.id)
        assert any(isinstance(e, PauseRequested) for e in events)
        if withdrawn:
            assert status == RunStatus.FINISHED
            assert (ws / "note.txt").read_text() == "written\n"
            return
        assert status == RunStatus.PAUSED
        assert isinstance(events[-1], RunPaused) and events[-1].reason == "let me look first"
        assert not any(isinstance(e, ActionStarted) for e in events)
        assert not (ws / "note.txt").exists()
        await env.store.send_command(run.id, "resume", {"reason": "go on"})
        assert await asyncio.wait_for(env.runtime.drive(run.id, resumed=True), 60) == RunStatus.FINISHED
    assert (ws / "note.txt").read_text() == "written\n"
