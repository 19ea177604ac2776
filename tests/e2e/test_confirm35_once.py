"""One approved click is one click (confirm35): a Buy whose submit listener asks ``confirm("Proceed?")`` and is left
open longer than the click's own timeout (the model, or a person asked about the dialog, taking their time) was
clicked a second time once the dialog was answered: the click's fallback for a control it could not click (a
script's ``el.click()``) ran after the timeout, queued behind the dialog, and the page saw two submits and asked
twice; so was a control whose click handler ran past the timeout. The page now counts one submit and posts once,
and a control covered by another element is still clicked, by script, once. A real run with a real browser against
a server on 127.0.0.1; only the model is scripted (the pages of test_confirm29_sent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from agent_helpers import SignalSite, approved_run, call, drive, serve
from test_confirm29_sent import _STOP, FORM

from gofer.events import Observation, RunStatus

# no ``window.asked`` guard: every submit event asks and counts
_ASK = _STOP + ("fetch('/submitted'); if (confirm('Proceed?')) fetch('/order', {method: 'POST', body: new "
                "URLSearchParams({amount: '5', recipient: 'ann@shop.test'})});")


@pytest.mark.slow
async def test_an_approved_click_whose_dialog_stays_open_long_submits_once(tmp_path: Path) -> None:
    shop = SignalSite({"/mug": FORM % {"other": "", "on_submit": _ASK}})
    with serve(shop.handler) as url:
        status, events = await approved_run(tmp_path, f"buy the blue mug at {url}/", [
            call("browser_open", url=f"{url}/mug.html"), call("browser_click", ref=1), call("shell", command="sleep 6"),
            call("browser_dialog", accept=True), call("shell", command="sleep 2"), call("browser_screenshot")],
            shop.signal, [True])
    assert status == RunStatus.FINISHED
    answered = [e for e in events if isinstance(e, Observation) and e.tool == "browser_dialog"]
    look = [e for e in events if isinstance(e, Observation) and e.tool == "browser_screenshot"][-1]
    assert [g for g in shop.gets if g.startswith("/submitted")] == ["/submitted"], shop.gets
    assert shop.posts == [("/order", "amount=5&recipient=ann%40shop.test")], shop.posts
    assert len(answered) == 1 and not answered[0].error, answered
    assert "dialog" not in look.text.lower(), look.text


_SLOW = """<!doctype html><title>Mug</title><button id=b>Show details</button><p id=d></p><script>
document.getElementById('b').addEventListener('click', () => {
  fetch('/clicked'); const until = Date.now() + 5500; while (Date.now() < until) {}
  document.getElementById('d').textContent = 'A blue mug.'; });
</script>"""


_COVERED = """<!doctype html><title>Mug</title><button id=b>Show details</button><p id=d></p>
<div style="position:fixed;inset:0;background:transparent"></div><script>
document.getElementById('b').addEventListener('click', () => {
  fetch('/clicked'); document.getElementById('d').textContent = 'A blue mug.'; });
</script>"""


@pytest.mark.slow
@pytest.mark.parametrize("page", [_SLOW, _COVERED], ids=["a handler running past the timeout", "a covered control"])
async def test_a_click_is_made_once(tmp_path: Path, page: str) -> None:
    """A click whose handler runs past Playwright's timeout is not clicked again by script; a control covered by
    another element still is, once (the script's click is the fallback for what Playwright cannot click)."""
    site = SignalSite({"/mug": page})
    with serve(site.handler) as url:
        status, events = await drive(tmp_path, f"read about the mug at {url}/", [
            call("browser_open", url=f"{url}/mug.html"), call("browser_click", ref=1)], tmp_path / "ws")
    assert status == RunStatus.FINISHED
    clicked = [e for e in events if isinstance(e, Observation) and e.tool == "browser_click"][-1]
    assert [g for g in site.gets if g.startswith("/clicked")] == ["/clicked"], site.gets
    assert "A blue mug." in clicked.text, clicked


_BOX = """<!doctype html><title>Mug</title><label><input type=checkbox id=c> Gift wrap</label><script>
document.getElementById('c').addEventListener('click', () => { fetch('/clicked'); confirm('Wrap it?'); });
</script>"""


@pytest.mark.slow
async def test_a_checkbox_whose_dialog_stays_open_long_is_clicked_once(tmp_path: Path) -> None:
    site = SignalSite({"/mug": _BOX})
    with serve(site.handler) as url:
        status, events = await drive(tmp_path, f"wrap the mug at {url}/", [
            call("browser_open", url=f"{url}/mug.html"), call("browser_check", ref=1, checked=True),
            call("shell", command="sleep 6"), call("browser_dialog", accept=True)], tmp_path / "ws")
    assert status == RunStatus.FINISHED
    assert [g for g in site.gets if g.startswith("/clicked")] == ["/clicked"], site.gets
    answered = [e for e in events if isinstance(e, Observation) and e.tool == "browser_dialog"]
    assert len(answered) == 1 and not answered[0].error, answered
