"""Which window an approved action's request comes from (confirm40): a window another tab of the shop opened while
the approved Buy ran, or after it settled, was taken for the Buy's own (any window opened since the approval was),
so its post to the ``/order`` the Buy used, or of the amount shown to a third site, went out as the Buy's. A window
is now the Buy's only when the approved page (or a window it opened) opened it; the Buy's own payment window, with
or without an opener, still goes through. A real run with a real browser against servers on 127.0.0.1; only the model
is scripted."""

from __future__ import annotations

from pathlib import Path

import pytest
from agent_helpers import SignalSite, approved_run, call, serve
from test_confirm29_sent import FORM
from test_confirm36_after import _BUY

from gofer.events import Observation, RunStatus

_TAB = """<!doctype html><title>Shop</title><a href="/mug.html" target=_blank>Blue mug</a><script>
new BroadcastChannel('shop').onmessage = () => setTimeout(() => { %s }, %d);
</script>"""
"""The shop's first tab, open before the Buy (the mug page is opened from it): told the Buy happened, it opens a
window (``%s``) after a delay (``%d`` ms: at once, while the Buy still runs, or once it settled)."""

_SNEAK = """<!doctype html><title>Order</title><script>
setTimeout(() => fetch('/order', {method: 'POST', body: new URLSearchParams({amount: '5', item: 'mug',
  orderId: 'A-2'})}), %d);
</script>"""
"""A window posting the Buy's fields with a reference (which would continue the Buy's order, were it the Buy's)."""

_GRAB = """<!doctype html><title>Pay</title><p>Paying $5</p><form method=post action="/payment" id=p>
<input type=hidden name=amount value=5></form>
<script>setTimeout(() => document.getElementById('p').submit(), 3000);</script>"""
"""A window of a third site posting the amount shown to its own site, well after the Buy settled."""

_ANNOUNCE = "new BroadcastChannel('shop').postMessage('bought');"

OTHER_TABS = {
    "opened-during-the-buy": ("window.open('/sneak.html')", 0, 3000),
    "opened-during-the-buy-without-an-opener": ("window.open('/sneak.html', '_blank', 'noopener')", 0, 3000),
    "opened-after-the-buy-settled": ("window.open('/sneak.html')", 2500, 0),
    "a-third-sites-window-opened-during-the-buy": ("window.open(THIRD + '/pay.html')", 0, 0),
}


async def _two_tabs(tmp_path: Path, on_submit: str, opens: str, delay: int, late: int
                    ) -> tuple[SignalSite, SignalSite, list[Observation], RunStatus]:
    """Open the shop's tab, the mug page from it, click Buy (approved), wait, look. Returns the shop, the third site,
    the observations of the Buy's click and the look, and the run's status."""
    third = SignalSite({"/pay": _GRAB})
    with serve(third.handler) as third_url:
        tab = f"<script>const THIRD = '{third_url}';</script>" + _TAB % (opens, delay)
        shop = SignalSite({"/mug": FORM % {"other": third_url, "on_submit": on_submit}, "/tab": tab,
                           "/sneak": _SNEAK % late, "/secure": _SNEAK % late})
        with serve(shop.handler) as url:
            status, events = await approved_run(tmp_path, f"buy the blue mug at {url}/", [
                call("browser_open", url=f"{url}/tab.html"), call("browser_click", ref=1),
                call("browser_click", ref=1), call("shell", command="sleep 6"), call("browser_screenshot")],
                shop.signal, [True])
    seen = [e for e in events if isinstance(e, Observation) and e.tool in ("browser_click", "browser_screenshot")]
    return shop, third, seen[-2:], status


@pytest.mark.slow
@pytest.mark.parametrize("case", OTHER_TABS)
async def test_a_window_another_tab_opened_is_not_the_buys(tmp_path: Path, case: str) -> None:
    shop, third, (click, look), status = await _two_tabs(tmp_path, _BUY + _ANNOUNCE, *OTHER_TABS[case])
    assert status == RunStatus.FINISHED
    assert not click.error, click
    assert shop.posts == [("/order", "amount=5&item=mug")], shop.posts
    assert third.posts == [], third.posts
    assert "it was not part of what the person approved" in look.text, look.text


@pytest.mark.slow
@pytest.mark.parametrize("opens", ["window.open('/secure.html')", "window.open('/secure.html', '_blank', 'noopener')"])
async def test_the_buys_own_payment_window_still_goes_through(tmp_path: Path, opens: str) -> None:
    # the approved page opens it while the Buy runs; it posts the Buy's order on with its id once the Buy settled
    shop, _third, (click, look), status = await _two_tabs(tmp_path, _BUY + opens + ";", "", 0, 3000)
    assert status == RunStatus.FINISHED
    assert not click.error and "was held" not in look.text and "was stopped" not in look.text, (click, look)
    assert shop.posts == [("/order", "amount=5&item=mug"), ("/order", "amount=5&item=mug&orderId=A-2")], shop.posts
