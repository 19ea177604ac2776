"""A dialog answer is judged again right before it is given (session 17, confirm25): when another frame opens a
dialog of its own while the person decides on accepting the one they were shown, the approval does not accept
the other one. A real run with a real browser against servers on 127.0.0.1 and localhost (two sites); only the
model is scripted."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from agent_helpers import SignalSite, call, gofer_env, script, serve

from gofer.events import ConfirmationRequested, Event, Observation, RunStatus

TOP = """<!doctype html><title>Blue mug</title><h1>Blue mug</h1>
<button onclick="if (confirm('Pay $5 to Ann?')) fetch('/paid?to=ann', {method: 'POST'})">More</button>
<iframe src="%(other)s/frame.html" width=300 height=100></iframe>"""

FRAME = """<!doctype html><p>Offers</p><script>
setTimeout(() => { fetch('/asking'); if (confirm('Pay $500 to Eve?')) fetch('/paid?to=eve', {method: 'POST'}); },
           %(delay)d);
</script>"""


@pytest.mark.slow
@pytest.mark.parametrize("other_dialog", [True, False], ids=["another dialog opened", "the same dialog"])
async def test_an_approved_dialog_answer_does_not_accept_another_dialog(tmp_path: Path, other_dialog: bool) -> None:
    site = SignalSite({"/frame": FRAME % {"delay": 4000 if other_dialog else 600_000}}, signal_path="/asking",
                      post_reply="ok")
    with serve(site.handler) as url:
        site.pages["/pay"] = TOP % {"other": url.replace("127.0.0.1", "localhost")}
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
                assert await asyncio.to_thread(site.signal.wait, 30)  # the person takes their time
                await asyncio.sleep(0.5)
            asked = [e for e in events if isinstance(e, ConfirmationRequested)][-1]
            assert "Pay $5 to Ann" in asked.reason, asked
            await env.store.send_command(run.id, "confirm", {"action_id": asked.action_id, "approved": True})
            status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 120)
            events = await env.store.read(run.id)
    answered = next(e for e in events if isinstance(e, Observation) and e.tool == "browser_dialog")
    if other_dialog:
        assert answered.error and "another" in answered.error, answered
        assert not any("eve" in path for path, _body in site.posts), site.posts
    else:
        assert answered.error is None, answered
        assert [path for path, _body in site.posts] == ["/paid?to=ann"], site.posts
