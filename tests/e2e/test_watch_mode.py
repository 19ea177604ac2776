"""Watch mode: on a sensitive site the run goes on only while someone watches; it pauses and resumes."""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from agent_helpers import call, gofer_env, script, types

from gofer.events import RunStatus, WatchModeChanged

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
