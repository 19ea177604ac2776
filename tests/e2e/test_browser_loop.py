"""The browser under the loop: watch mode pauses a run on a sensitive site; a typed password is never logged."""

from __future__ import annotations

import asyncio
import functools
import json
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from agent_helpers import call, gofer_env, script, types

from gofer.events import ConfirmationRequested, Observation, RunStatus, WatchModeChanged, dump_event

SITE = Path(__file__).resolve().parents[1] / "fixtures" / "site"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(SITE)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.mark.slow
async def test_sensitive_site_pauses_until_watched_then_resumes(tmp_path: Path, site: str) -> None:
    spec = script(tmp_path, [
        {"tool_calls": [call("browser_open", url=f"{site}/login.html")]},
        {"tool_calls": [call("finish", answer="looked at the login page")]},
    ])
    async with gofer_env() as env:
        run = await env.service.create_run(
            "check the bank", spec, workspace=tmp_path / "ws", options={"watch_domains": ["127.0.0.1"]}, start=False
        )
        status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60)
        assert status == RunStatus.PAUSED
        events = await env.store.read(run.id)
        watch = [e for e in events if isinstance(e, WatchModeChanged)]
        assert len(watch) == 1 and watch[0].active and not watch[0].watched and watch[0].domain == "127.0.0.1"
        assert "ModelResponded" not in types(events[events.index(watch[0]) :])  # nothing happens unwatched
        await env.store.send_command(run.id, "heartbeat", {"watched": True})
        assert await asyncio.wait_for(env.runtime.drive(run.id), 60) == RunStatus.FINISHED
        after = [e for e in await env.store.read(run.id) if isinstance(e, WatchModeChanged)]
    assert [(e.active, e.watched) for e in after] == [(True, False), (True, True)]


@pytest.mark.slow
async def test_a_typed_password_never_reaches_the_log(tmp_path: Path, site: str) -> None:
    password = "correct-horse-battery-staple"
    spec = script(tmp_path, [
        {"tool_calls": [call("browser_open", url=f"{site}/login.html")]},
        {"tool_calls": [call("browser_type", ref=2, text=password)]},
        {"tool_calls": [call("finish", answer="typed it")]},
    ])
    async with gofer_env() as env:
        run = await env.service.create_run("log in", spec, workspace=tmp_path / "ws", start=False)
        # One runner drives the whole run: the typed value lives only in its memory, never in the log.
        driving = asyncio.create_task(env.runtime.drive(run.id))
        async for event in env.store.subscribe(run.id):
            if isinstance(event, ConfirmationRequested):
                assert "password" in event.reason
                await env.store.send_command(run.id, "confirm", {"action_id": event.action_id, "approved": True})
                break
        assert await asyncio.wait_for(driving, 60) == RunStatus.FINISHED
        computer = env.runtime.session_computer(run.session_id)
        assert computer is not None
        page = computer.peek("browser").tab.page  # type: ignore[union-attr]
        typed = await page.eval_on_selector("input[name=password]", "e => e.value")
        log = json.dumps([dump_event(e) for e in await env.store.read(run.id)])
    assert typed == password
    assert password not in log and "[secret]" in log


@pytest.mark.slow
async def test_a_secret_does_not_survive_a_new_runner(tmp_path: Path, site: str) -> None:
    spec = script(tmp_path, [
        {"tool_calls": [call("browser_open", url=f"{site}/login.html")]},
        {"tool_calls": [call("browser_type", ref=2, text="hunter22")]},
        {"tool_calls": [call("finish", answer="gave up")]},
    ])
    async with gofer_env() as env:
        run = await env.service.create_run("log in", spec, workspace=tmp_path / "ws", start=False)
        assert await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60) == RunStatus.WAITING_FOR_USER
        request = (await env.service.pending(run.id))[0]
        await env.store.send_command(run.id, "confirm", {"action_id": request.action_id, "approved": True})  # type: ignore[union-attr]
        # A different runner (a restart) carries on: it never saw the value, so it must not type "[secret]".
        assert await asyncio.wait_for(env.runtime.drive(run.id), 60) == RunStatus.FINISHED
        errors = [e.error for e in await env.store.read(run.id) if isinstance(e, Observation) and e.error]
    assert any("did not survive the restart" in e for e in errors)
