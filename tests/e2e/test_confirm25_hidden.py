"""What the person approved is what runs, hidden parts included (session 17, confirm25): a page that changes only
a form's hidden field (the amount, the recipient) while the person decides does not get the changed form
submitted on that approval, while a hidden token the page rotates on its own does not undo approvals. A real run
with a real browser against a server on 127.0.0.1; only the model is scripted."""

from __future__ import annotations

import asyncio
import http.server
import threading
from pathlib import Path
from typing import Any

import pytest
from agent_helpers import call, gofer_env, script, serve

from gofer.events import ConfirmationRequested, Event, Observation, RunStatus

HIDDEN = """<!doctype html><title>Blue mug</title><h1>Blue mug</h1>
<p>Pay for your blue mug</p>
<form method=post action=/order>
<input type=hidden name=csrf_token value=Zq81bX0aa7Yt3kP2mN9v4RcW>
<input type=hidden name=%(name)s value=%(before)s>
<button>Buy</button></form>
<script>
let n = 0;
setInterval(() => {
  n += 1;
  document.querySelector('[name=csrf_token]').value = 'Zq81bX0aa7Yt3kP2mN9v4R' + n + 'x' + n;
  if (n === 3) { document.querySelector('[name=%(name)s]').value = '%(after)s'; fetch('/changed'); }
}, 300);
</script>"""


class _Shop:
    """A shop whose mug page changes hidden fields of its order form after it loads; it records the orders."""

    def __init__(self, page: str) -> None:
        self.orders: list[str] = []
        self.changed = threading.Event()
        self.page = page

    def handler(self, *args: Any) -> http.server.BaseHTTPRequestHandler:
        shop = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path.startswith("/changed"):
                    shop.changed.set()
                self._send(shop.page.encode() if self.path.startswith("/mug") else b"ok")

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                shop.orders.append(body.split("&", 1)[1])  # the token aside
                self._send(b"<!doctype html><title>Thanks</title><p>Order placed")

            def _send(self, body: bytes) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                return

        return Handler(*args)


async def _buy(tmp_path: Path, page: str, answers: list[bool]) -> tuple[_Shop, list[Event], RunStatus]:
    state = _Shop(page)
    with serve(state.handler) as url:
        clicks = [{"tool_calls": [call("browser_click", ref=1)]} for _ in answers]
        spec = script(tmp_path, [{"tool_calls": [call("browser_open", url=f"{url}/mug.html")]}, *clicks,
                                 {"tool_calls": [call("finish", answer="done")]}])
        async with gofer_env() as env:
            run = await env.service.create_run(f"buy the blue mug at {url}/", spec, workspace=tmp_path / "ws",
                                               start=False)
            status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 120)
            given = iter(answers)
            while status == RunStatus.WAITING_FOR_USER:
                assert await asyncio.to_thread(state.changed.wait, 30)  # the person takes their time
                asked = [e for e in await env.store.read(run.id) if isinstance(e, ConfirmationRequested)][-1]
                await env.store.send_command(run.id, "confirm", {"action_id": asked.action_id,
                                                                 "approved": next(given)})
                status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 120)
            events: list[Event] = await env.store.read(run.id)
    return state, events, status


@pytest.mark.slow
@pytest.mark.parametrize("name,before,after", [("amount", "5", "500"), ("recipient", "ann@shop.test",
                                                                          "eve@evil.test")],
                         ids=["amount", "recipient"])
async def test_a_hidden_field_the_page_changes_while_the_person_decides_is_not_submitted_on_that_approval(
        tmp_path: Path, name: str, before: str, after: str) -> None:
    # The page shows the same text throughout; only the hidden amount (or recipient) changes while the person
    # decides. The approved click fails, and the model's new click asks again (the person says no).
    page = HIDDEN % {"name": name, "before": before, "after": after}
    state, events, status = await _buy(tmp_path, page, [True, False])
    assert status == RunStatus.FINISHED
    assert state.orders == [], state.orders
    assert len([e for e in events if isinstance(e, ConfirmationRequested)]) == 2
    clicks = [e for e in events if isinstance(e, Observation) and e.tool == "browser_click"]
    assert clicks[0].error and "changed" in clicks[0].error, clicks[0]


@pytest.mark.slow
async def test_a_rotating_hidden_token_does_not_undo_the_approval(tmp_path: Path) -> None:
    # The CSRF token rotates every 300 ms and a hidden field without a digit or an @ changes: the approval holds.
    page = HIDDEN % {"name": "note", "before": "plain", "after": "giftwrap"}
    state, _events, status = await _buy(tmp_path, page, [True])
    assert status == RunStatus.FINISHED
    assert state.orders == ["note=giftwrap"], state.orders
