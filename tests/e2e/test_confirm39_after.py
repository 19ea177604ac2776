"""After an approved action settled, round 4 (confirm39): the approved Buy's ``amount=5&item=mug`` to ``/order`` sent
again by a timer spelling the amount otherwise (``amount=5.00``), leaving out a field that says nothing of the order
(the Buy sent a ``note``), or with an order id the shop's answer never named (``order_id=777``), went out as the
Buy's own; each is now the Buy sent again, held and said. A step carrying the order id the shop's answer named, the
amount spelt otherwise, still goes out. A real run with a real browser against servers on 127.0.0.1; only the model
is scripted."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_confirm32_late import _LATE, _buy_then_look
from test_confirm36_after import _BUY, _PLACED, _POST
from test_confirm37_after import _told

from gofer.events import RunStatus

_NOTED = _BUY.replace("item: 'mug'", "item: 'mug', note: 'x'")
ACTS = {
    "spelt-otherwise": (_BUY, "{amount: '5.00', item: 'mug'}", "amount=5&item=mug"),
    "a-neutral-field-left-out": (_NOTED, "{amount: '5', item: 'mug'}", "amount=5&item=mug&note=x"),
    "a-made-up-order-id": (_BUY, "{amount: '5', item: 'mug', order_id: '777'}", "amount=5&item=mug"),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", ACTS)
async def test_the_buy_again_spelt_otherwise_shorter_or_with_a_made_up_id_after_it_settled_is_held(
        tmp_path: Path, case: str) -> None:
    buy, again, approved = ACTS[case]
    shop, (click, look), status = await _buy_then_look(tmp_path, buy + _LATE % (_POST % ("", again)),
                                                       _PLACED % "A-1001")
    assert status == RunStatus.FINISHED
    assert shop.posts == [("/order", approved)], shop.posts  # the approved order, nothing after it
    assert _told(click, look), (click, look)


@pytest.mark.slow
async def test_a_step_with_the_order_id_the_shop_named_goes_out(tmp_path: Path) -> None:
    shop, (click, look), status = await _buy_then_look(tmp_path, _BUY + _LATE % (
        _POST % ("", "{amount: '5.00', item: 'mug', order_id: 'A-1001'}")), _PLACED % "A-1001")
    assert status == RunStatus.FINISHED
    assert not click.error and "was held" not in look.text and "was stopped" not in look.text, (click, look)
    assert shop.posts == [("/order", "amount=5&item=mug"), ("/order", "amount=5.00&item=mug&order_id=A-1001")], \
        shop.posts
