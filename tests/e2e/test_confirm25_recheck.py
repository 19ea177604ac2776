"""Drags and uploads are judged again right before they run, like clicks (session 17, confirm25): a page that
raises its total while the person decides on an approved drop onto "pay" or an approved upload does not get the
drop or the file on that approval; an unchanged page does. A real run with a real browser against a server on
127.0.0.1; only the model is scripted."""

from __future__ import annotations

from pathlib import Path

import pytest
from agent_helpers import SignalSite, approved_run, call, serve

from gofer.events import ConfirmationRequested, Observation, RunStatus

PAGE = """<!doctype html><title>Checkout</title><h1>Checkout</h1>
<p id=total>Total: $5</p>
<div id=coin draggable=true style="width:80px;height:40px;background:#fc0">Coin</div>
<div id=zone role=button aria-label="Drop here to pay" style="width:200px;height:80px;margin-top:20px;background:#ccc"
  >Drop here to pay</div>
<label>Receipt <input type=file id=file></label>
<script>
const zone = document.getElementById('zone');
zone.addEventListener('dragover', (e) => e.preventDefault());
zone.addEventListener('drop', (e) => { e.preventDefault(); fetch('/dropped', {method: 'POST', body: 'drop'}); });
document.getElementById('coin').addEventListener('mousedown', () => { window.picked = true; });
zone.addEventListener('mouseup', () => { if (window.picked) fetch('/dropped', {method: 'POST', body: 'drop'}); });
document.getElementById('file').addEventListener('change', (e) => {
  fetch('/uploaded', {method: 'POST', body: e.target.files[0]});
});
setTimeout(() => {
  if (%(change)s) document.getElementById('total').textContent = 'Total: $500';
  fetch('/changed');
}, 1500);
</script>"""


@pytest.mark.slow
@pytest.mark.parametrize("change", [True, False], ids=["page changed", "page unchanged"])
@pytest.mark.parametrize("tool", ["browser_drag", "browser_upload"])
async def test_an_approved_drag_or_upload_runs_only_on_the_page_the_person_was_shown(
        tmp_path: Path, tool: str, change: bool) -> None:
    site = SignalSite({"/pay": PAGE % {"change": "true" if change else "false"}}, post_reply="ok")
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "receipt.txt").write_text("receipt 42\n")
    with serve(site.handler) as url:
        # refs: [1] the coin, [2] the drop zone, [3] the file input
        act = (call("browser_drag", from_ref=1, to_ref=2) if tool == "browser_drag"
               else call("browser_upload", ref=3, path="receipt.txt"))
        status, events = await approved_run(tmp_path, f"pay at {url}/", [
            call("browser_open", url=f"{url}/pay.html"), act], site.signal, [True], ws)
    assert status == RunStatus.FINISHED
    assert any(isinstance(e, ConfirmationRequested) and e.tool == tool for e in events), events
    done = next(e for e in events if isinstance(e, Observation) and e.tool == tool)
    if change:
        assert done.error and "changed" in done.error, done
        assert site.posts == [], site.posts
    else:
        assert done.error is None, done
        assert site.posts, site.posts
