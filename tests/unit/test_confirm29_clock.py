"""The confirmation timeout is read by the store's clock (session 19, confirm29): a worker whose clock is an hour
ahead or behind neither denies a question as timed out the moment it is asked nor takes a late answer, and the API
server's 409 for a late answer reads the same clock. Real store (SQLite), runtime and workspace; only the model is
scripted, and the worker's wall clock (its events' stamps and its own readings) is skewed."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from agent_helpers import call, gofer_env, script

import gofer.agent._commands as commands
import gofer.events as events_module
from gofer.events import ConfirmationRequested, ConfirmationResolved, RunStatus
from gofer.server.routes import events as event_routes


def _skew(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """This worker's wall clock is ``seconds`` off: what it stamps on events and what it reads as now."""

    class Skewed(datetime):
        @classmethod
        def now(cls, tz: object = None) -> Skewed:  # type: ignore[override]
            real = datetime.now(UTC) + timedelta(seconds=seconds)
            return cls.fromtimestamp(real.timestamp(), UTC)

    monkeypatch.setattr(events_module, "datetime", Skewed)
    monkeypatch.setattr(commands, "time", SimpleNamespace(time=lambda: time.time() + seconds,
                                                          monotonic=time.monotonic))


@pytest.mark.parametrize("skew", [3600.0, -3600.0], ids=["worker an hour ahead", "worker an hour behind"])
async def test_a_skewed_worker_clock_neither_expires_nor_extends_a_confirmation(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, skew: float) -> None:
    spec = script(tmp_path, [
        {"tool_calls": [call("write_file", path="note.txt", content="written\n")]},
        {"tool_calls": [call("finish", answer="done")]},
    ])
    ws = tmp_path / "ws"
    async with gofer_env(confirmation_timeout=60.0) as env:
        _skew(monkeypatch, skew)
        run = await env.service.create_run("write a note", spec, workspace=ws, options={"confirmation": "always"},
                                           start=False)
        assert await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60) == RunStatus.WAITING_FOR_USER
        # another runner looks while it waits (its clock as skewed): still waiting, not timed out
        assert await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60) == RunStatus.WAITING_FOR_USER
        asked = [e for e in await env.store.read(run.id) if isinstance(e, ConfirmationRequested)][-1]
        # the API server (its own clock right) takes the answer: it is in time
        await event_routes._in_time(SimpleNamespace(store=env.store), asked, 60.0)
        await env.store.send_command(run.id, "confirm", {"action_id": asked.action_id, "approved": True})
        status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60)
        resolved = [e for e in await env.store.read(run.id) if isinstance(e, ConfirmationResolved)]
    assert [(r.approved, r.decided_by) for r in resolved] == [(True, "user")]
    assert status == RunStatus.FINISHED
    assert (ws / "note.txt").read_text() == "written\n"


async def test_an_answer_after_the_timeout_by_the_stores_clock_is_late(tmp_path: Path) -> None:
    spec = script(tmp_path, [
        {"tool_calls": [call("write_file", path="note.txt", content="written\n")]},
        {"tool_calls": [call("finish", answer="done")]},
    ])
    ws = tmp_path / "ws"
    async with gofer_env(confirmation_timeout=1.0) as env:
        run = await env.service.create_run("write a note", spec, workspace=ws, options={"confirmation": "always"},
                                           start=False)
        assert await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60) == RunStatus.WAITING_FOR_USER
        await asyncio.sleep(1.5)
        asked = [e for e in await env.store.read(run.id) if isinstance(e, ConfirmationRequested)][-1]
        with pytest.raises(event_routes.ApiError):
            await event_routes._in_time(SimpleNamespace(store=env.store), asked, 1.0)
        await env.store.send_command(run.id, "confirm", {"action_id": asked.action_id, "approved": True})
        await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60)
        resolved = [e for e in await env.store.read(run.id) if isinstance(e, ConfirmationResolved)]
    assert [(r.approved, r.decided_by) for r in resolved] == [(False, "timeout")]
    assert not (ws / "note.txt").exists()
