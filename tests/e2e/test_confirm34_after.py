"""After an approved action settled, its approval covers only what carries what the person was shown. Before, the
approval stayed on until the next action (session 20 made its comparison last that long): a timer of the approved
page posting ``/account/delete`` after the Buy went out unheld and unsaid, as it carried no compared value. It is now
judged as any act of the page is, held, and the next observation says it was not part of what was approved; a
payment window the Buy opened late posting the amount shown still goes through (test_confirm32_late), and so does
the page's analytics. A real run with a real browser against servers on 127.0.0.1; only the model is scripted."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_confirm29_sent import _STOP
from test_confirm32_late import _LATE, _buy_then_look

from gofer.events import RunStatus

_BUY = _STOP + "fetch('/order', {method: 'POST', body: new URLSearchParams({amount: '5'})}); "

ACTS = {
    "delete-the-account": _BUY + _LATE % "fetch('/account/delete', {method: 'POST', body: 'confirm=yes'});",
    "cancel-the-orders": _BUY + _LATE % ("fetch('/orders/cancel-all', {method: 'POST', headers: {'Content-Type': "
                                         "'application/json'}, body: JSON.stringify({confirm: true})});"),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", ACTS)
async def test_an_act_of_the_approved_page_after_it_settled_is_held_and_said(tmp_path: Path, case: str) -> None:
    shop, (click, look), status = await _buy_then_look(tmp_path, ACTS[case])
    assert status == RunStatus.FINISHED
    assert shop.posts == [("/order", "amount=5")], shop.posts  # the approved order, nothing after it
    assert not click.error, click
    assert "it was not part of what the person approved" in look.text, look.text


@pytest.mark.slow
async def test_the_approved_pages_analytics_after_it_settled_goes_out(tmp_path: Path) -> None:
    shop, (click, look), status = await _buy_then_look(
        tmp_path, _BUY + _LATE % "navigator.sendBeacon('/collect', new URLSearchParams({event: 'page_view'}));")
    assert status == RunStatus.FINISHED
    assert not click.error and "was held" not in look.text, (click, look)
    assert ("/collect", "event=page_view") in shop.posts, shop.posts
