"""Confirmations and watch mode with a real browser: the screenshot a browser confirmation carries, and a run on a
sensitive site that never proceeds unwatched (a resume, a lapsed heartbeat, a person's pause)."""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from agent_helpers import call, gofer_env, script

from gofer.events import ConfirmationRequested, RunStatus

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
async def test_a_browser_confirmation_carries_a_screenshot_of_the_page(tmp_path: Path, site: str) -> None:
    spec = script(tmp_path, [
        {"tool_calls": [call("browser_open", url=f"{site}/login.html")]},
        {"tool_calls": [call("browser_type", ref=2, text="hunter22")]},
    ])
    async with gofer_env() as env:
        run = await env.service.create_run("log in", spec, workspace=tmp_path / "ws", start=False)
        assert await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60) == RunStatus.WAITING_FOR_USER
        request = next(e for e in await env.store.read(run.id) if isinstance(e, ConfirmationRequested))
        assert request.screenshot is not None, "a browser action's confirmation shows the page"
        data, media_type = await env.store.get_blob(request.screenshot)
    assert media_type == "image/png" and data.startswith(b"\x89PNG")
