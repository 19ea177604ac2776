"""What an approved action's page sends after the action settled (session 20): the approval's comparison with what
the person was shown lasts until the next action begins, so a window the approved Buy opens late (on a timer, with
or without an opener) whose page submits a changed amount, or the approved page's own timer posting one, is stopped,
and the next observation says so. A shop whose payment popup opens late and posts the amount shown still goes
through. A real run with a real browser against servers on 127.0.0.1; only the model is scripted (the pages of
test_confirm29_sent; a shell ``sleep`` stands for the model taking its time before it looks again). An amount sent
in a request header or in the address's path, or in a WebSocket message, is compared as a field is."""

from __future__ import annotations

from pathlib import Path

import pytest
from agent_helpers import SignalSite, approved_run, call, serve
from test_confirm29_sent import _STOP, FORM, PAY2, SECURE, _buy, _sent
from test_flow_page_channels import WsServer, loopback_websockets  # noqa: F401 (the fixture)

from gofer.events import Observation, RunStatus

_LATE = "setTimeout(() => { %s }, 2000);"
"""What the page does well after its Buy settled (the click's observation comes once it settled, and the run then
waits four seconds: a busy machine can take over a second to settle, when a request still counts as the Buy's)."""

CASES = {
    "window-opened-late-without-an-opener": _STOP + _LATE % "window.open('/pay2.html', '_blank', 'noopener');",
    "window-opened-late": _STOP + _LATE % "window.open('/pay2.html');",
    "anchor-target-blank-late": _STOP + _LATE % ("const a = document.createElement('a'); a.href = '/pay2.html'; "
                                                 "a.target = '_blank'; document.body.appendChild(a); a.click();"),
    "the-page-posts-late": _STOP + "fetch('/order', {method: 'POST', body: new URLSearchParams({amount: '5'})}); "
                           + _LATE % "fetch('/order', {method: 'POST', body: new URLSearchParams({amount: '999'})});",
}


async def _buy_then_look(tmp_path: Path, on_submit: str, post_reply: str = ""
                         ) -> tuple[SignalSite, list[Observation], RunStatus]:
    """Open the mug page, click Buy (approved), let four seconds pass, look at the page. Returns the shop (answering
    a POST with ``post_reply``, when given), the observations of the click and the look, and the run's status."""
    shop = SignalSite({"/mug": FORM % {"other": "", "on_submit": on_submit}, "/pay2": PAY2, "/secure": SECURE})
    shop.post_reply = post_reply or shop.post_reply
    with serve(shop.handler) as url:
        status, events = await approved_run(tmp_path, f"buy the blue mug at {url}/", [
            call("browser_open", url=f"{url}/mug.html"), call("browser_click", ref=1), call("shell", command="sleep 4"),
            call("browser_screenshot")], shop.signal, [True])
    seen = [e for e in events if isinstance(e, Observation) and e.tool in ("browser_click", "browser_screenshot")]
    return shop, seen, status


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES)
async def test_what_an_approved_buy_sends_after_it_settled_is_compared_too(tmp_path: Path, case: str) -> None:
    shop, (click, look), status = await _buy_then_look(tmp_path, CASES[case])
    assert status == RunStatus.FINISHED
    assert [body for body in shop.bodies() if "999" in body] == [], shop.posts
    # stopped after the click's observation (late), or within it on a loaded machine: either way the model is told
    assert "not done" in (click.error or "") or "was stopped, not sent" in look.text, (click, look)


@pytest.mark.slow
async def test_a_payment_popup_opened_late_that_posts_the_amount_shown_goes_through(tmp_path: Path) -> None:
    shop, (click, look), status = await _buy_then_look(tmp_path, _STOP + _LATE % "window.open('/secure.html');")
    assert status == RunStatus.FINISHED
    assert not click.error and not look.error, (click, look)
    assert shop.bodies() == ["amount=5&recipient=ann%40shop.test"], shop.posts
    assert "was stopped" not in look.text


_POST5 = "fetch('/order', {method: 'POST', body: new URLSearchParams({amount: '5'}), %s});"

WAYS = {
    "a-header": _STOP + _POST5 % "headers: {'X-Amount': '999'}",
    "a-path-segment": _STOP + "fetch('/order/amount/999', {method: 'POST'});",
    "a-matrix-parameter": _STOP + "fetch('/pay;amount=999', {method: 'POST'});",
    "hex-of-json-behind-a-mark": _STOP + "const h = Array.from(new TextEncoder().encode('\\ufeff' + "
                                 "JSON.stringify({amount: 999}))).map(b => b.toString(16).padStart(2, '0')).join(''); "
                                 "fetch('/order', {method: 'POST', body: new URLSearchParams({d: h})});",
}


@pytest.mark.slow
@pytest.mark.parametrize("case", WAYS)
async def test_an_amount_in_a_header_or_the_path_is_compared(tmp_path: Path, case: str) -> None:
    shop, other, clicks, _asked, status = await _buy(tmp_path, WAYS[case], [True])
    assert status == RunStatus.FINISHED
    assert [s for s in _sent(shop, other) if "999" in s or "/order " in s or "/pay" in s] == [], shop.posts
    assert clicks[0].error and "not done" in clicks[0].error, clicks[0]


@pytest.mark.slow
async def test_a_shop_sending_the_amount_shown_in_a_header_and_its_path_goes_through(tmp_path: Path) -> None:
    shop, _other, clicks, _asked, status = await _buy(
        tmp_path, _STOP + "fetch('/order/amount/5', {method: 'POST', headers: {'X-Order-Total': '5.00'}, "
                  "body: new URLSearchParams({amount: '5'})});", [True])
    assert status == RunStatus.FINISHED
    assert not clicks[0].error, clicks[0]
    assert shop.posts == [("/order/amount/5", "amount=5")], shop.posts


_SOCKET = _STOP + "const s = new WebSocket('%s/live'); s.onopen = () => s.send(JSON.stringify(%s));"


@pytest.mark.slow
@pytest.mark.usefixtures("loopback_websockets")
async def test_an_amount_sent_over_a_websocket_is_compared(tmp_path: Path) -> None:
    server = WsServer()
    async with server.running():
        _shop, (click, look), status = await _buy_then_look(
            tmp_path, _SOCKET % (server.url, "{order: {amount: 999, to: 'ann@shop.test'}}"))
    assert status == RunStatus.FINISHED
    assert [m for m in server.messages if "999" in m] == [], server.messages
    assert "not done" in (click.error or "") or "was stopped, not sent" in look.text, (click, look)


@pytest.mark.slow
@pytest.mark.usefixtures("loopback_websockets")
async def test_a_websocket_message_with_the_amount_shown_goes_out(tmp_path: Path) -> None:
    server = WsServer()
    async with server.running():
        _shop, (click, look), status = await _buy_then_look(
            tmp_path, _SOCKET % (server.url, "{event: 'buy', order: {amount: 5, recipient: 'ann@shop.test'}}"))
    assert status == RunStatus.FINISHED
    assert not click.error and "was stopped" not in look.text, (click, look)
    assert [m for m in server.messages if '"amount":5' in m], server.messages
