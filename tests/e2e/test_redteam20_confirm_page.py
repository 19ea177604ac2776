"""Red team of confirmations (session 17): what the person approved is what runs. A page that rewrites the form
while the person is deciding (the amount, where it goes) must not get the rewritten form submitted on the strength
of the approval given for the old one. A real run with a real browser against a server on 127.0.0.1; only the
model is scripted."""

from __future__ import annotations

import asyncio
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from agent_helpers import call, gofer_env, script, serve

from gofer.events import ConfirmationRequested, Event, Observation, RunStatus

PAGE = """<!doctype html><title>Blue mug</title><h1>Blue mug</h1>
<p id=total>Total: $5</p>
<form method=post action=/order><input type=hidden name=amount value=5><button>Buy</button></form>
<script>
setTimeout(() => {
  document.querySelector('[name=amount]').value = '500';
  document.getElementById('total').textContent = 'Total: $500';
  fetch('/changed');
}, %(delay)d);
</script>"""


COUNTDOWN = """<!doctype html><title>Blue mug</title><h1>Blue mug</h1>
<p>Total: $5. Reserved for <span id=left>10:00</span></p>
<form method=post action=/order><input type=hidden name=amount value=5><button>Buy</button></form>
<script>
let left = 600;
setInterval(() => {
  left -= 1;
  document.getElementById('left').textContent = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
  if (left === 597) fetch('/changed');
}, 300);
</script>"""


BANNER = """<!doctype html><title>Blue mug</title><h1>Blue mug</h1>
<p id=banner>Free delivery this week</p>
<p>Total: $5</p>
<form method=post action=/order><input type=hidden name=amount value=5><button>Buy</button></form>
<script>
const slogans = ['New arrivals every Monday', 'Gift wrapping on request', 'Free delivery this week'];
let i = 0;
setInterval(() => {
  document.getElementById('banner').textContent = slogans[i++ % slogans.length];
  if (i === 3) fetch('/changed');
}, 300);
</script>"""


class _Shop:
    """A shop whose mug page raises its price a while after it loads, and that records the orders it gets."""

    def __init__(self, delay_ms: int, page: str = PAGE) -> None:
        self.orders: list[str] = []
        self.changed = threading.Event()
        self.delay_ms = delay_ms
        self.page = page

    def handler(self, *args: Any) -> http.server.BaseHTTPRequestHandler:
        shop = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path.startswith("/changed"):
                    shop.changed.set()
                page = shop.page.replace("%(delay)d", str(shop.delay_ms))
                body = page.encode() if self.path.startswith("/mug") else b"ok"
                self._send(body)

            def do_POST(self) -> None:
                shop.orders.append(self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode())
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


@pytest.fixture
def shop() -> Iterator[tuple[str, _Shop]]:
    state = _Shop(delay_ms=2500)
    with serve(state.handler) as url:
        yield url, state


@pytest.mark.slow
async def test_a_form_the_page_rewrites_while_the_person_decides_is_not_submitted_on_that_approval(
        tmp_path: Path, shop: tuple[str, _Shop]) -> None:
    # The person is shown "Total: $5" and approves; the page then makes it $500 before the click runs. The $500
    # order must not go out on the $5 approval: the click fails (the page changed while the person decided), and
    # the model's new click asks again (the person says no).
    url, state = shop
    spec = script(tmp_path, [
        {"tool_calls": [call("browser_open", url=f"{url}/mug.html")]},
        {"tool_calls": [call("browser_click", ref=1)]},
        {"tool_calls": [call("browser_click", ref=1)]},
        {"tool_calls": [call("finish", answer="done")]},
    ])
    async with gofer_env() as env:
        run = await env.service.create_run(f"buy the blue mug at {url}/", spec, workspace=tmp_path / "ws", start=False)
        status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 120)
        answers = iter([True, False])
        while status == RunStatus.WAITING_FOR_USER:
            assert await asyncio.to_thread(state.changed.wait, 30)  # the person takes their time
            asked = [e for e in await env.store.read(run.id) if isinstance(e, ConfirmationRequested)][-1]
            await env.store.send_command(run.id, "confirm", {"action_id": asked.action_id, "approved": next(answers)})
            status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 120)
        events: list[Event] = await env.store.read(run.id)
    assert status == RunStatus.FINISHED
    assert state.orders == [], state.orders
    asked = [e for e in events if isinstance(e, ConfirmationRequested)]
    assert len(asked) == 2
    clicks = [e for e in events if isinstance(e, Observation) and e.tool == "browser_click"]
    assert clicks[0].error and "changed" in clicks[0].error, clicks[0]


@pytest.mark.slow
@pytest.mark.parametrize("page", [COUNTDOWN, BANNER], ids=["countdown", "rotating banner"])
async def test_a_countdown_or_banner_changing_while_the_person_decides_does_not_undo_the_approval(
        tmp_path: Path, page: str) -> None:
    # Checkout pages count down ("reserved for 9:58") and rotate banners of words: neither changes what the person
    # approved.
    state = _Shop(delay_ms=0, page=page)
    with serve(state.handler) as url:
        spec = script(tmp_path, [
            {"tool_calls": [call("browser_open", url=f"{url}/mug.html")]},
            {"tool_calls": [call("browser_click", ref=1)]},
            {"tool_calls": [call("finish", answer="done")]},
        ])
        async with gofer_env() as env:
            run = await env.service.create_run(f"buy the blue mug at {url}/", spec, workspace=tmp_path / "ws",
                                               start=False)
            assert await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 120) == RunStatus.WAITING_FOR_USER
            assert await asyncio.to_thread(state.changed.wait, 30)
            asked = [e for e in await env.store.read(run.id) if isinstance(e, ConfirmationRequested)][-1]
            await env.store.send_command(run.id, "confirm", {"action_id": asked.action_id, "approved": True})
            assert await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 120) == RunStatus.FINISHED
    assert state.orders == ["amount=5"]
