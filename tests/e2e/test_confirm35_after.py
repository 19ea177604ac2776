"""After an approved action settled, a request is the approved act's only when it carries a value the person was
shown and goes where the act went: an address its own requests used while it ran, its form's action, or another
site from a window or frame opened since the approval. Before (confirm34), carrying a shown value was enough: the
approved page's timer posting ``amount=5&delete=1`` to ``/account/delete`` went out. It is now judged as any act of
the page is, held, and said. The approved page's later request to the address its Buy used, with the amount shown,
still goes out. A real run with a real browser against servers on 127.0.0.1; only the model is scripted."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_confirm29_sent import _STOP
from test_confirm32_late import _LATE, _buy_then_look
from test_confirm36_after import _PLACED

from gofer.events import RunStatus

_BUY = _STOP + "fetch('/order', {method: 'POST', body: new URLSearchParams({amount: '5'})}); "
_DELETE = "{method: 'POST', body: new URLSearchParams({amount: '5', delete: '1'})}"

ACTS = {
    "a-timer-of-the-page": _BUY + _LATE % f"fetch('/account/delete', {_DELETE});",
    "a-frame-of-the-site-made-late": _BUY + _LATE % (
        "const f = document.createElement('iframe'); document.body.appendChild(f); "
        f"f.contentWindow.fetch('/account/delete', {_DELETE});"),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", ACTS)
async def test_an_act_carrying_the_amount_shown_beside_its_own_after_the_buy_settled_is_held(
        tmp_path: Path, case: str) -> None:
    shop, (click, look), status = await _buy_then_look(tmp_path, ACTS[case])
    assert status == RunStatus.FINISHED
    assert shop.posts == [("/order", "amount=5")], shop.posts  # the approved order, nothing after it
    # held after the click's observation (said at the next look), or within it on a loaded machine: either way said
    assert ("it was not part of what the person approved" in look.text
            or "/account/delete" in (click.error or "")), (click, look)


@pytest.mark.slow
async def test_the_approved_pages_later_request_to_the_address_its_buy_used_goes_out(tmp_path: Path) -> None:
    shop, (click, look), status = await _buy_then_look(
        tmp_path, _BUY + _LATE % "fetch('/order', {method: 'POST', body: new URLSearchParams({amount: '5', "
                                 "step: '2', orderId: 'A-1'})});", _PLACED % "A-1")
    assert status == RunStatus.FINISHED
    assert not click.error and "was held" not in look.text and "was stopped" not in look.text, (click, look)
    assert shop.posts == [("/order", "amount=5"), ("/order", "amount=5&step=2&orderId=A-1")], shop.posts
