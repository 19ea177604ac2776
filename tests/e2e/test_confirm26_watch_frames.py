"""Watch mode sees a page's frames (session 18, confirm26): a sensitive site (listed in the run's watch settings) in a
cross-origin iframe of an unwatched page pauses the run until a person watches, as the browser being on it does; a
frame of an unlisted host does not. Two loopback hosts (127.0.0.1 and localhost) of one real server, a real browser;
only the model is scripted."""

from __future__ import annotations

import asyncio
import http.server
from pathlib import Path
from typing import Any

import pytest
from agent_helpers import call, gofer_env, script, serve

from gofer.events import RunStatus, WatchModeChanged


def _handler(*args: Any) -> http.server.BaseHTTPRequestHandler:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            port = self.server.server_address[1]
            if self.path.startswith("/outer"):
                body = (f"<!doctype html><title>Gift shop</title><h1>Gift shop</h1><p>Pay below</p>"
                        f"<iframe src='http://localhost:{port}/pay.html' width=400 height=200></iframe>")
            else:
                body = "<!doctype html><title>Bank</title><form><input name=iban><button>Pay</button></form>"
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            return

    return Handler(*args)


async def _open(tmp_path: Path, watch_domains: list[str]) -> tuple[RunStatus, list[WatchModeChanged]]:
    with serve(_handler) as url:
        spec = script(tmp_path, [{"tool_calls": [call("browser_open", url=f"{url}/outer.html")]},
                                 {"tool_calls": [call("finish", answer="looked")]}])
        async with gofer_env() as env:
            run = await env.service.create_run("look at the gift shop", spec, workspace=tmp_path / "ws",
                                               options={"watch_domains": watch_domains}, start=False)
            status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 90)
            events = await env.store.read(run.id)
    return status, [e for e in events if isinstance(e, WatchModeChanged)]


@pytest.mark.slow
async def test_a_sensitive_site_in_a_frame_of_an_unwatched_page_needs_a_watcher(tmp_path: Path) -> None:
    status, watch = await _open(tmp_path, ["localhost"])
    assert status == RunStatus.PAUSED
    assert len(watch) == 1 and watch[0].active and not watch[0].watched and watch[0].domain == "localhost", watch


@pytest.mark.slow
async def test_a_frame_of_an_unlisted_host_does_not_turn_watch_mode_on(tmp_path: Path) -> None:
    status, watch = await _open(tmp_path, ["bank.invalid"])
    assert status == RunStatus.FINISHED
    assert watch == []
