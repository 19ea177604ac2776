"""Red team of watch mode (session 17): a person who pauses a run while it waits for a watcher keeps it paused when
a watcher comes back. A real browser on a "bank" served on 127.0.0.1 (watched by the run's options); only the
model is scripted."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from agent_helpers import call, gofer_env, script

from gofer.events import RunStatus


@pytest.mark.slow
async def test_a_pause_given_while_the_run_waits_for_a_watcher_holds_when_one_comes(tmp_path: Path, site: str) -> None:
    spec = script(tmp_path, [
        {"tool_calls": [call("browser_open", url=f"{site}/login.html")]},
        {"tool_calls": [call("finish", answer="done at the bank")]},
    ])
    async with gofer_env() as env:
        run = await env.service.create_run("check the bank", spec, workspace=tmp_path / "ws",
                                           options={"watch_domains": ["127.0.0.1"]}, start=False)
        assert await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60) == RunStatus.PAUSED
        # Nobody watches; the person presses pause (from their phone, say), then opens the run's page.
        await env.store.send_command(run.id, "pause", {"reason": "wait for me"})
        await env.store.send_command(run.id, "heartbeat", {"watched": True})
        assert await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60) == RunStatus.PAUSED
        events = await env.store.read(run.id)
        assert not any(e.type == "RunFinished" for e in events)
        assert [e.type for e in events].count("RunPaused") == 1
        # Their resume carries it on (they are watching).
        await env.store.send_command(run.id, "heartbeat", {"watched": True})
        await env.store.send_command(run.id, "resume", {})
        assert await asyncio.wait_for(env.runtime.drive(run.id), 60) == RunStatus.FINISHED
