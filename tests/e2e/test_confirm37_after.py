"""After an approved action settled, round 2 (confirm37): the approved Buy's own request sent again by a timer (the
same ``amount=5&item=mug`` to the same ``/order``), an act named in a field saying what kind of request it is
(``type=refund``) or in a header (``X-Action: delete``, ``X-HTTP-Method-Override: DELETE``), a request of another tab
to the ``/order`` the Buy used, and a payment window the Buy opened that later posts the amount shown to a third
site on its own timer all went out as the Buy's own; each is now judged as any act of the page is, held, and said.
A confirmation step, a status poll and a repeated read still go out (and test_confirm36_after's payment window
posting to its own site). A real run with a real browser against servers on 127.0.0.1; only the model is scripted."""

from __future__ import annotations

from pathlib import Path

import pytest
from agent_helpers import SignalSite, approved_run, call, serve
from test_confirm29_sent import FORM
from test_confirm32_late import _LATE, _buy_then_look
from test_confirm36_after import _BUY, _PLACED, _POST

from gofer.events import Observation, RunStatus

_HEADED = "fetch('/order', {method: 'POST', headers: {%s}, body: new URLSearchParams({amount: '5', step: '2'})});"

ACTS = {
    "the-buy-sent-again": _BUY + _LATE % (_POST % ("", "{amount: '5', item: 'mug'}")),
    "the-buy-sent-again-reordered": _BUY + _LATE % (_POST % ("", "{item: 'mug', amount: '5'}")),
    "a-kind-that-acts": _BUY + _LATE % (_POST % ("", "{amount: '5', item: 'mug', type: 'refund'}")),
    "an-action-header": _BUY + _LATE % (_HEADED % "'X-Action': 'delete'"),
    "a-method-override-header": _BUY + _LATE % (_HEADED % "'X-HTTP-Method-Override': 'DELETE'"),
}


def _told(click: Observation, look: Observation) -> bool:
    return "it was not part of what the person approved" in look.text or "/order" in (click.error or "")


@pytest.mark.slow
@pytest.mark.parametrize("case", ACTS)
async def test_the_buy_sent_again_or_an_act_in_a_kind_or_a_header_after_it_settled_is_held(tmp_path: Path,
                                                                                         case: str) -> None:
    shop, (click, look), status = await _buy_then_look(tmp_path, ACTS[case])
    assert status == RunStatus.FINISHED
    assert shop.posts == [("/order", "amount=5&item=mug")], shop.posts  # the approved order, nothing after it
    assert _told(click, look), (click, look)


@pytest.mark.slow
async def test_a_step_a_neutral_kind_a_status_poll_and_a_read_again_go_out(tmp_path: Path) -> None:
    read = " fetch('/order?amount=5&item=mug');"
    shop, (click, look), status = await _buy_then_look(tmp_path, _BUY + read + _LATE % (
        _POST % ("", "{amount: '5', item: 'mug', step: '2', type: 'card', orderId: 'A-1'}") + read
        + " fetch('/order/status?id=5');"), _PLACED % "A-1")
    assert status == RunStatus.FINISHED
    assert not click.error and "was held" not in look.text and "was stopped" not in look.text, (click, look)
    assert shop.posts == [("/order", "amount=5&item=mug"),
                          ("/order", "amount=5&item=mug&step=2&type=card&orderId=A-1")], shop.posts
    assert shop.gets.count("/order?amount=5&item=mug") == 2 and "/order/status?id=5" in shop.gets, shop.gets


# another tab of the shop, opened before the Buy (the mug page is opened from it), posts when the Buy is done
_TAB = """<!doctype html><title>Shop</title><a href="/mug.html" target=_blank>Blue mug</a><script>
new BroadcastChannel('shop').onmessage = () => setTimeout(() => fetch('/order', {method: 'POST',
  body: new URLSearchParams({amount: '5', item: 'mug', step: '2'})}), 1200);
</script>"""


@pytest.mark.slow
async def test_another_tabs_request_to_the_address_the_buy_used_is_not_the_buys(tmp_path: Path) -> None:
    shop = SignalSite({"/mug": FORM % {"other": "", "on_submit": _BUY + "new BroadcastChannel('shop')"
                                       ".postMessage('bought');"}, "/tab": _TAB})
    with serve(shop.handler) as url:
        status, events = await approved_run(tmp_path, f"buy the blue mug at {url}/", [
            call("browser_open", url=f"{url}/tab.html"), call("browser_click", ref=1), call("browser_click", ref=1),
            call("shell", command="sleep 3"), call("browser_screenshot")], shop.signal, [True])
    assert status == RunStatus.FINISHED
    click, look = [e for e in events if isinstance(e, Observation) and e.tool in ("browser_click",
                                                                                   "browser_screenshot")][-2:]
    assert not click.error, click
    assert shop.posts == [("/order", "amount=5&item=mug")], shop.posts
    assert _told(click, look), look.text


# the payment window the Buy opened, once the Buy settled, posts the amount shown to a third site on its own timer
_GOES = """<!doctype html><title>Pay</title><p>Paying $5</p><form method=post action="%s/grab" id=p>
<input type=hidden name=amount value=5></form>
<script>setTimeout(() => document.getElementById('p').submit(), 4000);</script>"""


@pytest.mark.slow
async def test_a_window_the_buy_opened_that_later_posts_to_a_third_site_is_not_the_buys(tmp_path: Path) -> None:
    third = SignalSite({})
    with serve(third.handler) as third_url:
        other = SignalSite({"/pay": _GOES % third_url})
        with serve(other.handler) as other_url:
            shop = SignalSite({"/mug": FORM % {"other": other_url,
                                               "on_submit": _BUY + "window.open(OTHER + '/pay.html');"}})
            with serve(shop.handler) as url:
                status, events = await approved_run(tmp_path, f"buy the blue mug at {url}/", [
                    call("browser_open", url=f"{url}/mug.html"), call("browser_click", ref=1),
                    call("shell", command="sleep 7"), call("browser_screenshot")], shop.signal, [True])
    assert status == RunStatus.FINISHED
    click, look = [e for e in events if isinstance(e, Observation) and e.tool in ("browser_click",
                                                                                   "browser_screenshot")]
    assert not click.error, click
    assert third.posts == [], third.posts
    assert shop.posts == [("/order", "amount=5&item=mug")], shop.posts
    assert "it was not part of what the person approved" in look.text, look.text
