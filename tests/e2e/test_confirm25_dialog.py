"""A dialog answer is judged again right before it is given (session 17, confirm25): when another frame opens a
dialog of its own while the person decides on accepting the one they were shown, the approval does not accept
the other one. A real run with a real browser against servers on 127.0.0.1 and localhost (two sites); only the
model is scripted."""

from __future__ import annotations

import asyncio
import http.server
import threading
from pathlib import Path
from typing import Any

import pytest
from agent_helpers import call, gofer_env, script, serve

from gofer.events import ConfirmationRequested, Event, Observation, RunStatus

TOP = """<!doctype html><title>Blue mug</title><h1>Blue mug</h1>
<button onclick="if (confirm('Pay $5 to Ann?')) fetch('/paid?to=ann', {method: 'POST'})">More</button>
<iframe src="%(other)s/frame.html" width=300 height=100></iframe>"""

FRAME = """<!doctype html><p>Offers</p><script>
setTimeout(() => { fetch('/asking'); if (confirm('Pay $500 to Eve?')) fetch('/paid?to=eve', {method: 'POST'}); },
           %(delay)d);
</script>"""


class _Site:
    """The checkout and the frame of another site inside it; it records the payments it gets."""

    def __init__(self, delay_ms: int) -> None:
        self.paid: list[str] = []
        self.asking = threading.Event()
        self.other = ""
        self.delay_ms = delay_ms

    def handler(self, *args: Any) -> http.server.BaseHTTPRequestHandler:
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path.startswith("/asking"):
                    site.asking.set()
                if self.path.startswith("/pay"):
                    self._send((TOP % {"other": site.other}).encode())
                elif self.path.startswith("/frame"):
                    self._send((FRAME % {"delay": site.delay_ms}).encode())
                else:
                    self._send(b"ok")

            def do_POST(self) -> None:
                site.paid.append(self.path)
                self._send(b"ok")

            def _send(self, body: bytes) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                return

        return Handler(*args)


@pytest.mark.slow
@pytest.mark.parametrize("other_dialog", [True, False], ids=["another dialog opened", "the same dialog"])
async def test_an_approved_dialog_answer_does_not_accept_another_dialog(tmp_path: Path, other_dialog: bool) -> None:
    site = _Site(delay_ms=4000 if other_dialog else 600_000)
    with serve(site.handler) as url:
        site.other = url.replace("127.0.0.1", "localhost")
        spec = script(tmp_path, [
            {"tool_calls": [call("browser_open", url=f"{url}/pay.html")]},
            {"tool_calls": [call("browser_click", ref=1)]},
            {"tool_calls": [call("browser_dialog", accept=True)]},
            {"tool_calls": [call("finish", answer="done")]},
        ])
        async with gofer_env() as env:
            run = await env.service.create_run(f"pay at {url}/", spec, workspace=tmp_path / "ws", start=False)
            status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 120)
            events: list[Event] = await env.store.read(run.id)
            assert status == RunStatus.WAITING_FOR_USER, [e for e in events if isinstance(e, Observation)]
            if other_dialog:
                assert await asyncio.to_thread(site.asking.wait, 30)  # the person takes their time
                await asyncio.sleep(0.5)
            asked = [e for e in events if isinstance(e, ConfirmationRequested)][-1]
            assert "Pay $5 to Ann" in asked.reason, asked
            await env.store.send_command(run.id, "confirm", {"action_id": asked.action_id, "approved": True})
            status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 120)
            events = await env.store.read(run.id)
    answered = next(e for e in events if isinstance(e, Observation) and e.tool == "browser_dialog")
    if other_dialog:
        assert answered.error and "another" in answered.error, answered
        assert not any("eve" in p for p in site.paid), site.paid
    else:
        assert answered.error is None, answered
        assert site.paid == ["/paid?to=ann"], site.paid
