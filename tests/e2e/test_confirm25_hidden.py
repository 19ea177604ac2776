"""What the person approved is what runs, hidden parts included (session 17, confirm25): a page that changes only
a form's hidden field (the amount, the recipient) while the person decides does not get the changed form
submitted on that approval, while a hidden token the page rotates on its own does not undo approvals. A real run
with a real browser against a server on 127.0.0.1; only the model is scripted."""

from __future__ import annotations

from pathlib import Path

import pytest
from agent_helpers import SignalSite, approved_run, call, serve

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


async def _buy(tmp_path: Path, page: str, answers: list[bool]) -> tuple[list[str], list[Event], RunStatus]:
    """Open the mug page and click Buy once per answer, the person answering after the page changed its fields;
    returns the orders the shop got (the token aside), the run's events and its status."""
    state = SignalSite({"/mug": page})
    with serve(state.handler) as url:
        clicks = [call("browser_click", ref=1) for _ in answers]
        status, events = await approved_run(tmp_path, f"buy the blue mug at {url}/", [
            call("browser_open", url=f"{url}/mug.html"), *clicks], state.signal, answers)
    return [body.split("&", 1)[1] for body in state.bodies()], events, status


@pytest.mark.slow
@pytest.mark.parametrize("name,before,after", [("amount", "5", "500"), ("recipient", "ann@shop.test",
                                                                          "eve@evil.test")],
                         ids=["amount", "recipient"])
async def test_a_hidden_field_the_page_changes_while_the_person_decides_is_not_submitted_on_that_approval(
        tmp_path: Path, name: str, before: str, after: str) -> None:
    # The page shows the same text throughout; only the hidden amount (or recipient) changes while the person
    # decides. The approved click fails, and the model's new click asks again (the person says no).
    page = HIDDEN % {"name": name, "before": before, "after": after}
    orders, events, status = await _buy(tmp_path, page, [True, False])
    assert status == RunStatus.FINISHED
    assert orders == [], orders
    assert len([e for e in events if isinstance(e, ConfirmationRequested)]) == 2
    clicks = [e for e in events if isinstance(e, Observation) and e.tool == "browser_click"]
    assert clicks[0].error and "changed" in clicks[0].error, clicks[0]


@pytest.mark.slow
async def test_a_rotating_hidden_token_does_not_undo_the_approval(tmp_path: Path) -> None:
    # The CSRF token rotates every 300 ms and a hidden field without a digit or an @ changes: the approval holds.
    page = HIDDEN % {"name": "note", "before": "plain", "after": "giftwrap"}
    orders, _events, status = await _buy(tmp_path, page, [True])
    assert status == RunStatus.FINISHED
    assert orders == ["note=giftwrap"], orders
