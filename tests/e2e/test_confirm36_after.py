"""After an approved action settled (confirm36): a request to an address the approved Buy posted to is still its own
only when it does nothing the Buy's requests there did not (before, carrying the amount shown was enough: a timer's
``op=delete&amount=5`` or ``amount=5&cancel=1`` to the ``/order`` the Buy posted ``amount=5&item=mug`` to went out);
and a window or frame is the action's only when it was opened while the action ran (before, a window the page's
timer opened seconds after the Buy settled, posting the amount shown to another site, went out as the action's). Both
are now judged as any act of the page is, held, and said. A confirmation step and a status poll to ``/order``, and a
payment window the Buy opened that posts the amount shown to its site after the Buy settled, still go out. A real run
with a real browser against servers on 127.0.0.1; only the model is scripted."""

from __future__ import annotations

from pathlib import Path

import pytest
from agent_helpers import SignalSite, approved_run, call, serve
from test_confirm29_sent import _STOP, FORM
from test_confirm32_late import _LATE, _buy_then_look

from gofer.events import Observation, RunStatus

_BUY = _STOP + "fetch('/order', {method: 'POST', body: new URLSearchParams({amount: '5', item: 'mug'})}); "
_POST = "fetch('/order%s', {method: 'POST', body: new URLSearchParams(%s)});"
_PLACED = '<!doctype html><title>Thanks</title><p>Order <b>%s</b> placed'
"""The shop's answer to the Buy, naming the order it made (a step continuing it carries that id)."""

ACTS = {
    "a-command-of-its-own": _BUY + _LATE % (_POST % ("", "{op: 'delete', amount: '5'}")),
    "a-flag-of-its-own": _BUY + _LATE % (_POST % ("", "{amount: '5', cancel: '1'}")),
    "a-command-in-its-query": _BUY + _LATE % (_POST % ("?op=delete", "{amount: '5', item: 'mug'}")),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", ACTS)
async def test_an_act_of_its_own_to_the_address_the_buy_used_after_it_settled_is_held(tmp_path: Path,
                                                                                       case: str) -> None:
    shop, (click, look), status = await _buy_then_look(tmp_path, ACTS[case])
    assert status == RunStatus.FINISHED
    assert shop.posts == [("/order", "amount=5&item=mug")], shop.posts  # the approved order, nothing after it
    assert ("it was not part of what the person approved" in look.text
            or "/order" in (click.error or "")), (click, look)


@pytest.mark.slow
async def test_a_confirmation_step_and_a_status_poll_to_the_address_the_buy_used_go_out(tmp_path: Path) -> None:
    shop, (click, look), status = await _buy_then_look(tmp_path, _BUY + _LATE % (
        _POST % ("", "{amount: '5', item: 'mug', step: '2', orderId: 'A-1'}")
        + " fetch('/order?amount=5&orderId=A-1');"), _PLACED % "A-1")
    assert status == RunStatus.FINISHED
    assert not click.error and "was held" not in look.text and "was stopped" not in look.text, (click, look)
    assert shop.posts == [("/order", "amount=5&item=mug"), ("/order", "amount=5&item=mug&step=2&orderId=A-1")], \
        shop.posts
    assert "/order?amount=5&orderId=A-1" in shop.gets, shop.gets


_PAYING = """<!doctype html><title>Pay</title><p>Paying $5</p><form method=post action=/charge id=p>
<input type=hidden name=amount value=5></form>
<script>setTimeout(() => document.getElementById('p').submit(), %d);</script>"""


async def _buy_and_pay(tmp_path: Path, on_submit: str, pay_after_ms: int
                       ) -> tuple[SignalSite, SignalSite, list[Observation], RunStatus]:
    """Open the mug page, click Buy (approved), wait seven seconds, look at the page; the other site's ``/pay``
    window posts ``amount=5`` to its ``/charge`` ``pay_after_ms`` after it loads. Returns the shop, the other site,
    the observations of the click and the look, and the run's status."""
    other = SignalSite({"/pay": _PAYING % pay_after_ms})
    with serve(other.handler) as other_url:
        shop = SignalSite({"/mug": FORM % {"other": other_url, "on_submit": on_submit}})
        with serve(shop.handler) as url:
            status, events = await approved_run(tmp_path, f"buy the blue mug at {url}/", [
                call("browser_open", url=f"{url}/mug.html"), call("browser_click", ref=1),
                call("shell", command="sleep 7"), call("browser_screenshot")], shop.signal, [True])
    seen = [e for e in events if isinstance(e, Observation) and e.tool in ("browser_click", "browser_screenshot")]
    return shop, other, seen, status


@pytest.mark.slow
async def test_a_window_the_pages_timer_opens_long_after_the_buy_settled_is_not_the_buys(tmp_path: Path) -> None:
    # five seconds after the click: long after its page settled, even on a loaded machine
    shop, other, (click, look), status = await _buy_and_pay(
        tmp_path, _BUY + "setTimeout(() => window.open(OTHER + '/pay.html'), 5000);", 100)
    assert status == RunStatus.FINISHED
    assert not click.error, click
    assert shop.posts == [("/order", "amount=5&item=mug")], shop.posts
    assert other.posts == [], other.posts
    assert "it was not part of what the person approved" in look.text, look.text


@pytest.mark.slow
async def test_a_payment_window_the_buy_opened_posting_the_amount_shown_after_it_settled_goes_out(
        tmp_path: Path) -> None:
    shop, other, (click, look), status = await _buy_and_pay(tmp_path, _BUY + "window.open(OTHER + '/pay.html');",
                                                             4000)
    assert status == RunStatus.FINISHED
    assert not click.error and "was held" not in look.text and "was stopped" not in look.text, (click, look)
    assert other.posts == [("/charge", "amount=5")], other.posts
    assert shop.posts == [("/order", "amount=5&item=mug")], shop.posts
